//! Nothing on the wire that a vendor would not send: no unfilled placeholder from any path
//! from a catalog code to a response, redirects as a browser expects them.

use identity_errors::okta::{ErrorBody, ErrorCode, OAuthErrorBody, OAuthErrorCode, ResponseMode};
use identity_errors::{identity_cloud, lusid, Catalog};

/// Whether `text` holds `{` followed by digits and `}`: a template placeholder.
fn has_placeholder(text: &str) -> bool {
    text.match_indices('{').any(|(at, _)| {
        let rest = &text[at + 1..];
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        digits > 0 && rest[digits..].starts_with('}')
    })
}

#[test]
fn the_placeholder_check_finds_placeholders() {
    assert!(has_placeholder("Not found: {0}"));
    assert!(has_placeholder("{12}"));
    assert!(!has_placeholder("{} {x} {0 } {"));
    assert!(!has_placeholder("Not found: User 00u1"));
}

/// The whole response: status line content, headers and body, as text.
fn response_text(response: &http::Response<String>) -> String {
    let headers: Vec<String> = response
        .headers()
        .iter()
        .map(|(name, value)| format!("{name}: {}", value.to_str().unwrap_or("<bytes>")))
        .collect();
    format!(
        "{}\n{}\n{}",
        response.status(),
        headers.join("\n"),
        response.body()
    )
}

#[test]
fn no_okta_response_carries_an_unfilled_placeholder() {
    let mut with_arguments = 0;
    for &code in ErrorCode::ALL {
        // Every template's own text mentions a placeholder only where it takes an argument.
        assert_eq!(has_placeholder(code.summary()), code.arity() > 0, "{code}");
        // A body needs exactly its arguments: without them there is no body at all.
        if code.arity() > 0 {
            assert!(ErrorBody::try_new(code, &[]).is_err(), "{code}");
            with_arguments += 1;
        }
        let args: Vec<String> = (0..code.arity()).map(|i| format!("argument {i}")).collect();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let body = ErrorBody::try_new(code, &args).unwrap();
        let response = body.into_http_response();
        assert!(
            !has_placeholder(&response_text(&response)),
            "{code}: {response:?}"
        );
        assert_eq!(response.status(), code.status(), "{code}");
    }
    // As counted in Okta's 2026.08.1 table: 49 summaries hold a `{n}`.
    assert_eq!(with_arguments, 49, "codes whose template takes arguments");
    // An argument may itself hold braces: it is sent verbatim, never expanded.
    let body = ErrorBody::try_new(ErrorCode::E0000007, &["{0}"]).unwrap();
    assert_eq!(body.summary(), "Not found: {0}");
}

#[test]
fn no_response_built_from_another_catalog_carries_a_placeholder() {
    fn check<C: Catalog>(response: impl Fn(C) -> http::Response<String>) -> usize {
        for &code in C::ALL {
            let response = response(code);
            assert!(!has_placeholder(&response_text(&response)), "{code:?}");
        }
        C::ALL.len()
    }
    let oauth = check(|e: OAuthErrorCode| OAuthErrorBody::new(e).into_http_response());
    let ic = check(|e| identity_cloud::ErrorBody::new(e).into_http_response());
    let lusid = check(|e| lusid::ProblemDetails::new(e).into_http_response());
    assert_eq!((oauth, ic, lusid), (57, 43, 36));
}

#[test]
fn an_oauth_redirect_answers_302_with_the_location() {
    let response = OAuthErrorBody::new(OAuthErrorCode::AccessDenied)
        .with_state("af0ifjsldkj")
        .into_redirect_response("https://app.example.com/cb?tenant=1", ResponseMode::Query)
        .unwrap();
    assert_eq!(response.status(), 302);
    let location = response.headers()["location"].to_str().unwrap();
    assert_eq!(
        location,
        "https://app.example.com/cb?tenant=1&error=access_denied&error_description=The%20resource%20owner%20or%20authorization%20server%20denied%20the%20request.&state=af0ifjsldkj"
    );
    assert_eq!(
        OAuthErrorBody::from_redirect(location).unwrap().state(),
        Some("af0ifjsldkj")
    );
    // A redirect URI that cannot be a header is refused, never sent broken.
    let error = OAuthErrorBody::new(OAuthErrorCode::AccessDenied)
        .into_redirect_response(
            "https://app.example.com/cb\r\nSet-Cookie: x=y",
            ResponseMode::Query,
        )
        .unwrap_err();
    assert_eq!(error, identity_errors::okta::RedirectError::NotAHeaderValue);
}

#[test]
fn user_canceled_request_goes_out_as_access_denied() {
    let body = OAuthErrorBody::new(OAuthErrorCode::UserCanceledRequest);
    let url = body
        .to_redirect("https://app.example.com/cb", ResponseMode::Query)
        .unwrap();
    assert_eq!(
        url,
        "https://app.example.com/cb?error=access_denied&error_description=User%20canceled%20the%20social%20sign-in%20request."
    );
    assert_eq!(body.into_http_response().status(), 403);
    // A client reading it back sees what Okta sends: access_denied.
    let back = OAuthErrorBody::from_redirect(&url).unwrap();
    assert_eq!(back.known_code(), Some(OAuthErrorCode::AccessDenied));
    // Every other error goes out as itself.
    let others = OAuthErrorCode::ALL
        .iter()
        .filter(|e| e.sent_as() != **e)
        .count();
    assert_eq!(others, 1);
}

/// Found by the stranger trial: an OAuth error read from a 302 and answered with its own
/// `into_http_response` was a 302 with a JSON body and no `Location`, which a browser cannot
/// follow and a client reads as a redirect.
#[test]
fn a_body_read_from_a_redirect_answers_400_not_a_redirect() {
    use identity_errors::http::{HeaderMap, HeaderValue, StatusCode};
    use identity_errors::{Error, Vendor};
    let mut headers = HeaderMap::new();
    headers.insert(
        "location",
        HeaderValue::from_static("https://app.example.com/cb?error=access_denied&state=xyz"),
    );
    let error = Error::from_parts(Vendor::Okta, StatusCode::FOUND, &headers, b"").unwrap();
    let Error::OAuth(body) = error else {
        panic!("{error:?}")
    };
    assert_eq!(
        body.status(),
        StatusCode::FOUND,
        "the status received is kept"
    );
    let answer = body.into_http_response();
    assert_eq!(answer.status(), StatusCode::BAD_REQUEST);
    assert!(!answer.headers().contains_key("location"));
    assert_eq!(answer.body(), r#"{"error":"access_denied","state":"xyz"}"#);
}

/// A status that cannot carry a body (1xx, 204, 205) is answered 400 too (found by the stranger
/// trial: `with_status(NO_CONTENT)` sent a 204 with a JSON body).
#[test]
fn a_status_without_a_body_is_answered_400() {
    use identity_errors::http::StatusCode;
    use identity_errors::okta::ErrorBody;
    for status in [100, 101, 204, 205, 300, 304, 308] {
        let status = StatusCode::from_u16(status).unwrap();
        let body = ErrorBody::resource_not_found("User 00u1").with_status(status);
        assert_eq!(
            body.into_http_response().status(),
            StatusCode::BAD_REQUEST,
            "{status}"
        );
    }
    for status in [200, 202, 400, 404, 500] {
        let status = StatusCode::from_u16(status).unwrap();
        let body = ErrorBody::resource_not_found("User 00u1").with_status(status);
        assert_eq!(body.into_http_response().status(), status);
    }
}

/// A resource server asking for a DPoP nonce or a better proof challenges with RFC 9449's
/// `DPoP` scheme (section 9: `WWW-Authenticate: DPoP error="use_dpop_nonce"`), not `Bearer`;
/// a challenge read with `Bearer` is written back as read.
#[test]
fn dpop_errors_challenge_with_the_dpop_scheme() {
    use identity_errors::http::StatusCode;
    use identity_errors::okta::{OAuthErrorBody, OAuthErrorCode};
    for code in [
        OAuthErrorCode::UseDpopNonce,
        OAuthErrorCode::InvalidDpopProof,
    ] {
        let body = OAuthErrorBody::new(code).with_status(StatusCode::UNAUTHORIZED);
        let challenge = body.www_authenticate();
        let text = challenge.to_str().unwrap();
        assert!(
            text.starts_with(&format!("DPoP error=\"{}\"", code.code())),
            "{text}"
        );
    }
    let bearer = OAuthErrorBody::new(OAuthErrorCode::InvalidToken).www_authenticate();
    assert!(bearer
        .to_str()
        .unwrap()
        .starts_with("Bearer error=\"invalid_token\""));
    let read = OAuthErrorBody::from_www_authenticate(br#"Bearer error="use_dpop_nonce""#).unwrap();
    assert_eq!(read.www_authenticate(), r#"Bearer error="use_dpop_nonce""#);
}
