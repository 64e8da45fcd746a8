//! OAuth errors in a `WWW-Authenticate` challenge (RFC 6750, section 3), with every other
//! auth-param (`realm`, `scope`, ..) kept in its place.

use super::OAuthErrorBody;
use crate::object::Empty;
use crate::okta::OAuthErrorCode;
use crate::ParseError;
use http::header::HeaderValue;
use std::collections::HashSet;
use std::fmt;

/// What a challenge holds beyond the body's own members: its scheme as written, the other
/// auth-params, and where everything stood. Kept only where it differs from the challenge the
/// body would write by itself (`Bearer error=.., error_description=.., error_uri=..`).
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct Challenge {
    scheme: String,
    params: Vec<Param>,
}

#[derive(Clone, PartialEq, Eq)]
enum Param {
    /// One of the body's members, written with its current value.
    Member(Member),
    /// Any other auth-param, as read (unquoted, unescaped).
    Other(String, String),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Member {
    Error,
    Description,
    Uri,
}

impl Member {
    const ALL: [Self; 3] = [Self::Error, Self::Description, Self::Uri];

    fn name(self) -> &'static str {
        match self {
            Self::Error => "error",
            Self::Description => "error_description",
            Self::Uri => "error_uri",
        }
    }

    /// The member an auth-param name stands for, in any case: auth-param names are
    /// case-insensitive (RFC 9110, section 11.2), so `ERROR=` is the `error`.
    fn named(name: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|member| member.name().eq_ignore_ascii_case(name))
    }
}

impl Challenge {
    /// The challenge a body writes by itself: RFC 6750's `Bearer`, or, for the errors of a
    /// DPoP proof, RFC 9449's `DPoP` (section 7.1: a resource server asks for a nonce or a
    /// better proof with the scheme the token is bound to).
    fn plain(code: &str) -> Self {
        let dpop = matches!(
            OAuthErrorCode::from_code(code),
            Some(OAuthErrorCode::UseDpopNonce | OAuthErrorCode::InvalidDpopProof)
        );
        Self {
            scheme: if dpop { "DPoP" } else { "Bearer" }.to_owned(),
            params: Member::ALL.into_iter().map(Param::Member).collect(),
        }
    }

    /// Where a member stands, if it does.
    fn has(&self, member: Member) -> bool {
        self.params.contains(&Param::Member(member))
    }

    /// Sets an auth-param: in place if it is there, else at `front` or the end.
    fn set(&mut self, name: &str, value: String, front: bool) {
        let existing = self.params.iter_mut().find_map(|param| match param {
            Param::Other(other, slot) if other.eq_ignore_ascii_case(name) => Some(slot),
            _ => None,
        });
        match existing {
            Some(slot) => *slot = value,
            None if front => self.params.insert(0, Param::Other(name.to_owned(), value)),
            None => self.params.push(Param::Other(name.to_owned(), value)),
        }
    }
}

impl fmt::Debug for Challenge {
    /// The scheme and the auth-params beyond the body's own members, in order:
    /// `DPoP { realm: "api" }`. Where the members stand is bookkeeping, left out.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut debug = f.debug_struct(&self.scheme);
        for param in &self.params {
            if let Param::Other(name, value) = param {
                debug.field(name, value);
            }
        }
        debug.finish()
    }
}

impl OAuthErrorBody {
    /// The longest `WWW-Authenticate` value [`www_authenticate`](Self::www_authenticate)
    /// writes, in bytes: 2 KiB.
    ///
    /// Clients and proxies refuse a response whose headers are too large, and then give the
    /// caller neither the status nor the body. The smallest common default is nginx's: a
    /// proxied response's status line and headers must fit one memory page together
    /// (`proxy_buffer_size`, 4 KiB on x86-64), else it answers 502. Node.js allows 16 KiB of
    /// headers, hyper's HTTP/2 client a 16 KiB header list, its HTTP/1 client about 400 KiB.
    /// Half of nginx's page leaves room for the status line and every other header.
    pub const MAX_WWW_AUTHENTICATE_LEN: usize = crate::headers::MAX_VALUE_LEN;

    /// The `WWW-Authenticate` header value for this error (RFC 6750, section 3):
    /// `Bearer error="..", error_description=".."` (and `error_uri` where present), with the
    /// other auth-params of a parsed challenge, or set with [`with_realm`](Self::with_realm)
    /// and [`with_scope`](Self::with_scope), in their places. The body's own parameters are
    /// written with RFC 6750's names (`ERROR=` read is written `error=`); each name appears
    /// once.
    ///
    /// Values are quoted strings: `"` and `\` are escaped with a backslash, and any control
    /// character (CR, LF, tab, ..) becomes a space, so no value can end the header or start
    /// another. Other characters are kept, non-ASCII ones as UTF-8.
    ///
    /// The value is at most [`MAX_WWW_AUTHENTICATE_LEN`](Self::MAX_WWW_AUTHENTICATE_LEN)
    /// bytes. A longer one is shortened, the JSON body keeping every text whole: the
    /// description is cut first (at a character, never inside an escape, so the header's
    /// description is the start of the body's); should the other parameters alone be too
    /// long, the auth-params other than `error` are left out from the last one back (a value
    /// is never cut, as a cut URI or realm would be another), and at last `error` itself is
    /// cut.
    ///
    /// ```
    /// use identity_errors::okta::OAuthErrorBody;
    ///
    /// let body = OAuthErrorBody::from_raw("invalid_token", "The \"access\" token\r\nSet-Cookie: x");
    /// assert_eq!(
    ///     body.www_authenticate(),
    ///     r#"Bearer error="invalid_token", error_description="The \"access\" token  Set-Cookie: x""#
    /// );
    /// let body = OAuthErrorBody::from_raw("insufficient_scope", "Needs more.").with_realm("api").with_scope("okta.users.read");
    /// assert_eq!(
    ///     body.www_authenticate(),
    ///     r#"Bearer realm="api", error="insufficient_scope", error_description="Needs more.", scope="okta.users.read""#
    /// );
    /// let long = OAuthErrorBody::from_raw("invalid_token", "x".repeat(1_000_000));
    /// assert_eq!(long.www_authenticate().len(), OAuthErrorBody::MAX_WWW_AUTHENTICATE_LEN);
    /// assert_eq!(long.description().map(str::len), Some(1_000_000));
    /// ```
    pub fn www_authenticate(&self) -> HeaderValue {
        let plain;
        let challenge = match &self.challenge {
            Some(challenge) => challenge,
            None => {
                plain = Challenge::plain(&self.code);
                &plain
            }
        };
        let value_of = |member: Member| match member {
            Member::Error => Some(self.code.as_str()),
            Member::Description => self.description(),
            Member::Uri => self.error_uri(),
        };
        let members = challenge.params.iter().filter_map(|param| match param {
            Param::Member(member) => Some((Some(*member), member.name(), value_of(*member)?)),
            Param::Other(name, value) => Some((None, name.as_str(), value.as_str())),
        });
        // Members set after the challenge was read, which it had no place for.
        let added = Member::ALL
            .into_iter()
            .filter(|member| !challenge.has(*member))
            .filter_map(|member| Some((Some(member), member.name(), value_of(member)?)));
        let mut params: Vec<Shown<'_>> = members
            .chain(added)
            .map(|(member, name, text)| Shown {
                member,
                name,
                text,
                budget: usize::MAX,
            })
            .collect();
        fit(&mut params, challenge.scheme.len());
        let mut value = String::with_capacity(64 + self.code.len());
        value.push_str(&challenge.scheme);
        for (i, param) in params.iter().enumerate() {
            value.push_str(if i == 0 { " " } else { ", " });
            value.push_str(param.name);
            value.push_str("=\"");
            push_quoted(&mut value, param.text, param.budget);
            value.push('"');
        }
        // No control characters remain and the scheme and names are tokens, so the bytes are a
        // valid header value.
        HeaderValue::from_bytes(value.as_bytes())
            .unwrap_or_else(|_| HeaderValue::from_static("Bearer"))
    }

    /// Reads a `WWW-Authenticate: Bearer ..` (or `DPoP ..`) header value: `error` is required,
    /// `error_description` and `error_uri` become the body's members, and every other
    /// auth-param (`realm`, `scope`, ..) is kept in its place for
    /// [`www_authenticate`](Self::www_authenticate) and readable with
    /// [`auth_param`](Self::auth_param); none of them goes into the JSON body. Quoted values
    /// are unescaped.
    ///
    /// ```
    /// use identity_errors::okta::{OAuthErrorBody, OAuthErrorCode};
    ///
    /// let header = r#"Bearer realm="IdentityServer", error="invalid_token", error_description="The access token is invalid.""#;
    /// let body = OAuthErrorBody::from_www_authenticate(header.as_bytes())?;
    /// assert_eq!(body.known_code(), Some(OAuthErrorCode::InvalidToken));
    /// assert_eq!(body.auth_param("realm"), Some("IdentityServer"));
    /// assert_eq!(body.www_authenticate(), header);
    /// assert_eq!(body.to_json(), r#"{"error":"invalid_token","error_description":"The access token is invalid."}"#);
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn from_www_authenticate(value: &[u8]) -> Result<Self, ParseError> {
        const WHAT: &str = "a WWW-Authenticate header";
        let malformed = |reason: &str| ParseError::malformed(WHAT, reason);
        let text = std::str::from_utf8(value).map_err(|_| malformed("not UTF-8"))?;
        let (scheme, parameters) = text.trim().split_once(' ').unwrap_or((text.trim(), ""));
        // Okta answers DPoP-bound requests with a `DPoP` challenge of the same form.
        if !scheme.eq_ignore_ascii_case("Bearer") && !scheme.eq_ignore_ascii_case("DPoP") {
            return Err(malformed("not a Bearer or DPoP challenge"));
        }
        let mut body = Self::empty();
        let mut code = None;
        let mut challenge = Challenge {
            scheme: scheme.to_owned(),
            params: Vec::new(),
        };
        let params = auth_params(parameters).map_err(malformed)?;
        // RFC 9110, section 11.2: each name at most once per challenge, in any case. Two would
        // be two answers to one question (and, written back, two `error`s).
        let mut seen = HashSet::with_capacity(params.len());
        for (name, _) in &params {
            if !seen.insert(name.to_ascii_lowercase()) {
                return Err(malformed(&format!("`{name}` is given twice")));
            }
        }
        for (name, value) in params {
            let Some(member) = Member::named(name) else {
                challenge.params.push(Param::Other(name.to_owned(), value));
                continue;
            };
            let slot = match member {
                Member::Error => &mut code,
                Member::Description => &mut body.description,
                Member::Uri => &mut body.error_uri,
            };
            *slot = Some(value);
            challenge.params.push(Param::Member(member));
        }
        body.code = code.ok_or_else(|| malformed("no `error` parameter"))?;
        // The plain challenge writes members only where present, so a parsed one is plain if it
        // lists its members in the plain order and has no other auth-params.
        let plain_order = Member::ALL.into_iter().filter(|m| challenge.has(*m));
        let is_plain = challenge.scheme == Challenge::plain(&body.code).scheme
            && challenge
                .params
                .iter()
                .eq(plain_order.map(Param::Member).collect::<Vec<_>>().iter());
        if !is_plain {
            body.challenge = Some(challenge);
        }
        Ok(body)
    }

    /// An auth-param of the challenge other than the body's own members (`realm`, `scope`,
    /// ..), as the string it was; names compare without regard to case.
    pub fn auth_param(&self, name: &str) -> Option<&str> {
        let challenge = self.challenge.as_ref()?;
        challenge.params.iter().find_map(|param| match param {
            Param::Other(other, value) if other.eq_ignore_ascii_case(name) => Some(value.as_str()),
            _ => None,
        })
    }

    /// Sets the challenge's `realm`, sent first.
    pub fn with_realm(self, realm: impl Into<String>) -> Self {
        self.with_challenge_param("realm", realm.into(), true)
    }

    /// Sets the challenge's `scope` (the scope a request needs, with `insufficient_scope`).
    pub fn with_scope(self, scope: impl Into<String>) -> Self {
        self.with_challenge_param("scope", scope.into(), false)
    }

    fn with_challenge_param(mut self, name: &str, value: String, front: bool) -> Self {
        let code = &self.code;
        self.challenge
            .get_or_insert_with(|| Challenge::plain(code))
            .set(name, value, front);
        self
    }
}

/// An auth-param about to be written, and how many bytes of quoted text it may take.
struct Shown<'a> {
    member: Option<Member>,
    name: &'a str,
    text: &'a str,
    budget: usize,
}

impl Shown<'_> {
    /// Its length in the header: `, name=""` and the quoted text within its budget.
    fn len(&self) -> usize {
        5 + self.name.len() + quoted_len(self.text).min(self.budget)
    }
}

/// Shortens `params` so that the challenge, `scheme` and all, fits
/// [`MAX_WWW_AUTHENTICATE_LEN`](OAuthErrorBody::MAX_WWW_AUTHENTICATE_LEN), in the order
/// `www_authenticate` documents: the description cut, then the auth-params other than `error`
/// left out from the last, then `error` cut.
fn fit(params: &mut Vec<Shown<'_>>, scheme: usize) {
    let max = OAuthErrorBody::MAX_WWW_AUTHENTICATE_LEN;
    // The first parameter follows the scheme after one space, not `, `.
    let over = |params: &[Shown<'_>]| {
        let len: usize = params.iter().map(Shown::len).sum();
        (scheme + len.saturating_sub(1)).saturating_sub(max)
    };
    let cut = |param: &mut Shown<'_>, excess: usize| {
        param.budget = quoted_len(param.text).saturating_sub(excess);
    };
    if let Some(description) = params
        .iter()
        .position(|param| param.member == Some(Member::Description))
    {
        let excess = over(params);
        cut(&mut params[description], excess);
    }
    while over(params) > 0 {
        match params.iter().rposition(|p| p.member != Some(Member::Error)) {
            Some(at) => drop(params.remove(at)),
            None => break,
        }
    }
    let excess = over(params);
    if let Some(error) = params.first_mut().filter(|_| excess > 0) {
        cut(error, excess);
    }
}

/// How many bytes `text` takes as a quoted string's content.
fn quoted_len(text: &str) -> usize {
    text.chars().map(quoted_char_len).sum()
}

fn quoted_char_len(c: char) -> usize {
    match c {
        '"' | '\\' => 2,
        c if c.is_control() => 1,
        c => c.len_utf8(),
    }
}

/// Writes `text` as a quoted string's content, in at most `budget` bytes: whole characters and
/// whole escapes only.
fn push_quoted(out: &mut String, text: &str, mut budget: usize) {
    for c in text.chars() {
        let len = quoted_char_len(c);
        if len > budget {
            return;
        }
        budget -= len;
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
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
