use crate::catalog::catalog;
use crate::template::Piece::{self, Arg, Text};
use crate::{template, TemplateError};
use crate::{Kind, Retry};
use http::StatusCode;

// `ErrorCode` (its documentation is error_code.md), the column tables (CODES, TEXTS, ..) and
// `lookup` (a binary search: the codes are too sparse for a table indexed by them) are generated
// from data/entra_errors.tsv into generated/error_code.rs by identity-errors-codegen.
include!("generated/error_code.rs");

impl ErrorCode {
    /// Every code, in the order of Microsoft's page (which is not numeric order).
    pub const ALL: &'static [Self] = ALL;

    /// Looks up a code by its number; `None` for one the catalog lacks.
    ///
    /// ```
    /// use identity_errors::entra::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::from_code(50126), Some(ErrorCode::InvalidUserNameOrPassword));
    /// assert_eq!(ErrorCode::from_code(50121), None); // a gap in Microsoft's numbering
    /// ```
    pub const fn from_code(code: i64) -> Option<Self> {
        lookup(code)
    }

    /// The number, such as `50126`: what `error_codes` holds.
    pub const fn code(self) -> i64 {
        CODES[self as usize]
    }

    /// The code as Microsoft writes it in text, such as `"AADSTS50126"` (the start of an
    /// `error_description`); also what `Display` writes.
    pub const fn as_str(self) -> &'static str {
        TEXTS[self as usize]
    }

    /// A short name for a person: the variant's [`name`](Self::name), such as
    /// `"InvalidUserNameOrPassword"`.
    pub const fn title(self) -> &'static str {
        NAMES[self as usize]
    }

    /// The PascalCase name, also the variant's: Microsoft's where its page gives one that is a
    /// Rust identifier not used before (see [`is_name_published`](Self::is_name_published)),
    /// else **the crate's choice** by the naming rule of data/README.md.
    pub const fn name(self) -> &'static str {
        NAMES[self as usize]
    }

    /// Whether [`name`](Self::name) is Microsoft's own (its page's
    /// [`microsoft_name`](Self::microsoft_name)); if not, the name is the crate's choice.
    ///
    /// ```
    /// use identity_errors::entra::ErrorCode;
    ///
    /// assert!(ErrorCode::InvalidUserNameOrPassword.is_name_published());
    /// // Microsoft's name, `UnauthorizedClient_DoesNotMatchRequest`, is no PascalCase identifier.
    /// assert!(!ErrorCode::UnauthorizedClientDoesNotMatchRequest.is_name_published());
    /// ```
    pub const fn is_name_published(self) -> bool {
        NAMES_PUBLISHED[self as usize]
    }

    /// The name Microsoft's page gives the code, exactly as it gives it, where it gives one.
    ///
    /// ```
    /// use identity_errors::entra::ErrorCode;
    ///
    /// let code = ErrorCode::from_code(700016).unwrap();
    /// assert_eq!(code.microsoft_name(), Some("UnauthorizedClient_DoesNotMatchRequest"));
    /// assert_eq!(ErrorCode::from_code(28002).unwrap().microsoft_name(), None);
    /// ```
    pub const fn microsoft_name(self) -> Option<&'static str> {
        MICROSOFT_NAMES[self as usize]
    }

    /// Microsoft's description, exactly as its page gives it (HTML, Markdown links and typos
    /// kept), with its named placeholders (`{tenant}`, `{appId}`: see
    /// [`placeholders`](Self::placeholders)); `None` where the page gives the name only.
    ///
    /// ```
    /// use identity_errors::entra::ErrorCode;
    ///
    /// let code = ErrorCode::from_code(500011).unwrap();
    /// assert!(code.description().unwrap().starts_with("The resource principal named {name} wasn't found in the tenant named {tenant}."));
    /// ```
    pub const fn description(self) -> Option<&'static str> {
        DESCRIPTIONS[self as usize]
    }

    /// The other text of a code Microsoft's page lists twice: only AADSTS50147, whose
    /// [`description`](Self::description) is its named row's.
    ///
    /// ```
    /// use identity_errors::entra::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::MissingCodeChallenge.description(), Some("The size of the code challenge parameter isn't valid."));
    /// assert_eq!(
    ///     ErrorCode::MissingCodeChallenge.second_description(),
    ///     Some("Invalid size of the code challenge parameter. Contact the application owner to correct their use of the PKCE parameters."),
    /// );
    /// ```
    pub const fn second_description(self) -> Option<&'static str> {
        SECOND_DESCRIPTIONS[self as usize]
    }

    /// The HTTP status, where a Microsoft source states one for the code: 307 for
    /// AADSTS51005 (its text), 400 for AADSTS50126 (a sample of the native authentication
    /// API); `None` for every other code. Microsoft publishes no status per AADSTS code: a
    /// response takes the status of its OAuth `error` ([`OAuthErrorCode::status`]).
    ///
    /// [`OAuthErrorCode::status`]: crate::entra::OAuthErrorCode::status
    pub const fn status(self) -> Option<StatusCode> {
        STATUSES[self as usize]
    }

    /// The names of the description's placeholders, in order of first appearance, each once:
    /// what [`fill`](Self::fill) takes. Names are case-sensitive (AADSTS16000 has both
    /// `{appid}` and `{appName}`; others write `{appId}`).
    ///
    /// ```
    /// use identity_errors::entra::ErrorCode;
    ///
    /// let code = ErrorCode::from_code(500011).unwrap();
    /// assert_eq!(code.placeholders(), ["name", "tenant"]);
    /// assert_eq!(ErrorCode::InvalidUserNameOrPassword.placeholders(), [] as [&str; 0]);
    /// ```
    pub const fn placeholders(self) -> &'static [&'static str] {
        PLACEHOLDERS[self as usize]
    }

    /// How many distinct placeholders the description has: the number of arguments
    /// [`fill`](Self::fill) takes.
    pub const fn arity(self) -> usize {
        self.placeholders().len()
    }

    /// The description with each placeholder filled by name: `args` pairs each of the
    /// [`placeholders`](Self::placeholders) with its value, in any order, each inserted
    /// verbatim (a placeholder that appears twice gets the value twice). Fails if a name is not
    /// the description's, is given twice, or is not given; a code without a description fills
    /// to the empty text.
    ///
    /// ```
    /// use identity_errors::entra::ErrorCode;
    ///
    /// let code = ErrorCode::from_code(500011).unwrap();
    /// let text = code.fill(&[("tenant", "contoso.onmicrosoft.com"), ("name", "https://graph.example")])?;
    /// assert!(text.starts_with("The resource principal named https://graph.example wasn't found in the tenant named contoso.onmicrosoft.com."));
    ///
    /// let error = code.fill(&[("Tenant", "x"), ("name", "y")]).unwrap_err();
    /// assert_eq!(error.placeholder(), Some("Tenant"));
    /// assert_eq!(error.placeholders(), ["name", "tenant"]);
    /// # Ok::<(), identity_errors::TemplateError>(())
    /// ```
    pub fn fill(self, args: &[(&str, &str)]) -> Result<String, TemplateError> {
        self.fill_with(args, |text, out| out.push_str(text))
    }

    /// [`fill`](Self::fill), each piece of Microsoft's text written by `write` (the wire text
    /// of a body: see `oauth_error_body/plain.rs`).
    pub(crate) fn fill_with(
        self,
        args: &[(&str, &str)],
        write: impl FnMut(&str, &mut String),
    ) -> Result<String, TemplateError> {
        let pieces: &[Piece] = PIECES[self as usize];
        let description = self.description().unwrap_or_default();
        template::fill_named(
            self.as_str(),
            description,
            pieces,
            self.placeholders(),
            args,
            write,
        )
    }

    /// Whether the [`kind`](Self::kind) and [`retry`](Self::retry) advice follows Microsoft's
    /// own words on retrying (`retryable`, `Try again`, `non-retryable`); if not, it is **the
    /// crate's choice**, by the keyword rule of data/README.md.
    ///
    /// ```
    /// use identity_errors::entra::ErrorCode;
    /// use identity_errors::Retry;
    ///
    /// let code = ErrorCode::from_code(90024).unwrap(); // "A transient error has occurred. Try again."
    /// assert!(code.is_advice_published());
    /// assert_eq!(code.retry(), Retry::AfterWindow);
    /// ```
    pub const fn is_advice_published(self) -> bool {
        ADVICE_PUBLISHED[self as usize]
    }
}

catalog!(
    ErrorCode, Entra, "Entra ID error", (i64 "AADSTS"),
    description: ErrorCode::description,
    status: ErrorCode::status,
);
