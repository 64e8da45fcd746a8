use crate::body::{body, error_body, retry_after_accessors, Received};
use crate::display::Report;
use crate::entra::{ClaimsChallenge, ErrorCode, OAuthErrorCode, Suberror};
use crate::object::Empty;
use crate::{headers, id, Kind, ParseError, Retry, TemplateError, Vendor};
use description::Label;
use http::header::{HeaderMap, WWW_AUTHENTICATE};
use http::StatusCode;
use std::borrow::Cow;
use std::fmt;
use std::time::{Duration, SystemTime};

mod description;
mod plain;

error_body! {
    /// An OAuth 2.0 error as Microsoft Entra ID sends it from its token endpoint:
    /// `{"error","error_description","error_codes","timestamp","trace_id","correlation_id",
    /// "error_uri","suberror","claims"}`, in that order (the order of MSAL.js#5491's 2023 body,
    /// the only public one with all nine), every member but `error` optional, and any other
    /// member (the native-authentication API's `continuation_token`, `required_attributes`)
    /// kept and written back in its place, unchanged.
    ///
    /// The `error` is one of [`OAuthErrorCode`]'s values (or any other, kept verbatim); the
    /// AADSTS codes ([`ErrorCode`]) are in `error_codes` and at the start of the
    /// `error_description` (`AADSTS50126: ..`), which also carries the trace and correlation ids
    /// and the time, for a support ticket. A resource answers with a 401, an empty body and a
    /// claims challenge in `WWW-Authenticate` ([`ClaimsChallenge`]): read with
    /// [`from_parts`](Self::from_parts), that is a body too, its `error` and `claims` the
    /// challenge's.
    ///
    /// ```
    /// use identity_errors::entra::{ErrorCode, OAuthErrorBody, OAuthErrorCode};
    /// use identity_errors::{Kind, Retry};
    ///
    /// // What `az login -u -p` received (Azure/azure-cli#18647, HTTP 400).
    /// let sent = r#"{"error":"invalid_grant","error_description":"AADSTS50126: Error validating credentials due to invalid username or password.\r\nTrace ID: a287413d-c526-4d4a-a6eb-ac9108b03000\r\nCorrelation ID: 7f85270a-1b07-401e-b684-a19533c1b5ea\r\nTimestamp: 2021-06-25 13:16:19Z","error_codes":[50126],"timestamp":"2021-06-25 13:16:19Z","trace_id":"a287413d-c526-4d4a-a6eb-ac9108b03000","correlation_id":"7f85270a-1b07-401e-b684-a19533c1b5ea","error_uri":"https://login.microsoftonline.com/error?code=50126"}"#;
    /// let body = OAuthErrorBody::from_slice(sent.as_bytes())?;
    /// assert_eq!(body.known_code(), Some(OAuthErrorCode::InvalidGrant));
    /// assert_eq!(body.known_codes().collect::<Vec<_>>(), [ErrorCode::InvalidUserNameOrPassword]);
    /// assert_eq!(body.correlation_id(), Some("7f85270a-1b07-401e-b684-a19533c1b5ea"));
    /// assert_eq!(body.kind(), Kind::Unauthenticated);
    /// assert_eq!(body.retry(), Retry::AfterReauthenticating);
    /// assert_eq!(body.to_json(), sent); // byte for byte
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    #[derive(Clone, PartialEq, Eq)]
    pub struct OAuthErrorBody: "an Entra ID OAuth error body", "application/json" {
        required code: String = "error",
        optional description: String = "error_description",
        optional error_codes: Vec<i64> = "error_codes",
        optional timestamp: String = "timestamp",
        optional trace_id: String = "trace_id",
        optional correlation_id: String = "correlation_id",
        optional error_uri: String = "error_uri",
        optional suberror: String = "suberror",
        optional claims: String = "claims",
        ;
        /// The `Retry-After` received or to send.
        retry_after: Option<Duration>,
        /// The claims challenge received or to send in `WWW-Authenticate`.
        challenge: Option<ClaimsChallenge>,
    }
}

body!(OAuthErrorBody, Entra, OAuthErrorCode);
retry_after_accessors!(OAuthErrorBody, setter);

/// Where Entra's error lookup page is, as its bodies' `error_uri` names it (with `?code=<n>`).
const ERROR_URI: &str = "https://login.microsoftonline.com/error";

impl OAuthErrorBody {
    /// The body Entra sends for `error` with AADSTS `code`, as its token endpoint writes it:
    /// the description `AADSTS<n>: <text>` (the catalog's text with its named placeholders
    /// filled from `args`, each a `(name, value)` pair such as `("tenant", "contoso")`), then
    /// the trace id, correlation id and time on lines of their own (the text is Microsoft's
    /// page's, which can say more than the live service does, with its Markdown and HTML taken
    /// out as the service never sends them: a link is its text, `**`, `` ` `` and `<br>`,
    /// `<li>`.. go, by the rule of data/README.md, "Entra's wire text"; for a code the page
    /// lists by name alone, the name); `error_codes` `[n]`; the
    /// same `timestamp`, `trace_id` and `correlation_id` as members (new random UUIDs and the
    /// current time: replace them with the `with_*` methods); and `error_uri`, the code's page
    /// on `login.microsoftonline.com/error`.
    ///
    /// Fails when `args` do not name exactly the placeholders the text holds: a body must
    /// never carry an unfilled `{tenant}`. There is no `new(code)`: neither catalog alone makes
    /// a whole Entra body, since Microsoft's table gives no `error` for an AADSTS code, nor an
    /// AADSTS code for an `error` (see [`Body`](crate::Body#building-a-body)).
    ///
    /// ```
    /// use identity_errors::entra::{ErrorCode, OAuthErrorBody, OAuthErrorCode};
    ///
    /// let body = OAuthErrorBody::try_new(OAuthErrorCode::InvalidGrant, ErrorCode::InvalidUserNameOrPassword, &[])?
    ///     .with_trace_id("a287413d-c526-4d4a-a6eb-ac9108b03000")
    ///     .with_correlation_id("7f85270a-1b07-401e-b684-a19533c1b5ea")
    ///     .with_timestamp("2021-06-25 13:16:19Z");
    /// assert_eq!(body.description(), Some("AADSTS50126: Error validating credentials due to invalid username or password. The user didn't enter the right credentials. Expect to see some number of these errors in your logs due to users making mistakes.\r\nTrace ID: a287413d-c526-4d4a-a6eb-ac9108b03000\r\nCorrelation ID: 7f85270a-1b07-401e-b684-a19533c1b5ea\r\nTimestamp: 2021-06-25 13:16:19Z"));
    /// assert_eq!(body.error_uri(), Some("https://login.microsoftonline.com/error?code=50126"));
    /// assert_eq!(body.status(), 400);
    ///
    /// // A code whose text names what went wrong takes its placeholders by name.
    /// let body = OAuthErrorBody::try_new(
    ///     OAuthErrorCode::InvalidResource,
    ///     ErrorCode::InvalidResourceServicePrincipalNotFound,
    ///     &[("name", "https://vault.azure.net"), ("tenant", "contoso")],
    /// )?;
    /// assert!(body.description().unwrap().starts_with("AADSTS500011: The resource principal named https://vault.azure.net wasn't found in the tenant named contoso."));
    /// let missing = OAuthErrorBody::try_new(OAuthErrorCode::InvalidResource, ErrorCode::InvalidResourceServicePrincipalNotFound, &[("name", "x")]);
    /// assert_eq!(missing.unwrap_err().placeholder(), Some("tenant"));
    /// # Ok::<(), identity_errors::TemplateError>(())
    /// ```
    pub fn try_new(
        error: OAuthErrorCode,
        code: ErrorCode,
        args: &[(&str, &str)],
    ) -> Result<Self, TemplateError> {
        // Microsoft's text without its Markdown and HTML, which the service never sends.
        let filled = code.fill_with(args, plain::write)?;
        // A code the page lists by its name alone has no text: its name is the message.
        let text = match code.description() {
            Some(_) => filled.as_str(),
            None => code.microsoft_name().unwrap_or(code.name()),
        };
        let trace_id = id::uuid_v4();
        let correlation_id = id::uuid_v4();
        let timestamp = description::timestamp(SystemTime::now());
        let number = code.code();
        Ok(Self {
            code: error.code().to_owned(),
            description: Some(description::compose(
                number,
                text,
                &trace_id,
                &correlation_id,
                &timestamp,
            )),
            error_codes: Some(vec![number]),
            timestamp: Some(timestamp),
            trace_id: Some(trace_id),
            correlation_id: Some(correlation_id),
            error_uri: Some(format!("{ERROR_URI}?code={number}")),
            ..Self::empty()
        })
    }

    /// A body with any `error` and description, kept verbatim, and no other member.
    pub fn from_raw(error: impl Into<String>, description: impl Into<String>) -> Self {
        Self {
            code: error.into(),
            description: Some(description.into()),
            ..Self::empty()
        }
    }

    /// Replaces the `error`, with any value, kept verbatim: for one Microsoft's table of OAuth
    /// errors does not list, which Entra sends too (`authorization_pending`, `slow_down` and
    /// `expired_token` of the device flow, `invalid_tenant`).
    ///
    /// ```
    /// use identity_errors::entra::{ErrorCode, OAuthErrorBody, OAuthErrorCode};
    /// use identity_errors::Retry;
    ///
    /// let code = ErrorCode::from_code(70016).unwrap(); // the device flow's "pending"
    /// let body = OAuthErrorBody::try_new(OAuthErrorCode::InvalidRequest, code, &[])?
    ///     .with_error("authorization_pending");
    /// assert_eq!(body.code(), "authorization_pending");
    /// assert_eq!(body.known_code(), None);
    /// assert!(body.description().unwrap().starts_with("AADSTS70016: "));
    /// # Ok::<(), identity_errors::TemplateError>(())
    /// ```
    pub fn with_error(mut self, error: impl Into<String>) -> Self {
        self.code = error.into();
        self
    }

    /// Replaces the `error_description`.
    pub fn with_description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// Replaces the `error_codes`.
    pub fn with_error_codes(mut self, codes: impl IntoIterator<Item = i64>) -> Self {
        self.error_codes = Some(codes.into_iter().collect());
        self
    }

    /// Sets the `trace_id`, and the `Trace ID:` of the description where it has one.
    pub fn with_trace_id(mut self, trace_id: impl Into<String>) -> Self {
        let trace_id = trace_id.into();
        self.replace_in_description(Label::TraceId, &trace_id);
        self.trace_id = Some(trace_id);
        self
    }

    /// Sets the `correlation_id`, and the `Correlation ID:` of the description where it has
    /// one.
    pub fn with_correlation_id(mut self, correlation_id: impl Into<String>) -> Self {
        let correlation_id = correlation_id.into();
        self.replace_in_description(Label::CorrelationId, &correlation_id);
        self.correlation_id = Some(correlation_id);
        self
    }

    /// Sets the `timestamp` (Entra writes `2021-06-25 13:16:19Z`), and the `Timestamp:` of the
    /// description where it has one.
    pub fn with_timestamp(mut self, timestamp: impl Into<String>) -> Self {
        let timestamp = timestamp.into();
        self.replace_in_description(Label::Timestamp, &timestamp);
        self.timestamp = Some(timestamp);
        self
    }

    fn replace_in_description(&mut self, label: Label, value: &str) {
        if let Some(text) = &mut self.description {
            description::replace_value(text, label, value);
        }
    }

    /// Sets the `error_uri`.
    pub fn with_error_uri(mut self, error_uri: impl Into<String>) -> Self {
        self.error_uri = Some(error_uri.into());
        self
    }

    /// Sets the `suberror`, such as `consent_required` or [`Suberror::PasswordTooWeak`]'s
    /// `password_too_weak`.
    pub fn with_suberror(mut self, suberror: impl Into<String>) -> Self {
        self.suberror = Some(suberror.into());
        self
    }

    /// Sets the `claims`: the JSON text of the claims the client must ask for, as Entra sends
    /// it (a string holding JSON, `{"access_token":{"capolids":{"essential":true,..}}}`).
    pub fn with_claims(mut self, claims: impl Into<String>) -> Self {
        self.claims = Some(claims.into());
        self
    }

    /// Sends `challenge` in `WWW-Authenticate` with the response (and, without a status set,
    /// answers 401, as Microsoft's page says a claims challenge must).
    pub fn with_claims_challenge(mut self, challenge: ClaimsChallenge) -> Self {
        self.challenge = Some(challenge);
        self
    }

    /// The body a resource's claims challenge stands for: the challenge's `error`
    /// (`insufficient_claims`), its `error_description` where it has one, and its decoded
    /// `claims`; the challenge itself is kept, to be sent again as received.
    ///
    /// ```
    /// use identity_errors::entra::{ClaimsChallenge, OAuthErrorBody};
    ///
    /// // Microsoft's example (claims-challenge.md, data/sources/entra/).
    /// let header = r#"Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", error="insufficient_claims", claims="eyJhY2Nlc3NfdG9rZW4iOnsiYWNycyI6eyJlc3NlbnRpYWwiOnRydWUsInZhbHVlIjoiY3AxIn19fQ==""#;
    /// let body = OAuthErrorBody::from_claims_challenge(ClaimsChallenge::from_www_authenticate(header.as_bytes())?);
    /// assert_eq!(body.code(), "insufficient_claims");
    /// assert_eq!(body.claims(), Some(r#"{"access_token":{"acrs":{"essential":true,"value":"cp1"}}}"#));
    /// assert_eq!(body.status(), 401);
    /// assert_eq!(body.into_http_response().headers()["www-authenticate"], header);
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn from_claims_challenge(challenge: ClaimsChallenge) -> Self {
        Self {
            code: challenge.error().to_owned(),
            description: challenge.auth_param("error_description").map(str::to_owned),
            claims: Some(challenge.claims().to_owned()),
            challenge: Some(challenge),
            ..Self::empty()
        }
    }

    /// Reads the error an authorization endpoint sends back through a redirect: the query's
    /// parameters if it has an `error`, else the fragment's (`response_mode=fragment`), each
    /// percent-decoded, as the members of their names; the others (`state`, `admin_consent`)
    /// are kept as extra members, strings, in order. The codes and ids are read from the
    /// description as from a JSON body's.
    ///
    /// ```
    /// use identity_errors::entra::OAuthErrorBody;
    ///
    /// // A redirect Entra sent when a user declined consent (MicrosoftDocs/azure-docs#114009).
    /// let url = "https://app.example.com/cb?error=access_denied&error_description=AADSTS65004%3a+User+declined+to+consent+to+access+the+app.%0d%0aTrace+ID%3a+7c839d05-4806-48f2-ba40-bf4128382500%0d%0aCorrelation+ID%3a+b94f5bce-b15e-48c6-a713-fc07c5c41a77%0d%0aTimestamp%3a+2023-08-28+11%3a25%3a19Z&error_uri=https%3a%2f%2flogin.microsoftonline.com%2ferror%3fcode%3d65004&admin_consent=True&state=d66b10a0-8f6f-4631-9336-2d2201c984e1#";
    /// let body = OAuthErrorBody::from_redirect(url)?;
    /// assert_eq!(body.code(), "access_denied");
    /// assert_eq!(body.known_aadsts().map(|code| code.code()), Some(65004));
    /// assert_eq!(body.correlation_id(), Some("b94f5bce-b15e-48c6-a713-fc07c5c41a77"));
    /// assert_eq!(body.error_uri(), Some("https://login.microsoftonline.com/error?code=65004"));
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn from_redirect(url: &str) -> Result<Self, ParseError> {
        crate::redirect::read(url, "an Entra error redirect")
    }

    /// The claims challenge received in `WWW-Authenticate`, or set with
    /// [`with_claims_challenge`](Self::with_claims_challenge).
    pub fn claims_challenge(&self) -> Option<&ClaimsChallenge> {
        self.challenge.as_ref()
    }

    /// The `error`, verbatim.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The `error` as a catalog error, where the catalog has exactly that value.
    pub fn known_code(&self) -> Option<OAuthErrorCode> {
        OAuthErrorCode::from_code(&self.code)
    }

    /// The `error_description`, verbatim.
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// The `error_codes` member, verbatim (see [`codes`](Self::codes) for the codes the error
    /// carries wherever they are written).
    pub fn error_codes(&self) -> Option<&[i64]> {
        self.error_codes.as_deref()
    }

    /// The AADSTS codes of the error, in the order the body gives them: the `error_codes`,
    /// else (where the list is missing or empty: adal4j and some proxies pass on only `error`
    /// and `error_description`) the `AADSTS<n>:` prefixes of the description. Codes the
    /// catalog lacks are given too.
    ///
    /// ```
    /// use identity_errors::entra::OAuthErrorBody;
    ///
    /// let body = OAuthErrorBody::from_raw("invalid_grant", "AADSTS70002: Error validating credentials. AADSTS70000: The provided access grant is invalid or malformed.");
    /// assert_eq!(body.codes().collect::<Vec<_>>(), [70002, 70000]);
    /// assert_eq!(body.with_error_codes([50126]).codes().collect::<Vec<_>>(), [50126]);
    /// ```
    pub fn codes(&self) -> impl Iterator<Item = i64> + '_ {
        let listed = self.error_codes.as_deref().filter(|list| !list.is_empty());
        let written = match listed {
            Some(_) => None,
            None => self.description.as_deref(),
        };
        (listed.unwrap_or_default().iter().copied())
            .chain(written.into_iter().flat_map(description::aadsts_codes))
    }

    /// The [`codes`](Self::codes) the catalog has, as catalog codes, in the same order.
    pub fn known_codes(&self) -> impl Iterator<Item = ErrorCode> + '_ {
        self.codes().filter_map(ErrorCode::from_code)
    }

    /// The first of the [`known_codes`](Self::known_codes): the error Entra reports (a second
    /// code, where there is one, is its cause: `AADSTS70002: Error validating credentials.
    /// AADSTS70000: The provided access grant is invalid or malformed.`).
    pub fn known_aadsts(&self) -> Option<ErrorCode> {
        self.known_codes().next()
    }

    /// The `timestamp`, else the description's `Timestamp:`, as Entra writes it
    /// (`2021-06-25 13:16:19Z`); an empty one is none.
    pub fn timestamp(&self) -> Option<&str> {
        self.member_or_written(self.timestamp.as_deref(), Label::Timestamp)
    }

    /// The `trace_id`, else the description's `Trace ID:`; an empty one is none.
    pub fn trace_id(&self) -> Option<&str> {
        self.member_or_written(self.trace_id.as_deref(), Label::TraceId)
    }

    /// The id a support ticket needs (Microsoft's error page asks for the correlation id and the
    /// time): the `correlation_id`, else the description's `Correlation ID:` (after `\r\n`, a
    /// space, or nothing at all); an empty one (a reporter's redaction) is none.
    ///
    /// ```
    /// use identity_errors::entra::OAuthErrorBody;
    ///
    /// // As adal4j passes it on: no `correlation_id` member.
    /// let body = OAuthErrorBody::from_slice(br#"{"error_description":"AADSTS50173: The provided grant has expired due to it being revoked, a fresh auth token is needed.\r\nTrace ID: 54674c13-8e25-4e26-9477-d33e5beab400\r\nCorrelation ID: 2db77dbd-5dca-4842-b26f-5fec4564c60d\r\nTimestamp: 2020-07-28 19:06:51Z","error":"invalid_grant"}"#)?;
    /// assert_eq!(body.correlation_id(), Some("2db77dbd-5dca-4842-b26f-5fec4564c60d"));
    /// assert_eq!(body.trace_id(), Some("54674c13-8e25-4e26-9477-d33e5beab400"));
    /// assert_eq!(body.timestamp(), Some("2020-07-28 19:06:51Z"));
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn correlation_id(&self) -> Option<&str> {
        self.member_or_written(self.correlation_id.as_deref(), Label::CorrelationId)
    }

    fn member_or_written<'a>(&'a self, member: Option<&'a str>, label: Label) -> Option<&'a str> {
        member
            .map(str::trim)
            .filter(|value| !value.is_empty())
            .or_else(|| description::value(self.description.as_deref()?, label))
    }

    /// The `error_uri`, verbatim.
    pub fn error_uri(&self) -> Option<&str> {
        self.error_uri.as_deref()
    }

    /// The `suberror`, verbatim: what the client should do about it (`consent_required`,
    /// `basic_action`, `message_only`, or a native-authentication value such as
    /// `password_too_weak`).
    pub fn suberror(&self) -> Option<&str> {
        self.suberror.as_deref()
    }

    /// The `suberror` as a catalog suberror, where the catalog (the native-authentication
    /// API's values) has exactly that value.
    pub fn known_suberror(&self) -> Option<Suberror> {
        Suberror::from_code(self.suberror.as_deref()?)
    }

    /// The `claims`: the JSON text of the claims a new token request must ask for (its
    /// `claims` parameter), as Entra sends it when Conditional Access needs more, such as MFA;
    /// else the decoded claims of the [`claims_challenge`](Self::claims_challenge).
    pub fn claims(&self) -> Option<&str> {
        (self.claims.as_deref()).or_else(|| self.challenge.as_ref().map(ClaimsChallenge::claims))
    }

    /// The HTTP status: the one received ([`from_parts`](Self::from_parts)) or set
    /// ([`with_status`](Self::with_status)), else 401 for a body with a claims challenge
    /// (claims-challenge.md: "Must be 401 Unauthorized"), else the catalog error's (the
    /// crate's choice for most: data/README.md, "Entra HTTP statuses"), else 400 (RFC 6749,
    /// section 5.2).
    ///
    /// ```
    /// use identity_errors::entra::OAuthErrorBody;
    ///
    /// assert_eq!(OAuthErrorBody::from_raw("invalid_grant", "..").status(), 400);
    /// assert_eq!(OAuthErrorBody::from_raw("invalid_client", "..").status(), 401);
    /// assert_eq!(OAuthErrorBody::from_raw("not_in_the_catalog", "..").status(), 400);
    /// ```
    pub fn status(&self) -> StatusCode {
        let challenged = self.challenge.as_ref().map(|_| StatusCode::UNAUTHORIZED);
        (self.http_status.or(challenged))
            .or_else(|| self.known_code().map(OAuthErrorCode::status))
            .unwrap_or(StatusCode::BAD_REQUEST)
    }

    /// What the error means: the kind of the first AADSTS code the catalog knows
    /// ([`known_aadsts`](Self::known_aadsts)), else of the catalog `error`, else of the
    /// [`status`](Self::status).
    ///
    /// ```
    /// use identity_errors::entra::OAuthErrorBody;
    /// use identity_errors::Kind;
    ///
    /// // AADSTS53003 (BlockedByConditionalAccess) says more than `interaction_required`.
    /// let body = OAuthErrorBody::from_raw("interaction_required", "AADSTS53003: Access has been blocked by Conditional Access policies.");
    /// assert_eq!(body.kind(), Kind::Forbidden);
    /// assert_eq!(OAuthErrorBody::from_raw("interaction_required", "..").kind(), Kind::Unauthenticated);
    /// ```
    pub fn kind(&self) -> Kind {
        match (self.known_aadsts(), self.known_code()) {
            (Some(code), _) => code.kind(),
            (None, Some(error)) => error.kind(),
            (None, None) => Kind::of_status(self.status()).unwrap_or(Kind::InvalidRequest),
        }
    }

    /// Whether and when to try again: the advice for the first AADSTS code the catalog knows,
    /// else for the catalog `error`, else for the [`status`](Self::status); see
    /// [`retry_after`](Self::retry_after) for how long.
    ///
    /// ```
    /// use identity_errors::entra::OAuthErrorBody;
    /// use identity_errors::Retry;
    ///
    /// // AADSTS50196 (LoopDetected): the crate's keyword rule makes it a rate limit.
    /// let body = OAuthErrorBody::from_raw("invalid_grant", "AADSTS50196: A client loop has been detected.");
    /// assert_eq!(body.retry(), Retry::AfterWindow);
    /// assert_eq!(OAuthErrorBody::from_raw("temporarily_unavailable", "..").retry(), Retry::WithBackoff);
    /// ```
    pub fn retry(&self) -> Retry {
        match (self.known_aadsts(), self.known_code()) {
            (Some(code), _) => code.retry(),
            (None, Some(error)) => error.retry(),
            (None, None) => Retry::of_status(Vendor::Entra, self.status()),
        }
    }

    /// How long to wait before trying again: the `Retry-After` received (or set), which Entra
    /// sends when it throttles ("it returns HTTP error 429 with a hint about how long until you
    /// can try again in the `Retry-After` response field", Microsoft's retry guidance), at most
    /// [`Retry::MAX_WAIT`]. Without one, a device-flow poll waits by RFC 8628, section 3.5: 5 s
    /// after `authorization_pending` (the interval a client uses when the device authorization
    /// response gave none), 10 s after `slow_down`.
    ///
    /// ```
    /// use identity_errors::entra::OAuthErrorBody;
    /// use std::time::Duration;
    ///
    /// let pending = OAuthErrorBody::from_raw("authorization_pending", "AADSTS70016: OAuth 2.0 device flow error. Authorization is pending. Continue polling.");
    /// assert_eq!(pending.retry_after(), Some(Duration::from_secs(5)));
    /// let throttled = OAuthErrorBody::from_raw("invalid_request", "..").with_retry_after(Duration::from_secs(60));
    /// assert_eq!(throttled.retry_after(), Some(Duration::from_secs(60)));
    /// ```
    pub fn retry_after(&self) -> Option<Duration> {
        match self.retry_after {
            Some(wait) => Some(headers::whole_seconds(wait)),
            None => Retry::device_poll_wait(&self.code),
        }
    }
}

impl Received for OAuthErrorBody {
    /// An authorization endpoint's redirect, kept whole so that a gateway passes the redirect
    /// on as received.
    fn from_redirect_location(location: &str) -> Option<Self> {
        Self::from_redirect(location).ok()
    }

    /// An empty body with a claims challenge (a resource's 401) is read from the challenge.
    fn parse_parts(_: StatusCode, headers: &HeaderMap, body: &[u8]) -> Result<Self, ParseError> {
        if body.iter().all(u8::is_ascii_whitespace) {
            if let Ok(challenge) = ClaimsChallenge::from_headers(headers) {
                return Ok(Self::from_claims_challenge(challenge));
            }
        }
        crate::object::from_slice(body)
    }

    /// The `Retry-After`, and a claims challenge that comes with a JSON body too.
    fn read_headers(&mut self, headers: &HeaderMap) {
        self.retry_after = headers::retry_after(headers);
        if self.challenge.is_none() {
            self.challenge = ClaimsChallenge::from_headers(headers).ok();
        }
    }

    /// The `Retry-After` and the claims challenge, where received or set.
    fn write_headers(&self, _: StatusCode, headers: &mut HeaderMap) {
        headers::insert_retry_after(headers, self.retry_after);
        if let Some(challenge) = &self.challenge {
            headers.insert(WWW_AUTHENTICATE, challenge.www_authenticate());
        }
    }
}

impl fmt::Display for OAuthErrorBody {
    /// `invalid_grant: AADSTS50126: Error validating credentials due to invalid username or
    /// password. (correlation id: 7f85..)` on one line: the `error`, the description's message
    /// (the text before its trace id, correlation id and time) and the
    /// [`correlation_id`](Self::correlation_id); `{:#}` puts the id on a line of its own.
    ///
    /// ```
    /// use identity_errors::entra::OAuthErrorBody;
    ///
    /// let body = OAuthErrorBody::from_raw("invalid_grant", "AADSTS50126: Error validating credentials due to invalid username or password.\r\nTrace ID: a287413d-c526-4d4a-a6eb-ac9108b03000\r\nCorrelation ID: 7f85270a-1b07-401e-b684-a19533c1b5ea\r\nTimestamp: 2021-06-25 13:16:19Z");
    /// assert_eq!(
    ///     body.to_string(),
    ///     "invalid_grant: AADSTS50126: Error validating credentials due to invalid username or password. (correlation id: 7f85270a-1b07-401e-b684-a19533c1b5ea)"
    /// );
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.report().fmt(f)
    }
}

impl OAuthErrorBody {
    /// What `Display` says, for [`Error`](crate::Error)'s line too.
    pub(crate) fn report(&self) -> Report<'_> {
        Report {
            code: Cow::Borrowed(&self.code),
            summary: self.description().map(description::message),
            causes: Vec::new(),
            correlation: self.correlation_id().map(|id| ("correlation id", id)),
        }
    }
}
