//! Entra's claims challenge: `WWW-Authenticate: Bearer .., error="insufficient_claims",
//! claims="<base64 JSON>"`, the answer of a resource (Microsoft Graph, a web API) whose access
//! token lacks claims that Conditional Access or Continuous Access Evaluation asks for.

use crate::challenge::{self, At, Fit, Other, Param, Shown};
use crate::ParseError;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig, STANDARD};
use base64::engine::DecodePaddingMode;
use base64::Engine as _;
use http::header::{HeaderMap, HeaderValue, WWW_AUTHENTICATE};
use std::convert::Infallible;
use std::fmt;

/// What a header is read as, for [`ParseError`]s.
const WHAT: &str = "an Entra claims challenge";
/// What the decoded `claims` are read as: Microsoft's "claims request" (OpenID Connect Core 1.0,
/// section 5.5).
const CLAIMS_WHAT: &str = "an Entra claims request";
/// The `error` Microsoft's page gives a claims challenge: "Must be "insufficient_claims" when a
/// claims challenge should be generated."
const INSUFFICIENT_CLAIMS: &str = "insufficient_claims";

/// Decoding `claims`: padded or not, and, since an encoder may leave them, bits after the last
/// whole byte are ignored.
const DECODE: GeneralPurposeConfig = GeneralPurposeConfig::new()
    .with_decode_padding_mode(DecodePaddingMode::Indifferent)
    .with_decode_allow_trailing_bits(true);
/// The standard alphabet (`+`, `/`), as Microsoft's examples are written.
const STANDARD_ANY: GeneralPurpose = GeneralPurpose::new(&base64::alphabet::STANDARD, DECODE);
/// The URL-safe alphabet (`-`, `_`), which the page's word "base64url" names.
const URL_SAFE_ANY: GeneralPurpose = GeneralPurpose::new(&base64::alphabet::URL_SAFE, DECODE);

/// A claims challenge from Microsoft Entra ID, as a resource sends it in a 401's
/// `WWW-Authenticate`: a `Bearer` challenge with `error="insufficient_claims"` and `claims`, a
/// base64-encoded JSON claims request, often with `realm`, `authorization_uri` and `client_id`.
///
/// A client answers by asking the token endpoint again with [`claims`](Self::claims) as the
/// request's `claims` parameter (decoded JSON, which the form encoding then URL-encodes); a
/// resource builds one with [`new`](Self::new) and the `with_*` methods and sends
/// [`www_authenticate`](Self::www_authenticate).
///
/// Microsoft's example, from "Claims challenges, claims requests and client capabilities"
/// (MicrosoftDocs/entra-docs, `docs/identity-platform/claims-challenge.md` at 19cc3f7a, kept in
/// the crate as `data/sources/entra/claims-challenge.md`), whose claims the page decodes as
/// `{"access_token":{"acrs":{"essential":true,"value":"cp1"}}}`:
///
/// ```
/// use identity_errors::entra::ClaimsChallenge;
///
/// let header = r#"Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", error="insufficient_claims", claims="eyJhY2Nlc3NfdG9rZW4iOnsiYWNycyI6eyJlc3NlbnRpYWwiOnRydWUsInZhbHVlIjoiY3AxIn19fQ==""#;
/// let challenge = ClaimsChallenge::from_www_authenticate(header.as_bytes())?;
/// assert_eq!(challenge.error(), "insufficient_claims");
/// assert_eq!(challenge.realm(), Some(""));
/// assert_eq!(challenge.authorization_uri(), Some("https://login.microsoftonline.com/common/oauth2/authorize"));
/// assert_eq!(challenge.claims(), r#"{"access_token":{"acrs":{"essential":true,"value":"cp1"}}}"#);
/// assert_eq!(challenge.claims_raw(), "eyJhY2Nlc3NfdG9rZW4iOnsiYWNycyI6eyJlc3NlbnRpYWwiOnRydWUsInZhbHVlIjoiY3AxIn19fQ==");
/// assert_eq!(challenge.www_authenticate(), header);
///
/// // A resource builds the same header from the claims.
/// let built = ClaimsChallenge::new(r#"{"access_token":{"acrs":{"essential":true,"value":"cp1"}}}"#)?
///     .with_realm("")
///     .with_authorization_uri("https://login.microsoftonline.com/common/oauth2/authorize");
/// assert_eq!(built.www_authenticate(), header);
/// # Ok::<(), identity_errors::ParseError>(())
/// ```
///
/// What is read is kept: the scheme and every auth-param as written, in its place (names in any
/// case, tokens unquoted, `\`-escapes), and any other challenge in the same header value, so an
/// unchanged challenge writes back the bytes read. The `error` is kept verbatim, whatever it is.
#[derive(Clone, PartialEq, Eq)]
pub struct ClaimsChallenge {
    /// The header value's text before the challenge (other challenges, and the comma after
    /// them), as read.
    before: String,
    /// The challenge; every auth-param is its own (none is kept elsewhere).
    challenge: challenge::Challenge<Infallible>,
    /// The header value's text after the challenge, as read.
    after: String,
    /// The `claims`, decoded.
    claims: String,
}

impl ClaimsChallenge {
    /// The longest `WWW-Authenticate` value [`www_authenticate`](Self::www_authenticate)
    /// writes, in bytes: 2 KiB, as for every challenge the crate writes (see
    /// `okta::OAuthErrorBody::MAX_WWW_AUTHENTICATE_LEN` for why). A challenge whose `error` and
    /// `claims` alone would be longer is refused, read or built.
    pub const MAX_WWW_AUTHENTICATE_LEN: usize = challenge::MAX_LEN;

    /// A claims challenge asking for `claims_json`, a claims request (a JSON object, such as
    /// `{"access_token":{"acrs":{"essential":true,"value":"c1"}}}`): `Bearer
    /// error="insufficient_claims", claims=".."`, the claims written in base64 with the standard
    /// alphabet and padding, as Microsoft's examples are.
    ///
    /// Fails if `claims_json` is not a JSON object ([`ParseError::Json`], or
    /// [`ParseError::Malformed`] for JSON of another type), or if it is too long for the
    /// challenge to fit [`MAX_WWW_AUTHENTICATE_LEN`](Self::MAX_WWW_AUTHENTICATE_LEN) (about
    /// 1.5 KB of JSON).
    ///
    /// ```
    /// use identity_errors::entra::ClaimsChallenge;
    ///
    /// let challenge = ClaimsChallenge::new(r#"{"access_token":{"acrs":{"essential":true,"value":"c1"}}}"#)?;
    /// assert_eq!(
    ///     challenge.www_authenticate(),
    ///     r#"Bearer error="insufficient_claims", claims="eyJhY2Nlc3NfdG9rZW4iOnsiYWNycyI6eyJlc3NlbnRpYWwiOnRydWUsInZhbHVlIjoiYzEifX19""#
    /// );
    /// assert!(ClaimsChallenge::new("not JSON").is_err());
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn new(claims_json: impl Into<String>) -> Result<Self, ParseError> {
        let claims = claims_json.into();
        check_claims(claims.as_bytes())?;
        let challenge = challenge::Challenge {
            scheme: "Bearer".to_owned(),
            params: vec![
                Param::Other(Other::new("error", INSUFFICIENT_CLAIMS.to_owned())),
                Param::Other(Other::new("claims", STANDARD.encode(&claims))),
            ],
        };
        let built = Self {
            before: String::new(),
            challenge,
            after: String::new(),
            claims,
        };
        if !built.fits() {
            let reason = format!(
                "too long for a challenge of {} bytes once encoded",
                Self::MAX_WWW_AUTHENTICATE_LEN
            );
            return Err(ParseError::malformed(CLAIMS_WHAT, reason));
        }
        Ok(built)
    }

    /// Reads a `WWW-Authenticate` header value holding a claims challenge: the first `Bearer`
    /// challenge with a `claims` auth-param, among any others in the value (`Bearer ..,
    /// PoP nonce=".."`). It must have an `error` (kept verbatim) and `claims`, each auth-param
    /// at most once in any case (RFC 9110, section 11.2).
    ///
    /// `claims` is decoded as base64 in either alphabet (`+/` or `-_`), padded or not; a value
    /// that is already a JSON object (`claims="{\"id_token\":..}"`, which MSAL.NET accepts and
    /// its tests send) is taken as it is. The decoded claims must be a JSON object.
    ///
    /// Fails with [`ParseError::Malformed`] on a value that is not UTF-8, holds a control
    /// character (none can be in a header), is not a list of challenges, has no such
    /// challenge, or whose `claims` is not base64; with [`ParseError::Json`] (or `Utf8`) if
    /// the decoded claims are not JSON. Never panics.
    ///
    /// ```
    /// use identity_errors::entra::ClaimsChallenge;
    ///
    /// let header = r#"PoP nonce="n1", Bearer error="insufficient_claims", claims="eyJhY2Nlc3NfdG9rZW4iOnsibmJmIjp7ImVzc2VudGlhbCI6dHJ1ZSwgInZhbHVlIjoiMTYwNDEwNjY1MSJ9fX0=""#;
    /// let challenge = ClaimsChallenge::from_www_authenticate(header.as_bytes())?;
    /// assert_eq!(challenge.claims(), r#"{"access_token":{"nbf":{"essential":true, "value":"1604106651"}}}"#);
    /// assert_eq!(challenge.www_authenticate(), header);
    ///
    /// let error = ClaimsChallenge::from_www_authenticate(br#"Bearer error="insufficient_claims", claims="e30!""#).unwrap_err();
    /// assert_eq!(error.to_string(), "malformed Entra claims challenge: `claims` is not base64: Invalid symbol 33, offset 3.");
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn from_www_authenticate(value: &[u8]) -> Result<Self, ParseError> {
        let malformed = |reason: &str| ParseError::malformed(WHAT, reason);
        let text = std::str::from_utf8(value).map_err(|_| malformed("not UTF-8"))?;
        if text.bytes().any(|b| (b < 0x20 && b != b'\t') || b == 0x7f) {
            return Err(malformed("a control character"));
        }
        let challenges = challenge::challenges(text).map_err(malformed)?;
        let is_bearer = |c: &challenge::ReadChallenge<'_>| c.scheme.eq_ignore_ascii_case("Bearer");
        let has_claims = |c: &challenge::ReadChallenge<'_>| {
            c.params
                .iter()
                .any(|param| param.name.eq_ignore_ascii_case("claims"))
        };
        let bearer = challenges.iter().any(is_bearer);
        let Some(found) = challenges
            .into_iter()
            .find(|c| is_bearer(c) && has_claims(c))
        else {
            return Err(malformed(if bearer {
                "no `claims` parameter"
            } else {
                "no Bearer challenge"
            }));
        };
        challenge::once_each(found.params.iter().map(|param| param.name))
            .map_err(|reason| malformed(&reason))?;
        let span = found.span.clone();
        let challenge = challenge::Challenge {
            scheme: found.scheme.to_owned(),
            params: (found.params.into_iter())
                .map(|param| Param::Other(Other::read(param)))
                .collect(),
        };
        let mut read = Self {
            before: text[..span.start].to_owned(),
            challenge,
            after: text[span.end..].to_owned(),
            claims: String::new(),
        };
        if read.challenge.other("error").is_none() {
            return Err(malformed("no `error` parameter"));
        }
        if !read.fits() {
            return Err(malformed(&format!(
                "`error` and `claims` alone are longer than {} bytes",
                Self::MAX_WWW_AUTHENTICATE_LEN
            )));
        }
        read.claims = decode(read.claims_raw())?;
        Ok(read)
    }

    /// The claims challenge among a response's `WWW-Authenticate` headers: Microsoft's page says
    /// a 401 "may contain more than one `www-authenticate` header", and that the claims
    /// challenge's fields are all in one of them. The first header that
    /// [`from_www_authenticate`](Self::from_www_authenticate) reads is the one; if none does,
    /// the first header's error (or a [`ParseError::Malformed`] when there is no header).
    ///
    /// ```
    /// use identity_errors::entra::ClaimsChallenge;
    /// use identity_errors::http::{HeaderMap, HeaderValue};
    ///
    /// let mut headers = HeaderMap::new();
    /// headers.append("www-authenticate", HeaderValue::from_static(r#"PoP nonce="n1""#));
    /// headers.append("www-authenticate", HeaderValue::from_static(r#"Bearer error="insufficient_claims", claims="e30=""#));
    /// assert_eq!(ClaimsChallenge::from_headers(&headers)?.claims(), "{}");
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn from_headers(headers: &HeaderMap) -> Result<Self, ParseError> {
        let mut first = None;
        for value in headers.get_all(WWW_AUTHENTICATE) {
            match Self::from_www_authenticate(value.as_bytes()) {
                Ok(challenge) => return Ok(challenge),
                Err(error) => {
                    first.get_or_insert(error);
                }
            }
        }
        Err(first.unwrap_or_else(|| ParseError::malformed(WHAT, "no WWW-Authenticate header")))
    }

    /// Sets `realm` (the tenant id or domain, or `""` for the common endpoint): in its place if
    /// the challenge has one, else first.
    pub fn with_realm(self, realm: impl Into<String>) -> Self {
        self.with("realm", realm.into(), At::Front)
    }

    /// Sets `authorization_uri` (the `authorize` endpoint where the user can sign in
    /// interactively): in its place if the challenge has one, else before `error`.
    pub fn with_authorization_uri(self, authorization_uri: impl Into<String>) -> Self {
        self.with(
            "authorization_uri",
            authorization_uri.into(),
            At::Before("error"),
        )
    }

    /// Sets `client_id` (the resource's application id): in its place if the challenge has one,
    /// else before `error`.
    pub fn with_client_id(self, client_id: impl Into<String>) -> Self {
        self.with("client_id", client_id.into(), At::Before("error"))
    }

    fn with(mut self, name: &str, value: String, at: At) -> Self {
        self.challenge.set(name, value, at);
        self
    }

    /// The scheme as written (`Bearer`, in any case).
    pub fn scheme(&self) -> &str {
        &self.challenge.scheme
    }

    /// The `error`, verbatim: `insufficient_claims` in Microsoft's documentation.
    pub fn error(&self) -> &str {
        self.challenge.other("error").unwrap_or_default()
    }

    /// The `realm`, if present: the tenant id or domain, `""` for the common endpoint.
    pub fn realm(&self) -> Option<&str> {
        self.challenge.other("realm")
    }

    /// The `authorization_uri`, if present.
    pub fn authorization_uri(&self) -> Option<&str> {
        self.challenge.other("authorization_uri")
    }

    /// The `client_id`, if present.
    pub fn client_id(&self) -> Option<&str> {
        self.challenge.other("client_id")
    }

    /// The claims request, decoded: JSON text, as the token request's `claims` parameter takes
    /// it.
    pub fn claims(&self) -> &str {
        &self.claims
    }

    /// The `claims` as sent: base64 text (or, where a sender put it so, the JSON itself),
    /// unquoted.
    pub fn claims_raw(&self) -> &str {
        self.challenge.other("claims").unwrap_or_default()
    }

    /// Any auth-param of the challenge (`realm`, `error`, a name Microsoft adds later, ..), its
    /// value unquoted; names compare without regard to case.
    pub fn auth_param(&self, name: &str) -> Option<&str> {
        self.challenge.other(name)
    }

    /// Every auth-param of the challenge, in order: the name as written, the value unquoted.
    pub fn auth_params(&self) -> impl Iterator<Item = (&str, &str)> {
        self.challenge.others()
    }

    /// The answer a resource sends with the challenge: `401 Unauthorized`, the challenge in
    /// `WWW-Authenticate` and an empty body, as Microsoft's page describes it ("HTTP Status
    /// Code: Must be 401 Unauthorized"). (An [`OAuthErrorBody`](super::OAuthErrorBody) holding
    /// the challenge answers as a token endpoint does, with a JSON body.)
    ///
    /// ```
    /// use identity_errors::entra::ClaimsChallenge;
    ///
    /// let challenge = ClaimsChallenge::new(r#"{"access_token":{"acrs":{"essential":true,"value":"cp1"}}}"#)?
    ///     .with_authorization_uri("https://login.microsoftonline.com/common/oauth2/authorize");
    /// let response = challenge.clone().into_http_response();
    /// assert_eq!(response.status(), 401);
    /// assert_eq!(response.headers()["www-authenticate"], challenge.www_authenticate());
    /// assert!(response.body().is_empty());
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn into_http_response(self) -> http::Response<String> {
        let mut response = http::Response::new(String::new());
        *response.status_mut() = http::StatusCode::UNAUTHORIZED;
        response
            .headers_mut()
            .insert(WWW_AUTHENTICATE, self.www_authenticate());
        response
    }

    /// The `WWW-Authenticate` header value: a read challenge unchanged is the bytes read
    /// (with any other challenges of the value); an auth-param set since is written
    /// `name="value"` in its place, values as quoted strings (`"` and `\` escaped, a control
    /// character as a space).
    ///
    /// At most [`MAX_WWW_AUTHENTICATE_LEN`](Self::MAX_WWW_AUTHENTICATE_LEN) bytes: a longer
    /// value is this challenge alone, written anew, leaving out the auth-params other than
    /// `error` and `claims` from the last one back (a value is never cut).
    pub fn www_authenticate(&self) -> HeaderValue {
        let mut value = String::with_capacity(self.before.len() + 256 + self.after.len());
        value.push_str(&self.before);
        value.push_str(&self.challenge.scheme);
        for (i, other) in self.others().enumerate() {
            let gap = other.written.as_ref().map(|written| written.gap.as_str());
            value.push_str(match gap {
                // A gap read before the first auth-param separates it from the scheme; any other
                // holds a comma.
                Some(gap) if (i == 0 && !gap.is_empty()) || (i > 0 && gap.contains(',')) => gap,
                _ if i == 0 => " ",
                _ => ", ",
            });
            match other.written.as_ref().and_then(|w| w.text.as_deref()) {
                Some(text) => value.push_str(text),
                None => {
                    value.push_str(&other.name);
                    value.push_str("=\"");
                    challenge::push_quoted(&mut value, &other.value, usize::MAX);
                    value.push('"');
                }
            }
        }
        value.push_str(&self.after);
        if value.len() <= Self::MAX_WWW_AUTHENTICATE_LEN {
            if let Ok(header) = HeaderValue::from_bytes(value.as_bytes()) {
                return header;
            }
        }
        challenge::write(&self.challenge.scheme, self.shown())
    }

    /// The auth-params as the bounded writer takes them: `error` and `claims` kept, the others
    /// left out first.
    fn shown(&self) -> Vec<Shown<'_>> {
        self.others()
            .map(|other| {
                let kept = ["error", "claims"]
                    .iter()
                    .any(|name| other.name.eq_ignore_ascii_case(name));
                let fit = if kept { Fit::Keep } else { Fit::Drop };
                Shown::new(&other.name, &other.value, fit)
            })
            .collect()
    }

    /// Whether `error` and `claims` alone fit the bound.
    fn fits(&self) -> bool {
        let mut kept = self.shown();
        kept.retain(|shown| shown.fit == Fit::Keep);
        challenge::written_len(&self.challenge.scheme, &kept) <= Self::MAX_WWW_AUTHENTICATE_LEN
    }

    fn others(&self) -> impl Iterator<Item = &Other> {
        self.challenge.params.iter().map(|param| match param {
            Param::Other(other) => other,
            Param::Member(never) => match *never {},
        })
    }
}

impl fmt::Debug for ClaimsChallenge {
    /// The challenge's scheme and auth-params, and the decoded claims:
    /// `ClaimsChallenge { challenge: Bearer { error: "insufficient_claims", claims: "e30=" }, claims: "{}" }`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClaimsChallenge")
            .field("challenge", &self.challenge)
            .field("claims", &self.claims)
            .finish()
    }
}

/// The claims request a `claims` auth-param holds: JSON already, or base64 in either alphabet.
fn decode(raw: &str) -> Result<String, ParseError> {
    // No base64 text starts with `{`.
    if raw.trim_start().starts_with('{') {
        check_claims(raw.as_bytes())?;
        return Ok(raw.to_owned());
    }
    let engine = if raw.contains(['-', '_']) {
        &URL_SAFE_ANY
    } else {
        &STANDARD_ANY
    };
    let bytes = engine
        .decode(raw)
        .map_err(|error| ParseError::malformed(WHAT, format!("`claims` is not base64: {error}")))?;
    check_claims(&bytes)?;
    String::from_utf8(bytes).map_err(|error| ParseError::utf8(CLAIMS_WHAT, error.utf8_error()))
}

/// Refuses claims that are not a JSON object.
fn check_claims(json: &[u8]) -> Result<(), ParseError> {
    serde_json::from_slice::<serde::de::IgnoredAny>(json)
        .map_err(|error| ParseError::json(CLAIMS_WHAT, error))?;
    if json.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
        return Err(ParseError::malformed(CLAIMS_WHAT, "not a JSON object"));
    }
    Ok(())
}
