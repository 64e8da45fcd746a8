//! The five catalog tables of `data/`: what each row holds, and how it is validated.
//!
//! `build.rs` turns the rows into Rust; `tests/bad_data.rs` compiles this very file (through
//! `#[path]`) and feeds it corrupt tables, so what the build accepts and rejects is itself under
//! test. The file format is in `table.rs`.

use crate::table::{self, okta_code_number, Problem, Row, Seen};
use std::fmt::Write;

/// The table files, as named in problems and read by `build.rs`.
pub const OKTA_ERRORS: &str = "okta_errors.tsv";
/// See [`OKTA_ERRORS`].
pub const OKTA_OAUTH_ERRORS: &str = "okta_oauth_errors.tsv";
/// See [`OKTA_ERRORS`].
pub const OKTA_LOGIN_FAILURES: &str = "okta_login_failures.tsv";
/// See [`OKTA_ERRORS`].
pub const IDENTITY_CLOUD_ERRORS: &str = "identity_cloud_errors.tsv";
/// See [`OKTA_ERRORS`].
pub const LUSID_ERRORS: &str = "lusid_errors.tsv";

/// Identity Cloud categories as written in the table, with the Rust variant each becomes.
pub const IDENTITY_CLOUD_CATEGORIES: [(&str, &str); 7] = [
    ("missing_argument", "MissingArgument"),
    ("invalid_argument", "InvalidArgument"),
    ("record", "Record"),
    ("data_type", "DataType"),
    ("constraint", "Constraint"),
    ("authentication", "Authentication"),
    ("internal", "Internal"),
];

/// Where the OAuth table may say a description came from.
const OAUTH_DESCRIPTION_SOURCES: [&str; 2] = ["seed", "table"];

/// The `kind` column's values, with the Rust variant each becomes.
pub const KINDS: [(&str, &str); 9] = [
    ("invalid_request", "InvalidRequest"),
    ("unauthenticated", "Unauthenticated"),
    ("forbidden", "Forbidden"),
    ("not_found", "NotFound"),
    ("conflict", "Conflict"),
    ("unsupported", "Unsupported"),
    ("rate_limited", "RateLimited"),
    ("unavailable", "Unavailable"),
    ("server_fault", "ServerFault"),
];

/// The `retry` column's values, with the Rust variant each becomes.
pub const RETRIES: [(&str, &str); 5] = [
    ("never", "Never"),
    ("after_window", "AfterWindow"),
    ("with_backoff", "WithBackoff"),
    ("after_reauthenticating", "AfterReauthenticating"),
    ("with_nonce", "WithNonce"),
];

/// Who chose a row's `kind` and `retry` (`data/README.md` says what each means).
const ADVICE_SOURCES: [&str; 7] = [
    "crate",
    "linked",
    "okta-sdk",
    "vendor-text",
    "rfc6749",
    "rfc8628",
    "rfc9449",
];

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

/// The advice data/README.md's rule gives an Okta API code, from its status and text: a 429 as
/// Okta's SDKs treat it; a text that says a limit was reached, or to try again later, as the text
/// says; anything else by the status rule.
pub fn okta_advice(status: u16, summary: &str, description: Option<&str>) -> Advice {
    let text = format!("{summary} {}", description.unwrap_or_default()).to_lowercase();
    let advice = |kind: &str, retry: &str, by: &str| Advice {
        kind: kind.to_owned(),
        retry: retry.to_owned(),
        by: by.to_owned(),
    };
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

/// A row's `kind`, `retry` and `advice_by`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Advice {
    pub kind: String,
    pub retry: String,
    pub by: String,
}

/// The Rust variant `value` becomes, from a table of values and variants such as [`KINDS`].
pub fn variant(table: &[(&str, &'static str)], value: &str) -> Option<&'static str> {
    for (known, variant) in table {
        if *known == value {
            return Some(variant);
        }
    }
    None
}

/// The values a table such as [`KINDS`] allows, in its order.
fn values(table: &[(&'static str, &str)]) -> Vec<&'static str> {
    let mut values = Vec::with_capacity(table.len());
    for (value, _) in table {
        values.push(*value);
    }
    values
}

/// Whether every value of `advice` is one the columns allow (an unknown one is reported once).
fn is_known(advice: &Advice) -> bool {
    variant(&KINDS, &advice.kind).is_some()
        && variant(&RETRIES, &advice.retry).is_some()
        && ADVICE_SOURCES.contains(&advice.by.as_str())
}

/// Reads a row's advice, checking that a row the crate chose follows the rule: its kind is its
/// `status`'s (where the catalog has statuses; a status the rule gives no kind, such as 202, is
/// judged by hand) and its retry its kind's.
fn advice(row: &mut Row<'_>, status: Option<u16>) -> Advice {
    let kind = row.required("kind");
    let retry = row.required("retry");
    let by = row.required("advice_by");
    let mut valid = true;
    for (column, value, known) in [
        ("kind", &kind, &values(&KINDS)[..]),
        ("retry", &retry, &values(&RETRIES)[..]),
        ("advice_by", &by, &ADVICE_SOURCES[..]),
    ] {
        if !known.contains(&value.as_str()) {
            valid = false;
            if !value.is_empty() {
                row.problem(format!("`{column}` {value:?} is not one of {known:?}"));
            }
        }
    }
    if valid && by == "crate" {
        let rule_kind = status.and_then(kind_of_status);
        if let Some(expected) = rule_kind.filter(|expected| *expected != kind) {
            row.problem(format!(
                "`kind` {kind:?} is not {expected:?}, the rule's for its status, yet `advice_by` \
                 is \"crate\" (name the source that says otherwise)"
            ));
        } else if retry_of_kind(&kind) != retry {
            row.problem(format!(
                "`retry` {retry:?} is not {:?}, the rule's for kind {kind:?}, yet `advice_by` \
                 is \"crate\" (name the source that says otherwise)",
                retry_of_kind(&kind)
            ));
        }
    }
    Advice { kind, retry, by }
}

/// The text of every table, by name.
#[derive(Debug, Clone, Copy)]
pub struct Texts<'a> {
    /// `okta_errors.tsv`
    pub okta: &'a str,
    /// `okta_oauth_errors.tsv`
    pub oauth: &'a str,
    /// `okta_login_failures.tsv`
    pub login_failures: &'a str,
    /// `identity_cloud_errors.tsv`
    pub identity_cloud: &'a str,
    /// `lusid_errors.tsv`
    pub lusid: &'a str,
}

/// A row of `okta_errors.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OktaError {
    pub line: usize,
    pub code: String,
    /// The code's number: `E0000007` is 7.
    pub number: u32,
    pub name: String,
    pub status: u16,
    pub title: String,
    pub summary: String,
    pub description: Option<String>,
    pub since: String,
    pub former_title: Option<String>,
    /// The summary as recorded responses send it, where they differ from `summary`.
    pub sent_summary: Option<String>,
    pub includes_exception_message: bool,
    pub advice: Advice,
    /// The summary bodies are built from (`sent_summary`, else `summary`) split into text and
    /// placeholders.
    pub parts: Vec<TemplatePart>,
}

impl OktaError {
    /// How many distinct placeholders the summary has.
    pub fn arity(&self) -> usize {
        arity(&self.parts)
    }
}

/// How many distinct placeholders a template has: they are gap-free from `{0}`, so the highest
/// number says how many there are.
fn arity(parts: &[TemplatePart]) -> usize {
    let numbers = parts.iter().filter_map(|part| match part {
        TemplatePart::Placeholder(n) => Some(*n),
        TemplatePart::Text(_) => None,
    });
    numbers.max().map_or(0, |n| n + 1)
}

/// A row of `okta_oauth_errors.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OAuthError {
    pub line: usize,
    pub error: String,
    pub name: String,
    pub status: u16,
    pub title: String,
    pub description: String,
    pub description_source: String,
    /// The error it is sent as on the wire, where that is another one.
    pub sent_as: Option<String>,
    pub advice: Advice,
}

/// A row of `okta_login_failures.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoginFailure {
    pub line: usize,
    pub reason: String,
    pub name: String,
    pub error_code: Option<String>,
    pub description: String,
    pub troubleshooting: String,
    pub advice: Advice,
}

/// A row of `identity_cloud_errors.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdentityCloudError {
    pub line: usize,
    pub code: u16,
    pub name: String,
    pub error: String,
    pub category: String,
    pub description: String,
    pub advice: Advice,
}

/// A row of `lusid_errors.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LusidError {
    pub line: usize,
    pub code: i32,
    pub name: String,
    /// Whether FINBOURNE publishes the name (`finbourne-sdk`) or the crate chose it (`crate`).
    pub name_by: String,
    pub status: u16,
    pub title: String,
    pub description: Option<String>,
    pub advice: Advice,
}

/// Every catalog, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalogs {
    pub okta: Vec<OktaError>,
    pub oauth: Vec<OAuthError>,
    pub login_failures: Vec<LoginFailure>,
    pub identity_cloud: Vec<IdentityCloudError>,
    pub lusid: Vec<LusidError>,
}

/// Parses and validates every table, reporting all problems of all tables at once.
pub fn parse(texts: Texts<'_>) -> Result<Catalogs, Vec<Problem>> {
    let mut problems = Vec::new();
    let okta = parse_okta(texts.okta, &mut problems);
    let oauth = parse_oauth(texts.oauth, &mut problems);
    check_sent_as(&oauth, &mut problems);
    let login_failures = parse_login_failures(texts.login_failures, &okta, &mut problems);
    let identity_cloud = parse_identity_cloud(texts.identity_cloud, &mut problems);
    let lusid = parse_lusid(texts.lusid, &mut problems);
    if problems.is_empty() {
        Ok(Catalogs {
            okta,
            oauth,
            login_failures,
            identity_cloud,
            lusid,
        })
    } else {
        Err(problems)
    }
}

/// A piece of a message template: literal text, or the index of a `{n}` placeholder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplatePart {
    Text(String),
    Placeholder(usize),
}

/// Splits a message template into literal text and `{n}` placeholders.
///
/// Fails on anything that is not a clean placeholder set: an unmatched brace, a brace pair
/// without a number, or numbers that leave a gap (`{0} {2}`).
pub fn template_parts(template: &str) -> Result<Vec<TemplatePart>, String> {
    let mut parts = Vec::new();
    let mut text = String::new();
    let mut chars = template.char_indices();
    while let Some((start, c)) = chars.next() {
        match c {
            '{' => {
                let mut digits = String::new();
                let mut closed = false;
                for (_, d) in chars.by_ref() {
                    if d == '}' {
                        closed = true;
                        break;
                    }
                    digits.push(d);
                }
                if !closed {
                    return Err(format!(
                        "unbalanced braces: '{{' at byte {start} is never closed"
                    ));
                }
                match digits.parse::<usize>() {
                    Ok(n) if digits.bytes().all(|b| b.is_ascii_digit()) => {
                        if !text.is_empty() {
                            parts.push(TemplatePart::Text(std::mem::take(&mut text)));
                        }
                        parts.push(TemplatePart::Placeholder(n));
                    }
                    _ => {
                        return Err(format!(
                            "malformed placeholder {{{digits}}} at byte {start}: expected {{0}}, {{1}}, .."
                        ))
                    }
                }
            }
            '}' => {
                return Err(format!(
                    "unbalanced braces: '}}' at byte {start} has no '{{'"
                ))
            }
            c => text.push(c),
        }
    }
    if !text.is_empty() {
        parts.push(TemplatePart::Text(text));
    }
    // The distinct placeholder numbers, in increasing order (a template has a few).
    let mut seen: Vec<usize> = Vec::new();
    for part in &parts {
        if let TemplatePart::Placeholder(n) = part {
            if let Err(at) = seen.binary_search(n) {
                seen.insert(at, *n);
            }
        }
    }
    match seen.iter().enumerate().find(|&(i, &n)| i != n) {
        Some((missing, _)) => {
            let mut used = String::new();
            for n in &seen {
                let space = if used.is_empty() { "" } else { " " };
                write!(used, "{space}{{{n}}}").unwrap();
            }
            Err(format!(
                "placeholder gap: uses {used} but not {{{missing}}}"
            ))
        }
        None => Ok(parts),
    }
}

fn parse_okta(text: &str, problems: &mut Vec<Problem>) -> Vec<OktaError> {
    const COLUMNS: &[&str] = &[
        "code",
        "name",
        "status",
        "title",
        "summary",
        "description",
        "since",
        "former_title",
        "sent_summary",
        "includes_exception_message",
        "kind",
        "retry",
        "advice_by",
    ];
    let mut codes = Seen::default();
    let mut names = Seen::default();
    table::read(OKTA_ERRORS, text, COLUMNS, problems, |row| {
        let code = row.required("code");
        let number = okta_code_number(&code).unwrap_or_else(|| {
            if !code.is_empty() {
                row.problem(format!(
                    "`code` {code:?} is not an Okta code (E and 7 digits)"
                ));
            }
            0
        });
        let name = row.name("name");
        row.unique(&mut codes, &code, "code");
        row.unique(&mut names, &name, "name");
        let summary = row.required("summary");
        let mut parts = template_parts(&summary).unwrap_or_else(|message| {
            row.problem(format!("`summary`: {message}"));
            Vec::new()
        });
        let sent_summary = row.optional("sent_summary");
        if let Some(sent) = &sent_summary {
            match template_parts(sent) {
                Ok(sent_parts) if arity(&sent_parts) == arity(&parts) => parts = sent_parts,
                Ok(_) => row.problem(
                    "`sent_summary` takes another number of arguments than `summary`".to_owned(),
                ),
                Err(message) => row.problem(format!("`sent_summary`: {message}")),
            }
        }
        let status = row.status("status");
        let includes_exception_message = match row.required("includes_exception_message").as_str() {
            "true" => true,
            "false" | "" => false,
            other => {
                row.problem(format!(
                    "`includes_exception_message` {other:?} is not true or false"
                ));
                false
            }
        };
        let advice = okta_row_advice(row, status, &summary);
        OktaError {
            line: row.line,
            code,
            number,
            name,
            status,
            title: row.required("title"),
            summary,
            description: row.optional("description"),
            since: row.required("since"),
            former_title: row.optional("former_title"),
            sent_summary,
            includes_exception_message,
            advice,
            parts,
        }
    })
}

/// An Okta row's advice, which must be exactly what the rule gives (`okta_advice`).
fn okta_row_advice(row: &mut Row<'_>, status: u16, summary: &str) -> Advice {
    let description = row.optional("description");
    let given = advice(row, None);
    let rule = okta_advice(status, summary, description.as_deref());
    if given != rule && status != 0 && is_known(&given) {
        row.problem(format!(
            "`kind`, `retry`, `advice_by` are {} {} {}; the rule of data/README.md gives {} {} {}",
            given.kind, given.retry, given.by, rule.kind, rule.retry, rule.by
        ));
    }
    given
}

fn parse_oauth(text: &str, problems: &mut Vec<Problem>) -> Vec<OAuthError> {
    const COLUMNS: &[&str] = &[
        "error",
        "name",
        "status",
        "title",
        "description",
        "description_source",
        "sent_as",
        "kind",
        "retry",
        "advice_by",
    ];
    let mut errors = Seen::default();
    let mut names = Seen::default();
    table::read(OKTA_OAUTH_ERRORS, text, COLUMNS, problems, |row| {
        let error = row.token("error", "an OAuth error code (a-z, 0-9, _)", |c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'
        });
        let name = row.name("name");
        row.unique(&mut errors, &error, "error");
        row.unique(&mut names, &name, "name");
        let description_source = row.required("description_source");
        if !description_source.is_empty()
            && !OAUTH_DESCRIPTION_SOURCES.contains(&description_source.as_str())
        {
            row.problem(format!(
                "`description_source` {description_source:?} is not one of {OAUTH_DESCRIPTION_SOURCES:?}"
            ));
        }
        let status = row.status("status");
        OAuthError {
            line: row.line,
            error,
            name,
            status,
            title: row.required("title"),
            description: row.required("description"),
            description_source,
            sent_as: row.optional("sent_as"),
            advice: advice(row, Some(status)),
        }
    })
}

/// Notes every `sent_as` that names no other error of the table.
fn check_sent_as(errors: &[OAuthError], problems: &mut Vec<Problem>) {
    for error in errors {
        let Some(sent_as) = &error.sent_as else {
            continue;
        };
        if sent_as == &error.error || !errors.iter().any(|e| &e.error == sent_as) {
            problems.push(Problem {
                file: OKTA_OAUTH_ERRORS,
                line: error.line,
                message: format!("`sent_as` {sent_as:?} is not another error of the table"),
            });
        }
    }
}

fn parse_login_failures(
    text: &str,
    okta: &[OktaError],
    problems: &mut Vec<Problem>,
) -> Vec<LoginFailure> {
    const COLUMNS: &[&str] = &[
        "reason",
        "name",
        "error_code",
        "description",
        "troubleshooting",
        "kind",
        "retry",
        "advice_by",
    ];
    let mut reasons = Seen::default();
    let mut names = Seen::default();
    table::read(OKTA_LOGIN_FAILURES, text, COLUMNS, problems, |row| {
        let reason = row.token("reason", "a failure reason (A-Z, 0-9, _)", |c| {
            c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'
        });
        let name = row.name("name");
        row.unique(&mut reasons, &reason, "reason");
        row.unique(&mut names, &name, "name");
        let error_code = row.optional("error_code");
        let linked = error_code
            .as_ref()
            .map(|code| (code, okta.iter().find(|e| &e.code == code)));
        if let Some((code, None)) = linked {
            row.problem(format!(
                "`error_code` {code:?} is not a code of {OKTA_ERRORS}"
            ));
        }
        let advice = advice(row, None);
        match linked {
            Some((code, Some(okta)))
                if advice.by == "linked"
                    && (&advice.kind, &advice.retry) != (&okta.advice.kind, &okta.advice.retry) =>
            {
                row.problem(format!(
                    "`advice_by` is \"linked\" but `kind` and `retry` are not {code}'s \
                     ({} and {})",
                    okta.advice.kind, okta.advice.retry
                ));
            }
            None if advice.by == "linked" => {
                row.problem("`advice_by` is \"linked\" but no `error_code` is linked".to_owned());
            }
            _ => {}
        }
        LoginFailure {
            line: row.line,
            reason,
            name,
            error_code,
            description: row.required("description"),
            troubleshooting: row.required("troubleshooting"),
            advice,
        }
    })
}

fn parse_identity_cloud(text: &str, problems: &mut Vec<Problem>) -> Vec<IdentityCloudError> {
    const COLUMNS: &[&str] = &[
        "code",
        "name",
        "error",
        "category",
        "description",
        "kind",
        "retry",
        "advice_by",
    ];
    let mut codes = Seen::default();
    let mut names = Seen::default();
    table::read(IDENTITY_CLOUD_ERRORS, text, COLUMNS, problems, |row| {
        let code = row
            .integer::<u16>(
                "code",
                "a Registration code (a whole number from 0 to 65535)",
            )
            .unwrap_or(0);
        let name = row.name("name");
        row.unique(&mut codes, &code, "code");
        row.unique(&mut names, &name, "name");
        let category = row.required("category");
        if !category.is_empty() && variant(&IDENTITY_CLOUD_CATEGORIES, &category).is_none() {
            let known = values(&IDENTITY_CLOUD_CATEGORIES);
            row.problem(format!("`category` {category:?} is not one of {known:?}"));
        }
        IdentityCloudError {
            line: row.line,
            code,
            name,
            // Not unique: the vendor's own table repeats `unknown_application` (codes 221 and 352).
            error: row.token("error", "an error string (a-z, 0-9, _)", |c| {
                c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'
            }),
            category,
            description: row.required("description"),
            advice: advice(row, None),
        }
    })
}

fn parse_lusid(text: &str, problems: &mut Vec<Problem>) -> Vec<LusidError> {
    const COLUMNS: &[&str] = &[
        "code",
        "name",
        "name_by",
        "crate_status",
        "title",
        "description",
        "kind",
        "retry",
        "advice_by",
    ];
    let mut codes = Seen::default();
    let mut names = Seen::default();
    table::read(LUSID_ERRORS, text, COLUMNS, problems, |row| {
        let code = row
            .integer::<i32>("code", "a LUSID code (a whole number that fits an i32)")
            .unwrap_or(0);
        let name = row.name("name");
        let name_by = row.required("name_by");
        if !name_by.is_empty() && !["finbourne-sdk", "crate"].contains(&name_by.as_str()) {
            row.problem(format!(
                "`name_by` {name_by:?} is not finbourne-sdk or crate"
            ));
        }
        row.unique(&mut codes, &code, "code");
        row.unique(&mut names, &name, "name");
        let status = row.status("crate_status");
        LusidError {
            line: row.line,
            code,
            name,
            name_by,
            status,
            title: row.required("title"),
            description: row.optional("description"),
            advice: advice(row, Some(status)),
        }
    })
}
