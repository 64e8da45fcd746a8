//! What the targets share: a plain-text form of a response to fuzz from, and the checks every
//! written response, challenge and redirect must pass.
#![allow(dead_code)] // each target uses a part

use identity_errors::http::{HeaderMap, HeaderName, HeaderValue, Response, StatusCode};
use identity_errors::okta::OAuthErrorBody;
use identity_errors::Vendor;

/// A response as text, as the seeds write it:
///
/// ```text
/// okta 401
/// www-authenticate: Bearer error="invalid_token"
///
/// {"error":"invalid_token"}
/// ```
///
/// A first line that names no vendor or status gives Okta and 400; header lines that are not
/// valid headers are skipped (the fuzzer still reaches every value a `HeaderValue` holds).
pub struct Message<'a> {
    pub vendor: Vendor,
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: &'a [u8],
}

pub fn message(data: &[u8]) -> Message<'_> {
    let (head, body) = match find(data, b"\n\n") {
        Some(at) => (&data[..at], &data[at + 2..]),
        None => (data, &b""[..]),
    };
    let mut lines = head.split(|&b| b == b'\n');
    let first = String::from_utf8_lossy(lines.next().unwrap_or_default());
    let mut words = first.split(' ');
    let vendor = match words.next() {
        Some("identity-cloud") => Vendor::IdentityCloud,
        Some("lusid") => Vendor::Lusid,
        Some("entra") => Vendor::Entra,
        Some("cognito") => Vendor::Cognito,
        _ => Vendor::Okta,
    };
    let status = words
        .next()
        .and_then(|w| w.parse::<u16>().ok())
        .and_then(|n| StatusCode::from_u16(n).ok())
        .unwrap_or(StatusCode::BAD_REQUEST);
    let mut headers = HeaderMap::new();
    for line in lines {
        let Some(colon) = line.iter().position(|&b| b == b':') else {
            continue;
        };
        let value = line[colon + 1..]
            .strip_prefix(b" ")
            .unwrap_or(&line[colon + 1..]);
        if let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(&line[..colon]),
            HeaderValue::from_bytes(value),
        ) {
            headers.append(name, value);
        }
    }
    Message {
        vendor,
        status,
        headers,
        body,
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The auth-param names of a challenge, outside quoted strings, after its scheme.
pub fn challenge_names(header: &str) -> Vec<String> {
    let (_, params) = header.split_once(' ').unwrap_or((header, ""));
    let mut names = Vec::new();
    let (mut in_quotes, mut escaped) = (false, false);
    let mut token = String::new();
    for c in params.chars() {
        if in_quotes {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_quotes = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_quotes = true,
            '=' => names.push(std::mem::take(&mut token).to_ascii_lowercase()),
            ',' | ' ' => token.clear(),
            c => token.push(c),
        }
    }
    names
}

/// A challenge the crate wrote: visible bytes (or UTF-8 text beyond ASCII), within the bound,
/// exactly one `error`, no name twice in any case, and readable by the crate.
pub fn check_challenge(header: &HeaderValue) -> OAuthErrorBody {
    let bytes = header.as_bytes();
    assert!(bytes.iter().all(|&b| b >= 0x20 && b != 0x7f), "{header:?}");
    assert!(
        bytes.len() <= OAuthErrorBody::MAX_WWW_AUTHENTICATE_LEN,
        "{}",
        bytes.len()
    );
    let text = std::str::from_utf8(bytes).expect("the crate writes UTF-8");
    let mut names = challenge_names(text);
    assert_eq!(names.iter().filter(|n| *n == "error").count(), 1, "{text}");
    let count = names.len();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), count, "a name twice: {text}");
    OAuthErrorBody::from_www_authenticate(bytes).expect("written challenges parse")
}

/// RFC 3986 characters only, every `%` followed by two hex digits.
pub fn is_uri(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().all(|(i, &b)| match b {
        b'%' => bytes
            .get(i + 1..i + 3)
            .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit)),
        b if b.is_ascii_alphanumeric() => true,
        b => b"-._~:/?#[]@!$&'()*+,;=".contains(&b),
    })
}

/// A response the crate wrote: a JSON body (or none, for a redirect), a content type, and each
/// header it writes well formed.
pub fn check_response(response: &Response<String>) {
    let headers = response.headers();
    if !response.body().is_empty() {
        serde_json::from_str::<serde::de::IgnoredAny>(response.body()).expect("a JSON body");
        assert!(headers.contains_key("content-type"));
    }
    let challenges: Vec<_> = headers.get_all("www-authenticate").iter().collect();
    assert!(challenges.len() <= 1, "{challenges:?}");
    for challenge in challenges {
        check_challenge(challenge);
    }
    for location in headers.get_all("location") {
        assert!(
            is_uri(location.to_str().expect("an ASCII Location")),
            "{location:?}"
        );
    }
}
