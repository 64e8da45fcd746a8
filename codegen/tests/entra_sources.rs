//! Every row of the Entra tables equals its source, Microsoft's pages in `data/sources/entra/`.
//!
//! Nothing of the library's API: this test reads the markdown snapshots and the tables in
//! `data/` directly (fields unescaped by the generator's own `unescape`), parses both, and
//! compares them in both directions (nothing missing, nothing extra, every field exact), so a
//! table row is proven before anything is generated from it. Every assertion names the file and
//! line it is about. The library's own `tests/entra_sources.rs` proves the generated catalog
//! against the markdown through the public API.

use identity_errors_codegen::table::unescape;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

const REFERENCE: &str = "data/sources/entra/reference-error-codes.md";
const NATIVE: &str = "data/sources/entra/reference-native-authentication-api.md";
const ERRORS: &str = "data/entra_errors.tsv";
const OAUTH: &str = "data/entra_oauth_errors.tsv";
const SUBERRORS: &str = "data/entra_suberrors.tsv";
const NATIVE_TABLE: &str = "data/entra_native_auth_errors.tsv";

fn read(relative: &str) -> String {
    // The library's folder, this crate's parent.
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "..", relative]
        .iter()
        .collect();
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A table row: its line number and its fields by column name, unescaped.
struct Row {
    line: usize,
    fields: BTreeMap<String, String>,
}

impl Row {
    fn get(&self, column: &str) -> &str {
        self.fields
            .get(column)
            .map(String::as_str)
            .unwrap_or_else(|| panic!("line {}: no column {column}", self.line))
    }
}

/// The format of data/README.md: `#` comments, a header line, tab-separated fields with the
/// escapes `\\`, `\t` and `\n`.
fn table(relative: &str, columns: &[&str]) -> Vec<Row> {
    let text = read(relative);
    let mut header = None;
    let mut rows = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        if line.starts_with('#') {
            continue;
        }
        let fields: Vec<String> = line
            .split('\t')
            .map(|field| unescape(field).unwrap_or_else(|e| panic!("{relative}:{number}: {e}")))
            .collect();
        match header {
            None => {
                assert_eq!(fields, columns, "{relative}:{number}: header");
                header = Some(fields);
            }
            Some(ref names) => {
                assert_eq!(
                    fields.len(),
                    names.len(),
                    "{relative}:{number}: field count"
                );
                rows.push(Row {
                    line: number,
                    fields: names.iter().cloned().zip(fields).collect(),
                });
            }
        }
    }
    rows
}

/// The cells of a markdown table line `| a | b |`, each trimmed.
fn cells(line: &str) -> Vec<&str> {
    let inner = line.trim();
    let inner = inner.strip_prefix('|').unwrap_or(inner);
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    inner.split('|').map(str::trim).collect()
}

/// One AADSTS row of the markdown: its line, code, Microsoft's name (if any) and description.
struct SourceRow {
    line: usize,
    code: u32,
    name: String,
    description: String,
}

/// Whether a token is a PascalCase name by the extraction rule: `[A-Z][A-Za-z0-9_]+`, with
/// another capital after the first letter and a lower-case letter.
fn is_name(token: &str) -> bool {
    let mut chars = token.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && token.len() > 1
        && token.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && token.chars().skip(1).any(|c| c.is_ascii_uppercase())
        && token.chars().any(|c| c.is_ascii_lowercase())
}

/// The extraction rule of data/entra_errors.tsv's header: a leading name followed by optional
/// spaces, a dash and at least one space, or a cell that is a name alone.
fn split_name(cell: &str) -> (String, String) {
    let end = cell
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(cell.len());
    let (token, rest) = cell.split_at(end);
    if !is_name(token) {
        return (String::new(), cell.to_owned());
    }
    if rest.is_empty() {
        return (token.to_owned(), String::new());
    }
    let after_spaces = rest.trim_start_matches(char::is_whitespace);
    if let Some(after_dash) = after_spaces.strip_prefix('-') {
        let description = after_dash.trim_start_matches(char::is_whitespace);
        if description.len() < after_dash.len() {
            return (token.to_owned(), description.to_owned());
        }
    }
    (String::new(), cell.to_owned())
}

fn reference_rows() -> Vec<SourceRow> {
    let text = read(REFERENCE);
    let mut rows = Vec::new();
    for (index, line) in text.split('\n').enumerate() {
        let number = index + 1;
        let Some(rest) = line.strip_prefix('|') else {
            continue;
        };
        let first = rest.split('|').next().unwrap_or_default().trim();
        let Some(digits) = first.strip_prefix("AADSTS") else {
            continue;
        };
        let code = digits
            .parse()
            .unwrap_or_else(|e| panic!("{REFERENCE}:{number}: code {first:?}: {e}"));
        let row = cells(line);
        assert_eq!(row.len(), 2, "{REFERENCE}:{number}: two cells");
        let (name, description) = split_name(row[1]);
        rows.push(SourceRow {
            line: number,
            code,
            name,
            description,
        });
    }
    rows
}

const ERROR_COLUMNS: [&str; 10] = [
    "code",
    "name",
    "name_by",
    "microsoft_name",
    "description",
    "second_description",
    "status",
    "kind",
    "retry",
    "advice_by",
];

/// The columns of data/entra_oauth_errors.tsv.
const OAUTH_COLUMNS: [&str; 10] = [
    "error",
    "name",
    "description_source",
    "description",
    "client_action",
    "status",
    "status_by",
    "kind",
    "retry",
    "advice_by",
];

/// The columns of data/entra_suberrors.tsv.
const SUBERROR_COLUMNS: [&str; 6] = [
    "suberror",
    "name",
    "description",
    "kind",
    "retry",
    "advice_by",
];

#[test]
fn every_aadsts_row_is_in_the_table_exactly() {
    let source = reference_rows();
    let table = table(ERRORS, &ERROR_COLUMNS);

    assert_eq!(source.len(), 346, "{REFERENCE}: AADSTS rows");
    let distinct: BTreeSet<u32> = source.iter().map(|row| row.code).collect();
    assert_eq!(distinct.len(), 345, "{REFERENCE}: distinct codes");
    let named = source.iter().filter(|row| !row.name.is_empty()).count();
    assert_eq!(named, 250, "{REFERENCE}: rows with a name");
    assert_eq!(source.len() - named, 96, "{REFERENCE}: rows without a name");
    assert_eq!(table.len(), 345, "{ERRORS}: rows");

    let mut by_code = BTreeMap::new();
    for row in &table {
        let code: u32 = row
            .get("code")
            .parse()
            .unwrap_or_else(|e| panic!("{ERRORS}:{}: code: {e}", row.line));
        assert!(
            by_code.insert(code, row).is_none(),
            "{ERRORS}:{}: AADSTS{code} twice",
            row.line
        );
    }

    // Source to table: every row's code, name and text.
    let mut texts: BTreeMap<u32, Vec<(&str, &str)>> = BTreeMap::new();
    for row in &source {
        let at = format!("{REFERENCE}:{}", row.line);
        let entry = by_code
            .get(&row.code)
            .unwrap_or_else(|| panic!("{at}: AADSTS{} is not in {ERRORS}", row.code));
        let here = format!("{ERRORS}:{}", entry.line);
        if !row.name.is_empty() {
            assert_eq!(
                entry.get("microsoft_name"),
                row.name,
                "{at} / {here}: AADSTS{} microsoft_name",
                row.code
            );
            if entry.get("name_by") == "microsoft" {
                assert_eq!(entry.get("name"), row.name, "{at} / {here}: name");
            }
        }
        let kept = [entry.get("description"), entry.get("second_description")];
        assert!(
            kept.contains(&row.description.as_str()),
            "{at} / {here}: AADSTS{} description differs:\n source: {:?}\n table:  {:?}",
            row.code,
            row.description,
            kept
        );
        texts
            .entry(row.code)
            .or_default()
            .push((row.name.as_str(), row.description.as_str()));
    }

    // Table to source: every field comes from the rows of its code, and nothing else is kept.
    for (code, entry) in &by_code {
        let here = format!("{ERRORS}:{}", entry.line);
        let rows = texts
            .get(code)
            .unwrap_or_else(|| panic!("{here}: AADSTS{code} is not in {REFERENCE}"));
        let (name, description) = rows
            .iter()
            .find(|(name, _)| !name.is_empty())
            .or(rows.first())
            .copied()
            .unwrap_or_default();
        assert_eq!(entry.get("microsoft_name"), name, "{here}: microsoft_name");
        assert_eq!(entry.get("description"), description, "{here}: description");
        let second: Vec<&str> = rows
            .iter()
            .map(|(_, text)| *text)
            .filter(|text| *text != description)
            .collect();
        assert_eq!(
            entry.get("second_description"),
            second.first().copied().unwrap_or_default(),
            "{here}: second_description"
        );
        let by = entry.get("name_by");
        let expected = if entry.get("name") == name {
            "microsoft"
        } else {
            "crate"
        };
        assert_eq!(by, expected, "{here}: name_by");
    }

    // AADSTS50147: both texts, the named one first.
    let duplicate = by_code[&50147];
    assert_eq!(duplicate.get("name"), "MissingCodeChallenge");
    assert_eq!(
        duplicate.get("description"),
        "The size of the code challenge parameter isn't valid."
    );
    assert_eq!(
        duplicate.get("second_description"),
        "Invalid size of the code challenge parameter. Contact the application owner to correct \
         their use of the PKCE parameters."
    );
    let seconds = table
        .iter()
        .filter(|row| !row.get("second_description").is_empty())
        .count();
    assert_eq!(seconds, 1, "{ERRORS}: only AADSTS50147 has a second text");
}

#[test]
fn entra_names_follow_the_naming_rule() {
    let table = table(ERRORS, &ERROR_COLUMNS);
    let mut names = BTreeSet::new();
    for row in &table {
        let here = format!("{ERRORS}:{}", row.line);
        let name = row.get("name");
        assert!(
            name.starts_with(|c: char| c.is_ascii_uppercase())
                && name.chars().all(|c| c.is_ascii_alphanumeric()),
            "{here}: {name:?} is not a PascalCase Rust identifier"
        );
        assert!(names.insert(name.to_owned()), "{here}: {name} twice");
        if row.get("name_by") == "crate" {
            assert!(name.len() <= 48, "{here}: {name} is longer than 48");
        }
    }
    let crate_names = table
        .iter()
        .filter(|row| row.get("name_by") == "crate")
        .count();
    // 95 codes without a Microsoft name, two repeated names, one name with an underscore.
    assert_eq!(crate_names, 98, "{ERRORS}: names chosen by the crate");
}

/// The rows of the native-auth page's "Error value" and "Suberror value" tables: line, header
/// kind, `##` heading, `###` heading, value, description.
fn native_rows() -> Vec<(usize, &'static str, String, String, String, String)> {
    let text = read(NATIVE);
    let lines: Vec<&str> = text.split('\n').collect();
    let (mut api, mut step) = (String::new(), String::new());
    let mut rows = Vec::new();
    let mut index = 0;
    while index < lines.len() {
        let line = lines[index];
        if let Some(heading) = line.strip_prefix("## ") {
            api = heading.trim().to_owned();
            step.clear();
        } else if let Some(heading) = line.strip_prefix("### ") {
            step = heading.trim().to_owned();
        }
        let field = match line.starts_with('|').then(|| cells(line)[0]) {
            Some("Error value") => "error",
            Some("Suberror value") => "suberror",
            _ => {
                index += 1;
                continue;
            }
        };
        index += 2;
        while index < lines.len() && lines[index].starts_with('|') {
            let row = cells(lines[index]);
            let at = format!("{NATIVE}:{}", index + 1);
            assert_eq!(row.len(), 2, "{at}: two cells");
            let value = row[0]
                .strip_prefix('`')
                .and_then(|value| value.strip_suffix('`'))
                .unwrap_or_else(|| panic!("{at}: value not in backticks"));
            rows.push((
                index + 1,
                field,
                api.clone(),
                step.clone(),
                value.to_owned(),
                row[1].to_owned(),
            ));
            index += 1;
        }
    }
    rows
}

const POLL_STATUSES: [&str; 4] = ["succeeded", "failed", "not_started", "in_progress"];

#[test]
fn every_native_auth_row_is_in_the_table_exactly() {
    let source = native_rows();
    let table = table(
        NATIVE_TABLE,
        &["value", "field", "api", "step", "description"],
    );
    assert_eq!(source.len(), 89, "{NATIVE}: error and suberror rows");
    assert_eq!(table.len(), source.len(), "{NATIVE_TABLE}: rows");
    for ((line, field, api, step, value, description), row) in source.iter().zip(&table) {
        let at = format!("{NATIVE}:{line} / {NATIVE_TABLE}:{}", row.line);
        let field = if POLL_STATUSES.contains(&value.as_str()) {
            assert_eq!(
                *field, "error",
                "{at}: poll statuses stand under Error value"
            );
            "status"
        } else {
            field
        };
        assert_eq!(row.get("value"), value, "{at}: value");
        assert_eq!(row.get("field"), field, "{at}: field");
        assert_eq!(row.get("api"), api, "{at}: api");
        assert_eq!(row.get("step"), step, "{at}: step");
        assert_eq!(row.get("description"), description, "{at}: description");
    }
    let values = |field: &str| -> BTreeSet<&str> {
        source
            .iter()
            .filter(|row| row.1 == field)
            .map(|row| row.4.as_str())
            .collect()
    };
    assert_eq!(values("error").len(), 16, "{NATIVE}: distinct error values");
    assert_eq!(values("suberror").len(), 9, "{NATIVE}: distinct suberrors");
}

#[test]
fn every_oauth_error_is_in_the_table_exactly() {
    let text = read(REFERENCE);
    let lines: Vec<&str> = text.split('\n').collect();
    let start = lines
        .iter()
        .position(|line| line.starts_with('|') && cells(line)[0] == "Error Code")
        .unwrap_or_else(|| panic!("{REFERENCE}: no Error Code table"));
    let mut reference = Vec::new();
    let mut index = start + 2;
    while lines[index].starts_with('|') {
        let row = cells(lines[index]);
        assert_eq!(row.len(), 3, "{REFERENCE}:{}: three cells", index + 1);
        let error = row[0]
            .strip_prefix('`')
            .and_then(|value| value.strip_suffix('`'))
            .unwrap_or_else(|| panic!("{REFERENCE}:{}: error not in backticks", index + 1));
        reference.push((index + 1, error, row[1], row[2]));
        index += 1;
    }
    assert_eq!(reference.len(), 8, "{REFERENCE}: OAuth error rows");

    // The native-auth error values the reference table lacks, each with its first description.
    let mut native: Vec<(usize, String, String)> = Vec::new();
    for (line, field, _, _, value, description) in native_rows() {
        let known =
            reference.iter().any(|row| row.1 == value) || native.iter().any(|row| row.1 == value);
        if field == "error" && !POLL_STATUSES.contains(&value.as_str()) && !known {
            native.push((line, value, description));
        }
    }
    assert_eq!(
        native.len(),
        7,
        "{NATIVE}: error values beyond the reference table"
    );

    let table = table(OAUTH, &OAUTH_COLUMNS);
    assert_eq!(table.len(), reference.len() + native.len(), "{OAUTH}: rows");
    let expected = reference
        .iter()
        .map(|(line, error, description, action)| {
            (
                format!("{REFERENCE}:{line}"),
                *error,
                "reference",
                *description,
                *action,
            )
        })
        .chain(native.iter().map(|(line, error, description)| {
            (
                format!("{NATIVE}:{line}"),
                error.as_str(),
                "native-auth",
                description.as_str(),
                "",
            )
        }));
    for ((at, error, source, description, action), row) in expected.zip(&table) {
        let at = format!("{at} / {OAUTH}:{}", row.line);
        assert_eq!(row.get("error"), error, "{at}: error");
        assert_eq!(row.get("description_source"), source, "{at}: source");
        assert_eq!(row.get("description"), description, "{at}: description");
        assert_eq!(row.get("client_action"), action, "{at}: client_action");
        assert_eq!(row.get("name"), pascal(error), "{at}: name");
    }
}

#[test]
fn every_suberror_is_in_the_table_exactly() {
    let mut source: Vec<(usize, String, String)> = Vec::new();
    for (line, field, _, _, value, description) in native_rows() {
        if field == "suberror" && !source.iter().any(|row| row.1 == value) {
            source.push((line, value, description));
        }
    }
    let table = table(SUBERRORS, &SUBERROR_COLUMNS);
    assert_eq!(table.len(), source.len(), "{SUBERRORS}: rows");
    assert_eq!(table.len(), 9, "{SUBERRORS}: rows");
    for ((line, value, description), row) in source.iter().zip(&table) {
        let at = format!("{NATIVE}:{line} / {SUBERRORS}:{}", row.line);
        assert_eq!(row.get("suberror"), value, "{at}: suberror");
        assert_eq!(row.get("description"), description, "{at}: description");
        assert_eq!(row.get("name"), pascal(value), "{at}: name");
    }
}

/// Naming rule 1 for a wire value: `user_not_found` is `UserNotFound`.
fn pascal(value: &str) -> String {
    value
        .split('_')
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

#[test]
fn advice_values_are_known() {
    let kinds = [
        "invalid_request",
        "unauthenticated",
        "forbidden",
        "not_found",
        "conflict",
        "unsupported",
        "rate_limited",
        "unavailable",
        "server_fault",
    ];
    let retries = [
        "never",
        "after_window",
        "with_backoff",
        "after_reauthenticating",
    ];
    for (file, columns) in [
        (ERRORS, &ERROR_COLUMNS[..]),
        (OAUTH, &OAUTH_COLUMNS[..]),
        (SUBERRORS, &SUBERROR_COLUMNS[..]),
    ] {
        for row in table(file, columns) {
            let here = format!("{file}:{}", row.line);
            assert!(kinds.contains(&row.get("kind")), "{here}: kind");
            assert!(retries.contains(&row.get("retry")), "{here}: retry");
            assert!(
                ["crate", "microsoft"].contains(&row.get("advice_by")),
                "{here}: advice_by"
            );
        }
    }
}
