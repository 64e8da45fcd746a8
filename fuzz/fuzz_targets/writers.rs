//! Every writer, fed any text: bodies built with each type's constructors and setters, their
//! challenges and their redirects. Each writes valid JSON that parses back to the same JSON, a
//! well-formed response (one `error` per challenge, every header valid) that reads back as the
//! same body, and, for OAuth errors, redirects that are URIs holding one `error` and parse back
//! to the body's values.
#![no_main]

mod common;

use identity_errors::http::StatusCode;
use identity_errors::okta::{self, OAuthErrorBody, OAuthErrorCode, ResponseMode};
use identity_errors::{entra, identity_cloud, lusid};
use libfuzzer_sys::arbitrary::{Arbitrary, Result, Unstructured};
use libfuzzer_sys::fuzz_target;

/// Parameter names the crate writes into a redirect. A base URI that already holds one gets two
/// on this branch (issue 20: another engineer decides between refusing and replacing); the
/// checks below then hold only for bases without them.
const REDIRECT_NAMES: [&str; 4] = ["error", "error_description", "error_uri", "state"];

/// A form-encoded name as `from_redirect` reads it: `+` is a space, `%XX` a byte.
fn decoded(name: &str) -> String {
    let bytes = name.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| u8::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
                continue;
            }
            (b'+', _) => out.push(b' '),
            (b, _) => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A built body of `$ty` writes JSON that parses back to the same JSON, and a well-formed
/// response with its status that reads back to the same JSON.
macro_rules! check_written {
    ($ty:ty, $body:expr) => {{
        let body = $body;
        let json = body.to_json();
        assert_eq!(
            <$ty>::from_slice(json.as_bytes())
                .expect("written bodies parse")
                .to_json(),
            json
        );
        let response = body.clone().into_http_response();
        common::check_response(&response);
        assert_eq!(response.status(), body.status());
        assert_eq!(
            <$ty>::from_response(&response)
                .expect("written responses parse")
                .to_json(),
            json
        );
    }};
}

fn pick<'a, T>(input: &mut Unstructured<'_>, all: &'a [T]) -> Result<&'a T> {
    Ok(&all[usize::from(u16::arbitrary(input)?) % all.len()])
}

fn text(input: &mut Unstructured<'_>) -> Result<String> {
    String::arbitrary(input)
}

fn oauth(input: &mut Unstructured<'_>) -> Result<OAuthErrorBody> {
    let mut body = if bool::arbitrary(input)? {
        OAuthErrorBody::new(*pick(input, OAuthErrorCode::ALL)?)
    } else {
        OAuthErrorBody::from_raw(text(input)?, text(input)?)
    };
    let flags = u8::arbitrary(input)?;
    if flags & 1 != 0 {
        body = body.with_error_uri(text(input)?);
    }
    if flags & 2 != 0 {
        body = body.with_state(text(input)?);
    }
    if flags & 4 != 0 {
        body = body.with_realm(text(input)?);
    }
    if flags & 8 != 0 {
        body = body.with_scope(text(input)?);
    }
    if flags & 16 != 0 {
        body = body.with_description(text(input)?);
    }
    if flags & 32 != 0 {
        body = body.with_request_id(text(input)?);
    }
    if flags & 64 != 0 {
        if let Ok(status) = StatusCode::from_u16(u16::arbitrary(input)? % 600) {
            body = body.with_status(status);
        }
    }
    Ok(body)
}

fn check_oauth(body: OAuthErrorBody, base: &str, fragment: bool) {
    let json = body.to_json();
    assert_eq!(
        OAuthErrorBody::from_slice(json.as_bytes())
            .expect("written bodies parse")
            .to_json(),
        json
    );
    let back = common::check_challenge(&body.www_authenticate());
    assert_eq!(
        back.code(),
        body.code()
            .replace(char::is_control, " ")
            .get(..back.code().len())
            .unwrap_or("")
    );
    let mode = if fragment {
        ResponseMode::Fragment
    } else {
        ResponseMode::Query
    };
    let clean_base = common::is_uri(base)
        && !base
            .split(['?', '&', '#'])
            .skip(1)
            .any(|p| REDIRECT_NAMES.contains(&decoded(p.split('=').next().unwrap_or("")).as_str()));
    if let (true, Ok(url)) = (clean_base, body.to_redirect(base, mode)) {
        assert!(common::is_uri(&url), "{url}");
        let added = &url[base.len()..];
        let names: Vec<&str> = added
            .trim_start_matches(['?', '&', '#'])
            .split('&')
            .map(|p| p.split('=').next().unwrap_or(""))
            .collect();
        assert_eq!(names.iter().filter(|n| **n == "error").count(), 1, "{url}");
        let read = OAuthErrorBody::from_redirect(&url)
            .unwrap_or_else(|e| panic!("written redirects parse: {e}: {url:?} from {base:?}"));
        assert_eq!(read.code(), body.code());
        assert_eq!(read.description(), body.description());
        assert_eq!(read.error_uri(), body.error_uri());
        assert_eq!(read.state(), body.state());
        let response = body
            .clone()
            .into_redirect_response(base, mode)
            .expect("a URI is a Location");
        common::check_response(&response);
    }
    let response = body.clone().into_http_response();
    common::check_response(&response);
    assert_eq!(response.status(), body.status());
    let again = OAuthErrorBody::from_response(&response).expect("written responses parse");
    assert_eq!(again.to_json(), json);
}

fn run(input: &mut Unstructured<'_>) -> Result<()> {
    match u8::arbitrary(input)? % 5 {
        0 => {
            let base = text(input)?;
            let fragment = bool::arbitrary(input)?;
            check_oauth(oauth(input)?, &base, fragment);
            check_oauth(oauth(input)?, "https://app.example.com/cb?x=1", fragment);
        }
        1 => {
            let mut body = if bool::arbitrary(input)? {
                okta::ErrorBody::from_raw(text(input)?, text(input)?)
            } else {
                let code = *pick(input, okta::ErrorCode::ALL)?;
                let args: Vec<String> = (0..code.arity())
                    .map(|_| text(input))
                    .collect::<Result<_>>()?;
                let args: Vec<&str> = args.iter().map(String::as_str).collect();
                okta::ErrorBody::try_new(code, &args).expect("the right count")
            };
            for _ in 0..u8::arbitrary(input)? % 4 {
                body = body.with_cause(text(input)?);
            }
            if bool::arbitrary(input)? {
                body = body.with_error_id(text(input)?);
            }
            if bool::arbitrary(input)? {
                body = body.with_request_id(text(input)?);
            }
            check_written!(okta::ErrorBody, body);
        }
        2 => {
            let mut body = if bool::arbitrary(input)? {
                identity_cloud::ErrorBody::from_raw(
                    i64::arbitrary(input)?,
                    text(input)?,
                    text(input)?,
                )
            } else if bool::arbitrary(input)? {
                identity_cloud::ErrorBody::oauth(
                    text(input)?,
                    *pick(input, identity_cloud::ErrorCode::ALL)?,
                )
            } else {
                identity_cloud::ErrorBody::new(*pick(input, identity_cloud::ErrorCode::ALL)?)
            };
            if bool::arbitrary(input)? {
                body = body.with_description(text(input)?);
            }
            if bool::arbitrary(input)? {
                body = body.with_request_id(text(input)?);
            }
            check_written!(identity_cloud::ErrorBody, body);
        }
        3 => {
            let code = *pick(input, entra::ErrorCode::ALL)?;
            let values: Vec<String> = (0..code.arity())
                .map(|_| text(input))
                .collect::<Result<_>>()?;
            let args: Vec<(&str, &str)> = (code.placeholders().iter().copied())
                .zip(values.iter().map(String::as_str))
                .collect();
            let error = *pick(input, entra::OAuthErrorCode::ALL)?;
            let mut body = if bool::arbitrary(input)? {
                entra::OAuthErrorBody::try_new(error, code, &args).expect("every name, once")
            } else {
                entra::OAuthErrorBody::from_raw(text(input)?, text(input)?)
            };
            let flags = u8::arbitrary(input)?;
            if flags & 1 != 0 {
                body = body.with_trace_id(text(input)?);
            }
            if flags & 2 != 0 {
                body = body.with_correlation_id(text(input)?);
            }
            if flags & 4 != 0 {
                body = body.with_timestamp(text(input)?);
            }
            if flags & 8 != 0 {
                body = body.with_suberror(text(input)?).with_claims(text(input)?);
            }
            if flags & 16 != 0 {
                body = body.with_error_codes([i64::arbitrary(input)?, i64::arbitrary(input)?]);
            }
            if flags & 32 != 0 {
                body =
                    body.with_retry_after(std::time::Duration::from_secs(u64::arbitrary(input)?));
            }
            if flags & 64 != 0 {
                if let Ok(challenge) = entra::ClaimsChallenge::new(text(input)?) {
                    body = body.with_claims_challenge(challenge);
                }
            }
            check_written!(entra::OAuthErrorBody, body);
        }
        _ => {
            let mut body = lusid::ProblemDetails::new(*pick(input, lusid::ErrorCode::ALL)?);
            if bool::arbitrary(input)? {
                body = body.with_detail(text(input)?);
            }
            if bool::arbitrary(input)? {
                body = body.with_instance(text(input)?);
            }
            if bool::arbitrary(input)? {
                body = body.with_request_id(text(input)?);
            }
            check_written!(lusid::ProblemDetails, body);
        }
    }
    Ok(())
}

fuzz_target!(|data: &[u8]| {
    let _ = run(&mut Unstructured::new(data));
});
