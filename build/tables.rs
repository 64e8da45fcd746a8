//! Reading and validating the catalog tables in `data/`.
//!
//! `build.rs` uses this module to turn the tables into Rust, and the tests compile the very same
//! file (through `#[path]`), so that what the build accepts and rejects is itself under test. It
//! uses `std` only: a catalog crate should not make its users compile a parser for its build.
//!
//! # Table format
//!
//! UTF-8 text, one record per line, fields separated by a tab. Lines starting with `#` are
//! comments; the first other line is the header, which must name the expected columns in order.
//! Inside a field, `\\`, `\t` and `\n` stand for a backslash, a tab and a line break. An empty
//! field is an absent value, which only optional columns allow.

// The build and the tests each use a different part of this module.
#![allow(dead_code)]

use std::collections::HashMap;
use std::fmt;

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

/// One thing wrong with a table, at a line of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The table's file name inside `data/`.
    pub file: String,
    /// The 1-based line number.
    pub line: usize,
    /// What is wrong, for a person.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "data/{}:{}: {}", self.file, self.line, self.message)
    }
}

/// The text of every table, as read from `data/`.
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
    /// How many distinct placeholders the summary has.
    pub arity: usize,
    /// The summary split into text and placeholders.
    pub parts: Vec<TemplatePart>,
}

/// A row of `okta_oauth_errors.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OAuthError {
    pub line: usize,
    pub error: String,
    pub name: String,
    pub status: u16,
    pub description: String,
    pub description_source: String,
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
}

/// A row of `lusid_errors.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LusidError {
    pub line: usize,
    pub code: i32,
    pub name: String,
    pub status: u16,
    pub title: String,
    pub description: Option<String>,
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
    let mut seen: Vec<usize> = parts
        .iter()
        .filter_map(|p| match p {
            TemplatePart::Placeholder(n) => Some(*n),
            TemplatePart::Text(_) => None,
        })
        .collect();
    seen.sort_unstable();
    seen.dedup();
    match seen.iter().enumerate().find(|&(i, &n)| i != n) {
        Some((missing, _)) => Err(format!(
            "placeholder gap: uses {} but not {{{missing}}}",
            seen.iter()
                .map(|n| format!("{{{n}}}"))
                .collect::<Vec<_>>()
                .join(" ")
        )),
        None => Ok(parts),
    }
}

/// Counts the distinct `{n}` placeholders of a message template (see [`template_parts`]).
pub fn template_arity(template: &str) -> Result<usize, String> {
    template_parts(template).map(|parts| arity(&parts))
}

/// The number of distinct placeholders of a valid template's parts: placeholders are gap-free
/// from {0}, so the highest number says how many there are.
fn arity(parts: &[TemplatePart]) -> usize {
    let highest = parts.iter().filter_map(|part| match part {
        TemplatePart::Placeholder(n) => Some(*n),
        TemplatePart::Text(_) => None,
    });
    highest.max().map_or(0, |n| n + 1)
}

/// A record with its fields unescaped, and the tools to read them that note what is wrong.
struct Row<'p> {
    file: &'static str,
    line: usize,
    columns: &'static [&'static str],
    fields: Vec<String>,
    problems: &'p mut Vec<Problem>,
}

impl Row<'_> {
    fn problem(&mut self, message: String) {
        self.problems.push(Problem {
            file: self.file.to_owned(),
            line: self.line,
            message,
        });
    }

    fn field(&self, column: &str) -> &str {
        let index = self.columns.iter().position(|c| *c == column);
        &self.fields[index.expect("column names come from the same table definition")]
    }

    fn optional(&self, column: &str) -> Option<String> {
        Some(self.field(column))
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
    }

    fn required(&mut self, column: &str) -> String {
        let value = self.field(column).to_owned();
        if value.trim().is_empty() {
            self.problem(format!("empty required field `{column}`"));
        } else if value.trim() != value {
            self.problem(format!(
                "field `{column}` has white space at its start or end"
            ));
        }
        value
    }

    fn status(&mut self, column: &str) -> u16 {
        let text = self.required(column);
        match text.parse::<u16>() {
            Ok(status) if (100..=599).contains(&status) => status,
            _ => {
                self.problem(format!(
                    "`{column}` is {text:?}: an HTTP status must be a number from 100 to 599"
                ));
                0
            }
        }
    }

    fn name(&mut self, column: &str) -> String {
        let name = self.required(column);
        let mut chars = name.chars();
        let pascal = chars.next().is_some_and(|c| c.is_ascii_uppercase())
            && chars.all(|c| c.is_ascii_alphanumeric());
        if !name.is_empty() && (!pascal || name == "Self") {
            self.problem(format!(
                "`{column}` {name:?} is not a Rust identifier in PascalCase (ASCII letters and digits, starting with a capital)"
            ));
        } else if okta_code_number(&name).is_some() {
            self.problem(format!(
                "`{column}` {name:?} would clash with the code constants"
            ));
        }
        name
    }

    /// A required field made of `allowed` characters only.
    fn token(&mut self, column: &str, what: &str, allowed: fn(char) -> bool) -> String {
        let value = self.required(column);
        if !value.is_empty() && !value.chars().all(allowed) {
            self.problem(format!("`{column}` {value:?} is not {what}"));
        }
        value
    }

    fn integer<T: std::str::FromStr>(&mut self, column: &str, what: &str) -> Option<T> {
        let text = self.required(column);
        let value = text.parse().ok();
        if value.is_none() && !text.is_empty() {
            self.problem(format!("`{column}` {text:?} is not {what}"));
        }
        value
    }
}

/// Splits a table into rows and hands each to `read`, noting malformed lines.
fn read_table<T>(
    file: &'static str,
    text: &str,
    columns: &'static [&'static str],
    problems: &mut Vec<Problem>,
    mut read: impl FnMut(&mut Row<'_>) -> T,
) -> Vec<T> {
    let mut out = Vec::new();
    let mut header_seen = false;
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        if raw.starts_with('#') {
            continue;
        }
        let mut note = |message: String| {
            problems.push(Problem {
                file: file.to_owned(),
                line,
                message,
            })
        };
        if !header_seen {
            header_seen = true;
            let header: Vec<&str> = raw.split('\t').collect();
            if header != columns {
                note(format!(
                    "header is {:?}; expected the columns {:?}",
                    header.join(" | "),
                    columns.join(" | ")
                ));
                return out;
            }
            continue;
        }
        if raw.trim().is_empty() {
            note("blank line (a record needs every column; comments start with '#')".to_owned());
            continue;
        }
        let raw_fields: Vec<&str> = raw.split('\t').collect();
        if raw_fields.len() != columns.len() {
            note(format!(
                "{} fields where the header has {} ({})",
                raw_fields.len(),
                columns.len(),
                columns.join(" | ")
            ));
            continue;
        }
        let mut fields = Vec::with_capacity(columns.len());
        for (column, raw_field) in columns.iter().zip(raw_fields) {
            match unescape(raw_field) {
                Ok(field) => fields.push(field),
                Err(message) => {
                    note(format!("field `{column}`: {message}"));
                    fields.push(raw_field.to_owned());
                }
            }
        }
        let mut row = Row {
            file,
            line,
            columns,
            fields,
            problems,
        };
        out.push(read(&mut row));
    }
    if !header_seen {
        problems.push(Problem {
            file: file.to_owned(),
            line: text.lines().count().max(1),
            message: format!(
                "no header line; expected the columns {:?}",
                columns.join(" | ")
            ),
        });
    }
    out
}

fn unescape(field: &str) -> Result<String, String> {
    let mut out = String::with_capacity(field.len());
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('\\') => out.push('\\'),
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some(other) => return Err(format!("unknown escape \\{other} (use \\\\, \\t or \\n)")),
            None => return Err("ends with a lone backslash".to_owned()),
        }
    }
    Ok(out)
}

/// The number of an Okta code of the form `E` + 7 digits.
fn okta_code_number(code: &str) -> Option<u32> {
    let digits = code.strip_prefix('E')?;
    if digits.len() == 7 && digits.bytes().all(|b| b.is_ascii_digit()) {
        digits.parse().ok()
    } else {
        None
    }
}

/// Notes a key seen on an earlier line of the same table.
fn check_unique<K: std::hash::Hash + Eq + fmt::Debug>(
    seen: &mut HashMap<K, usize>,
    key: K,
    what: &str,
    row: &mut Row<'_>,
) {
    let line = row.line;
    if let Some(first) = seen.get(&key) {
        let message = format!("duplicate {what} {key:?} (first on line {first})");
        row.problem(message);
    } else {
        seen.insert(key, line);
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
    ];
    let mut codes = HashMap::new();
    let mut names = HashMap::new();
    read_table(OKTA_ERRORS, text, COLUMNS, problems, |row| {
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
        check_unique(&mut codes, code.clone(), "code", row);
        check_unique(&mut names, name.clone(), "name", row);
        let summary = row.required("summary");
        let parts = template_parts(&summary).unwrap_or_else(|message| {
            row.problem(format!("`summary`: {message}"));
            Vec::new()
        });
        let arity = arity(&parts);
        OktaError {
            line: row.line,
            code,
            number,
            name,
            status: row.status("status"),
            title: row.required("title"),
            summary,
            description: row.optional("description"),
            since: row.required("since"),
            former_title: row.optional("former_title"),
            arity,
            parts,
        }
    })
}

fn parse_oauth(text: &str, problems: &mut Vec<Problem>) -> Vec<OAuthError> {
    const COLUMNS: &[&str] = &[
        "error",
        "name",
        "status",
        "description",
        "description_source",
    ];
    let mut errors = HashMap::new();
    let mut names = HashMap::new();
    read_table(OKTA_OAUTH_ERRORS, text, COLUMNS, problems, |row| {
        let error = row.token("error", "an OAuth error code (a-z, 0-9, _)", |c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'
        });
        let name = row.name("name");
        check_unique(&mut errors, error.clone(), "error", row);
        check_unique(&mut names, name.clone(), "name", row);
        let description_source = row.required("description_source");
        if !description_source.is_empty()
            && !OAUTH_DESCRIPTION_SOURCES.contains(&description_source.as_str())
        {
            row.problem(format!(
                "`description_source` {description_source:?} is not one of {OAUTH_DESCRIPTION_SOURCES:?}"
            ));
        }
        OAuthError {
            line: row.line,
            error,
            name,
            status: row.status("status"),
            description: row.required("description"),
            description_source,
        }
    })
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
    ];
    let mut reasons = HashMap::new();
    let mut names = HashMap::new();
    read_table(OKTA_LOGIN_FAILURES, text, COLUMNS, problems, |row| {
        let reason = row.token("reason", "a failure reason (A-Z, 0-9, _)", |c| {
            c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'
        });
        let name = row.name("name");
        check_unique(&mut reasons, reason.clone(), "reason", row);
        check_unique(&mut names, name.clone(), "name", row);
        let error_code = row.optional("error_code");
        if let Some(code) = &error_code {
            if !okta.iter().any(|e| &e.code == code) {
                row.problem(format!(
                    "`error_code` {code:?} is not a code of {OKTA_ERRORS}"
                ));
            }
        }
        LoginFailure {
            line: row.line,
            reason,
            name,
            error_code,
            description: row.required("description"),
            troubleshooting: row.required("troubleshooting"),
        }
    })
}

fn parse_identity_cloud(text: &str, problems: &mut Vec<Problem>) -> Vec<IdentityCloudError> {
    const COLUMNS: &[&str] = &["code", "name", "error", "category", "description"];
    let mut codes = HashMap::new();
    let mut names = HashMap::new();
    read_table(IDENTITY_CLOUD_ERRORS, text, COLUMNS, problems, |row| {
        let code = row
            .integer::<u16>(
                "code",
                "a Registration code (a whole number from 0 to 65535)",
            )
            .unwrap_or(0);
        let name = row.name("name");
        check_unique(&mut codes, code, "code", row);
        check_unique(&mut names, name.clone(), "name", row);
        let category = row.required("category");
        if !category.is_empty()
            && !IDENTITY_CLOUD_CATEGORIES
                .iter()
                .any(|(c, _)| *c == category)
        {
            let known: Vec<&str> = IDENTITY_CLOUD_CATEGORIES.iter().map(|(c, _)| *c).collect();
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
        }
    })
}

fn parse_lusid(text: &str, problems: &mut Vec<Problem>) -> Vec<LusidError> {
    const COLUMNS: &[&str] = &["code", "crate_name", "crate_status", "title", "description"];
    let mut codes = HashMap::new();
    let mut names = HashMap::new();
    read_table(LUSID_ERRORS, text, COLUMNS, problems, |row| {
        let code = row
            .integer::<i32>("code", "a LUSID code (a whole number that fits an i32)")
            .unwrap_or(0);
        let name = row.name("crate_name");
        check_unique(&mut codes, code, "code", row);
        check_unique(&mut names, name.clone(), "crate_name", row);
        LusidError {
            line: row.line,
            code,
            name,
            status: row.status("crate_status"),
            title: row.required("title"),
            description: row.optional("description"),
        }
    })
}
