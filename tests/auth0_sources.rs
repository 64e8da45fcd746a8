//! The generated Auth0 catalog, read through the library's API, equals the page kept in
//! `data/sources/auth0/`: every row of the legacy Authentication API "Errors" page's JSON tables
//! has its `error` value in `auth0::AuthErrorCode`, with the status of the `*HTTP nnn*` heading it
//! stands under, and the first row of each value gives its endpoint, example and description;
//! every code is on the page, in the order the page first shows it. The advice of every row
//! follows the status rule of data/README.md.

use identity_errors::auth0::{
    AuthErrorCode, GuardianErrorCode, LogEventType, LoginErrorCode, SignupErrorCode,
};
use identity_errors::{Catalog, Kind, Retry, Vendor};

const PAGE: &str = include_str!("../data/sources/auth0/legacy-authentication-api-errors.md");

/// One row of the page's JSON tables.
struct PageRow {
    endpoint: String,
    status: u16,
    error: String,
    error_description: String,
    description: String,
}

/// `error` and `error_description` of a cell's JSON, read as JSON where it is JSON, else (one
/// row writes unescaped quotes in its description) between the member's opening quote and the
/// cell's closing `"}`.
fn members(json: &str) -> (String, String) {
    if let Ok(serde_json::Value::Object(object)) = serde_json::from_str(json) {
        let text = |key: &str| object[key].as_str().expect("a string").to_owned();
        return (text("error"), text("error_description"));
    }
    let after = |key: &str| {
        let start = json.find(key).expect("the member") + key.len();
        &json[start..]
    };
    let error = after("\"error\":\"");
    let error = &error[..error.find('"').expect("the closing quote")];
    let description = after("\"error_description\":\"");
    let description = description.strip_suffix("\"}").expect("the cell's end");
    (error.to_owned(), description.to_owned())
}

/// Every row of the page's JSON tables, with the headings above it.
fn page_rows() -> Vec<PageRow> {
    let (mut endpoint, mut status, mut rows) = (String::new(), 0, Vec::new());
    for line in PAGE.lines() {
        if let Some(rest) = line.strip_prefix("## Error Codes for ") {
            endpoint = rest.to_owned();
            status = 0;
        } else if let Some(rest) = line
            .strip_prefix("*HTTP ")
            .and_then(|r| r.strip_suffix('*'))
        {
            status = rest.parse().expect("a status heading");
        } else if line.starts_with('`') {
            let (cell, description) = line.rsplit_once(" | ").expect("two cells");
            let json = cell
                .trim()
                .strip_prefix('`')
                .and_then(|c| c.strip_suffix('`'));
            let json = json.expect("a backticked JSON cell").replace("\\_", "_");
            let (error, error_description) = members(&json);
            assert_ne!(status, 0, "a row under no status heading: {line}");
            rows.push(PageRow {
                endpoint: endpoint.clone(),
                status,
                error,
                error_description,
                description: description.trim().to_owned(),
            });
        }
    }
    rows
}

/// The statuses of the page's first table (`400 | Bad Request`, ..).
fn listed_statuses() -> Vec<u16> {
    PAGE.lines()
        .filter_map(|line| line.split_once(" | "))
        .filter_map(|(code, _)| code.trim().parse().ok())
        .collect()
}

#[test]
fn every_row_of_the_page_is_a_code_with_the_status_of_its_heading() {
    let rows = page_rows();
    assert_eq!(rows.len(), 32);
    assert_eq!(
        listed_statuses(),
        [400, 401, 403, 404, 405, 429, 500, 503],
        "the page's status table"
    );
    let mut first: Vec<&PageRow> = Vec::new();
    for row in &rows {
        let code = AuthErrorCode::from_code(&row.error).unwrap_or_else(|| panic!("{}", row.error));
        assert_eq!(code.status().as_u16(), row.status, "{}", row.error);
        assert_eq!(Catalog::status(code), Some(code.status()));
        assert!(listed_statuses().contains(&row.status), "{}", row.status);
        if !first.iter().any(|f| f.error == row.error) {
            first.push(row);
        }
    }
    assert_eq!(first.len(), 16, "distinct error values");
    assert_eq!(AuthErrorCode::ALL.len(), 16);
    for (i, row) in first.iter().enumerate() {
        let code = AuthErrorCode::ALL[i];
        assert_eq!(code.code(), row.error, "page order");
        assert_eq!(code.to_string(), row.error);
        assert_eq!(code.endpoint(), row.endpoint, "{}", row.error);
        assert_eq!(code.example(), row.error_description, "{}", row.error);
        assert_eq!(code.title(), row.description, "{}", row.error);
        assert_eq!(Catalog::description(code), None);
    }
    for code in AuthErrorCode::ALL {
        assert!(
            rows.iter().any(|row| row.error == code.code()),
            "{code}: not on the page"
        );
    }
    assert_eq!(AuthErrorCode::VENDOR, Vendor::Auth0);
}

#[test]
fn the_quirks_of_the_page_are_kept() {
    let rows = page_rows();
    // The one cell that is no JSON: its description holds unescaped quotes.
    assert!(rows.iter().any(|row| row.error_description
        == r#"Fields with "." are not allowed, please remove all dotted fields..."#));
    // The Markdown escapes `\_` are removed from values (`bad.client\_id`), not from the page.
    assert!(PAGE.contains(r#"{"error":"bad.client\_id""#));
    assert_eq!(AuthErrorCode::BadClientId.code(), "bad.client_id");
    // Dots and capitals kept in the wire value; the name splits Auth0's camelCase.
    assert_eq!(AuthErrorCode::BadAuthParams.code(), "bad.authParams");
    assert_eq!(AuthErrorCode::from_code("bad.authparams"), None);
    // A value on many rows: invalid_request 13, bad.connection 4, bad.phone_number 2.
    let count = |error: &str| rows.iter().filter(|row| row.error == error).count();
    assert_eq!(
        (
            count("invalid_request"),
            count("bad.connection"),
            count("bad.phone_number")
        ),
        (13, 4, 2)
    );
    // `unauthorized` says the user is blocked, at 401.
    assert_eq!(AuthErrorCode::Unauthorized.title(), "The user is blocked.");
    assert_eq!(AuthErrorCode::Unauthorized.status().as_u16(), 401);
}

#[test]
fn every_code_follows_the_status_rule() {
    for &code in AuthErrorCode::ALL {
        let kind = match code.status().as_u16() {
            400 => Kind::InvalidRequest,
            401 => Kind::Unauthenticated,
            403 => Kind::Forbidden,
            429 => Kind::RateLimited,
            other => panic!("{code}: a status the page does not give codes: {other}"),
        };
        let retry = match kind {
            Kind::RateLimited => Retry::AfterWindow,
            Kind::Unauthenticated => Retry::AfterReauthenticating,
            _ => Retry::Never,
        };
        assert_eq!((code.kind(), code.retry()), (kind, retry), "{code}");
    }
    let kinds = |kind: Kind| {
        AuthErrorCode::ALL
            .iter()
            .filter(|c| c.kind() == kind)
            .count()
    };
    assert_eq!(
        [
            kinds(Kind::InvalidRequest),
            kinds(Kind::Unauthenticated),
            kinds(Kind::Forbidden),
            kinds(Kind::RateLimited)
        ],
        [9, 3, 2, 2]
    );
}

/// `(code, event, description)` of every row of the log type page's table, in order; the
/// description is empty where the row has no such cell.
fn log_page_rows() -> Vec<(String, String, String)> {
    let page = include_str!("../data/sources/auth0/log-event-type-codes.mdx");
    let mut rows = Vec::new();
    for line in page.lines().filter(|line| line.starts_with("| `")) {
        let inner = line.trim().trim_start_matches('|').trim_end_matches('|');
        let cells: Vec<&str> = inner.split(" | ").map(str::trim).collect();
        assert!(cells.len() == 2 || cells.len() == 3, "{line}");
        let code = cells[0].trim_matches('`').to_owned();
        let description = cells.get(2).copied().unwrap_or_default().to_owned();
        rows.push((code, cells[1].to_owned(), description));
    }
    rows
}

/// Every schema of the cut logs schema and its description.
fn log_schemas() -> serde_json::Map<String, serde_json::Value> {
    let text = include_str!("../data/sources/auth0/logs-schema.descriptions.json");
    let value: serde_json::Value = serde_json::from_str(text).expect("JSON");
    value["schemas"].as_object().expect("an object").clone()
}

#[test]
fn every_log_event_type_is_a_row_of_the_table_and_back_with_the_schemas_description() {
    let page = log_page_rows();
    let schemas = log_schemas();
    assert_eq!(page.len(), 165);
    assert_eq!(schemas.len(), 167);
    assert_eq!(LogEventType::ALL.len(), 165);
    let present = |text: &str| Some(text.to_owned()).filter(|text| !text.is_empty());
    for (i, (code, event, description)) in page.iter().enumerate() {
        let schema = schemas
            .get(code)
            .map(|s| s.as_str().expect("a description"))
            .and_then(present);
        let typed = LogEventType::from_code(code).unwrap_or_else(|| panic!("{code}"));
        assert_eq!(LogEventType::ALL[i], typed, "page order");
        assert_eq!(typed.code(), code);
        assert_eq!(typed.to_string(), *code);
        assert_eq!(typed.event(), event, "{code}");
        assert_eq!(
            typed.description().map(str::to_owned),
            present(description),
            "{code}"
        );
        assert_eq!(
            typed.schema_description().map(str::to_owned),
            schema,
            "{code}"
        );
    }
    // Both ways: every code of the enum is on the page.
    for typed in LogEventType::ALL {
        assert!(
            page.iter().any(|(code, ..)| code == typed.code()),
            "{typed}"
        );
    }
    // The quirks: 5 codes without a schema, 7 schemas without a row, one row of two cells,
    // 33 empty descriptions.
    let no_schema: Vec<&str> = page
        .iter()
        .map(|(code, ..)| code.as_str())
        .filter(|code| !schemas.contains_key(*code))
        .collect();
    assert_eq!(
        no_schema,
        [
            "fc",
            "gd_auth_fail_email_verification",
            "gd_recovery_rate_limit_exceed",
            "gd_send_email_verification_failure",
            "too_many_records"
        ]
    );
    let mut no_row: Vec<&str> = schemas
        .keys()
        .map(String::as_str)
        .filter(|key| !page.iter().any(|(code, ..)| code == key))
        .collect();
    no_row.sort_unstable();
    assert_eq!(
        no_row,
        [
            "fdeleacft",
            "fdelsa",
            "fscim",
            "limit_phone",
            "sdel",
            "sdeleacft",
            "sdelsa"
        ]
    );
    assert_eq!(page.iter().filter(|(.., d)| d.is_empty()).count(), 33);
    let srrt = page.iter().find(|(code, ..)| code == "srrt").unwrap();
    assert_eq!(srrt.1, "Successfully revoked a refresh token");
    assert!(
        include_str!("../data/sources/auth0/log-event-type-codes.mdx")
            .contains("| `srrt` | Successfully revoked a refresh token |\n")
    );
    let mut codes: Vec<&str> = page.iter().map(|(code, ..)| code.as_str()).collect();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), 165, "no code twice");
}

/// `(code, description)` of every row of the Guardian page's table, in order.
fn guardian_rows() -> Vec<(&'static str, &'static str)> {
    include_str!("../data/sources/auth0/guardian-error-code-reference.mdx")
        .lines()
        .filter(|line| line.starts_with("| `"))
        .map(|line| {
            let inner = line.trim().trim_start_matches("| ").trim_end_matches(" |");
            let (code, description) = inner.split_once(" | ").expect("two cells");
            (code.trim_matches('`'), description)
        })
        .collect()
}

/// The Guardian kind rule of data/README.md ("Auth0"), first match wins.
fn guardian_kind(code: &str) -> Kind {
    if code.starts_with("too_many_") {
        Kind::RateLimited
    } else if code.contains("not_found") {
        Kind::NotFound
    } else if code.contains("conflict") || code.starts_with("already_") {
        Kind::Conflict
    } else if code.contains("disabled")
        || ["insufficient_scope", "no_method_available", "not_enrolled"].contains(&code)
    {
        Kind::Forbidden
    } else if code.starts_with("error_sending_") {
        Kind::Unavailable
    } else if [
        "invalid_token",
        "invalid_bearer_format",
        "invalid_otp",
        "invalid_recovery_code",
        "transaction_expired",
    ]
    .contains(&code)
    {
        Kind::Unauthenticated
    } else {
        Kind::InvalidRequest
    }
}

#[test]
fn every_guardian_row_is_a_code_with_its_description_and_back() {
    let rows = guardian_rows();
    assert_eq!(rows.len(), 33);
    assert_eq!(GuardianErrorCode::ALL.len(), 33);
    for (i, &(value, description)) in rows.iter().enumerate() {
        let code = GuardianErrorCode::from_code(value).unwrap_or_else(|| panic!("{value}"));
        assert_eq!(GuardianErrorCode::ALL[i], code, "page order");
        assert_eq!(code.code(), value);
        assert_eq!(code.to_string(), value);
        assert_eq!(code.title(), description, "{value}");
        assert_eq!(Catalog::description(code), None);
        assert_eq!(Catalog::status(code), None);
    }
    for code in GuardianErrorCode::ALL {
        assert!(
            rows.iter().any(|&(value, _)| value == code.code()),
            "{code}: not on the page"
        );
    }
    // The page's typos are kept.
    assert!(GuardianErrorCode::InsufficientScope
        .title()
        .contains("enought"));
    assert_eq!(GuardianErrorCode::VENDOR, Vendor::Auth0);
}

#[test]
fn every_guardian_code_follows_the_word_rule() {
    let mut counts = std::collections::BTreeMap::new();
    for &code in GuardianErrorCode::ALL {
        let kind = guardian_kind(code.code());
        let retry = match kind {
            Kind::RateLimited => Retry::AfterWindow,
            Kind::Unavailable => Retry::WithBackoff,
            Kind::Unauthenticated => Retry::AfterReauthenticating,
            _ => Retry::Never,
        };
        assert_eq!((code.kind(), code.retry()), (kind, retry), "{code}");
        *counts.entry(format!("{kind:?}")).or_insert(0) += 1;
    }
    let counts: Vec<(&str, i32)> = counts.iter().map(|(k, &n)| (k.as_str(), n)).collect();
    assert_eq!(
        counts,
        [
            ("Conflict", 2),
            ("Forbidden", 8),
            ("InvalidRequest", 8),
            ("NotFound", 4),
            ("RateLimited", 4),
            ("Unauthenticated", 5),
            ("Unavailable", 2)
        ]
    );
}

/// `(section, error, description)` of every row of the library errors page's two tables, in
/// order: the Error cell without its bold and Markdown escapes (`**invalid\_password**`).
fn library_rows() -> Vec<(&'static str, String, &'static str)> {
    let mut section = "";
    let mut rows = Vec::new();
    for line in
        include_str!("../data/sources/auth0/common-auth0-library-authentication-errors.mdx").lines()
    {
        if let Some(heading) = line.strip_prefix("## ") {
            section = heading;
        } else if line.starts_with("| **") && !line.starts_with("| **Error**") {
            let inner = line.trim().trim_start_matches("| ").trim_end_matches(" |");
            let (error, description) = inner.split_once(" | ").expect("two cells");
            let error = error.strip_prefix("**").and_then(|e| e.strip_suffix("**"));
            let error = error.expect("a bold Error cell").replace("\\_", "_");
            rows.push((section, error, description));
        }
    }
    rows
}

/// The library rule of data/README.md ("Auth0") for a value the Authentication API page lacks,
/// first match wins.
fn library_kind(code: &str) -> Kind {
    if code.ends_with("_exists") {
        Kind::Conflict
    } else if code == "unauthorized" {
        Kind::Forbidden
    } else if code.starts_with("mfa_") {
        Kind::Unauthenticated
    } else {
        Kind::InvalidRequest
    }
}

/// The retry the rules give a kind chosen by the crate.
fn library_retry(kind: Kind) -> Retry {
    match kind {
        Kind::Unauthenticated => Retry::AfterReauthenticating,
        _ => Retry::Never,
    }
}

#[test]
fn every_library_sign_up_row_is_a_code_with_its_description_and_back() {
    let rows: Vec<_> = library_rows()
        .into_iter()
        .filter(|(section, ..)| *section == "Sign up")
        .collect();
    assert_eq!(rows.len(), 8);
    assert_eq!(SignupErrorCode::ALL.len(), 8);
    for (i, (_, value, description)) in rows.iter().enumerate() {
        let code = SignupErrorCode::from_code(value).unwrap_or_else(|| panic!("{value}"));
        assert_eq!(SignupErrorCode::ALL[i], code, "page order");
        assert_eq!(code.code(), value);
        assert_eq!(code.to_string(), *value);
        assert_eq!(code.title(), *description, "{value}");
        assert_eq!(Catalog::description(code), None);
        assert_eq!(Catalog::status(code), None);
        let kind = library_kind(value);
        assert_eq!(
            (code.kind(), code.retry()),
            (kind, library_retry(kind)),
            "{value}"
        );
    }
    for code in SignupErrorCode::ALL {
        assert!(
            rows.iter().any(|(_, value, _)| value == code.code()),
            "{code}: not in the Sign up table"
        );
    }
    assert_eq!(SignupErrorCode::VENDOR, Vendor::Auth0);
    // The page's Markdown is kept as text.
    assert_eq!(
        SignupErrorCode::PasswordStrengthError.title(),
        "The chosen [password is too weak](/docs/authenticate/database-connections/password-strength)"
    );
}

#[test]
fn every_library_log_in_row_is_a_code_with_its_description_and_back() {
    let rows: Vec<_> = library_rows()
        .into_iter()
        .filter(|(section, ..)| *section == "Log in")
        .collect();
    assert_eq!(rows.len(), 10);
    assert_eq!(LoginErrorCode::ALL.len(), 10);
    let mut linked = 0;
    for (i, (_, value, description)) in rows.iter().enumerate() {
        let code = LoginErrorCode::from_code(value).unwrap_or_else(|| panic!("{value}"));
        assert_eq!(LoginErrorCode::ALL[i], code, "page order");
        assert_eq!(code.code(), value);
        assert_eq!(code.title(), *description, "{value}");
        assert_eq!(Catalog::status(code), None);
        // A value of the Authentication API page is that code, with its advice; any other is
        // by the word rule.
        match AuthErrorCode::from_code(value) {
            Some(auth) => {
                linked += 1;
                assert_eq!(code.auth_error(), Some(auth), "{value}");
                assert_eq!((code.kind(), code.retry()), (auth.kind(), auth.retry()));
            }
            None => {
                assert_eq!(code.auth_error(), None, "{value}");
                let kind = library_kind(value);
                assert_eq!((code.kind(), code.retry()), (kind, library_retry(kind)));
            }
        }
    }
    assert_eq!(linked, 5);
    for code in LoginErrorCode::ALL {
        assert!(
            rows.iter().any(|(_, value, _)| value == code.code()),
            "{code}: not in the Log in table"
        );
    }
    // The quirks kept: two PascalCase values beside snake_case ones, an HTML tooltip in a
    // description, and `unauthorized` in both tables with different texts.
    assert_eq!(
        LoginErrorCode::PasswordHistoryError.code(),
        "PasswordHistoryError"
    );
    assert!(LoginErrorCode::MfaInvalidCode
        .title()
        .starts_with("The <Tooltip tip=\"Multi-factor authentication (MFA): "));
    assert_eq!(
        LoginErrorCode::Unauthorized.title(),
        "The user you are attempting to sign in with is blocked"
    );
    assert_eq!(
        SignupErrorCode::Unauthorized.title(),
        "If you cannot sign up for this application. May have to do with the violation of a specific rule"
    );
    assert_eq!(library_rows().len(), 18);
}
