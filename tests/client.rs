//! The client half: a response becomes a typed, retry-aware error, keeping what was received.

use http::header::{HeaderMap, HeaderValue};
use http::{Response, StatusCode};
use http_body_util::BodyExt;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use identity_errors::{identity_cloud, lusid, okta, Error, Kind, ParseError, Retry, Vendor};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

const HTML_PAGE: &[u8] = b"<html><body><h1>502 Bad Gateway</h1></body></html>";

fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
    let mut map = HeaderMap::new();
    for (name, value) in pairs {
        map.append(*name, HeaderValue::from_str(value).unwrap());
    }
    map
}

// ---- a real 429 over loopback ----

/// The instant Okta's window resets in the loopback test, and the `Date` it answers with.
fn window() -> (SystemTime, SystemTime) {
    let date = UNIX_EPOCH + Duration::from_secs(1_795_428_000);
    (date, date + Duration::from_secs(30))
}

/// Serves one route answering like Okta's rate limiter, on 127.0.0.1, and returns its address.
async fn serve_rate_limited() -> std::net::SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    assert!(address.ip().is_loopback());
    let (date, reset) = window();
    let app = axum::Router::new().route(
        "/api/v1/users",
        axum::routing::get(move || async move {
            okta::ErrorBody::too_many_requests()
                .with_error_id("oae_A2-4_P9RtWIEh-N4O0qfg")
                .with_request_id("aGk2ZXR4c2Vk")
                .with_rate_limit(okta::RateLimit::new(600, 0, reset).with_date(date))
                .into_http_response()
        }),
    );
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    address
}

#[tokio::test]
async fn a_429_over_loopback_becomes_an_error_that_says_when_to_retry() {
    let address = serve_rate_limited().await;
    let client = Client::builder(TokioExecutor::new()).build_http::<String>();
    let uri = format!("http://{address}/api/v1/users").parse().unwrap();
    let (parts, body) = client.get(uri).await.unwrap().into_parts();
    let bytes = body.collect().await.unwrap().to_bytes();
    let response = Response::from_parts(parts, bytes);

    // What went over the wire: Okta's status, headers and body.
    assert_eq!(response.status(), 429);
    assert_eq!(response.headers()["x-rate-limit-limit"], "600");
    assert_eq!(response.headers()["x-rate-limit-remaining"], "0");
    assert_eq!(response.headers()["x-rate-limit-reset"], "1795428030");
    assert_eq!(response.headers()["date"], "Mon, 23 Nov 2026 10:00:00 GMT");

    let error = Error::from_response(Vendor::Okta, &response).expect("a 429 is an error");
    assert_eq!(error.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(error.kind(), Kind::RateLimited);
    assert_eq!(error.retry(), Retry::AfterWindow);
    // Reset - Date + 1 s, by the server's clock.
    assert_eq!(error.retry_after(), Some(Duration::from_secs(31)));
    assert_eq!(error.correlation_id(), Some("oae_A2-4_P9RtWIEh-N4O0qfg"));
    let Error::Okta(body) = &error else {
        panic!("not an Okta API error: {error:?}");
    };
    assert_eq!(body.known_code(), Some(okta::ErrorCode::E0000047));
    assert_eq!(body.request_id(), Some("aGk2ZXR4c2Vk"));
    let limit = body.rate_limit().unwrap();
    assert_eq!(limit.reset(), Some(window().1));
    assert!(!limit.is_concurrent_limit());
    assert_eq!(
        error.to_string(),
        "Okta answered HTTP 429 Too Many Requests with E0000047: API call exceeded rate limit due to too many requests. (errorId: oae_A2-4_P9RtWIEh-N4O0qfg)"
    );
    assert!(std::error::Error::source(&error).is_none());
}

// ---- every body type: the status received, foreign bodies, empty bodies ----

/// `from_parts` of `body` with `status`, and `from_response` of the same: they agree.
macro_rules! received {
    ($ty:ty, $status:expr, $headers:expr, $body:expr) => {{
        let status = StatusCode::from_u16($status).unwrap();
        let headers: HeaderMap = $headers;
        let from_parts = <$ty>::from_parts(status, &headers, $body);
        let mut response = Response::new($body.to_vec());
        *response.status_mut() = status;
        *response.headers_mut() = headers;
        let from_response = <$ty>::from_response(&response);
        assert_eq!(from_parts.is_ok(), from_response.is_ok());
        if let (Ok(a), Ok(b)) = (&from_parts, &from_response) {
            assert_eq!(a, b);
        }
        from_parts
    }};
}

#[test]
fn the_status_received_is_the_status_even_where_the_catalog_differs() {
    let okta = br#"{"errorCode":"E0000007","errorSummary":"Not found: x"}"#;
    let body = received!(okta::ErrorBody, 418, HeaderMap::new(), okta).unwrap();
    assert_eq!(body.status(), StatusCode::IM_A_TEAPOT);
    assert_eq!(body.known_code().unwrap().status(), StatusCode::NOT_FOUND);
    assert_eq!(body.kind(), Kind::NotFound); // the code's meaning, not the status's
                                             // An unknown code received with 418: the received status, never a guessed 500.
    let unknown = br#"{"errorCode":"E0009999","errorSummary":"Something new"}"#;
    let body = received!(okta::ErrorBody, 418, HeaderMap::new(), unknown).unwrap();
    assert_eq!(body.status(), StatusCode::IM_A_TEAPOT);
    assert_eq!(
        (body.kind(), body.retry()),
        (Kind::InvalidRequest, Retry::Never)
    );

    let oauth = br#"{"error":"invalid_grant","error_description":"The code expired."}"#;
    let body = received!(okta::OAuthErrorBody, 401, HeaderMap::new(), oauth).unwrap();
    assert_eq!(body.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(body.known_code().unwrap().status(), StatusCode::BAD_REQUEST);

    let ic = br#"{"stat":"error","code":414,"error":"access_token_expired"}"#;
    let body = received!(identity_cloud::ErrorBody, 401, HeaderMap::new(), ic).unwrap();
    assert_eq!(body.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(body.retry(), Retry::AfterReauthenticating);

    let lusid = br#"{"code":657,"status":404}"#;
    let body = received!(lusid::ProblemDetails, 410, HeaderMap::new(), lusid).unwrap();
    assert_eq!(body.status(), StatusCode::GONE);
    assert_eq!(body.status_member(), Some(404));
}

#[test]
fn a_body_that_is_not_the_vendors_is_a_typed_error_and_an_unrecognized_error() {
    let html = headers(&[("content-type", "text/html")]);
    for bytes in [HTML_PAGE, b"", b"   "] {
        let okta = received!(okta::ErrorBody, 502, html.clone(), bytes);
        assert!(matches!(okta, Err(ParseError::Json { .. })));
        let oauth = received!(okta::OAuthErrorBody, 502, html.clone(), bytes);
        assert!(matches!(oauth, Err(ParseError::Json { .. })));
        let ic = received!(identity_cloud::ErrorBody, 502, html.clone(), bytes);
        assert!(matches!(ic, Err(ParseError::Json { .. })));
        let lusid = received!(lusid::ProblemDetails, 502, html.clone(), bytes);
        assert!(matches!(lusid, Err(ParseError::Json { .. })));

        for vendor in [Vendor::Okta, Vendor::IdentityCloud, Vendor::Lusid] {
            let status = StatusCode::BAD_GATEWAY;
            let error = Error::from_parts(vendor, status, &html, bytes).unwrap();
            let Error::Unrecognized(other) = &error else {
                panic!("{vendor}: {error:?}");
            };
            assert_eq!((other.vendor(), other.status()), (vendor, status));
            assert_eq!(other.body(), bytes, "the bytes are kept");
            assert_eq!(other.headers()["content-type"], "text/html");
            assert_eq!(
                (error.kind(), error.retry()),
                (Kind::Unavailable, Retry::WithBackoff)
            );
            let expected = if bytes.is_empty() {
                format!("{vendor} answered HTTP 502 Bad Gateway with no error body")
            } else {
                format!(
                    "{vendor} answered HTTP 502 Bad Gateway with a body that is not its error body ({} bytes of text/html)",
                    bytes.len()
                )
            };
            assert_eq!(error.to_string(), expected);
        }
    }
}

#[test]
fn an_empty_401_with_a_challenge_is_an_oauth_error() {
    let challenge = r#"Bearer realm="api", error="invalid_token", error_description="The access token expired""#;
    let headers = headers(&[("www-authenticate", challenge)]);
    let body = received!(okta::OAuthErrorBody, 401, headers.clone(), b"").unwrap();
    assert_eq!(body.known_code(), Some(okta::OAuthErrorCode::InvalidToken));
    assert_eq!(body.auth_param("realm"), Some("api"));
    let error = Error::from_parts(Vendor::Okta, StatusCode::UNAUTHORIZED, &headers, b"").unwrap();
    assert!(matches!(error, Error::OAuth(_)), "{error:?}");
    assert_eq!(error.retry(), Retry::AfterReauthenticating);
    // Written back, the response carries the same challenge and a JSON body.
    let response = body.into_http_response();
    assert_eq!(response.headers()["www-authenticate"], challenge);
}

#[test]
fn a_challenge_in_utf8_text_is_read_whole() {
    let challenge = r#"Bearer error="invalid_token", error_description="Le jeton est expiré""#;
    let headers = headers(&[("www-authenticate", challenge)]);
    let body = received!(okta::OAuthErrorBody, 401, headers.clone(), b"").unwrap();
    assert_eq!(body.description(), Some("Le jeton est expiré"));
    let error = Error::from_parts(Vendor::Okta, StatusCode::UNAUTHORIZED, &headers, b"").unwrap();
    assert!(matches!(error, Error::OAuth(_)), "{error:?}");
}

#[test]
fn successes_are_not_errors_except_identity_clouds_200_with_an_error() {
    let none = HeaderMap::new();
    for vendor in [Vendor::Okta, Vendor::IdentityCloud, Vendor::Lusid] {
        assert_eq!(
            Error::from_parts(vendor, StatusCode::OK, &none, br#"{"id":"00u1"}"#),
            None
        );
        assert_eq!(
            Error::from_parts(vendor, StatusCode::OK, &none, HTML_PAGE),
            None
        );
    }
    let ok = br#"{"stat":"ok","result":{"uuid":"u1"}}"#;
    assert_eq!(
        Error::from_parts(Vendor::IdentityCloud, StatusCode::OK, &none, ok),
        None
    );
    assert!(
        identity_cloud::ErrorBody::from_slice(ok).is_err(),
        "a success is no error body"
    );

    let failed =
        br#"{"stat":"error","code":510,"error":"api_limit_error","request_id":"uyeem84bmqmnjuu4"}"#;
    let error = Error::from_parts(Vendor::IdentityCloud, StatusCode::OK, &none, failed).unwrap();
    assert_eq!(error.status(), StatusCode::OK);
    assert_eq!(
        (error.kind(), error.retry()),
        (Kind::RateLimited, Retry::AfterWindow)
    );
    assert_eq!(error.correlation_id(), Some("uyeem84bmqmnjuu4"));

    // Okta's /authorize answers an error with a redirect.
    let location = "https://app.example.com/cb?error=access_denied&error_description=No&state=s";
    let redirect = headers(&[("location", location)]);
    let error = Error::from_parts(Vendor::Okta, StatusCode::FOUND, &redirect, b"").unwrap();
    let Error::OAuth(body) = &error else {
        panic!("{error:?}");
    };
    assert_eq!((body.code(), body.state()), ("access_denied", Some("s")));
    let plain = headers(&[("location", "https://app.example.com/cb?code=abc")]);
    assert_eq!(
        Error::from_parts(Vendor::Okta, StatusCode::FOUND, &plain, b""),
        None
    );
}

#[test]
fn retry_advice_for_statuses_the_catalog_does_not_decide() {
    let none = HeaderMap::new();
    let advice = |vendor, status: u16| {
        let status = StatusCode::from_u16(status).unwrap();
        Error::from_parts(vendor, status, &none, b"not json").map(|e| e.retry())
    };
    assert_eq!(advice(Vendor::Okta, 429), Some(Retry::AfterWindow));
    for status in [502, 503, 504] {
        assert_eq!(advice(Vendor::Okta, status), Some(Retry::WithBackoff));
    }
    for status in [400, 403, 404, 409, 422] {
        assert_eq!(advice(Vendor::Okta, status), Some(Retry::Never), "{status}");
    }
    assert_eq!(
        advice(Vendor::Okta, 401),
        Some(Retry::AfterReauthenticating)
    );
    // FINBOURNE's SDK retries a LUSID 409.
    assert_eq!(advice(Vendor::Lusid, 409), Some(Retry::WithBackoff));
    // OAuth errors the RFCs say to retry.
    for (error, retry) in [
        (
            okta::OAuthErrorCode::TemporarilyUnavailable,
            Retry::WithBackoff,
        ),
        (okta::OAuthErrorCode::SlowDown, Retry::AfterWindow),
        (
            okta::OAuthErrorCode::AuthorizationPending,
            Retry::AfterWindow,
        ),
    ] {
        assert_eq!(okta::OAuthErrorBody::new(error).retry(), retry);
    }
}

#[test]
fn retry_after_headers_in_seconds_or_as_a_date() {
    let seconds = headers(&[("retry-after", "120")]);
    let body = br#"{"code":657}"#;
    let problem = received!(lusid::ProblemDetails, 429, seconds, body).unwrap();
    assert_eq!(problem.retry_after(), Some(Duration::from_secs(120)));
    let dated = headers(&[
        ("date", "Mon, 23 Nov 2026 10:00:00 GMT"),
        ("retry-after", "Mon, 23 Nov 2026 10:01:30 GMT"),
    ]);
    let problem = received!(lusid::ProblemDetails, 503, dated, body).unwrap();
    assert_eq!(problem.retry_after(), Some(Duration::from_secs(90)));
    let past = headers(&[
        ("date", "Mon, 23 Nov 2026 10:00:00 GMT"),
        ("retry-after", "Mon, 23 Nov 2026 09:00:00 GMT"),
    ]);
    let problem = received!(lusid::ProblemDetails, 503, past, body).unwrap();
    assert_eq!(problem.retry_after(), Some(Duration::ZERO));
}

#[test]
fn okta_rate_limit_headers_malformed_or_missing_read_as_absent() {
    assert_eq!(okta::RateLimit::from_headers(&HeaderMap::new()), None);
    let cases: [&[(&str, &str)]; 4] = [
        &[("x-rate-limit-reset", "soon")],
        &[("x-rate-limit-reset", "-1")],
        &[("x-rate-limit-limit", "1.5")],
        &[("date", "yesterday"), ("x-rate-limit-limit", "x")],
    ];
    for case in cases {
        let limit = okta::RateLimit::from_headers(&headers(case));
        assert!(limit.map_or(true, |l| l.wait().is_none()), "{case:?}");
    }
    // A reset too far for any clock is well formed, only far: the longest wait, not none
    // (which had a client retry at once).
    for reset in ["99999999999999999999999", "18446744073709551615"] {
        let limit = okta::RateLimit::from_headers(&headers(&[("x-rate-limit-reset", reset)]));
        assert_eq!(limit.unwrap().wait(), Some(Retry::MAX_WAIT), "{reset}");
    }
    // Two reset headers: which one is meant is unknown, so no wait (as Okta's Node SDK).
    let twice = headers(&[
        ("date", "Mon, 23 Nov 2026 10:00:00 GMT"),
        ("x-rate-limit-limit", "600"),
        ("x-rate-limit-reset", "1795428030"),
        ("x-rate-limit-reset", "1795428090"),
    ]);
    let limit = okta::RateLimit::from_headers(&twice).unwrap();
    assert_eq!(
        (limit.limit(), limit.reset(), limit.wait()),
        (Some(600), None, None)
    );
    // Without Date, a Retry-After still gives the wait.
    let retry = headers(&[("x-rate-limit-reset", "1795428030"), ("retry-after", "7")]);
    let limit = okta::RateLimit::from_headers(&retry).unwrap();
    assert_eq!(limit.wait(), Some(Duration::from_secs(7)));
    // A window already reset: the one-second floor (okta-sdk-java), never a zero wait.
    let past = headers(&[
        ("date", "Mon, 23 Nov 2026 10:00:00 GMT"),
        ("x-rate-limit-reset", "1795420000"),
    ]);
    assert_eq!(
        okta::RateLimit::from_headers(&past).unwrap().wait(),
        Some(Duration::from_secs(1))
    );
    // The concurrent limit: limit and remaining both 0.
    let concurrent = headers(&[("x-rate-limit-limit", "0"), ("x-rate-limit-remaining", "0")]);
    assert!(okta::RateLimit::from_headers(&concurrent)
        .unwrap()
        .is_concurrent_limit());
}

#[test]
fn correlation_ids_for_a_support_ticket() {
    let none = HeaderMap::new();
    let okta_headers = headers(&[("x-okta-request-id", "reqId123")]);
    let okta = br#"{"errorCode":"E0000009","errorSummary":"Internal Server Error"}"#;
    let body = received!(okta::ErrorBody, 500, okta_headers.clone(), okta).unwrap();
    assert_eq!(body.correlation_id(), Some("reqId123"));
    let with_id =
        br#"{"errorCode":"E0000009","errorSummary":"Internal Server Error","errorId":"oae1"}"#;
    let body = received!(okta::ErrorBody, 500, okta_headers, with_id).unwrap();
    assert_eq!(
        (body.correlation_id(), body.request_id()),
        (Some("oae1"), Some("reqId123"))
    );

    let lusid_headers = headers(&[("lusid-meta-requestId", "0HN1:00000007")]);
    let lusid = br#"{"code":657,"instance":"https://x.lusid.com/app/insights/logs/0HN1:00000001"}"#;
    let body = received!(lusid::ProblemDetails, 404, lusid_headers, lusid).unwrap();
    assert_eq!(body.correlation_id(), Some("0HN1:00000007"));
    let body = received!(lusid::ProblemDetails, 404, none.clone(), lusid).unwrap();
    assert_eq!(body.correlation_id(), Some("0HN1:00000001"));

    let ic = br#"{"stat":"error","code":414,"error":"access_token_expired","request_token":"h7yyk55jjnc39bw2"}"#;
    let body = received!(identity_cloud::ErrorBody, 200, none, ic).unwrap();
    assert_eq!(body.correlation_id(), Some("h7yyk55jjnc39bw2"));
}

#[test]
fn a_client_can_question_mark_every_vendor_into_one_error_type() {
    fn call(vendor: Vendor, status: u16, body: &[u8]) -> Result<(), Error> {
        let status = StatusCode::from_u16(status).unwrap();
        match Error::from_parts(vendor, status, &HeaderMap::new(), body) {
            Some(error) => Err(error),
            None => Ok(()),
        }
    }
    fn run() -> Result<(), Box<dyn std::error::Error>> {
        call(Vendor::Okta, 200, b"{}")?;
        call(Vendor::Lusid, 404, br#"{"code":657}"#)?;
        Ok(())
    }
    let error = run().unwrap_err();
    let error = error.downcast_ref::<Error>().unwrap();
    assert!(
        matches!(error, Error::Lusid(body) if body.known_code() == Some(lusid::ErrorCode::UserDoesNotExist))
    );
    let converted: Error = okta::ErrorBody::too_many_requests().into();
    assert_eq!(converted.retry(), Retry::AfterWindow);
}

#[test]
fn a_result_with_the_error_stays_small() {
    assert!(std::mem::size_of::<Error>() <= 16);
}

#[test]
fn server_faults_are_retried_with_backoff_by_the_written_rule() {
    // data/README.md, "Retry on 5xx": a server fault (500, and any 5xx but 501-504) is retried
    // with backoff; 502-504 are `unavailable`, also with backoff; 501 is `unsupported`, never;
    // OAuth's `server_error` is the redirect's 500, `temporarily_unavailable` its 503.
    let none = HeaderMap::new();
    let read = |vendor, status: u16, body: &[u8]| {
        let status = StatusCode::from_u16(status).unwrap();
        Error::from_parts(vendor, status, &none, body).unwrap()
    };
    let cases: Vec<(&str, Error, Kind, Retry)> = vec![
        (
            "Okta E0000009",
            read(
                Vendor::Okta,
                500,
                br#"{"errorCode":"E0000009","errorSummary":"Internal Server Error","errorCauses":[]}"#,
            ),
            Kind::ServerFault,
            Retry::WithBackoff,
        ),
        (
            "OAuth server_error",
            read(
                Vendor::Okta,
                500,
                br#"{"error":"server_error","error_description":"x"}"#,
            ),
            Kind::ServerFault,
            Retry::WithBackoff,
        ),
        (
            "OAuth temporarily_unavailable",
            read(
                Vendor::Okta,
                400,
                br#"{"error":"temporarily_unavailable","error_description":"x"}"#,
            ),
            Kind::Unavailable,
            Retry::WithBackoff,
        ),
        (
            "LUSID -1",
            read(
                Vendor::Lusid,
                500,
                br#"{"name":"UnknownError","code":-1,"title":"Unknown error"}"#,
            ),
            Kind::ServerFault,
            Retry::WithBackoff,
        ),
        (
            "Identity Cloud 500",
            read(
                Vendor::IdentityCloud,
                200,
                br#"{"stat":"error","code":500,"error":"unexpected_error"}"#,
            ),
            Kind::ServerFault,
            Retry::WithBackoff,
        ),
        (
            "an unknown Okta code at 500",
            read(
                Vendor::Okta,
                500,
                br#"{"errorCode":"E9999999","errorSummary":"new"}"#,
            ),
            Kind::ServerFault,
            Retry::WithBackoff,
        ),
        (
            "an unrecognized 500",
            read(Vendor::Okta, 500, HTML_PAGE),
            Kind::ServerFault,
            Retry::WithBackoff,
        ),
        (
            "an unrecognized LUSID 507",
            read(Vendor::Lusid, 507, b""),
            Kind::ServerFault,
            Retry::WithBackoff,
        ),
        (
            "an unrecognized 503",
            read(Vendor::IdentityCloud, 503, HTML_PAGE),
            Kind::Unavailable,
            Retry::WithBackoff,
        ),
        (
            "an unrecognized 501",
            read(Vendor::Okta, 501, b""),
            Kind::Unsupported,
            Retry::Never,
        ),
    ];
    for (what, error, kind, retry) in cases {
        assert_eq!(
            (error.kind(), error.retry()),
            (kind, retry),
            "{what}: {error:?}"
        );
    }
    // The catalogs say the same of their own server faults.
    assert_eq!(okta::ErrorCode::E0000009.retry(), Retry::WithBackoff);
    assert_eq!(
        okta::OAuthErrorCode::ServerError.retry(),
        Retry::WithBackoff
    );
    assert_eq!(lusid::ErrorCode::UnknownError.retry(), Retry::WithBackoff);
    assert_eq!(
        identity_cloud::ErrorCode::UnexpectedError.retry(),
        Retry::WithBackoff
    );
}

#[test]
fn a_body_equals_the_same_body_whatever_bytes_it_came_in() {
    // Pretty-printed, then compact, with another header: the same body, the same Error; what
    // each passes on is what it came in.
    let pretty =
        "{\n  \"errorCode\": \"E0000007\",\n  \"errorSummary\": \"Not found: User 00u1\"\n}";
    let compact = r#"{"errorCode":"E0000007","errorSummary":"Not found: User 00u1"}"#;
    let mut headers = HeaderMap::new();
    headers.insert("strict-transport-security", "max-age=1".parse().unwrap());
    let a = Error::from_parts(
        Vendor::Okta,
        StatusCode::NOT_FOUND,
        &headers,
        pretty.as_bytes(),
    );
    let b = Error::from_parts(
        Vendor::Okta,
        StatusCode::NOT_FOUND,
        &HeaderMap::new(),
        compact.as_bytes(),
    );
    assert_eq!(a, b);
    let built = okta::ErrorBody::from_slice(compact.as_bytes())
        .unwrap()
        .with_status(StatusCode::NOT_FOUND);
    assert_eq!(b, Some(Error::from(built)));
    assert_eq!(a.unwrap().into_http_response().body(), pretty.as_bytes());
    assert_eq!(b.unwrap().into_http_response().body(), compact.as_bytes());
}

/// A device-flow poll answered "pending" or "slow down" with no rate-limit headers: the wait
/// RFC 8628, section 3.5 gives a client without an interval (5 s, and 5 s more on `slow_down`).
/// Before, no wait at all, so a loop on `retry_after()` polled at once.
#[test]
fn a_device_flow_poll_waits_the_rfc_8628_default_interval() {
    // Okta's own bodies for the two codes (developer docs' OAuth error table).
    let answers = [
        (
            &br#"{"error":"authorization_pending","error_description":"The device authorization is pending. Please try again later."}"#[..],
            5,
        ),
        (
            br#"{"error":"slow_down","error_description":"Slow down the polling frequency. Please try again later."}"#,
            10,
        ),
    ];
    for (body, seconds) in answers {
        let error = Error::from_parts(
            Vendor::Okta,
            StatusCode::BAD_REQUEST,
            &HeaderMap::new(),
            body,
        )
        .unwrap();
        assert!(matches!(error, Error::OAuth(_)), "{error:?}");
        assert_eq!(error.retry(), Retry::AfterWindow);
        assert_eq!(error.retry_after(), Some(Duration::from_secs(seconds)));
    }
    // Okta's rate-limit headers, which come with every /token answer, do not stretch a poll
    // to the window (found by the stranger trial: 60 s), unless the window is spent.
    let window = |remaining: &str| {
        headers(&[
            ("date", "Mon, 23 Nov 2026 10:00:00 GMT"),
            ("x-rate-limit-limit", "600"),
            ("x-rate-limit-remaining", remaining),
            ("x-rate-limit-reset", "1795428059"),
        ])
    };
    let body = br#"{"error":"authorization_pending"}"#;
    let error = Error::from_parts(Vendor::Okta, StatusCode::BAD_REQUEST, &window("599"), body);
    assert_eq!(error.unwrap().retry_after(), Some(Duration::from_secs(5)));
    let error = Error::from_parts(Vendor::Okta, StatusCode::BAD_REQUEST, &window("0"), body);
    assert_eq!(error.unwrap().retry_after(), Some(Duration::from_secs(60)));
    // A Retry-After the server sends wins.
    let error = Error::from_parts(
        Vendor::Okta,
        StatusCode::BAD_REQUEST,
        &headers(&[("retry-after", "2")]),
        br#"{"error":"authorization_pending"}"#,
    )
    .unwrap();
    assert_eq!(error.retry_after(), Some(Duration::from_secs(2)));
}

// ---- Entra ID ----

#[cfg(feature = "entra")]
mod entra {
    use super::*;
    use identity_errors::entra::{ErrorCode, OAuthErrorBody, OAuthErrorCode};

    /// What `az login -u -p` received (Azure/azure-cli#18647, tests/fixtures/entra_examples.json).
    const INVALID_GRANT: &str = r#"{"error":"invalid_grant","error_description":"AADSTS50126: Error validating credentials due to invalid username or password.\r\nTrace ID: a287413d-c526-4d4a-a6eb-ac9108b03000\r\nCorrelation ID: 7f85270a-1b07-401e-b684-a19533c1b5ea\r\nTimestamp: 2021-06-25 13:16:19Z","error_codes":[50126],"timestamp":"2021-06-25 13:16:19Z","trace_id":"a287413d-c526-4d4a-a6eb-ac9108b03000","correlation_id":"7f85270a-1b07-401e-b684-a19533c1b5ea","error_uri":"https://login.microsoftonline.com/error?code=50126"}"#;

    /// Serves Entra's token endpoint answering as a test double would, on 127.0.0.1: a 400
    /// `invalid_grant` from a catalog code, and a throttled 429 as MSAL.NET#2855 shows it
    /// (plain text, `Retry-After: 60`).
    async fn serve() -> std::net::SocketAddr {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        assert!(address.ip().is_loopback());
        let app = axum::Router::new()
            .route(
                "/common/oauth2/v2.0/token",
                axum::routing::post(|| async {
                    OAuthErrorBody::try_new(
                        OAuthErrorCode::InvalidGrant,
                        ErrorCode::InvalidUserNameOrPassword,
                        &[],
                    )
                    .unwrap()
                    .with_correlation_id("7f85270a-1b07-401e-b684-a19533c1b5ea")
                    .into_http_response()
                }),
            )
            .route(
                "/throttled/oauth2/v2.0/token",
                axum::routing::post(|| async {
                    Response::builder()
                        .status(429)
                        .header("retry-after", "60")
                        .body("Too Many Requests".to_owned())
                        .unwrap()
                }),
            );
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        address
    }

    async fn post(address: std::net::SocketAddr, path: &str) -> Response<Vec<u8>> {
        let client = Client::builder(TokioExecutor::new()).build_http::<String>();
        let request = http::Request::post(format!("http://{address}{path}"))
            .body(String::new())
            .unwrap();
        let (parts, body) = client.request(request).await.unwrap().into_parts();
        Response::from_parts(parts, body.collect().await.unwrap().to_bytes().to_vec())
    }

    #[tokio::test]
    async fn entra_answers_over_loopback_become_errors_that_say_what_to_do() {
        let address = serve().await;
        let response = post(address, "/common/oauth2/v2.0/token").await;
        assert_eq!(response.status(), 400);
        assert_eq!(response.headers()["content-type"], "application/json");
        let error = Error::from_response(Vendor::Entra, &response).expect("a 400 is an error");
        assert_eq!(error.vendor(), Vendor::Entra);
        assert_eq!(error.kind(), Kind::Unauthenticated);
        assert_eq!(error.retry(), Retry::AfterReauthenticating);
        assert_eq!(
            error.correlation_id(),
            Some("7f85270a-1b07-401e-b684-a19533c1b5ea")
        );
        let Error::Entra(body) = &error else {
            panic!("not an Entra error: {error:?}");
        };
        assert_eq!(body.known_code(), Some(OAuthErrorCode::InvalidGrant));
        assert_eq!(
            body.known_codes().collect::<Vec<_>>(),
            [ErrorCode::InvalidUserNameOrPassword]
        );
        assert!(error
            .to_string()
            .starts_with("Entra ID answered HTTP 400 Bad Request with invalid_grant: AADSTS50126: Error validating credentials due to invalid username or password."));
        assert!(error
            .to_string()
            .ends_with("(correlation id: 7f85270a-1b07-401e-b684-a19533c1b5ea)"));

        let response = post(address, "/throttled/oauth2/v2.0/token").await;
        let error = Error::from_response(Vendor::Entra, &response).expect("a 429 is an error");
        let Error::Unrecognized(other) = &error else {
            panic!("plain text is not Entra's body: {error:?}");
        };
        assert_eq!(other.body(), b"Too Many Requests");
        assert_eq!(error.kind(), Kind::RateLimited);
        assert_eq!(error.retry(), Retry::AfterWindow);
        assert_eq!(error.retry_after(), Some(Duration::from_secs(60)));
    }

    #[test]
    fn the_status_received_is_the_status_and_the_code_says_the_rest() {
        // Real invalid_client answers come with 400 as well as 401 (data/README.md).
        let body = br#"{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided.","error_codes":[7000215]}"#;
        for status in [400, 401] {
            let read = received!(OAuthErrorBody, status, HeaderMap::new(), body).unwrap();
            assert_eq!(read.status().as_u16(), status);
            assert_eq!(read.kind(), Kind::Unauthenticated);
        }
        let built = OAuthErrorBody::from_slice(body).unwrap();
        assert_eq!(built.status(), StatusCode::UNAUTHORIZED);
        // A 429 with a Retry-After, whatever the body says.
        let throttled = received!(
            OAuthErrorBody,
            429,
            headers(&[("retry-after", "120")]),
            br#"{"error":"Server overload","error_description":"429: Too many requests error","error_codes":[90010]}"#
        )
        .unwrap();
        assert_eq!(throttled.retry_after(), Some(Duration::from_secs(120)));
        assert_eq!(throttled.status(), StatusCode::TOO_MANY_REQUESTS);
    }

    #[test]
    fn an_entra_answer_that_is_not_its_body_is_kept_as_received() {
        for (status, body) in [
            (502, HTML_PAGE),
            (401, &b""[..]),
            (400, br#"{"error_description":"no error member"}"#),
            (400, br#"{"error":"invalid_grant","error_codes":["50126"]}"#),
        ] {
            let error = Error::from_parts(
                Vendor::Entra,
                StatusCode::from_u16(status).unwrap(),
                &HeaderMap::new(),
                body,
            )
            .expect("an error status is an error");
            let Error::Unrecognized(other) = &error else {
                panic!("{status}: {error:?}");
            };
            assert_eq!(other.vendor(), Vendor::Entra);
            assert_eq!(other.body(), body);
        }
        let error = OAuthErrorBody::from_slice(br#"{"error":"invalid_grant","error_codes":[5.0]}"#);
        assert!(matches!(error, Err(ParseError::Json { .. })));
    }

    #[test]
    fn entra_successes_are_not_errors() {
        for status in [200, 201, 204, 302] {
            let status = StatusCode::from_u16(status).unwrap();
            assert!(Error::from_parts(
                Vendor::Entra,
                status,
                &HeaderMap::new(),
                INVALID_GRANT.as_bytes()
            )
            .is_none());
        }
    }

    #[test]
    fn entra_correlation_ids_for_a_support_ticket() {
        let none = HeaderMap::new();
        let body = received!(OAuthErrorBody, 400, none.clone(), INVALID_GRANT.as_bytes()).unwrap();
        assert_eq!(
            body.correlation_id(),
            Some("7f85270a-1b07-401e-b684-a19533c1b5ea")
        );
        assert_eq!(
            body.trace_id(),
            Some("a287413d-c526-4d4a-a6eb-ac9108b03000")
        );
        assert_eq!(body.timestamp(), Some("2021-06-25 13:16:19Z"));
        // msal-python's tenant discovery (james-gould/azure-keyvault-emulator#324): spaces,
        // not line breaks, and no members but in the description.
        let spaced = br#"{"error":"invalid_tenant","error_description":"AADSTS90002: Tenant 'secrets' not found. Trace ID: 2e35e78b-e885-4bdd-90e2-d7beb467df00 Correlation ID: 0774b819-134d-4815-9573-a31a98397420 Timestamp: 2025-08-18 15:26:14Z"}"#;
        let body = received!(OAuthErrorBody, 400, none, spaced).unwrap();
        assert_eq!(
            body.correlation_id(),
            Some("0774b819-134d-4815-9573-a31a98397420")
        );
        assert_eq!(
            body.trace_id(),
            Some("2e35e78b-e885-4bdd-90e2-d7beb467df00")
        );
        assert_eq!(body.timestamp(), Some("2025-08-18 15:26:14Z"));
        assert_eq!(body.codes().collect::<Vec<_>>(), [90002]);
    }
}
