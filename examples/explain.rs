//! Explains an error code of any catalog, like `rustc --explain`.
//!
//! ```text
//! cargo run --example explain -- E0000007                  # also e0000007, 0000007, okta:E0000007
//! cargo run --example explain -- invalid_client            # an Okta OAuth error
//! cargo run --example explain -- LOCKED_OUT                # an Okta sign-in failure
//! cargo run --example explain -- identity-cloud:415        # lusid:657, lusid:-1; a bare 415 lists every match
//! cargo run --example explain -- E0000007 --body "User 00u1"   # the exact body and status
//! cargo run --example explain -- search locked user        # find codes by words, ranked
//! cargo run --example explain -- --json E0000007           # JSON for tools
//! cargo run --example explain -- --dump                    # every catalog as one JSON object
//! ```
//!
//! Exit status: 0 when something was found, 1 when nothing was, 2 for a usage error or a wrong
//! number of `--body` arguments.

use identity_errors::{identity_cloud, lusid, okta};
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{json, Value};
use std::io::IsTerminal;
use std::process::ExitCode;

const USAGE: &str = "\
usage: explain [--json] <code> [--body [ARG..]]   explain a code of any catalog
       explain [--json] search <word>..           find codes by words, best first
       explain --dump                             every catalog as one JSON object

<code>: an Okta API code (E0000007, e0000007, 0000007), an Okta OAuth error (invalid_client),
an Okta sign-in failure (LOCKED_OUT), or an integer code (415, -1). A catalog prefix narrows the
lookup: okta:, okta-oauth:, okta-login:, identity-cloud:, lusid:.
--body prints the exact body and status the vendor sends, its template filled with the ARGs.";

/// The column where values start.
const LABEL_WIDTH: usize = 18;

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let json_output = take_flag(&mut args, "--json");
    if take_flag(&mut args, "--help") || take_flag(&mut args, "-h") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let body_args = args.iter().position(|a| a == "--body").map(|at| {
        let rest = args.split_off(at);
        rest[1..].to_vec()
    });
    match args.as_slice() {
        [flag] if flag == "--dump" && body_args.is_none() => {
            print_json(&dump());
            ExitCode::SUCCESS
        }
        [command, words @ ..]
            if command == "search" && !words.is_empty() && body_args.is_none() =>
        {
            search(&words.join(" "), json_output)
        }
        [code] => explain(code, body_args.as_deref(), json_output),
        _ => usage_error(),
    }
}

fn take_flag(args: &mut Vec<String>, flag: &str) -> bool {
    let before = args.len();
    args.retain(|a| a != flag);
    args.len() != before
}

fn usage_error() -> ExitCode {
    eprintln!("{USAGE}");
    ExitCode::from(2)
}

fn print_json(value: &impl Serialize) {
    println!(
        "{}",
        serde_json::to_string_pretty(value).expect("values are JSON")
    );
}

/// A catalog entry of any vendor.
#[derive(Clone, Copy, PartialEq)]
enum Entry {
    Okta(okta::ErrorCode),
    OAuth(okta::OAuthErrorCode),
    LoginFailure(okta::LoginFailure),
    IdentityCloud(identity_cloud::ErrorCode),
    Lusid(lusid::ErrorCode),
}

/// Every entry of every catalog, in catalog order.
fn all_entries() -> impl Iterator<Item = Entry> {
    let okta = okta::ErrorCode::ALL.iter().copied().map(Entry::Okta);
    let oauth = okta::OAuthErrorCode::ALL.iter().copied().map(Entry::OAuth);
    let login = okta::LoginFailure::ALL
        .iter()
        .copied()
        .map(Entry::LoginFailure);
    let identity_cloud = identity_cloud::ErrorCode::ALL
        .iter()
        .copied()
        .map(Entry::IdentityCloud);
    let lusid = lusid::ErrorCode::ALL.iter().copied().map(Entry::Lusid);
    okta.chain(oauth)
        .chain(login)
        .chain(identity_cloud)
        .chain(lusid)
}

/// What a person may have meant by an input.
enum Match {
    Entry(Entry),
    /// A bare number that is also an HTTP status: the codes answered with it.
    Status(http::StatusCode, Vec<Entry>),
}

/// Every reading of `input`: a `catalog:` prefix picks one catalog, otherwise all are tried,
/// with the spellings a person would use (any case, the E-code's digits alone).
fn lookup(input: &str) -> Vec<Match> {
    let (catalog, code) = match input.split_once(':') {
        Some((catalog, code)) => (Some(catalog.to_ascii_lowercase()), code.trim()),
        None => (None, input.trim()),
    };
    let wanted = |name: &str| catalog.as_deref().map_or(true, |c| c == name);
    let mut found = Vec::new();
    if wanted("okta") {
        let upper = code.to_ascii_uppercase();
        let okta_code = if upper.len() == 7 && upper.bytes().all(|b| b.is_ascii_digit()) {
            format!("E{upper}")
        } else {
            upper
        };
        found.extend(okta::ErrorCode::from_code(&okta_code).map(Entry::Okta));
    }
    if wanted("okta-oauth") {
        let error = okta::OAuthErrorCode::from_code(&code.to_ascii_lowercase());
        found.extend(error.map(Entry::OAuth));
    }
    if wanted("okta-login") {
        let reason = okta::LoginFailure::from_code(&code.to_ascii_uppercase());
        found.extend(reason.map(Entry::LoginFailure));
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
    let mut matches: Vec<Match> = found.into_iter().map(Match::Entry).collect();
    if catalog.is_none() {
        if let Some(status) = code
            .parse()
            .ok()
            .and_then(|n| http::StatusCode::from_u16(n).ok())
        {
            let answered: Vec<Entry> = all_entries()
                .filter(|e| e.status() == Some(status))
                .collect();
            matches.push(Match::Status(status, answered));
        }
    }
    matches
}

fn explain(input: &str, body_args: Option<&[String]>, json_output: bool) -> ExitCode {
    let matches = lookup(input);
    let entries: Vec<Entry> = matches
        .iter()
        .filter_map(|m| match m {
            Match::Entry(entry) => Some(*entry),
            Match::Status(..) => None,
        })
        .collect();
    if let Some(args) = body_args {
        return match entries.as_slice() {
            [entry] => print_body(*entry, args, json_output),
            [] => not_found(input),
            _ => {
                eprintln!("explain: {input:?} is ambiguous; add a catalog prefix (identity-cloud:, lusid:, ..)");
                ExitCode::from(2)
            }
        };
    }
    let status_matches = matches
        .iter()
        .any(|m| matches!(m, Match::Status(_, answered) if !answered.is_empty()));
    if entries.is_empty() && !status_matches {
        return not_found(input);
    }
    if json_output {
        let rows: Vec<Ordered> = matches
            .iter()
            .flat_map(|m| match m {
                Match::Entry(entry) => vec![entry.row()],
                Match::Status(_, answered) => answered.iter().map(Entry::row).collect(),
            })
            .collect();
        print_json(&rows);
        return ExitCode::SUCCESS;
    }
    let several = matches.len() > 1;
    if several {
        println!("{input} matches {} readings:\n", matches.len());
    }
    let texts: Vec<String> = matches
        .iter()
        .map(|m| match m {
            Match::Entry(entry) => entry.explain(),
            Match::Status(status, answered) => status_list(*status, answered),
        })
        .collect();
    println!("{}", texts.join("\n\n"));
    ExitCode::SUCCESS
}

fn not_found(input: &str) -> ExitCode {
    eprintln!("explain: no catalog lists {input:?}; try `explain search <words>`\n\n{USAGE}");
    ExitCode::FAILURE
}

/// `HTTP 415 Unsupported Media Type`, then the codes answered with it.
fn status_list(status: http::StatusCode, answered: &[Entry]) -> String {
    let mut text = format!("HTTP status {}", status_line(status));
    if answered.is_empty() {
        text.push_str(": no catalog code is answered with it");
    } else {
        text.push_str(&format!(", the status of {} codes:", answered.len()));
        for entry in answered {
            text.push_str(&format!("\n  {}", entry.one_line()));
        }
    }
    text
}

/// The body the vendor sends for `entry`, filled with `args`.
fn print_body(entry: Entry, args: &[String], json_output: bool) -> ExitCode {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (status, body) = match entry {
        Entry::Okta(code) => match okta::ErrorBody::new(code, &args) {
            Ok(body) => (body.status(), to_json(&body)),
            Err(error) => {
                eprintln!(
                    "explain: {} takes {} argument(s), {} given\n{:LABEL_WIDTH$}{}",
                    code.code(),
                    error.expected(),
                    error.given(),
                    "template",
                    marked(code.summary())
                );
                return ExitCode::from(2);
            }
        },
        _ if !args.is_empty() => {
            eprintln!(
                "explain: {} has no message template; --body takes no arguments for it",
                entry.one_line()
            );
            return ExitCode::from(2);
        }
        Entry::OAuth(error) => {
            let body = okta::OAuthErrorBody::new(error);
            (body.status(), to_json(&body))
        }
        Entry::LoginFailure(reason) => match reason.error_code() {
            Some(code) if code.arity() == 0 => {
                return print_body(Entry::Okta(code), &[], json_output)
            }
            _ => {
                eprintln!("explain: {reason} is a System Log reason; it has no body of its own");
                return ExitCode::from(2);
            }
        },
        Entry::IdentityCloud(error) => {
            let body = identity_cloud::ErrorBody::new(error);
            (body.status(), to_json(&body))
        }
        Entry::Lusid(error) => {
            let body = lusid::ProblemDetails::new(error);
            (body.status(), to_json(&body))
        }
    };
    if json_output {
        print_json(&json!({ "status": status.as_u16(), "body": body }));
    } else {
        println!("HTTP {}\n{body}", status_line(status));
    }
    ExitCode::SUCCESS
}

/// Compact JSON, exactly as the vendor sends it.
fn to_json(body: &impl Serialize) -> String {
    serde_json::to_string(body).expect("error bodies always serialize")
}

/// Finds entries by words in their codes, titles, summaries and descriptions, best first.
fn search(query: &str, json_output: bool) -> ExitCode {
    let words: Vec<String> = query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let mut ranked: Vec<(u32, Entry)> = all_entries()
        .filter_map(|entry| {
            let score = entry.score(&words);
            (score > 0).then_some((score, entry))
        })
        .collect();
    // Best first; ties keep catalog order (the sort is stable).
    ranked.sort_by_key(|&(score, _)| std::cmp::Reverse(score));
    if ranked.is_empty() {
        eprintln!("explain: nothing matches {query:?}");
        return ExitCode::FAILURE;
    }
    if json_output {
        let rows: Vec<Ordered> = ranked
            .iter()
            .map(|(score, entry)| {
                let mut row = entry.row();
                row.0.push(("score", json!(score)));
                row
            })
            .collect();
        print_json(&rows);
    } else {
        const SHOWN: usize = 25;
        for (score, entry) in ranked.iter().take(SHOWN) {
            println!("{score:>3}  {}", entry.one_line());
        }
        if ranked.len() > SHOWN {
            println!(
                "     .. and {} more (--json lists all)",
                ranked.len() - SHOWN
            );
        }
    }
    ExitCode::SUCCESS
}

/// Words of `text`, lowercased.
fn words_of(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// A JSON object that keeps its fields in the order given (serde_json's own map sorts its keys).
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

/// `404 Not Found`
fn status_line(status: http::StatusCode) -> String {
    format!(
        "{} {}",
        status.as_u16(),
        status.canonical_reason().unwrap_or("")
    )
}

/// The template with its placeholders highlighted on a terminal.
fn marked(template: &str) -> String {
    if !std::io::stdout().is_terminal() {
        return template.to_owned();
    }
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        match rest[open..].find('}') {
            Some(close) => {
                out.push_str(&rest[..open]);
                // Reverse video, then back to normal.
                out.push_str(&format!("\x1b[7m{}\x1b[0m", &rest[open..=open + close]));
                rest = &rest[open + close + 1..];
            }
            None => break,
        }
    }
    out.push_str(rest);
    out
}

/// Aligned `label  value` lines, skipping absent values; continuation lines line up.
fn fields(rows: &[(&str, Option<String>)]) -> String {
    let pad = " ".repeat(LABEL_WIDTH);
    rows.iter()
        .filter_map(|(label, value)| {
            let value = value.as_ref()?;
            let lines: Vec<String> = value
                .split('\n')
                .enumerate()
                .map(|(i, line)| match (i, line.is_empty()) {
                    (0, _) | (_, true) => line.to_owned(),
                    _ => format!("{pad}{line}"),
                })
                .collect();
            Some(format!("{label:<LABEL_WIDTH$}{}", lines.join("\n")))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn example_body(status: http::StatusCode, body: &impl Serialize) -> String {
    let text = serde_json::to_string_pretty(body).expect("error bodies always serialize");
    format!("Example body (HTTP {}):\n{text}", status_line(status))
}

impl Entry {
    fn status(self) -> Option<http::StatusCode> {
        match self {
            Entry::Okta(code) => Some(code.status()),
            Entry::OAuth(error) => Some(error.status()),
            Entry::LoginFailure(_) | Entry::IdentityCloud(_) => None,
            Entry::Lusid(error) => Some(error.status()),
        }
    }

    fn catalog(self) -> &'static str {
        match self {
            Entry::Okta(_) => "okta",
            Entry::OAuth(_) => "okta_oauth",
            Entry::LoginFailure(_) => "okta_login_failures",
            Entry::IdentityCloud(_) => "identity_cloud",
            Entry::Lusid(_) => "lusid",
        }
    }

    /// The wire code and a title.
    fn one_line(self) -> String {
        match self {
            Entry::Okta(c) => format!("{:<30}{} ({})", c.code(), c.title(), c.status().as_u16()),
            Entry::OAuth(e) => {
                format!("{:<30}Okta OAuth error ({})", e.code(), e.status().as_u16())
            }
            Entry::LoginFailure(r) => {
                format!("{:<30}Okta sign-in failure: {}", r.code(), r.title())
            }
            Entry::IdentityCloud(e) => {
                format!(
                    "{:<30}Identity Cloud: {}",
                    format!("identity-cloud:{}", e.code()),
                    e.error()
                )
            }
            Entry::Lusid(e) => format!("{:<30}LUSID: {}", format!("lusid:{}", e.code()), e.title()),
        }
    }

    /// The texts a search looks in, each with its weight.
    fn texts(self) -> Vec<(u32, String)> {
        match self {
            Entry::Okta(c) => vec![
                (5, c.code().to_owned()),
                (3, c.title().to_owned()),
                (2, c.summary().to_owned()),
                (1, c.description().unwrap_or_default().to_owned()),
            ],
            Entry::OAuth(e) => vec![
                (5, e.code().replace('_', " ")),
                (1, e.description().to_owned()),
            ],
            Entry::LoginFailure(r) => vec![
                (5, r.code().replace('_', " ")),
                (2, r.title().to_owned()),
                (1, r.description().to_owned()),
            ],
            Entry::IdentityCloud(e) => vec![
                (5, e.code().to_string()),
                (3, e.error().replace('_', " ")),
                (1, e.description().to_owned()),
            ],
            Entry::Lusid(e) => vec![
                (5, e.code().to_string()),
                (3, e.title().to_owned()),
                (1, e.description().unwrap_or_default().to_owned()),
            ],
        }
    }

    /// How well `words` match: for each word, the weight of the best text holding it (a word
    /// that only starts a longer word counts half). Every word must match somewhere.
    fn score(self, words: &[String]) -> u32 {
        let texts: Vec<(u32, Vec<String>)> = self
            .texts()
            .into_iter()
            .map(|(weight, text)| (weight, words_of(&text).collect()))
            .collect();
        let mut total = 0;
        for word in words {
            let best = texts
                .iter()
                .filter_map(|(weight, text)| {
                    if text.iter().any(|w| w == word) {
                        Some(weight * 2)
                    } else if text.iter().any(|w| w.starts_with(word.as_str())) {
                        Some(*weight)
                    } else {
                        None
                    }
                })
                .max();
            match best {
                Some(score) => total += score,
                None => return 0,
            }
        }
        total
    }

    /// The entry for a person.
    fn explain(self) -> String {
        match self {
            Entry::Okta(code) => {
                let placeholders = match code.arity() {
                    0 => "no arguments".to_owned(),
                    1 => "1 argument: {0}".to_owned(),
                    n => format!("{n} arguments: {{0}}..{{{}}}", n - 1),
                };
                let head = fields(&[
                    (
                        "Okta API error",
                        Some(format!("{}  {}", code.code(), code.title())),
                    ),
                    ("variant", Some(format!("okta::ErrorCode::{code:?}"))),
                    ("status", Some(status_line(code.status()))),
                    ("summary", Some(marked(code.summary()))),
                    ("takes", Some(placeholders)),
                    ("description", code.description().map(str::to_owned)),
                    ("since release", Some(code.since().to_owned())),
                    ("former title", code.former_title().map(str::to_owned)),
                ]);
                // The summary is shown unfilled; `--body ARG..` fills it.
                let body = okta::ErrorBody::from_raw(code.code(), code.summary());
                format!("{head}\n\n{}", example_body(code.status(), &body))
            }
            Entry::OAuth(error) => {
                let head = fields(&[
                    ("Okta OAuth error", Some(error.code().to_owned())),
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
                    ("Okta sign-in", Some(reason.code().to_owned())),
                    ("variant", Some(format!("okta::LoginFailure::{reason:?}"))),
                    (
                        "error code",
                        Some(linked.unwrap_or_else(|| "none".to_owned())),
                    ),
                    ("description", Some(reason.title().to_owned())),
                    ("troubleshooting", Some(reason.description().to_owned())),
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

    /// The entry as a row of `--dump` (with its catalog, for `--json` lookups).
    fn row(&self) -> Ordered {
        let mut row = self.dump_row();
        row.0.insert(0, ("catalog", json!(self.catalog())));
        row
    }

    fn dump_row(self) -> Ordered {
        Ordered(match self {
            Entry::Okta(c) => vec![
                ("code", json!(c.code())),
                ("name", json!(format!("{c:?}"))),
                ("title", json!(c.title())),
                ("status", json!(c.status().as_u16())),
                ("summary", json!(c.summary())),
                ("description", json!(c.description())),
            ],
            Entry::OAuth(e) => vec![
                ("error", json!(e.code())),
                ("status", json!(e.status().as_u16())),
                ("description", json!(e.description())),
            ],
            Entry::LoginFailure(r) => vec![
                ("reason", json!(r.code())),
                (
                    "error_code",
                    json!(r.error_code().map(okta::ErrorCode::code)),
                ),
                ("description", json!(r.title())),
                ("troubleshooting", json!(r.description())),
            ],
            Entry::IdentityCloud(e) => vec![
                ("code", json!(e.code())),
                ("name", json!(format!("{e:?}"))),
                ("error", json!(e.error())),
                ("description", json!(e.description())),
                ("category", json!(e.category().as_str())),
            ],
            Entry::Lusid(e) => vec![
                ("code", json!(e.code())),
                ("name", json!(e.name())),
                ("title", json!(e.title())),
                ("description", json!(e.description())),
                ("status", json!(e.status().as_u16())),
            ],
        })
    }
}

/// Every catalog as one JSON object of row lists.
fn dump() -> Ordered<Vec<Ordered>> {
    let mut catalogs: Vec<(&'static str, Vec<Ordered>)> = Vec::new();
    for entry in all_entries() {
        match catalogs.last_mut() {
            Some((catalog, rows)) if *catalog == entry.catalog() => rows.push(entry.dump_row()),
            _ => catalogs.push((entry.catalog(), vec![entry.dump_row()])),
        }
    }
    Ordered(catalogs)
}
