//! Explains an error code of any catalog, like `rustc --explain`.
//!
//! ```text
//! cargo run --example explain -- E0000007
//! cargo run --example explain -- identity-cloud:415
//! cargo run --example explain -- lusid:657
//! cargo run --example explain -- invalid_client
//! cargo run --example explain -- LOCKED_OUT
//! cargo run --example explain -- --dump      # every catalog as one JSON object
//! ```
//!
//! A code no catalog lists prints a message and exits with status 1.

use identity_errors::{identity_cloud, lusid, okta};
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{json, Value};
use std::process::ExitCode;

const USAGE: &str = "\
usage: explain <code>     explain one code of any catalog
       explain --dump     print every catalog as one JSON object

<code> is an Okta API code (E0000007), an Okta OAuth error (invalid_client), an Okta
sign-in failure reason (LOCKED_OUT), or an integer code with its catalog:
identity-cloud:415, lusid:657 (a bare number is looked up in both).";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [flag] if flag == "--dump" => {
            println!(
                "{}",
                serde_json::to_string_pretty(&dump()).expect("values are JSON")
            );
            ExitCode::SUCCESS
        }
        [flag] if flag == "--help" || flag == "-h" => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        [code] => {
            let entries = lookup(code);
            if entries.is_empty() {
                eprintln!("explain: no catalog lists {code:?}\n\n{USAGE}");
                return ExitCode::FAILURE;
            }
            let text: Vec<String> = entries.iter().map(Entry::explain).collect();
            println!("{}", text.join("\n\n"));
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::FAILURE
        }
    }
}

/// A catalog entry of any vendor.
enum Entry {
    Okta(okta::ErrorCode),
    OAuth(okta::OAuthErrorCode),
    LoginFailure(okta::LoginFailure),
    IdentityCloud(identity_cloud::ErrorCode),
    Lusid(lusid::ErrorCode),
}

/// Every entry `input` names: a `catalog:` prefix picks one catalog, otherwise all are tried.
fn lookup(input: &str) -> Vec<Entry> {
    let (catalog, code) = match input.split_once(':') {
        Some((catalog, code)) => (Some(catalog), code),
        None => (None, input),
    };
    let wanted = |name: &str| catalog.is_none_or(|c| c == name);
    let mut found = Vec::new();
    if wanted("okta") {
        found.extend(okta::ErrorCode::from_code(code).map(Entry::Okta));
    }
    if wanted("okta-oauth") {
        found.extend(okta::OAuthErrorCode::from_code(code).map(Entry::OAuth));
    }
    if wanted("okta-login") {
        found.extend(okta::LoginFailure::from_reason(code).map(Entry::LoginFailure));
    }
    if wanted("identity-cloud") {
        let error = code
            .parse()
            .ok()
            .and_then(identity_cloud::ErrorCode::from_code);
        found.extend(error.map(Entry::IdentityCloud));
    }
    if wanted("lusid") {
        let error = code.parse().ok().and_then(lusid::ErrorCode::from_code);
        found.extend(error.map(Entry::Lusid));
    }
    found
}

/// A JSON object that keeps its fields in the order given: vendors' bodies have a fixed order,
/// and serde_json's own map sorts its keys.
struct Ordered<V = Value>(Vec<(&'static str, V)>);

impl<V: Serialize> Serialize for Ordered<V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, value) in &self.0 {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// `status  404 Not Found`
fn status_line(status: http::StatusCode) -> String {
    format!(
        "{} {}",
        status.as_u16(),
        status.canonical_reason().unwrap_or("")
    )
}

/// The column where values start.
const LABEL_WIDTH: usize = 22;

/// Aligned `label  value` lines, skipping absent values.
fn fields(rows: &[(&str, Option<String>)]) -> String {
    rows.iter()
        .filter_map(|(label, value)| {
            value
                .as_ref()
                .map(|v| format!("{label:<LABEL_WIDTH$}{}", indent(v)))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Continuation lines of a multi-line value line up under its first line.
fn indent(value: &str) -> String {
    let pad = " ".repeat(LABEL_WIDTH);
    let lines: Vec<String> = value
        .split('\n')
        .enumerate()
        .map(|(i, line)| match (i, line.is_empty()) {
            (0, _) | (_, true) => line.to_owned(),
            _ => format!("{pad}{line}"),
        })
        .collect();
    lines.join("\n")
}

/// The body as the vendor sends it, pretty-printed (the crate's bodies keep the vendor's order).
fn example_body(status: http::StatusCode, body: &impl Serialize) -> String {
    let text = serde_json::to_string_pretty(body).expect("error bodies always serialize");
    format!("Example body (HTTP {}):\n{text}", status_line(status))
}

impl Entry {
    fn explain(&self) -> String {
        match *self {
            Entry::Okta(code) => {
                let arguments = match code.arity() {
                    0 => "no arguments".to_owned(),
                    1 => "1 argument".to_owned(),
                    n => format!("{n} arguments"),
                };
                let head = fields(&[
                    (
                        "Okta API error",
                        Some(format!("{}  {}", code.code(), code.title())),
                    ),
                    ("variant", Some(format!("okta::ErrorCode::{code:?}"))),
                    ("status", Some(status_line(code.status()))),
                    (
                        "summary",
                        Some(format!("{}  ({arguments})", code.summary())),
                    ),
                    ("description", code.description().map(str::to_owned)),
                    ("since release", Some(code.since().to_owned())),
                    ("former title", code.former_title().map(str::to_owned)),
                ]);
                // The summary is shown unfilled, placeholders and all.
                let body = okta::ErrorBody::from_raw(code.code(), code.summary());
                format!("{head}\n\n{}", example_body(code.status(), &body))
            }
            Entry::OAuth(error) => {
                let head = fields(&[
                    ("Okta OAuth error", Some(error.as_str().to_owned())),
                    ("variant", Some(format!("okta::OAuthErrorCode::{error:?}"))),
                    ("status", Some(status_line(error.status()))),
                    ("description", Some(error.description().to_owned())),
                ]);
                let body = okta::OAuthErrorBody::new(error);
                format!("{head}\n\n{}", example_body(error.status(), &body))
            }
            Entry::LoginFailure(reason) => {
                let linked = reason
                    .error_code()
                    .map(|c| format!("{} ({})", c.code(), c.title()));
                let head = fields(&[
                    ("Okta sign-in failure", Some(reason.as_str().to_owned())),
                    ("variant", Some(format!("okta::LoginFailure::{reason:?}"))),
                    (
                        "error code",
                        Some(linked.unwrap_or_else(|| "none".to_owned())),
                    ),
                    ("description", Some(reason.description().to_owned())),
                    ("troubleshooting", Some(reason.troubleshooting().to_owned())),
                ]);
                match reason.error_code() {
                    Some(code) => format!("{head}\n\n{}", Entry::Okta(code).explain()),
                    None => head,
                }
            }
            Entry::IdentityCloud(error) => {
                let head = fields(&[
                    (
                        "Identity Cloud",
                        Some(format!("{}  {}", error.code(), error.error())),
                    ),
                    (
                        "variant",
                        Some(format!("identity_cloud::ErrorCode::{error:?}")),
                    ),
                    ("category", Some(error.category().description().to_owned())),
                    ("description", Some(error.description().to_owned())),
                ]);
                let body = identity_cloud::ErrorBody::new(error);
                format!("{head}\n\n{}", example_body(body.status(), &body))
            }
            Entry::Lusid(error) => {
                let head = fields(&[
                    (
                        "LUSID error",
                        Some(format!("{}  {}", error.code(), error.title())),
                    ),
                    ("variant", Some(format!("lusid::ErrorCode::{error:?}"))),
                    (
                        "name",
                        Some(format!("{}  (the crate's choice)", error.name())),
                    ),
                    (
                        "status",
                        Some(format!(
                            "{}  (the crate's choice)",
                            status_line(error.status())
                        )),
                    ),
                    ("description", error.description().map(str::to_owned)),
                ]);
                let body = lusid::ProblemDetails::new(error).with_instance(
                    "https://example.lusid.com/app/insights/logs/0HN00000000:00000001",
                );
                format!("{head}\n\n{}", example_body(error.status(), &body))
            }
        }
    }
}

/// Every catalog as one JSON object of row lists.
fn dump() -> Ordered<Vec<Ordered>> {
    let okta: Vec<Ordered> = okta::ErrorCode::ALL
        .iter()
        .map(|c| {
            Ordered(vec![
                ("code", json!(c.code())),
                ("name", json!(format!("{c:?}"))),
                ("title", json!(c.title())),
                ("status", json!(c.status().as_u16())),
                ("summary", json!(c.summary())),
                ("description", json!(c.description())),
            ])
        })
        .collect();
    let okta_oauth: Vec<Ordered> = okta::OAuthErrorCode::ALL
        .iter()
        .map(|e| {
            Ordered(vec![
                ("error", json!(e.as_str())),
                ("status", json!(e.status().as_u16())),
                ("description", json!(e.description())),
            ])
        })
        .collect();
    let okta_login_failures: Vec<Ordered> = okta::LoginFailure::ALL
        .iter()
        .map(|r| {
            Ordered(vec![
                ("reason", json!(r.as_str())),
                (
                    "error_code",
                    json!(r.error_code().map(okta::ErrorCode::code)),
                ),
                ("description", json!(r.description())),
                ("troubleshooting", json!(r.troubleshooting())),
            ])
        })
        .collect();
    let identity_cloud: Vec<Ordered> = identity_cloud::ErrorCode::ALL
        .iter()
        .map(|e| {
            Ordered(vec![
                ("code", json!(e.code())),
                ("name", json!(format!("{e:?}"))),
                ("error", json!(e.error())),
                ("description", json!(e.description())),
                ("category", json!(e.category().as_str())),
            ])
        })
        .collect();
    let lusid: Vec<Ordered> = lusid::ErrorCode::ALL
        .iter()
        .map(|e| {
            Ordered(vec![
                ("code", json!(e.code())),
                ("name", json!(e.name())),
                ("title", json!(e.title())),
                ("description", json!(e.description())),
                ("status", json!(e.status().as_u16())),
            ])
        })
        .collect();
    Ordered(vec![
        ("okta", okta),
        ("okta_oauth", okta_oauth),
        ("okta_login_failures", okta_login_failures),
        ("identity_cloud", identity_cloud),
        ("lusid", lusid),
    ])
}
