//! OAuth errors sent back through a redirect: `redirect_uri?error=..` or `#error=..`.

use super::OAuthErrorBody;
use crate::ParseError;
use http::header::{HeaderValue, LOCATION};
use http::StatusCode;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// Where an authorization server puts error parameters on a redirect: the query (`?error=..`,
/// the OAuth default for the code flow) or the fragment (`#error=..`, for implicit flows).
///
/// ```
/// use identity_errors::okta::{OAuthErrorBody, ResponseMode};
///
/// let body = OAuthErrorBody::from_raw("login_required", "Sign in first");
/// let url = body.to_redirect("https://example.com/cb?tenant=1", ResponseMode::Query)?;
/// assert_eq!(url, "https://example.com/cb?tenant=1&error=login_required&error_description=Sign%20in%20first");
/// let url = body.to_redirect("https://example.com/cb?tenant=1", ResponseMode::Fragment)?;
/// assert_eq!(url, "https://example.com/cb?tenant=1#error=login_required&error_description=Sign%20in%20first");
/// # Ok::<(), identity_errors::okta::RedirectError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ResponseMode {
    /// `redirect_uri?error=..`
    Query,
    /// `redirect_uri#error=..`
    Fragment,
}

/// A redirect URL that the error parameters cannot be added to.
///
/// ```
/// use identity_errors::okta::{OAuthErrorBody, OAuthErrorCode, RedirectError, ResponseMode};
///
/// let body = OAuthErrorBody::new(OAuthErrorCode::AccessDenied);
/// let error = body.to_redirect("https://example.com/cb#section", ResponseMode::Query).unwrap_err();
/// assert_eq!(error, RedirectError::HasFragment);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RedirectError {
    /// The redirect URI has a `#fragment`, which OAuth forbids (RFC 6749, section 3.1.2).
    #[error("a redirect URI must not have a fragment (RFC 6749, section 3.1.2)")]
    HasFragment,
    /// The redirect URI holds characters a `Location` header cannot carry (control
    /// characters such as CR, LF and tab).
    #[error("a redirect URI must not hold control characters: it goes in a Location header")]
    NotAHeaderValue,
    /// The redirect URI's query already has a parameter the error redirect sets (`error`,
    /// `error_description`, `error_uri` or `state`; only `error` for a fragment redirect, as a
    /// reader looks for it in the query first). OAuth forbids sending a parameter twice
    /// (RFC 6749, section 3.1) and requires the URI's own query to be kept (section 3.1.2), so
    /// the redirect can neither repeat nor replace it: the URI is refused, and the parameter's
    /// name given.
    #[error("the redirect URI already has a `{0}` parameter, which the error redirect sets (RFC 6749, section 3.1: a parameter is sent at most once)")]
    HasParameter(&'static str),
    /// The redirect URI, `error` and `state` alone, percent-encoded, are longer than
    /// [`OAuthErrorBody::MAX_LOCATION_LEN`]: none of them can be cut (a cut `state` fails the
    /// client's check, a cut URI is another), and a longer `Location` is one that proxies and
    /// clients refuse.
    /// The number is the length of those three alone, with their separators.
    #[error("the redirect URI, `error` and `state` alone make a {0}-byte redirect, more than the {max} a Location header may take here (none of them is ever cut)", max = OAuthErrorBody::MAX_LOCATION_LEN)]
    TooLong(usize),
}

/// Characters percent-encoded in redirect parameters: all but RFC 3986's unreserved ones, so
/// that `&`, `=`, `#`, `+` and `%` in a value can never start another parameter or part, and
/// spaces become `%20` as in Okta's redirects.
const PARAMETER: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// The parameters an error redirect sets, in the order it writes them (`error` first).
const ERROR_PARAMETERS: [&str; 4] = ["error", "error_description", "error_uri", "state"];

/// How many bytes `text` takes percent-encoded by [`PARAMETER`].
fn encoded_len(text: &str) -> usize {
    // PARAMETER leaves RFC 3986's unreserved characters as they are.
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => 1,
            _ => 3,
        })
        .sum()
}

/// Writes `text` percent-encoded, in at most `budget` bytes: whole characters only.
fn push_encoded(out: &mut String, text: &str, mut budget: usize) {
    if encoded_len(text) <= budget {
        out.extend(utf8_percent_encode(text, PARAMETER));
        return;
    }
    let mut buffer = [0; 4];
    for c in text.chars() {
        let len = encoded_len(c.encode_utf8(&mut buffer));
        if len > budget {
            return;
        }
        budget -= len;
        out.extend(utf8_percent_encode(c.encode_utf8(&mut buffer), PARAMETER));
    }
}

impl OAuthErrorBody {
    /// The longest redirect URL [`to_redirect`](Self::to_redirect) writes, in bytes: 2 KiB, the
    /// bound of every header value the crate writes (see
    /// [`MAX_WWW_AUTHENTICATE_LEN`](Self::MAX_WWW_AUTHENTICATE_LEN) for why), and about the
    /// 2,083 characters that older browsers took as a whole URL.
    pub const MAX_LOCATION_LEN: usize = crate::headers::MAX_VALUE_LEN;

    /// The members sent as redirect parameters, in order, where present, each with the most
    /// bytes of its percent-encoded value to write: within
    /// [`MAX_LOCATION_LEN`](Self::MAX_LOCATION_LEN) for a URL that starts with `prefix` bytes,
    /// by cutting the description first, then leaving out `error_uri`.
    fn redirect_parameters(
        &self,
        prefix: usize,
    ) -> Result<impl Iterator<Item = (&'static str, &str, usize)>, RedirectError> {
        let values = [
            Some(self.code.as_str()),
            self.description(),
            self.error_uri(),
            self.state(),
        ];
        // `&name=` (or the first one's `name=`, one shorter) and the encoded value.
        let len = |i: usize| {
            values[i].map_or(0, |value| {
                ERROR_PARAMETERS[i].len() + 2 + encoded_len(value)
            })
        };
        let required = prefix + len(0) - 1 + len(3);
        let Some(room) = Self::MAX_LOCATION_LEN.checked_sub(required) else {
            return Err(RedirectError::TooLong(required));
        };
        let mut budgets = [usize::MAX; 4];
        if len(1) + len(2) > room {
            let room = match room.checked_sub(len(2)) {
                Some(left) => left,
                None => {
                    budgets[2] = 0;
                    room
                }
            };
            // A description cut to nothing is left out, not sent empty.
            let name = ERROR_PARAMETERS[1].len() + 2;
            budgets[1] = room.saturating_sub(name);
        }
        Ok(ERROR_PARAMETERS
            .into_iter()
            .zip(values)
            .zip(budgets)
            .filter_map(|((name, value), budget)| {
                let value = value?;
                // Left out where not one character fits.
                let first = value
                    .chars()
                    .next()
                    .map_or(0, |c| encoded_len(c.encode_utf8(&mut [0; 4])));
                (budget == usize::MAX || (budget > 0 && first <= budget))
                    .then_some((name, value, budget))
            }))
    }

    /// The error as a redirect to `redirect_uri`: `error`, then `error_description`,
    /// `error_uri` and `state` where present, percent-encoded, added to the query (after any
    /// query the URI already has) or set as the fragment. Extra members are not sent.
    ///
    /// The URL is at most [`MAX_LOCATION_LEN`](Self::MAX_LOCATION_LEN) bytes: a longer one is
    /// shortened by cutting the description (at a character, so the redirect's description is
    /// the start of the body's), then by leaving out `error_uri`. The redirect URI, `error`
    /// and `state` are never cut.
    ///
    /// Refused ([`RedirectError`]): a URI with a fragment, with a control character (CR, LF,
    /// tab, ..), whose query already has a parameter the redirect sets, so that the
    /// redirect reads back as exactly this error, or one that is too long with the error and
    /// state alone
    /// (`https://app.example.com/cb?state=abc` gives [`RedirectError::HasParameter`]`("state")`
    /// in query mode: put the state in the body with [`with_state`](Self::with_state) instead).
    ///
    /// ```
    /// use identity_errors::okta::{OAuthErrorBody, ResponseMode};
    ///
    /// let body = OAuthErrorBody::from_raw("invalid_scope", "a&b=c#d");
    /// let url = body.to_redirect("https://example.com/cb?tenant=1", ResponseMode::Query)?;
    /// assert_eq!(url, "https://example.com/cb?tenant=1&error=invalid_scope&error_description=a%26b%3Dc%23d");
    /// let url = body.to_redirect("https://example.com/cb", ResponseMode::Fragment)?;
    /// assert_eq!(url, "https://example.com/cb#error=invalid_scope&error_description=a%26b%3Dc%23d");
    /// # Ok::<(), identity_errors::okta::RedirectError>(())
    /// ```
    pub fn to_redirect(
        &self,
        redirect_uri: &str,
        mode: ResponseMode,
    ) -> Result<String, RedirectError> {
        if redirect_uri.contains('#') {
            return Err(RedirectError::HasFragment);
        }
        if redirect_uri.contains(char::is_control) {
            return Err(RedirectError::NotAHeaderValue);
        }
        if let Some((_, query)) = redirect_uri.split_once('?') {
            // What a reader of the redirect would take from the URI's own query in place of
            // (or besides) what this error says.
            let written = match mode {
                ResponseMode::Query => &ERROR_PARAMETERS[..],
                ResponseMode::Fragment => &ERROR_PARAMETERS[..1],
            };
            for (name, _) in form_urlencoded::parse(query.as_bytes()) {
                if let Some(&clash) = written.iter().find(|&&w| w == name) {
                    return Err(RedirectError::HasParameter(clash));
                }
            }
        }
        let separator = match mode {
            ResponseMode::Fragment => Some('#'),
            ResponseMode::Query => match redirect_uri.find('?') {
                None => Some('?'),
                // An empty query (`cb?`) or one ending in a separator (`cb?a=1&`) takes the
                // first parameter as it is; a `?` inside the query is data (RFC 3986, section
                // 3.4), so `cb?a=1?` still needs a `&`, or `error` would be glued to `a`'s value.
                Some(start) if start == redirect_uri.len() - 1 || redirect_uri.ends_with('&') => {
                    None
                }
                Some(_) => Some('&'),
            },
        };
        let prefix = redirect_uri.len() + separator.map_or(0, char::len_utf8);
        let parameters = self.redirect_parameters(prefix)?;
        let mut url = String::with_capacity(prefix + 64);
        url.push_str(redirect_uri);
        url.extend(separator);
        for (i, (name, value, budget)) in parameters.enumerate() {
            if i > 0 {
                url.push('&');
            }
            url.push_str(name);
            url.push('=');
            push_encoded(&mut url, value, budget);
        }
        Ok(url)
    }

    /// The redirect a browser expects: `302 Found` with the error in the `Location` header
    /// ([`to_redirect`](Self::to_redirect)) and no body, as Okta's `/authorize` endpoint sends
    /// an error back to the client application.
    ///
    /// ```
    /// use identity_errors::okta::{OAuthErrorBody, OAuthErrorCode, ResponseMode};
    ///
    /// let response = OAuthErrorBody::new(OAuthErrorCode::AccessDenied)
    ///     .with_state("xyz")
    ///     .into_redirect_response("https://app.example.com/cb", ResponseMode::Query)?;
    /// assert_eq!(response.status(), 302);
    /// assert!(response.headers()["location"].to_str()?.starts_with("https://app.example.com/cb?error=access_denied&"));
    /// assert!(response.body().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn into_redirect_response(
        self,
        redirect_uri: &str,
        mode: ResponseMode,
    ) -> Result<http::Response<String>, RedirectError> {
        let location = self.to_redirect(redirect_uri, mode)?;
        let location =
            HeaderValue::from_str(&location).map_err(|_| RedirectError::NotAHeaderValue)?;
        let mut response = http::Response::new(String::new());
        *response.status_mut() = StatusCode::FOUND;
        response.headers_mut().insert(LOCATION, location);
        Ok(response)
    }

    /// Reads the error parameters of a redirect URL: from the query if it has an `error`
    /// parameter, else from the fragment. Values are percent-decoded (`%20` and `+` are both a
    /// space); parameters other than `error`, `error_description`, `error_uri` and `state` are
    /// kept as extra members (strings).
    ///
    /// ```
    /// use identity_errors::okta::{OAuthErrorBody, OAuthErrorCode};
    ///
    /// let body = OAuthErrorBody::from_redirect("https://example.com?error=access_denied&error_description=The+resource%20owner")?;
    /// assert_eq!(body.known_code(), Some(OAuthErrorCode::AccessDenied));
    /// assert_eq!(body.description(), Some("The resource owner"));
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn from_redirect(url: &str) -> Result<Self, ParseError> {
        crate::redirect::read(url, "an OAuth error redirect")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoded_len_is_the_length_percent_encoding_writes() {
        for text in [
            "",
            "abc-._~",
            "a b&c=d#e+f%g",
            "é€😀",
            "\u{0}\r\n\"'<>",
            "ZZ09",
        ] {
            let written: String = utf8_percent_encode(text, PARAMETER).collect();
            assert_eq!(encoded_len(text), written.len(), "{text:?}");
        }
        for c in (0..=0x2FFF_u32).filter_map(char::from_u32) {
            let text = c.to_string();
            assert_eq!(
                encoded_len(&text),
                utf8_percent_encode(&text, PARAMETER).to_string().len()
            );
        }
    }
}
