//! The kind and retry advice every table carries (`kind`, `retry`, `advice_by`), and the rules of
//! data/README.md that rows chosen by the crate must follow.

use super::catalog::{Choices, Column, Type};
use super::table::{quoted, Row};

/// The `kind` column's values, with the `Kind` variant each becomes.
pub static KINDS: Choices = Choices {
    rust: "Kind",
    values: &[
        ("invalid_request", "InvalidRequest", ""),
        ("unauthenticated", "Unauthenticated", ""),
        ("forbidden", "Forbidden", ""),
        ("not_found", "NotFound", ""),
        ("conflict", "Conflict", ""),
        ("unsupported", "Unsupported", ""),
        ("rate_limited", "RateLimited", ""),
        ("unavailable", "Unavailable", ""),
        ("server_fault", "ServerFault", ""),
    ],
};

/// The `retry` column's values, with the `Retry` variant each becomes.
pub static RETRIES: Choices = Choices {
    rust: "Retry",
    values: &[
        ("never", "Never", ""),
        ("after_window", "AfterWindow", ""),
        ("with_backoff", "WithBackoff", ""),
        ("after_reauthenticating", "AfterReauthenticating", ""),
        ("with_nonce", "WithNonce", ""),
    ],
};

/// Who chose a row's `kind` and `retry` (`data/README.md` says what each means), with the
/// phrase the variant's documentation gives it.
pub static ADVICE_SOURCES: Choices = Choices {
    rust: "",
    values: &[
        (
            "crate",
            "",
            "the crate's choice, by the rule of data/README.md",
        ),
        ("linked", "", "those of the linked code"),
        ("okta-sdk", "", "as Okta's SDKs do"),
        ("vendor-text", "", "as the vendor's own text says"),
        ("rfc6749", "", "as RFC6749 says"),
        ("rfc8628", "", "as RFC8628 says"),
        ("rfc9449", "", "as RFC9449 says"),
        ("microsoft", "", "as Microsoft's own text says"),
        (
            "botocore",
            "",
            "as botocore's standard retry mode treats it",
        ),
    ],
};

/// The three columns every table ends with.
pub const KIND: Column = Column::new("kind", Type::Choice(&KINDS));
/// See [`KIND`].
pub const RETRY: Column = Column::new("retry", Type::Choice(&RETRIES));
/// See [`KIND`].
pub const ADVICE_BY: Column = Column::new("advice_by", Type::Choice(&ADVICE_SOURCES));

/// The kind data/README.md's rule gives an HTTP status (Okta's one non-error status, 202 for
/// "Waiting for ACK", is `unavailable`: the answer is not ready yet). The runtime's
/// `Kind::of_status` is the same rule from 400 up (`tests/status_rule.rs` compares them).
pub fn kind_of_status(status: u16) -> Option<&'static str> {
    Some(match status {
        202 => "unavailable",
        401 => "unauthenticated",
        403 => "forbidden",
        404 | 410 => "not_found",
        409 | 412 | 423 => "conflict",
        405 | 406 | 415 | 501 => "unsupported",
        429 => "rate_limited",
        502..=504 => "unavailable",
        400..=499 => "invalid_request",
        500..=599 => "server_fault",
        _ => return None,
    })
}

/// The retry data/README.md's rule gives a kind (the runtime's `Kind::retry`).
pub fn retry_of_kind(kind: &str) -> &'static str {
    match kind {
        "rate_limited" => "after_window",
        "unavailable" | "server_fault" => "with_backoff",
        "unauthenticated" => "after_reauthenticating",
        _ => "never",
    }
}

/// A row's `kind`, `retry` and `advice_by`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Advice {
    pub kind: &'static str,
    pub retry: &'static str,
    pub by: &'static str,
}

/// The advice data/README.md's rule gives an Okta API code, from its status and text: a 429 as
/// Okta's SDKs treat it; a text that says a limit was reached, or to try again later, as the text
/// says; anything else by the status rule.
pub fn okta_advice(status: u16, summary: &str, description: Option<&str>) -> Advice {
    let mut text = summary.to_lowercase();
    text.push(' ');
    text.push_str(&description.unwrap_or_default().to_lowercase());
    let advice = |kind, retry, by| Advice { kind, retry, by };
    if status == 429 {
        return advice("rate_limited", "after_window", "okta-sdk");
    }
    if text.contains("reached the limit") {
        return advice("rate_limited", "after_window", "vendor-text");
    }
    let kind = kind_of_status(status).unwrap_or("server_fault");
    const LATER: [&str; 4] = [
        "try again later",
        "try again in",
        "please wait",
        "another request",
    ];
    if LATER.iter().any(|phrase| text.contains(phrase)) {
        let retry = if text.contains("wait") {
            "after_window"
        } else {
            "with_backoff"
        };
        return advice(kind, retry, "vendor-text");
    }
    advice(kind, retry_of_kind(kind), "crate")
}

/// The `check` of the Okta API table: a row's advice must be exactly what [`okta_advice`] gives,
/// so that an imported release gets the same advice as the table.
pub fn check_okta(row: &mut Row<'_>) {
    let (Some(status), Some(summary)) = (row.number("status"), row.get("summary")) else {
        return;
    };
    let rule = okta_advice(status as u16, summary, row.get("description"));
    let Some(given) = advice(row) else {
        return;
    };
    if given != rule {
        row.problem(differs(given, rule));
    }
}

/// The problem of a row whose advice is not its rule's.
fn differs(given: Advice, rule: Advice) -> String {
    [
        "`kind`, `retry`, `advice_by` are ",
        given.kind,
        " ",
        given.retry,
        " ",
        given.by,
        "; the rule of data/README.md gives ",
        rule.kind,
        " ",
        rule.retry,
        " ",
        rule.by,
    ]
    .concat()
}

/// A row's advice, where all three fields are valid.
pub fn advice(row: &Row<'_>) -> Option<Advice> {
    let known = |choices: &Choices, column| {
        let value = row.get(column)?;
        choices.find(value).map(|(value, _, _)| *value)
    };
    Some(Advice {
        kind: known(&KINDS, "kind")?,
        retry: known(&RETRIES, "retry")?,
        by: known(&ADVICE_SOURCES, "advice_by")?,
    })
}

/// Checks that a row whose advice the crate chose follows the rule: its kind is its status's
/// (where `status` names the catalog's status column; a status the rule gives no kind, such as
/// 202, is judged by hand) and its retry its kind's.
pub fn check_rule(row: &mut Row<'_>, status: Option<&str>) {
    let Some(Advice { kind, retry, by }) = advice(row) else {
        return;
    };
    if by != "crate" {
        return;
    }
    let status = status.and_then(|column| row.number(column));
    let rule_kind = status.and_then(|status| kind_of_status(status as u16));
    let (column, value, expected, rule) = match rule_kind {
        Some(expected) if expected != kind => ("kind", kind, expected, "its status".to_owned()),
        _ if retry_of_kind(kind) != retry => {
            let rule = ["kind ", &quoted(kind)].concat();
            ("retry", retry, retry_of_kind(kind), rule)
        }
        _ => return,
    };
    row.problem(
        [
            "`",
            column,
            "` ",
            &quoted(value),
            " is not ",
            &quoted(expected),
            ", the rule's for ",
            &rule,
            ", yet `advice_by` is \"crate\" (name the source that says otherwise)",
        ]
        .concat(),
    );
}

/// The advice data/README.md's keyword rule ("Entra AADSTS codes") gives an AADSTS code, from
/// its texts (Microsoft's name and its descriptions), lower-cased and read as one, first match
/// wins: what Microsoft's words say of retrying (`microsoft`), else the crate's choice of kind
/// by keyword, with the retry of the kind (`crate`).
pub fn entra_advice(texts: &[&str]) -> Advice {
    let text = texts.join(" ").to_lowercase();
    let has = |words: &[&str]| words.iter().any(|word| text.contains(word));
    let advice = |kind, retry, by| Advice { kind, retry, by };
    if has(&["non-retryable", "nonretryable", "unretryable"]) {
        return advice("server_fault", "never", "microsoft");
    }
    const RETRY: [&str; 4] = [
        "retryable",
        "retry the request",
        "a retry of the request may succeed",
        "will retry polling",
    ];
    if has(&RETRY) || starts_a_sentence(&text, &["try again", "please try again"]) {
        return if has(&["will retry polling"]) {
            advice("unavailable", "after_window", "microsoft")
        } else if has(&["limit", "budget"]) {
            advice("rate_limited", "after_window", "microsoft")
        } else if has(&["server error", "unknown error"]) {
            advice("server_fault", "with_backoff", "microsoft")
        } else {
            advice("unavailable", "with_backoff", "microsoft")
        };
    }
    let kind = ENTRA_KEYWORDS
        .iter()
        .find(|(words, _)| has(words))
        .map_or("invalid_request", |(_, kind)| kind);
    advice(kind, retry_of_kind(kind), "crate")
}

/// Whether a sentence of `text` starts with one of `phrases`: at the start, or after `.`, `!`
/// or `?` and white space ("Try again." is a retry; "correct it and try again" is an action
/// first).
fn starts_a_sentence(text: &str, phrases: &[&str]) -> bool {
    let starts = |rest: &str| phrases.iter().any(|phrase| rest.starts_with(phrase));
    if starts(text) {
        return true;
    }
    text.match_indices(['.', '!', '?']).any(|(at, _)| {
        let rest = &text[at + 1..];
        let after = rest.trim_start();
        after.len() < rest.len() && starts(after)
    })
}

/// The keywords of data/README.md's Entra rule 3, in order, each with the kind it gives.
static ENTRA_KEYWORDS: [(&[&str], &str); 10] = [
    (
        &[
            "throttl",
            "too many incoming requests",
            "too many of the same request",
            "loopdetected",
        ],
        "rate_limited",
    ),
    (
        &[
            "temporarily unavailable",
            "isn't available",
            "isnotavailable",
            "unreachable",
            "has timed out",
            "timedout",
            "requesttimeout",
            "agenttimeout",
        ],
        "unavailable",
    ),
    (
        &[
            "server error",
            "internalserviceerror",
            "issue with the sign-in service",
        ],
        "server_fault",
    ),
    (
        &[
            "isn't supported",
            "not supported",
            "notsupported",
            "unsupported",
            "doesn't support",
            "only supports",
            "only accepts",
        ],
        "unsupported",
    ),
    (
        &["strongauth", "multifactor", "mfa", "expired", "revoked"],
        "unauthenticated",
    ),
    (
        &[
            "blocked",
            "denied",
            "not allowed",
            "notallowed",
            "isn't allowed",
            "unauthorized",
            "isn't authorized",
            "not authorized",
            "not been authorized",
            "consent",
            "conditional access",
            "disabled",
            "not approved",
            "isn't approved",
            "isn't assigned",
            "compliant",
            "risk",
        ],
        "forbidden",
    ),
    (&["passwordchange"], "invalid_request"),
    (
        &[
            "isn't signed in",
            "client secret",
            "client assertion failed",
            "failed signature validation",
            "unauthenticated",
            "password",
            "sign in again",
            "signing-in again",
            "reauth",
            "interactionrequired",
            "requires interaction",
            "credential",
            "kerberos",
        ],
        "unauthenticated",
    ),
    (
        &[
            "not found",
            "notfound",
            "wasn't found",
            "doesn't exist",
            "does not exist",
            "doesnotexist",
            "can't find",
            "cannot find",
            "unable to find",
            "could not be found",
            "isn't in the system",
            "no longer available",
            "notindirectory",
            "unknown",
        ],
        "not_found",
    ),
    (&["already", "conflicting"], "conflict"),
];

/// The `check` of the Entra AADSTS table: a row's advice must be exactly what [`entra_advice`]
/// gives its texts, so that an imported page gets the same advice as the table; and a name is
/// Microsoft's (`name_by` "microsoft") exactly when it is the row's `microsoft_name`.
pub fn check_entra(row: &mut Row<'_>) {
    let texts = ["microsoft_name", "description", "second_description"]
        .map(|column| row.get(column).unwrap_or_default());
    let rule = entra_advice(&texts);
    if let Some(given) = advice(row) {
        if given != rule {
            row.problem(differs(given, rule));
        }
    }
    let (Some(name), Some(by)) = (row.get("name"), row.get("name_by")) else {
        return;
    };
    let microsoft = row.get("microsoft_name");
    let problem = match (by, microsoft) {
        ("microsoft", None) => "`name_by` is \"microsoft\" but the row has no `microsoft_name`",
        ("microsoft", Some(microsoft)) if microsoft != name => {
            "`name_by` is \"microsoft\" but `name` is not `microsoft_name`"
        }
        ("crate", Some(microsoft)) if microsoft == name => {
            "`name_by` is \"crate\" but `name` is `microsoft_name`"
        }
        _ => return,
    };
    row.problem(problem.to_owned());
}

/// The error codes botocore's standard retry mode retries as throttling that Cognito's model
/// has (`boto/botocore`, `botocore/retries/standard.py`, `ThrottledRetryableChecker`'s
/// `_THROTTLED_ERROR_CODES`, at ef31254d).
pub const COGNITO_THROTTLED: [&str; 2] = ["TooManyRequestsException", "LimitExceededException"];

/// The keywords of data/README.md's Cognito rule, in order, each with the kind it gives: read in
/// the shape name without its `Exception`, first match wins.
pub static COGNITO_KEYWORDS: [(&[&str], &str); 7] = [
    (&["NotFound", "DoesNotExist"], "not_found"),
    (
        &[
            "Exists",
            "Duplicate",
            "ConcurrentModification",
            "InProgress",
        ],
        "conflict",
    ),
    (&["Unsupported", "NotSupported"], "unsupported"),
    (
        &[
            "NotAuthorized",
            "Unauthorized",
            "CodeMismatch",
            "ExpiredCode",
            "EnableSoftwareTokenMFA",
            "PasswordResetRequired",
            "RefreshTokenReuse",
        ],
        "unauthenticated",
    ),
    (
        &[
            "AccessDenied",
            "Forbidden",
            "NotEnabled",
            "NotAllowed",
            "UnavailableInTier",
            "NotConfirmed",
            "TooManyFailedAttempts",
            "QuotaExceeded",
        ],
        "forbidden",
    ),
    (&["DeliveryFailure"], "unavailable"),
    (&[], "invalid_request"),
];

/// The advice data/README.md's rule ("Cognito") gives a Cognito exception, from its shape name
/// and whether the model marks it a fault: a code botocore retries as throttling is
/// `rate_limited`, `after_window` (`botocore`); a fault `server_fault`; else the kind of the
/// first keyword the name holds ([`COGNITO_KEYWORDS`]), `invalid_request` if none; the retry
/// the kind's (`crate`).
pub fn cognito_advice(code: &str, fault: bool) -> Advice {
    if COGNITO_THROTTLED.contains(&code) {
        return Advice {
            kind: "rate_limited",
            retry: "after_window",
            by: "botocore",
        };
    }
    let name = code.strip_suffix("Exception").unwrap_or(code);
    let kind = if fault {
        "server_fault"
    } else {
        COGNITO_KEYWORDS
            .iter()
            .find(|(words, _)| words.iter().any(|word| name.contains(word)))
            .map_or("invalid_request", |(_, kind)| kind)
    };
    Advice {
        kind,
        retry: retry_of_kind(kind),
        by: "crate",
    }
}

/// The `check` of the Cognito table: a row's advice is exactly what [`cognito_advice`] gives
/// it, its status is 500 for a fault and 400 otherwise (data/README.md's status rule), and its
/// name is its code without `Exception`.
pub fn check_cognito(row: &mut Row<'_>) {
    let (Some(code), Some(fault)) = (row.get("code"), row.get("fault")) else {
        return;
    };
    let code = code.to_owned();
    let fault = fault == "true";
    let rule = cognito_advice(&code, fault);
    if let Some(given) = advice(row) {
        if given != rule {
            row.problem(differs(given, rule));
        }
    }
    let status = if fault { 500 } else { 400 };
    if row
        .number("crate_status")
        .is_some_and(|given| given != status)
    {
        let problem = [
            "`crate_status` is not ",
            &status.to_string(),
            ", the rule's for ",
        ]
        .concat();
        let what = if fault {
            "a fault"
        } else {
            "an error that is no fault"
        };
        row.problem([&problem, what].concat());
    }
    let name = code.strip_suffix("Exception").unwrap_or(&code);
    if row.get("name").is_some_and(|given| given != name) {
        row.problem(
            [
                "`name` is not ",
                &quoted(name),
                ", the code without `Exception`",
            ]
            .concat(),
        );
    }
}

/// The codes whose own words say to try again later (data/README.md, "Firebase"): the server's
/// `TOO_MANY_ATTEMPTS_TRY_LATER` and the SDK's `auth/too-many-requests` ("Try again later.").
pub const FIREBASE_TRY_LATER: [&str; 2] = ["too-many-attempts-try-later", "too-many-requests"];

/// The keywords of data/README.md's Firebase rule, in order, each with the kind it gives: read
/// in the code in lower case with `_` as `-` and without `auth/`, first match wins.
pub static FIREBASE_KEYWORDS: [(&[&str], &str); 8] = [
    (&["quota-exceeded", "exceed-limit"], "rate_limited"),
    (&["network-request-failed", "timeout"], "unavailable"),
    (&["internal-error"], "server_fault"),
    (&["not-found", "no-such"], "not_found"),
    (&["exists", "already"], "conflict"),
    (&["unsupported", "not-supported"], "unsupported"),
    (
        &[
            "expired",
            "invalid-password",
            "wrong-password",
            "invalid-login-credentials",
            "invalid-credential",
            "invalid-id-token",
            "invalid-user-token",
            "too-old",
            "requires-recent-login",
            "invalid-idp-response",
            "invalid-custom-token",
            "credential-mismatch",
            "custom-token-mismatch",
            "invalid-code",
            "invalid-verification-code",
            "invalid-oob-code",
            "invalid-action-code",
            "rejected-credential",
            "invalid-pending-token",
            "invalid-temporary-proof",
            "user-mismatch",
            "null-user",
            "user-signed-out",
            "multi-factor-auth-required",
        ],
        "unauthenticated",
    ),
    (
        &[
            "disabled",
            "not-allowed",
            "admin-only",
            "admin-restricted",
            "unauthorized",
            "not-authorized",
            "blocked",
            "not-enabled",
            "limit-exceeded",
            "count-exceeded",
            "unverified",
            "needs-verification",
            "mismatch",
        ],
        "forbidden",
    ),
];

/// The advice data/README.md's rule ("Firebase") gives a Firebase code, a server code
/// (`EMAIL_NOT_FOUND`) or a client one (`auth/user-not-found`): a code that says to try again
/// later is `rate_limited`, `after_window` (`vendor-text`); else the kind of the first keyword
/// the code holds ([`FIREBASE_KEYWORDS`]), `invalid_request` if none, the retry the kind's
/// (`crate`).
pub fn firebase_advice(code: &str) -> Advice {
    let words = code
        .strip_prefix("auth/")
        .unwrap_or(code)
        .to_ascii_lowercase()
        .replace('_', "-");
    if FIREBASE_TRY_LATER.contains(&words.as_str()) {
        return Advice {
            kind: "rate_limited",
            retry: "after_window",
            by: "vendor-text",
        };
    }
    let kind = FIREBASE_KEYWORDS
        .iter()
        .find(|(keys, _)| keys.iter().any(|key| words.contains(key)))
        .map_or("invalid_request", |(_, kind)| kind);
    Advice {
        kind,
        retry: retry_of_kind(kind),
        by: "crate",
    }
}

/// The `check` of the Firebase client code table: a row's advice is exactly what
/// [`firebase_advice`] gives its code.
pub fn check_firebase_client(row: &mut Row<'_>) {
    let Some(code) = row.get("code") else {
        return;
    };
    let rule = firebase_advice(code);
    if let Some(given) = advice(row) {
        if given != rule {
            row.problem(differs(given, rule));
        }
    }
}

/// The client code the JS SDK's fallback rule gives a server code: lower case, each run of `_`
/// (or white space) a `-`, after `auth/`.
pub fn firebase_fallback(code: &str) -> String {
    let mut out = String::from("auth/");
    let mut run = false;
    for c in code.chars() {
        if c == '_' || c.is_whitespace() {
            if !run {
                out.push('-');
            }
            run = true;
        } else {
            out.push(c.to_ascii_lowercase());
            run = false;
        }
    }
    out
}

/// The `check` of the Firebase server code table: a row's advice is exactly what
/// [`firebase_advice`] gives its code, its status is 400 (data/README.md's status rule), its
/// `client` is its `client_code` where present, and a `fallback` row's `client_code` is what the
/// SDK's fallback rule makes of its code.
pub fn check_firebase(row: &mut Row<'_>) {
    let Some(code) = row.get("code").map(str::to_owned) else {
        return;
    };
    let rule = firebase_advice(&code);
    if let Some(given) = advice(row) {
        if given != rule {
            row.problem(differs(given, rule));
        }
    }
    if row.number("crate_status").is_some_and(|given| given != 400) {
        row.problem("`crate_status` is not 400, the rule's for every Firebase code".to_owned());
    }
    let client_code = row.get("client_code").map(str::to_owned);
    if let (Some(client), Some(client_code)) = (row.get("client"), &client_code) {
        if client != client_code {
            row.problem("`client` is not `client_code`".to_owned());
        }
    }
    if row.get("mapped_by") == Some("fallback") {
        let fallback = firebase_fallback(&code);
        if client_code.as_deref() != Some(fallback.as_str()) {
            let problem = [
                "`client_code` is not ",
                &quoted(&fallback),
                ", the fallback rule's",
            ];
            row.problem(problem.concat());
        }
    }
}
