//! `--json` on every subcommand: JSON objects, never JSON inside strings; `dump` keeps the schema
//! `explain --dump` had.

use crate::{json, ok};
use identity_errors::{
    auth0, cognito, entra, firebase, identity_cloud, keycloak, lusid, okta, Catalog,
};
use serde_json::Value;

/// Whether any string in `value` holds a JSON object or array.
fn has_json_in_a_string(value: &Value) -> bool {
    match value {
        Value::String(s) => {
            let s = s.trim();
            (s.starts_with('{') || s.starts_with('['))
                && serde_json::from_str::<Value>(s).is_ok_and(|v| v.is_object() || v.is_array())
        }
        Value::Array(items) => items.iter().any(has_json_in_a_string),
        Value::Object(members) => members.values().any(has_json_in_a_string),
        _ => false,
    }
}

#[test]
fn every_subcommand_prints_an_object() {
    let runs: &[&[&str]] = &[
        &[
            "explain",
            "E0000007",
            "404",
            "identity-cloud:215",
            "identity-cloud:999",
            "LOCKED_OUT",
        ],
        &["search", "rate", "limit"],
        &["body", "E0000007", "User 00u1"],
        &["body", "identity-cloud:415"],
        &["list"],
        &["list", "okta-oauth"],
        &["dump"],
    ];
    for args in runs {
        let out = json(args);
        assert!(out.is_object(), "{args:?}: {out}");
        assert!(!has_json_in_a_string(&out), "{args:?}: {out}");
    }
    // `--json` goes before or after the subcommand.
    assert_eq!(
        ok(&["--json", "explain", "invalid_client"]),
        ok(&["explain", "invalid_client", "--json"])
    );
}

#[test]
fn explain_json() {
    // A code that does not exist: exit status 1, and an empty list of readings.
    let (out, _) = crate::fails(
        &["explain", "E0000007", "LOCKED_OUT", "E9999999", "--json"],
        1,
    );
    let out: Value = serde_json::from_str(&out).expect("JSON");
    let results = out["results"].as_array().expect("results");
    assert_eq!(results.len(), 3);
    let okta = &results[0]["readings"][0]["entry"];
    assert_eq!(okta["catalog"], "okta");
    assert_eq!(okta["name"], "ResourceNotFound");
    assert_eq!(okta["status"], 404);
    assert_eq!(okta["summary"], "Not found: {0}");
    assert_eq!(okta["arity"], 1);
    assert_eq!(okta["login_failures"], serde_json::json!(["UNKNOWN_USER"]));
    let login = &results[1]["readings"][0]["entry"];
    assert_eq!(login["reason"], "LOCKED_OUT");
    assert_eq!(login["error_code"], "E0000069");
    assert_eq!(results[2]["readings"], serde_json::json!([]));
    let status = &json(&["explain", "429"])["results"][0]["readings"][0];
    assert_eq!(status["reading"], "http_status");
    assert_eq!(status["reason"], "Too Many Requests");
    assert!(status["entries"]
        .as_array()
        .is_some_and(|e| e.iter().any(|r| r["code"] == "E0000047")));
}

#[test]
fn list_json() {
    let out = json(&["list"]);
    let catalogs = out["catalogs"].as_array().expect("catalogs");
    let counts: Vec<(&str, u64)> = catalogs
        .iter()
        .map(|c| {
            (
                c["catalog"].as_str().unwrap_or(""),
                c["codes"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    assert_eq!(
        counts,
        [
            ("okta", okta::ErrorCode::ALL.len() as u64),
            ("okta_oauth", okta::OAuthErrorCode::ALL.len() as u64),
            ("okta_login_failures", okta::LoginFailure::ALL.len() as u64),
            (
                "identity_cloud",
                identity_cloud::ErrorCode::ALL.len() as u64
            ),
            ("lusid", lusid::ErrorCode::ALL.len() as u64),
            ("entra", entra::ErrorCode::ALL.len() as u64),
            ("entra_oauth", entra::OAuthErrorCode::ALL.len() as u64),
            ("entra_suberrors", entra::Suberror::ALL.len() as u64),
            ("cognito", cognito::ErrorCode::ALL.len() as u64),
            ("firebase", firebase::ErrorCode::ALL.len() as u64),
            ("firebase_client", firebase::ClientCode::ALL.len() as u64),
            ("keycloak", keycloak::OAuthErrorCode::ALL.len() as u64),
            ("keycloak_events", keycloak::EventError::ALL.len() as u64),
            ("auth0", auth0::AuthErrorCode::ALL.len() as u64),
            ("auth0_guardian", auth0::GuardianErrorCode::ALL.len() as u64),
            ("auth0_signup", auth0::SignupErrorCode::ALL.len() as u64),
            ("auth0_login", auth0::LoginErrorCode::ALL.len() as u64),
        ]
    );
    let out = json(&["list", "lusid"]);
    let entries = out["entries"].as_array().expect("entries");
    assert_eq!(entries.len(), lusid::ErrorCode::ALL.len());
    assert!(entries.iter().all(|e| e["catalog"] == "lusid"));
}

/// The members of every row of each catalog in `dump`, in the order written.
fn dump_members(text: &str) -> Vec<(String, Vec<String>)> {
    let mut catalogs: Vec<(String, Vec<String>)> = Vec::new();
    let mut row: Vec<String> = Vec::new();
    for line in text.lines() {
        if let Some(key) = line
            .strip_prefix("  \"")
            .and_then(|l| l.strip_suffix("\": ["))
        {
            catalogs.push((key.to_owned(), Vec::new()));
        } else if let Some(member) = line.strip_prefix("      \"") {
            row.push(member.split('"').next().unwrap_or("").to_owned());
        } else if line.trim_start().starts_with('}') && !row.is_empty() {
            let (_, members) = catalogs.last_mut().expect("a catalog");
            if members.is_empty() {
                members.clone_from(&row);
            }
            assert_eq!(*members, row, "every row has the same members, in order");
            row.clear();
        }
    }
    catalogs
}

#[test]
fn dump_keeps_the_schema() {
    let text = ok(&["dump"]);
    let owned = |members: &[&str]| members.iter().map(|m| m.to_string()).collect::<Vec<_>>();
    assert_eq!(
        dump_members(&text),
        [
            (
                "okta".to_owned(),
                owned(&["code", "name", "title", "status", "summary", "description"])
            ),
            (
                "okta_oauth".to_owned(),
                owned(&["error", "status", "description"])
            ),
            (
                "okta_login_failures".to_owned(),
                owned(&["reason", "error_code", "description", "troubleshooting"])
            ),
            (
                "identity_cloud".to_owned(),
                owned(&["code", "name", "error", "description", "category"])
            ),
            (
                "lusid".to_owned(),
                owned(&["code", "name", "title", "description", "status"])
            ),
            (
                "entra".to_owned(),
                owned(&[
                    "code",
                    "name",
                    "microsoft_name",
                    "description",
                    "second_description",
                    "status"
                ])
            ),
            (
                "entra_oauth".to_owned(),
                owned(&["error", "status", "description", "client_action"])
            ),
            (
                "entra_suberrors".to_owned(),
                owned(&["suberror", "description"])
            ),
            (
                "cognito".to_owned(),
                owned(&["code", "name", "documentation", "fault", "status"])
            ),
            (
                "firebase".to_owned(),
                owned(&["code", "name", "client_code", "sdk_message", "status"])
            ),
            (
                "firebase_client".to_owned(),
                owned(&["code", "name", "constant", "debug_message"])
            ),
            (
                "keycloak".to_owned(),
                owned(&[
                    "error",
                    "name",
                    "constant",
                    "section",
                    "status",
                    "status_published"
                ])
            ),
            (
                "keycloak_events".to_owned(),
                owned(&["error", "name", "constant"])
            ),
            (
                "auth0".to_owned(),
                owned(&[
                    "error",
                    "name",
                    "description",
                    "endpoint",
                    "status",
                    "example"
                ])
            ),
            (
                "auth0_guardian".to_owned(),
                owned(&["error", "name", "description"])
            ),
            (
                "auth0_signup".to_owned(),
                owned(&["error", "name", "description"])
            ),
            (
                "auth0_login".to_owned(),
                owned(&["error", "name", "auth_error", "description"])
            ),
        ]
    );
    // And the values are the library's.
    let dump: Value = serde_json::from_str(&text).expect("JSON");
    for (row, code) in dump["okta"]
        .as_array()
        .expect("okta")
        .iter()
        .zip(okta::ErrorCode::ALL)
    {
        assert_eq!(row["code"], code.code());
        assert_eq!(row["name"], format!("{code:?}"));
        assert_eq!(row["title"], code.title());
        assert_eq!(row["status"], code.status().as_u16());
        assert_eq!(row["summary"], code.summary());
    }
    for (row, reason) in dump["okta_login_failures"]
        .as_array()
        .expect("login")
        .iter()
        .zip(okta::LoginFailure::ALL)
    {
        assert_eq!(
            row["description"],
            reason.title(),
            "the article's Description"
        );
        assert_eq!(row["troubleshooting"], reason.description());
    }
    for (row, code) in dump["identity_cloud"]
        .as_array()
        .expect("ic")
        .iter()
        .zip(identity_cloud::ErrorCode::ALL)
    {
        assert_eq!(row["code"], code.code());
        assert_eq!(row["category"], code.category().as_str());
    }
    for (row, code) in dump["lusid"]
        .as_array()
        .expect("lusid")
        .iter()
        .zip(lusid::ErrorCode::ALL)
    {
        assert_eq!(row["name"], code.name());
        assert_eq!(
            row["status"],
            Catalog::status(*code).map(|s| s.as_u16()).unwrap_or(0)
        );
    }
    assert_eq!(
        dump["okta_oauth"].as_array().map(Vec::len),
        Some(okta::OAuthErrorCode::ALL.len())
    );
}

/// A failed `--json` run's standard output, parsed (it must be JSON), and its standard error.
fn failed_json(args: &[&str], code: i32) -> (Value, String) {
    let (out, err) = crate::fails(args, code);
    let value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{args:?}: {e}\n{out}"));
    (value, err)
}

#[test]
fn a_usage_error_with_json_is_json() {
    // Before, clap's refusals printed nothing on standard output under --json.
    let cases: &[(&[&str], &str)] = &[
        (
            &["explain", "--bogus", "E0000007", "--json"],
            "unexpected argument '--bogus' found",
        ),
        (
            &["--json"],
            "'identity-errors' requires a subcommand but one was not provided [subcommands: explain, search, body, list, dump, help]",
        ),
        (
            &["--json", "explain"],
            "the following required arguments were not provided: <CODE>...",
        ),
        (
            &["list", "nope", "--json"],
            "invalid value 'nope' for '[CATALOG]' [possible values: okta, okta-oauth, okta-login, identity-cloud, lusid, entra, entra-oauth, entra-suberror, cognito, firebase, firebase-client, keycloak, keycloak-event, auth0, auth0-guardian, auth0-signup, auth0-login, all]",
        ),
        (
            &["search", "-n", "many", "x", "--json"],
            "invalid value 'many' for '--limit <N>': invalid digit found in string",
        ),
        (&["explain", "", "--json"], "invalid value '' for '<CODE>...': it is empty"),
        (
            &["explain", "E0000007", "--json=yes"],
            "unexpected value 'yes' for '--json' found; no more were expected",
        ),
    ];
    for (args, message) in cases {
        let (out, err) = failed_json(args, 2);
        assert_eq!(
            out,
            serde_json::json!({"errors": [{"kind": "usage", "message": message}]}),
            "{args:?}"
        );
        // The person at the terminal still reads clap's own text.
        assert!(err.starts_with("error: "), "{args:?}: {err}");
    }
    // --help and --version stay text, with status 0; without --json an error is text alone.
    assert!(ok(&["--json", "--help"]).starts_with("What an error code"));
    let (out, _) = crate::fails(&["explain", "--bogus"], 2);
    assert_eq!(out, "");
    // After `--`, "--json" is an argument, not the flag.
    let (out, _) = crate::fails(&["explain", "--", "--json"], 1);
    assert_eq!(out, "");
}

#[test]
fn a_failure_with_json_is_json() {
    // Before, `body --json` printed nothing on standard output when it failed.
    let (out, _) = failed_json(&["body", "E9999999", "--json"], 1);
    let errors = out["errors"].as_array().expect("errors");
    assert_eq!(errors.len(), 1, "{out}");
    assert_eq!(errors[0]["kind"], "not_found");
    assert_eq!(errors[0]["input"], "E9999999");
    assert_eq!(errors[0]["message"], "no catalog lists \"E9999999\"");
    assert_eq!(
        errors[0]["hint"],
        "to find codes by words: identity-errors search <WORDS>.."
    );
    assert_eq!(errors[0]["suggestions"], serde_json::json!([]));
    let (out, _) = failed_json(&["body", "E0000007", "x", "y", "--json"], 2);
    assert_eq!(out["errors"][0]["kind"], "usage");
    assert_eq!(
        out["errors"][0]["message"],
        "E0000007 takes 1 argument, 2 given (its summary template is \"Not found: {0}\")"
    );
    let (out, _) = failed_json(&["body", "100", "--json"], 2);
    assert_eq!(out["errors"][0]["kind"], "usage");
    // explain: every input has its result, and the errors say which failed and how.
    let (out, _) = failed_json(&["explain", "nope:7", "E0000007", "E9999999", "--json"], 2);
    let inputs: Vec<&str> = out["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| r["input"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(inputs, ["nope:7", "E0000007", "E9999999"]);
    let kinds: Vec<&str> = out["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|e| e["kind"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(kinds, ["usage", "not_found"]);
    let (out, _) = failed_json(&["search", "zzzzqqq", "--json"], 1);
    assert_eq!(out["results"], serde_json::json!([]));
    assert_eq!(out["errors"][0]["kind"], "not_found");
    // A run that fails nowhere has no `errors` member.
    assert!(json(&["explain", "E0000007"]).get("errors").is_none());
}

/// The rows of a table of the library's `data/`, each field by its column's name (empty where
/// the field is), unescaped as data/README.md says.
fn table(file: &str) -> Vec<std::collections::BTreeMap<String, String>> {
    let path = format!("{}/../data/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut lines = text.lines().filter(|line| !line.starts_with('#'));
    let header: Vec<&str> = lines.next().expect("a header").split('\t').collect();
    let unescape = |field: &str| {
        let mut out = String::new();
        let mut chars = field.chars();
        while let Some(c) = chars.next() {
            out.push(match (c, c == '\\') {
                (_, true) => match chars.next() {
                    Some('t') => '\t',
                    Some('n') => '\n',
                    Some(other) => other,
                    None => '\\',
                },
                (c, false) => c,
            });
        }
        out
    };
    lines
        .map(|line| {
            let fields = line.split('\t').map(unescape);
            header.iter().map(|h| h.to_string()).zip(fields).collect()
        })
        .collect()
}

#[test]
fn the_entra_dump_is_the_data() {
    let dump = json(&["dump"]);
    // A field of a row of data/: a JSON string, or null where the field is empty.
    let text = |row: &std::collections::BTreeMap<String, String>, column: &str| match row[column]
        .as_str()
    {
        "" => Value::Null,
        text => Value::from(text),
    };
    let rows = table("entra_errors.tsv");
    let dumped = dump["entra"].as_array().expect("entra");
    assert_eq!(dumped.len(), rows.len());
    assert_eq!(rows.len(), 345);
    for (got, row) in dumped.iter().zip(&rows) {
        let code: i64 = row["code"].parse().expect("a number");
        assert_eq!(got["code"], code, "{code}");
        assert_eq!(got["name"], row["name"].as_str(), "{code}");
        for column in ["microsoft_name", "description", "second_description"] {
            assert_eq!(got[column], text(row, column), "{code} {column}");
        }
        let status = row["status"].parse::<u16>().ok();
        assert_eq!(got["status"], serde_json::json!(status), "{code}");
    }
    let rows = table("entra_oauth_errors.tsv");
    let dumped = dump["entra_oauth"].as_array().expect("entra_oauth");
    assert_eq!(dumped.len(), rows.len());
    for (got, row) in dumped.iter().zip(&rows) {
        let error = row["error"].as_str();
        assert_eq!(got["error"], error);
        assert_eq!(got["description"], row["description"].as_str(), "{error}");
        assert_eq!(got["client_action"], text(row, "client_action"), "{error}");
        let status: u16 = row["status"].parse().expect("a status");
        assert_eq!(got["status"], status, "{error}");
    }
    let rows = table("entra_suberrors.tsv");
    let dumped = dump["entra_suberrors"].as_array().expect("entra_suberrors");
    assert_eq!(dumped.len(), rows.len());
    for (got, row) in dumped.iter().zip(&rows) {
        assert_eq!(got["suberror"], row["suberror"].as_str());
        assert_eq!(got["description"], row["description"].as_str());
    }
}
