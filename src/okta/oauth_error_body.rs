use crate::body::{self, error_body};
use crate::okta::OAuthErrorCode;
use crate::ParseError;
use http::header::{HeaderValue, WWW_AUTHENTICATE};
use http::StatusCode;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use std::fmt;

error_body! {
    /// An OAuth 2.0 / OpenID Connect error as Okta sends it: the JSON body
    /// `{"error","error_description"}` (with optional `error_uri`, `state` and any other members,
    /// kept), the redirect form `redirect_uri?error=..&error_description=..&state=..`, and the
    /// `WWW-Authenticate: Bearer error="..", error_description=".."` header.
    ///
    /// ```
    /// use identity_errors::okta::{OAuthErrorBody, OAuthErrorCode, ResponseMode};
    ///
    /// let body = OAuthErrorBody::new(OAuthErrorCode::AccessDenied).with_state("xyz");
    /// let url = body.to_redirect("https://example.com/callback", ResponseMode::Query)?;
    /// assert_eq!(
    ///     url,
    ///     "https://example.com/callback?error=access_denied&error_description=The%20resource%20owner%20or%20authorization%20server%20denied%20the%20request.&state=xyz"
    /// );
    /// assert_eq!(OAuthErrorBody::from_redirect(&url)?, body);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[derive(Clone, PartialEq, Eq)]
    pub struct OAuthErrorBody: "an OAuth error body" {
        required code: String = "error",
        optional description: String = "error_description",
        optional error_uri: String = "error_uri",
        optional state: String = "state",
    }
}

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
}

/// Characters percent-encoded in redirect parameters: all but RFC 3986's unreserved ones, so
/// that `&`, `=`, `#`, `+` and `%` in a value can never start another parameter or part, and
/// spaces become `%20` as in Okta's redirects.
const PARAMETER: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

impl OAuthErrorBody {
    /// The body for a catalog error, with the catalog's description.
    ///
    /// ```
    /// use identity_errors::okta::{OAuthErrorBody, OAuthErrorCode};
    ///
    /// let body = OAuthErrorBody::new(OAuthErrorCode::InvalidClient);
    /// assert_eq!(serde_json::to_string(&body)?, r#"{"error":"invalid_client","error_description":"The specified client isn't valid."}"#);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn new(error: OAuthErrorCode) -> Self {
        Self::from_raw(error.code(), error.description())
    }

    /// A body with any error and description, kept verbatim.
    ///
    /// ```
    /// use identity_errors::okta::{OAuthErrorBody, OAuthErrorCode};
    ///
    /// let body = OAuthErrorBody::from_raw("invalid_grant", "The authorization code is invalid or has expired.");
    /// assert_eq!(body.known_code(), Some(OAuthErrorCode::InvalidGrant));
    /// assert_eq!(body.description(), Some("The authorization code is invalid or has expired."));
    /// ```
    pub fn from_raw(code: impl Into<String>, description: impl Into<String>) -> Self {
        Self {
            code: code.into(),
            description: Some(description.into()),
            ..Self::default()
        }
    }

    /// Replaces the `error_description`.
    pub fn with_description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// Sets the `state` echoed back to the client.
    pub fn with_state(mut self, state: impl Into<String>) -> Self {
        self.state = Some(state.into());
        self
    }

    /// Sets the `error_uri`.
    pub fn with_error_uri(mut self, error_uri: impl Into<String>) -> Self {
        self.error_uri = Some(error_uri.into());
        self
    }

    /// The `error`, verbatim.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The `error` as a catalog error, where the catalog has exactly that error.
    pub fn known_code(&self) -> Option<OAuthErrorCode> {
        OAuthErrorCode::from_code(&self.code)
    }

    /// The `error_description`, if present.
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// The `error_uri`, if present.
    pub fn error_uri(&self) -> Option<&str> {
        self.error_uri.as_deref()
    }

    /// The `state`, if present.
    pub fn state(&self) -> Option<&str> {
        self.state.as_deref()
    }

    /// The HTTP status to answer with: the one set by [`with_status`](Self::with_status), else
    /// the catalog error's, else 400 (RFC 6749, section 5.2).
    ///
    /// ```
    /// use http::StatusCode;
    /// use identity_errors::okta::{OAuthErrorBody, OAuthErrorCode};
    ///
    /// assert_eq!(OAuthErrorBody::new(OAuthErrorCode::InvalidClient).status(), StatusCode::UNAUTHORIZED);
    /// assert_eq!(OAuthErrorBody::from_raw("vendor_specific", "Not in the catalog").status(), StatusCode::BAD_REQUEST);
    /// let body = OAuthErrorBody::new(OAuthErrorCode::InvalidClient).with_status(StatusCode::FORBIDDEN);
    /// assert_eq!(body.status(), StatusCode::FORBIDDEN);
    /// ```
    pub fn status(&self) -> StatusCode {
        self.http_status
            .or_else(|| self.known_code().map(OAuthErrorCode::status))
            .unwrap_or(StatusCode::BAD_REQUEST)
    }

    /// The HTTP response Okta would send: [`status`](Self::status), `Content-Type:
    /// application/json;charset=UTF-8`, the body as compact JSON, and the
    /// [`WWW-Authenticate`](Self::www_authenticate) header for a 401 and for
    /// `insufficient_scope` (RFC 6750, section 3).
    ///
    /// ```
    /// use identity_errors::okta::{OAuthErrorBody, OAuthErrorCode};
    ///
    /// let response = OAuthErrorBody::new(OAuthErrorCode::InvalidToken).into_http_response();
    /// assert_eq!(response.status(), 401);
    /// assert!(response.headers()["www-authenticate"].to_str()?.starts_with("Bearer error=\"invalid_token\""));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn into_http_response(self) -> http::Response<String> {
        let status = self.status();
        let mut response = body::response(status, "application/json;charset=UTF-8", &self);
        // RFC 6750, section 3: a challenge on 401, and on the 403 of `insufficient_scope`.
        if status == StatusCode::UNAUTHORIZED || self.code == "insufficient_scope" {
            response
                .headers_mut()
                .insert(WWW_AUTHENTICATE, self.www_authenticate());
        }
        response
    }

    /// The members sent as redirect or challenge parameters, in order, where present.
    fn parameters(&self) -> impl Iterator<Item = (&'static str, &str)> {
        [
            ("error", Some(self.code.as_str())),
            ("error_description", self.description()),
            ("error_uri", self.error_uri()),
            ("state", self.state()),
        ]
        .into_iter()
        .filter_map(|(name, value)| Some((name, value?)))
    }

    /// The error as a redirect to `redirect_uri`: `error`, then `error_description`,
    /// `error_uri` and `state` where present, percent-encoded, added to the query (after any
    /// query the URI already has) or set as the fragment. Extra members are not sent.
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
        let mut url = String::with_capacity(redirect_uri.len() + 64);
        url.push_str(redirect_uri);
        match mode {
            ResponseMode::Fragment => url.push('#'),
            ResponseMode::Query => match redirect_uri.find('?') {
                None => url.push('?'),
                Some(_) if redirect_uri.ends_with(['?', '&']) => {}
                Some(_) => url.push('&'),
            },
        }
        for (i, (name, value)) in self.parameters().enumerate() {
            if i > 0 {
                url.push('&');
            }
            url.push_str(name);
            url.push('=');
            url.extend(utf8_percent_encode(value, PARAMETER));
        }
        Ok(url)
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
        const WHAT: &str = "an OAuth error redirect";
        let (before_fragment, fragment) = match url.split_once('#') {
            Some((before, fragment)) => (before, Some(fragment)),
            None => (url, None),
        };
        let query = before_fragment.split_once('?').map(|(_, query)| query);
        let has_error =
            |part: &str| form_urlencoded::parse(part.as_bytes()).any(|(k, _)| k == "error");
        let part = [query, fragment]
            .into_iter()
            .flatten()
            .find(|part| has_error(part))
            .ok_or_else(|| {
                ParseError::malformed(WHAT, "no `error` parameter in the query or the fragment")
            })?;
        let parameters =
            form_urlencoded::parse(part.as_bytes()).map(|(k, v)| (k.into_owned(), v.into_owned()));
        Self::from_parameters(WHAT, parameters)
    }

    /// The `WWW-Authenticate` header value for this error (RFC 6750, section 3):
    /// `Bearer error="..", error_description=".."` (and `error_uri` where present).
    ///
    /// Values are quoted strings: `"` and `\` are escaped with a backslash, and any control
    /// character (CR, LF, tab, ..) becomes a space, so no value can end the header or start
    /// another. Other characters are kept, non-ASCII ones as UTF-8.
    ///
    /// ```
    /// use identity_errors::okta::OAuthErrorBody;
    ///
    /// let body = OAuthErrorBody::from_raw("invalid_token", "The \"access\" token\r\nSet-Cookie: x");
    /// assert_eq!(
    ///     body.www_authenticate(),
    ///     r#"Bearer error="invalid_token", error_description="The \"access\" token  Set-Cookie: x""#
    /// );
    /// ```
    pub fn www_authenticate(&self) -> HeaderValue {
        let mut value =
            String::with_capacity(32 + self.code.len() + self.description().map_or(0, str::len));
        value.push_str("Bearer ");
        // `state` belongs to redirects, not to challenges.
        let parameters = self.parameters().filter(|(name, _)| *name != "state");
        for (i, (name, text)) in parameters.enumerate() {
            if i > 0 {
                value.push_str(", ");
            }
            value.push_str(name);
            value.push_str("=\"");
            for c in text.chars() {
                match c {
                    '"' | '\\' => {
                        value.push('\\');
                        value.push(c);
                    }
                    c if c.is_control() => value.push(' '),
                    c => value.push(c),
                }
            }
            value.push('"');
        }
        // No control characters remain, so the bytes are a valid header value.
        HeaderValue::from_bytes(value.as_bytes())
            .unwrap_or_else(|_| HeaderValue::from_static("Bearer"))
    }

    /// Reads a `WWW-Authenticate: Bearer ..` header value: `error` is required;
    /// `error_description` and `error_uri` are read; other parameters (`realm`, `scope`, ..) are
    /// kept as extra members (strings). Quoted values are unescaped.
    ///
    /// ```
    /// use identity_errors::okta::{OAuthErrorBody, OAuthErrorCode};
    ///
    /// let body = OAuthErrorBody::from_www_authenticate(br#"Bearer realm="IdentityServer", error="invalid_token", error_description="The access token is invalid.""#)?;
    /// assert_eq!(body.known_code(), Some(OAuthErrorCode::InvalidToken));
    /// assert_eq!(body.extra().get("realm").unwrap().get(), r#""IdentityServer""#);
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn from_www_authenticate(value: &[u8]) -> Result<Self, ParseError> {
        const WHAT: &str = "a WWW-Authenticate header";
        let malformed = |reason: &str| ParseError::malformed(WHAT, reason);
        let text = std::str::from_utf8(value).map_err(|_| malformed("not UTF-8"))?;
        let (scheme, parameters) = text.trim().split_once(' ').unwrap_or((text.trim(), ""));
        if !scheme.eq_ignore_ascii_case("Bearer") {
            return Err(malformed("not a Bearer challenge"));
        }
        let parameters = auth_params(parameters).map_err(malformed)?;
        Self::from_parameters(WHAT, parameters.into_iter().map(|(k, v)| (k.to_owned(), v)))
    }

    /// A body from `name=value` parameters: each member at most once, `error` required, any
    /// other parameter kept as an extra member (a string).
    fn from_parameters(
        what: &'static str,
        parameters: impl Iterator<Item = (String, String)>,
    ) -> Result<Self, ParseError> {
        let mut body = Self::default();
        let mut code = None;
        for (name, value) in parameters {
            let slot = match name.as_str() {
                "error" => &mut code,
                "error_description" => &mut body.description,
                "error_uri" => &mut body.error_uri,
                "state" => &mut body.state,
                _ => {
                    let value = serde_json::value::to_raw_value(&value)
                        .map_err(|e| ParseError::json(what, e))?;
                    body.rest.extra.push(name.into_boxed_str(), value);
                    continue;
                }
            };
            if slot.replace(value).is_some() {
                let reason = format!("`{name}` is given twice");
                return Err(ParseError::malformed(what, reason));
            }
        }
        body.code = code.ok_or_else(|| ParseError::malformed(what, "no `error` parameter"))?;
        Ok(body)
    }
}

/// Splits `name=value, name="quoted value"` auth-params (RFC 9110, section 11.2), unescaping
/// quoted values.
fn auth_params(mut text: &str) -> Result<Vec<(&str, String)>, &'static str> {
    let mut params = Vec::new();
    loop {
        text = text.trim_start_matches([' ', '\t', ',']);
        if text.is_empty() {
            return Ok(params);
        }
        let (name, rest) = text.split_once('=').ok_or("a parameter without `=`")?;
        let name = name.trim_end();
        if name.is_empty() || !name.bytes().all(is_token_byte) {
            return Err("a parameter name that is not a token");
        }
        let rest = rest.trim_start();
        let (value, rest) = if let Some(quoted) = rest.strip_prefix('"') {
            let mut value = String::new();
            let mut chars = quoted.char_indices();
            let end = loop {
                match chars.next() {
                    Some((i, '"')) => break i + 1,
                    Some((_, '\\')) => {
                        value.push(chars.next().ok_or("a quoted value ends in `\\`")?.1)
                    }
                    Some((_, c)) => value.push(c),
                    None => return Err("an unterminated quoted value"),
                }
            };
            (value, &quoted[end..])
        } else {
            let end = rest.find([',', ' ', '\t']).unwrap_or(rest.len());
            let token = &rest[..end];
            if token.is_empty() || !token.bytes().all(is_token_byte) {
                return Err("a value that is neither a token nor a quoted string");
            }
            (token.to_owned(), &rest[end..])
        };
        let rest = rest.trim_start_matches([' ', '\t']);
        if !(rest.is_empty() || rest.starts_with(',')) {
            return Err("parameters not separated by commas");
        }
        params.push((name, value));
        text = rest;
    }
}

/// RFC 9110 `tchar`.
fn is_token_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

impl fmt::Display for OAuthErrorBody {
    /// `invalid_client: The specified client isn't valid.`, or the `error` alone.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.description() {
            Some(description) => write!(f, "{}: {description}", self.code),
            None => f.write_str(&self.code),
        }
    }
}
