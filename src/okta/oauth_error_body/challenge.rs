//! OAuth errors in a `WWW-Authenticate` challenge (RFC 6750, section 3), with every other
//! auth-param (`realm`, `scope`, ..) kept in its place.

use super::OAuthErrorBody;
use crate::challenge::{self, At, Fit, Other, Param, Shown};
use crate::object::Empty;
use crate::okta::OAuthErrorCode;
use crate::ParseError;
use http::header::HeaderValue;

/// What a challenge holds beyond the body's own members: its scheme as written, the other
/// auth-params, and where everything stood. Kept only where it differs from the challenge the
/// body would write by itself (`Bearer error=.., error_description=.., error_uri=..`).
pub(crate) type Challenge = challenge::Challenge<Member>;

/// The body's own members in a challenge, whose values the body keeps.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Member {
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

    /// How it gives way in a challenge over the bound: the description is cut first, `error`
    /// last.
    fn fit(self) -> Fit {
        match self {
            Self::Error => Fit::CutLast,
            Self::Description => Fit::Cut,
            Self::Uri => Fit::Drop,
        }
    }
}

/// The challenge a body writes by itself: RFC 6750's `Bearer`, or, for the errors of a DPoP
/// proof, RFC 9449's `DPoP` (section 7.1: a resource server asks for a nonce or a better proof
/// with the scheme the token is bound to).
fn plain(code: &str) -> Challenge {
    let dpop = matches!(
        OAuthErrorCode::from_code(code),
        Some(OAuthErrorCode::UseDpopNonce | OAuthErrorCode::InvalidDpopProof)
    );
    Challenge {
        scheme: if dpop { "DPoP" } else { "Bearer" }.to_owned(),
        params: Member::ALL.into_iter().map(Param::Member).collect(),
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
    pub const MAX_WWW_AUTHENTICATE_LEN: usize = challenge::MAX_LEN;

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
                plain = self::plain(&self.code);
                &plain
            }
        };
        let value_of = |member: Member| match member {
            Member::Error => Some(self.code.as_str()),
            Member::Description => self.description(),
            Member::Uri => self.error_uri(),
        };
        let shown =
            |member: Member| Some(Shown::new(member.name(), value_of(member)?, member.fit()));
        let members = challenge.params.iter().filter_map(|param| match param {
            Param::Member(member) => shown(*member),
            Param::Other(other) => Some(Shown::new(&other.name, &other.value, Fit::Drop)),
        });
        // Members set after the challenge was read, which it had no place for.
        let added = Member::ALL
            .into_iter()
            .filter(|member| !challenge.has(*member))
            .filter_map(shown);
        challenge::write(&challenge.scheme, members.chain(added).collect())
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
        let params = challenge::params(parameters).map_err(malformed)?;
        challenge::once_each(params.iter().map(|param| param.name)).map_err(|e| malformed(&e))?;
        for param in params {
            let Some(member) = Member::named(param.name) else {
                let other = Other::new(param.name, param.value);
                challenge.params.push(Param::Other(other));
                continue;
            };
            let slot = match member {
                Member::Error => &mut code,
                Member::Description => &mut body.description,
                Member::Uri => &mut body.error_uri,
            };
            *slot = Some(param.value);
            challenge.params.push(Param::Member(member));
        }
        body.code = code.ok_or_else(|| malformed("no `error` parameter"))?;
        // The plain challenge writes members only where present, so a parsed one is plain if it
        // lists its members in the plain order and has no other auth-params.
        let plain_order = Member::ALL.into_iter().filter(|m| challenge.has(*m));
        let is_plain = challenge.scheme == plain(&body.code).scheme
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
        self.challenge.as_ref()?.other(name)
    }

    /// Sets the challenge's `realm`, sent first.
    pub fn with_realm(self, realm: impl Into<String>) -> Self {
        self.with_challenge_param("realm", realm.into(), At::Front)
    }

    /// Sets the challenge's `scope` (the scope a request needs, with `insufficient_scope`).
    pub fn with_scope(self, scope: impl Into<String>) -> Self {
        self.with_challenge_param("scope", scope.into(), At::End)
    }

    fn with_challenge_param(mut self, name: &str, value: String, at: At) -> Self {
        let code = &self.code;
        self.challenge
            .get_or_insert_with(|| plain(code))
            .set(name, value, at);
        self
    }
}
