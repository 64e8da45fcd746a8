//! Every catalog row equals its source: the vendor snapshots in `data/sources/`.
//!
//! These tests parse the snapshots themselves (the seed pages as text, Okta's tables as JSON) and
//! compare each row with what the generated enums return, in both directions: nothing missing,
//! nothing extra, every field exact.

use identity_errors::identity_cloud::{self, Category};
use identity_errors::{lusid, okta};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::PathBuf;

fn source(name: &str) -> String {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "data", "sources", name]
        .iter()
        .collect();
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn json(name: &str) -> Value {
    serde_json::from_str(&source(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn str_field<'a>(row: &'a Value, field: &str) -> &'a str {
    row[field]
        .as_str()
        .unwrap_or_else(|| panic!("{field} missing in {row}"))
}

fn opt_str_field<'a>(row: &'a Value, field: &str) -> Option<&'a str> {
    row[field].as_str()
}

/// The page renders HTML, which collapses runs of white space into one space.
fn collapse_white_space(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

const OKTA_2024: &str = "okta-developer-docs_error-codes_2024.08.1.json";
const OKTA_2026: &str = "okta-developer-docs_error-codes.json";
const OKTA_OAUTH: &str = "okta-developer-docs_oauth2-error-codes.json";
const OKTA_SEED: &str = "000_b83fbbc4e87d776e.txt";
const IDENTITY_CLOUD_SEED: &str = "001_b042a3b54a92f808.txt";
const LOGIN_FAILURE_SEED: &str = "002_79d33c2f0785c5e8.txt";
const LUSID_SEED: &str = "003_7f8d92db2687cda5.txt";
const LUSID_SPEC: &str = "lusid_codes_found.json";
const LUSID_SDK: &str = "lusid_sdk_error_codes.txt";

fn okta_rows(name: &str) -> Vec<Value> {
    json(name)["errors"]
        .as_array()
        .expect("errors array")
        .clone()
}

#[test]
fn okta_codes_equal_the_2026_08_1_table() {
    let rows = okta_rows(OKTA_2026);
    assert_eq!(json(OKTA_2026)["release"], "2026.08.1");
    let older = okta_rows(OKTA_2024);
    for row in &rows {
        let code = str_field(row, "errorCode");
        let entry = okta::ErrorCode::from_code(code).unwrap_or_else(|| panic!("{code} missing"));
        assert_eq!(entry.code(), code);
        assert_eq!(entry.title(), str_field(row, "title"), "{code} title");
        assert_eq!(
            entry.summary(),
            str_field(row, "errorSummary"),
            "{code} summary"
        );
        assert_eq!(
            Some(entry.includes_exception_message()),
            row["includesExceptionMessage"].as_bool(),
            "{code} includesExceptionMessage"
        );
        assert_eq!(
            entry.description(),
            opt_str_field(row, "errorDescription"),
            "{code} description"
        );
        assert_eq!(
            u64::from(entry.status().as_u16()),
            row["statusCode"].as_u64().unwrap(),
            "{code} status"
        );
        assert_eq!(
            entry.status().canonical_reason(),
            Some(str_field(row, "statusReasonPhrase")),
            "{code} reason phrase"
        );
        let old = older.iter().find(|o| o["errorCode"] == row["errorCode"]);
        let since = if old.is_some() {
            "2024.08.1"
        } else {
            "2026.08.1"
        };
        assert_eq!(entry.since(), since, "{code} since");
        let former = old
            .map(|o| str_field(o, "title"))
            .filter(|t| *t != entry.title());
        assert_eq!(entry.former_title(), former, "{code} former title");
    }
    assert_eq!(rows.len(), 251);
    assert_eq!(
        okta::ErrorCode::ALL.len(),
        rows.len(),
        "no code beyond the table"
    );
}

#[test]
fn okta_2024_08_1_table_is_the_seed_page_and_nothing_was_removed_since() {
    let older = okta_rows(OKTA_2024);
    assert_eq!(older.len(), 228);
    let retitled: Vec<&str> = older
        .iter()
        .filter(|row| {
            let code =
                okta::ErrorCode::from_code(str_field(row, "errorCode")).expect("still listed");
            code.summary() != str_field(row, "errorSummary")
                || code.description() != opt_str_field(row, "errorDescription")
                || u64::from(code.status().as_u16()) != row["statusCode"].as_u64().unwrap()
                || code.title() != str_field(row, "title")
        })
        .map(|row| str_field(row, "errorCode"))
        .collect();
    assert_eq!(
        retitled,
        ["E0000167"],
        "only E0000167 changed between releases"
    );
    assert_eq!(
        okta::ErrorCode::E0000167.former_title(),
        Some("Deactivate idp in use exception")
    );
    assert_eq!(
        okta::ErrorCode::E0000167.title(),
        "Deactivate idp in use by authenticator exception"
    );
}

/// One entry of the seed error-code page: `E0000007: Title`, `HTTP Status: 404 Not Found`, text.
struct SeedOktaEntry {
    code: String,
    title: String,
    status: u16,
    reason: String,
    text: String,
}

fn seed_okta_entries() -> Vec<SeedOktaEntry> {
    let page = source(OKTA_SEED);
    let page = page
        .split("Example errors for OpenID Connect and Social Login")
        .next()
        .unwrap();
    let mut entries = Vec::new();
    for block in page.split("Show Example Error Response") {
        let lines: Vec<&str> = block.lines().filter(|l| !l.trim().is_empty()).collect();
        let Some(start) = lines
            .iter()
            .position(|l| l.starts_with('E') && l.contains(": "))
        else {
            continue;
        };
        let (code, title) = lines[start].split_once(": ").unwrap();
        let status_line = lines[start + 1]
            .strip_prefix("HTTP Status: ")
            .unwrap_or_else(|| panic!("{code}: no status line"));
        let (status, reason) = status_line.split_once(' ').unwrap();
        entries.push(SeedOktaEntry {
            code: code.to_owned(),
            title: title.to_owned(),
            status: status.parse().unwrap(),
            reason: reason.to_owned(),
            text: lines[start + 2..].join("\n"),
        });
    }
    entries
}

#[test]
fn okta_codes_equal_the_seed_page() {
    let page = source(OKTA_SEED);
    assert!(page.contains("Found 228 matches"));
    let entries = seed_okta_entries();
    assert_eq!(entries.len(), 228);
    for entry in &entries {
        let code = okta::ErrorCode::from_code(&entry.code)
            .unwrap_or_else(|| panic!("{} missing", entry.code));
        // The page is release 2024.08.1: it shows the title a code had then.
        assert_eq!(
            code.former_title().unwrap_or(code.title()),
            entry.title,
            "{} title",
            entry.code
        );
        assert_eq!(
            code.status().as_u16(),
            entry.status,
            "{} status",
            entry.code
        );
        assert_eq!(
            code.status().canonical_reason(),
            Some(entry.reason.as_str()),
            "{} reason phrase",
            entry.code
        );
        // The page shows the description where there is one, the summary otherwise.
        let shown = code.description().unwrap_or(code.summary());
        assert_eq!(
            collapse_white_space(shown),
            entry.text,
            "{} text",
            entry.code
        );
    }
    let descriptions: Vec<&str> = okta::ErrorCode::ALL
        .iter()
        .filter(|c| c.description().is_some())
        .map(|c| c.code())
        .collect();
    assert_eq!(descriptions, ["E0000001", "E0000022"]);
}

#[test]
fn okta_summary_quirks_are_kept() {
    // The table's double space (responses send one); kept as published.
    assert_eq!(
        okta::ErrorCode::E0000019.summary(),
        "Bad request.  Accept and/or Content-Type headers likely do not match supported values."
    );
    assert_eq!(okta::ErrorCode::E0000250.arity(), 4);
    assert_eq!(
        okta::ErrorCode::E0000250.summary().matches("{0}").count(),
        2
    );
}

/// The page's "Example errors for OpenID Connect and Social Login" table: `error description`.
fn seed_oauth_rows() -> Vec<(String, String)> {
    let page = source(OKTA_SEED);
    let table = page.rsplit("Property Description\n").next().unwrap();
    table
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let (error, description) = l.split_once(' ').unwrap();
            (error.to_owned(), description.to_owned())
        })
        .collect()
}

#[test]
fn oauth_errors_equal_the_seed_page_and_the_oauth_table() {
    let seed = seed_oauth_rows();
    assert_eq!(seed.len(), 11);
    for (error, description) in &seed {
        let entry =
            okta::OAuthErrorCode::from_code(error).unwrap_or_else(|| panic!("{error} missing"));
        assert_eq!(entry.code(), error);
        assert_eq!(entry.description(), description, "{error} description");
    }

    let table = okta_rows(OKTA_OAUTH);
    assert_eq!(table.len(), 476);
    let wire: BTreeSet<&str> = table.iter().map(|r| str_field(r, "errorCode")).collect();
    assert_eq!(wire.len(), 56);
    let generic_row = |error: &str| {
        let row = table.iter().find(|r| r["internalErrorCode"] == error);
        row.unwrap_or_else(|| panic!("no table row for {error}"))
            .clone()
    };
    for error in &wire {
        let entry =
            okta::OAuthErrorCode::from_code(error).unwrap_or_else(|| panic!("{error} missing"));
        let row = generic_row(error);
        if !seed.iter().any(|(e, _)| e == error) {
            assert_eq!(
                entry.description(),
                str_field(&row, "errorDescription"),
                "{error}"
            );
        }
    }
    // Every status and title is the one of the table's row for the error itself, seed errors
    // included.
    for entry in okta::OAuthErrorCode::ALL {
        let row = generic_row(entry.code());
        assert_eq!(
            u64::from(entry.status().as_u16()),
            row["statusCode"].as_u64().unwrap(),
            "{entry} status"
        );
        assert_eq!(entry.title(), str_field(&row, "title"), "{entry} title");
        // The wire value it goes out as: the table's errorCode for its internal code.
        assert_eq!(
            entry.sent_as().code(),
            str_field(&row, "errorCode"),
            "{entry} sent as"
        );
    }
    // user_canceled_request: on the page, but only an internal code in the table.
    assert!(!wire.contains("user_canceled_request"));
    assert_eq!(
        generic_row("user_canceled_request")["errorCode"],
        "access_denied"
    );

    let expected: BTreeSet<&str> = wire
        .iter()
        .copied()
        .chain(seed.iter().map(|(e, _)| e.as_str()))
        .collect();
    let actual: BTreeSet<&str> = okta::OAuthErrorCode::ALL.iter().map(|e| e.code()).collect();
    assert_eq!(actual, expected);
    assert_eq!(okta::OAuthErrorCode::ALL.len(), 57);
}

/// The length of `E` + 7 digits or `-` at the start of `text`, the page's error-code column.
fn error_code_column(text: &str) -> Option<usize> {
    if text.starts_with('-') {
        return Some(1);
    }
    let digits = text.strip_prefix('E')?.get(..7)?;
    digits.bytes().all(|b| b.is_ascii_digit()).then_some(8)
}

/// Where a row of the sign-in failure table starts on a line: `REASON` then `E0000004` or `-`.
fn login_row_start(line: &str) -> Option<(&str, &str, &str)> {
    (1..line.len()).find_map(|split| {
        if !line.is_char_boundary(split) {
            return None;
        }
        let (reason, rest) = line.split_at(split);
        if !reason.bytes().all(|b| b.is_ascii_uppercase() || b == b'_') {
            return None;
        }
        let width = error_code_column(rest)?;
        Some((reason, &rest[..width], &rest[width..]))
    })
}

#[test]
fn login_failures_equal_the_seed_article_with_no_word_lost() {
    let page = source(LOGIN_FAILURE_SEED);
    let table = page
        .split("ErrorError CodeDescriptionBasic troubleshooting steps\n")
        .nth(1)
        .and_then(|t| t.split("Related References").next())
        .expect("the article's table");
    // Cells are split by hand in the data; only the layout white space at the edges of each
    // line (bullet indents, no-break spaces) is dropped there, so drop it here too.
    let lines: Vec<&str> = table.lines().map(str::trim).collect();
    let text = lines.join("\n");
    let text = text.trim();

    let mut rows: Vec<(&str, &str, String)> = Vec::new();
    for line in text.split('\n') {
        match login_row_start(line) {
            Some((reason, code, rest)) => rows.push((reason, code, rest.to_owned())),
            None => {
                let (_, _, cell) = rows.last_mut().expect("text before the first row");
                cell.push('\n');
                cell.push_str(line);
            }
        }
    }
    assert_eq!(rows.len(), 12);
    assert_eq!(okta::LoginFailure::ALL.len(), 12);
    for (reason, code, cells) in &rows {
        let entry =
            okta::LoginFailure::from_code(reason).unwrap_or_else(|| panic!("{reason} missing"));
        let linked = entry.error_code().map_or("-", okta::ErrorCode::code);
        assert_eq!(linked, *code, "{reason} error code");
        // The Description column (the title) and the troubleshooting steps (the description),
        // run together as on the page. Blank lines between rows are layout too.
        let cells = cells.trim_end_matches('\n');
        let rest = cells.strip_prefix(entry.title()).unwrap_or_else(|| {
            panic!("{reason}: the Description column is not where the row starts")
        });
        let between = &rest[..rest.len() - rest.trim_start_matches('\n').len()];
        assert!(
            between.len() <= 2,
            "{reason}: only line breaks between the columns"
        );
        assert_eq!(
            &rest[between.len()..],
            entry.description(),
            "{reason} troubleshooting"
        );
    }
    assert_eq!(
        okta::LoginFailure::MfaRequired.error_code(),
        okta::LoginFailure::RateLimitExceeded.error_code(),
        "the article's shared E0000047 is kept"
    );
}

/// The seed's Registration table: a line with the code, then `error. description`, the
/// description broken where the page shows a term as code.
fn seed_identity_cloud_rows() -> Vec<(i64, String, String)> {
    let page = source(IDENTITY_CLOUD_SEED);
    let table = page
        .split("may be split off into more specific codes in the future.\n")
        .nth(1)
        .unwrap();
    let mut rows: Vec<(i64, String)> = Vec::new();
    for line in table.lines() {
        match line.parse::<i64>() {
            Ok(code) if line.len() == 3 => rows.push((code, String::new())),
            _ => {
                let (_, text) = rows.last_mut().unwrap();
                // A break before punctuation joins without a space ("null" then ". Required").
                if !text.is_empty() && !line.starts_with(['.', ',', ';', ':']) {
                    text.push(' ');
                }
                text.push_str(line);
            }
        }
    }
    rows.into_iter()
        .map(|(code, text)| {
            let (error, description) = text.split_once(". ").unwrap();
            (code, error.to_owned(), description.to_owned())
        })
        .collect()
}

#[test]
fn identity_cloud_codes_equal_the_seed_page() {
    let rows = seed_identity_cloud_rows();
    assert_eq!(rows.len(), 43);
    assert_eq!(identity_cloud::ErrorCode::ALL.len(), 43);
    for (code, error, description) in &rows {
        let entry =
            identity_cloud::ErrorCode::from_code(*code).unwrap_or_else(|| panic!("{code} missing"));
        assert_eq!(entry.code(), *code);
        assert_eq!(entry.error(), error, "{code} error");
        assert_eq!(entry.description(), description, "{code} description");
        assert_eq!(
            Some(entry.category()),
            Category::of(*code),
            "{code} category"
        );
    }
    // The repeated string is kept on both rows.
    let unknown_application: Vec<i64> = rows
        .iter()
        .filter(|(_, e, _)| e == "unknown_application")
        .map(|(c, _, _)| *c)
        .collect();
    assert_eq!(unknown_application, [221, 352]);
    assert_eq!(identity_cloud::ErrorCode::UnknownApplication352.code(), 352);
}

/// The seed's LUSID list: `code title`, then an optional description line.
fn seed_lusid_rows() -> Vec<(i64, String, Option<String>)> {
    let page = source(LUSID_SEED);
    let list = page.split("Identity error codes\n").nth(1).unwrap();
    let mut rows: Vec<(i64, String, Option<String>)> = Vec::new();
    for line in list.lines().filter(|l| !l.is_empty()) {
        let numbered = line
            .split_once(' ')
            .and_then(|(code, title)| Some((code.parse::<i64>().ok()?, title)));
        match numbered {
            Some((code, title)) => rows.push((code, title.to_owned(), None)),
            None => {
                let (code, _, description) = rows.last_mut().unwrap();
                assert!(description.is_none(), "{code}: two description lines");
                *description = Some(line.to_owned());
            }
        }
    }
    rows
}

#[test]
fn lusid_codes_equal_the_seed_page_and_the_spec() {
    let rows = seed_lusid_rows();
    assert_eq!(rows.len(), 36);
    assert_eq!(lusid::ErrorCode::ALL.len(), 36);
    for (code, title, description) in &rows {
        let entry = lusid::ErrorCode::from_code(*code).unwrap_or_else(|| panic!("{code} missing"));
        assert_eq!(entry.code(), *code);
        assert_eq!(entry.title(), title, "{code} title");
        assert_eq!(
            entry.description(),
            description.as_deref(),
            "{code} description"
        );
    }
    let spec = json(LUSID_SPEC);
    let spec_rows = spec["rows"].as_array().unwrap();
    assert_eq!(spec_rows.len(), 34);
    for row in spec_rows {
        let code = row["code"].as_i64().unwrap();
        let entry = lusid::ErrorCode::from_code(code).unwrap_or_else(|| panic!("{code} missing"));
        assert_eq!(entry.title(), str_field(row, "title"), "{code} title");
        assert_eq!(
            entry.description(),
            opt_str_field(row, "description"),
            "{code}"
        );
    }
}

/// The SDK snapshot's rows: `| <a name=\"157\">157</a>|InvalidRequestFailure|  |`.
fn sdk_lusid_names() -> Vec<(i64, String)> {
    let text = source(LUSID_SDK);
    let rows: Vec<(i64, String)> = text
        .lines()
        .filter_map(|line| line.strip_prefix("| <a name=\\\""))
        .map(|row| {
            let (_, rest) = row.split_once("\\\">").expect("anchor closes");
            let (code, rest) = rest.split_once("</a>|").expect("code cell");
            let (name, _) = rest.split_once('|').expect("name cell");
            (code.parse().expect("integer code"), name.to_owned())
        })
        .collect();
    // The snapshot's own header says 151 code rows, three of them repeated.
    assert_eq!(rows.len(), 151);
    rows
}

/// The `name_by` column of `data/lusid_errors.tsv`, by code.
fn lusid_name_by() -> Vec<(i64, String)> {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "data", "lusid_errors.tsv"]
        .iter()
        .collect();
    let table = std::fs::read_to_string(path).unwrap();
    let mut lines = table.lines().filter(|l| !l.starts_with('#'));
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    let column = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let (code, name_by) = (column("code"), column("name_by"));
    lines
        .map(|line| {
            let cells: Vec<&str> = line.split('\t').collect();
            (cells[code].parse().unwrap(), cells[name_by].to_owned())
        })
        .collect()
}

#[test]
fn lusid_names_are_finbournes_where_it_publishes_them() {
    let published = sdk_lusid_names();
    let mut ours_published = BTreeSet::new();
    for (code, name) in &published {
        let Some(entry) = lusid::ErrorCode::from_code(*code) else {
            continue;
        };
        if *code == -1 {
            // Published as the title "Unknown error", not as a PascalCase name.
            assert_eq!(name, "Unknown error");
            assert_eq!(entry.title(), "Unknown error");
            continue;
        }
        assert_eq!(entry.name(), name, "{code}: FINBOURNE's name");
        ours_published.insert(*code);
    }
    assert_eq!(
        ours_published,
        BTreeSet::from([144, 151, 157, 186, 187]),
        "the Identity codes FINBOURNE names"
    );
    let marked: BTreeSet<i64> = lusid_name_by()
        .into_iter()
        .filter(|(_, by)| by == "finbourne-sdk")
        .map(|(code, _)| code)
        .collect();
    assert_eq!(marked, ours_published, "name_by marks exactly those");
    let said: BTreeSet<i64> = lusid::ErrorCode::ALL
        .iter()
        .filter(|code| code.is_name_published())
        .map(|code| code.code())
        .collect();
    assert_eq!(said, ours_published, "is_name_published says so");
}

#[test]
fn oauth_descriptions_keep_oktas_unfilled_en_fragment() {
    let with_fragment: Vec<&str> = okta::OAuthErrorCode::ALL
        .iter()
        .filter(|e| {
            let d = e.description();
            d.contains("[en]") || d.contains("'en'") || d.ends_with(": en.")
        })
        .map(|e| e.code())
        .collect();
    assert_eq!(
        with_fragment,
        [
            "consent_required",
            "jit_failure_missing_fields",
            "jit_failure_values_not_match_pattern",
            "jit_failure_values_too_long",
            "one_time_sso_token_replayed",
            "refresh_token_validation_failure",
            "unsupported_grant_type",
        ]
    );
}
