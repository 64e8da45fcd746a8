//! Every Entra catalog code equals Microsoft's pages, kept in `data/sources/entra/`.
//!
//! This test reads the markdown itself and compares each row with what the library's public API
//! returns (not with the crate's tables in `data/`), in both directions: nothing missing,
//! nothing extra, every code, name and text exact.

use identity_errors::entra::{ErrorCode, OAuthErrorCode, Suberror};
use identity_errors::Catalog;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

const REFERENCE: &str = "reference-error-codes.md";
const NATIVE: &str = "reference-native-authentication-api.md";

fn source(name: &str) -> String {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "data", "sources", "entra", name]
        .iter()
        .collect();
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The cells of a markdown table row `| a | b |`, trimmed.
fn cells(line: &str) -> Vec<&str> {
    let line = line.trim();
    let line = line.strip_prefix('|').unwrap_or(line);
    let line = line.strip_suffix('|').unwrap_or(line);
    line.split('|').map(str::trim).collect()
}

/// A row of the AADSTS table.
struct Row {
    line: usize,
    code: i64,
    /// As the page writes it: `AADSTS50126`.
    written: String,
    /// Microsoft's PascalCase name, where the cell starts with one.
    name: Option<String>,
    /// The rest of the cell; empty where the cell is the name alone.
    text: String,
}

/// The name a cell starts with, by the extraction rule of data/entra_errors.tsv's header: a
/// token of ASCII letters, digits and `_` that starts with a capital and has another capital
/// and a lower-case letter, followed by optional spaces, `-` and a space, or alone in the cell.
fn split_cell(cell: &str) -> (Option<String>, String) {
    let end = cell
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '_'))
        .map_or(cell.len(), |(at, _)| at);
    let (token, rest) = cell.split_at(end);
    let capitals = token.chars().filter(char::is_ascii_uppercase).count();
    let is_name = token.starts_with(|c: char| c.is_ascii_uppercase())
        && capitals >= 2
        && token.chars().any(|c| c.is_ascii_lowercase());
    if !is_name {
        return (None, cell.to_owned());
    }
    if rest.is_empty() {
        return (Some(token.to_owned()), String::new());
    }
    match rest.trim_start().strip_prefix('-') {
        Some(text) if text.starts_with(char::is_whitespace) => {
            (Some(token.to_owned()), text.trim_start().to_owned())
        }
        _ => (None, cell.to_owned()),
    }
}

/// Every row of the page's table under "## AADSTS error codes".
fn aadsts_rows() -> Vec<Row> {
    let text = source(REFERENCE);
    let mut rows = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let row = cells(line);
        let Some(digits) = row.first().and_then(|cell| cell.strip_prefix("AADSTS")) else {
            continue;
        };
        let at = format!("{REFERENCE}:{}", index + 1);
        assert!(line.starts_with('|'), "{at}: a table row");
        assert_eq!(row.len(), 2, "{at}: two cells");
        let code = digits.parse().unwrap_or_else(|e| panic!("{at}: {e}"));
        let (name, text) = split_cell(row[1]);
        rows.push(Row {
            line: index + 1,
            code,
            written: row[0].to_owned(),
            name,
            text,
        });
    }
    rows
}

#[test]
fn every_aadsts_row_is_a_code_of_the_catalog_exactly() {
    let rows = aadsts_rows();
    assert_eq!(rows.len(), 346, "{REFERENCE}: AADSTS rows");
    let distinct: BTreeSet<i64> = rows.iter().map(|row| row.code).collect();
    assert_eq!(distinct.len(), 345, "{REFERENCE}: distinct codes");
    assert_eq!(ErrorCode::ALL.len(), 345);
    assert_eq!(<ErrorCode as Catalog>::ALL.len(), 345);
    let named = rows.iter().filter(|row| row.name.is_some()).count();
    assert_eq!(
        (named, rows.len() - named),
        (250, 96),
        "{REFERENCE}: named rows"
    );

    for row in &rows {
        let at = format!("{REFERENCE}:{}", row.line);
        let code = ErrorCode::from_code(row.code)
            .unwrap_or_else(|| panic!("{at}: {} is not in the catalog", row.written));
        assert_eq!(code.code(), row.code, "{at}");
        assert_eq!(code.as_str(), row.written, "{at}");
        assert_eq!(code.to_string(), row.written, "{at}");
        if let Some(name) = &row.name {
            assert_eq!(code.microsoft_name(), Some(name.as_str()), "{at}");
            if code.is_name_published() {
                assert_eq!(code.name(), name, "{at}");
                assert_eq!(format!("{code:?}"), *name, "{at}: the variant");
            }
        }
        let text = (!row.text.is_empty()).then_some(row.text.as_str());
        assert!(
            code.description() == text || code.second_description() == text,
            "{at}: {} has not the page's text {text:?}",
            row.written
        );
    }

    // The catalog to the page: each code's texts are its rows' and nothing else.
    let mut by_code: BTreeMap<i64, Vec<&Row>> = BTreeMap::new();
    for row in &rows {
        by_code.entry(row.code).or_default().push(row);
    }
    let mut seen = BTreeSet::new();
    for &code in ErrorCode::ALL {
        assert!(seen.insert(code.code()), "{code} twice");
        let rows = by_code
            .get(&code.code())
            .unwrap_or_else(|| panic!("{code} is not on the page"));
        // The named row is the primary one (AADSTS50147's two rows).
        let primary = rows
            .iter()
            .find(|row| row.name.is_some())
            .unwrap_or(&rows[0]);
        let text = |row: &Row| (!row.text.is_empty()).then(|| row.text.clone());
        assert_eq!(
            code.description().map(str::to_owned),
            text(primary),
            "{code}"
        );
        assert_eq!(code.microsoft_name(), primary.name.as_deref(), "{code}");
        let second = rows.iter().find(|row| row.line != primary.line);
        assert_eq!(
            code.second_description().map(str::to_owned),
            second.and_then(|row| text(row)),
            "{code}: second text"
        );
        match primary.name.as_deref() {
            Some(name) if code.is_name_published() => assert_eq!(code.name(), name),
            _ => assert!(
                !code.is_name_published(),
                "{code}: no published name to use"
            ),
        }
    }
    let twice: Vec<String> = ErrorCode::ALL
        .iter()
        .filter(|code| code.second_description().is_some())
        .map(ToString::to_string)
        .collect();
    assert_eq!(twice, ["AADSTS50147"]);
    let crate_names = ErrorCode::ALL
        .iter()
        .filter(|code| !code.is_name_published())
        .count();
    assert_eq!(crate_names, 98, "names the crate chose");
}

/// The distinct `{name}` placeholders of a text, in order of first appearance.
fn placeholders(text: &str) -> Vec<&str> {
    let mut names = Vec::new();
    for (start, _) in text.match_indices('{') {
        let rest = &text[start + 1..];
        let name = &rest[..rest.find('}').expect("closed")];
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

#[test]
fn every_description_keeps_microsofts_placeholders_and_fills_them_by_name() {
    let mut with_placeholders = 0;
    for &code in ErrorCode::ALL {
        let text = code.description().unwrap_or_default();
        let expected = placeholders(text);
        assert_eq!(code.placeholders(), expected, "{code}");
        assert_eq!(code.arity(), expected.len(), "{code}");
        with_placeholders += usize::from(!expected.is_empty());
        // Filled by name, each in its own marker, the text is the page's with every
        // placeholder replaced.
        let values: Vec<String> = expected.iter().map(|name| format!("<{name}>")).collect();
        let args: Vec<(&str, &str)> = expected
            .iter()
            .zip(&values)
            .map(|(name, value)| (*name, value.as_str()))
            .collect();
        let mut replaced = text.to_owned();
        for (name, value) in &args {
            replaced = replaced.replace(&format!("{{{name}}}"), value);
        }
        assert_eq!(code.fill(&args).as_deref(), Ok(replaced.as_str()), "{code}");
        // In the other order too.
        let reversed: Vec<(&str, &str)> = args.iter().rev().copied().collect();
        assert_eq!(
            code.fill(&reversed).as_deref(),
            Ok(replaced.as_str()),
            "{code}"
        );
    }
    assert_eq!(with_placeholders, 41, "descriptions with placeholders");
    // Case-sensitive, repeated and hyphenated names, as Microsoft writes them.
    let code = |n| ErrorCode::from_code(n).unwrap();
    assert_eq!(
        code(16000).placeholders(),
        ["EmailHidden", "idp", "tenant", "appid", "appName"]
    );
    assert!(ErrorCode::ALL
        .iter()
        .any(|code| code.placeholders().contains(&"tenant-ID")));
    let quoted = code(650052);
    assert_eq!(quoted.placeholders(), ["name", "organization"]);
    assert!(quoted
        .description()
        .unwrap()
        .starts_with(r#"The app needs access to a service `(\"{name}\")` that your organization `\"{organization}\"`"#));
}

#[test]
fn the_oauth_errors_are_the_reference_table_then_the_native_auth_values() {
    let text = source(REFERENCE);
    let lines: Vec<&str> = text.lines().collect();
    let header = lines
        .iter()
        .position(|line| line.starts_with('|') && cells(line)[0] == "Error Code")
        .expect("the OAuth error table");
    let mut expected: Vec<(String, String, Option<String>)> = Vec::new();
    for line in lines[header + 2..]
        .iter()
        .take_while(|line| line.starts_with('|'))
    {
        let row = cells(line);
        let error = row[0].trim_matches('`').to_owned();
        expected.push((error, row[1].to_owned(), Some(row[2].to_owned())));
    }
    assert_eq!(expected.len(), 8, "{REFERENCE}: OAuth errors");
    for (value, description) in native_rows("Error value") {
        let poll_status = ["succeeded", "failed", "not_started", "in_progress"];
        if !poll_status.contains(&value.as_str()) && !expected.iter().any(|e| e.0 == value) {
            expected.push((value, description, None));
        }
    }
    let actual: Vec<(String, String, Option<String>)> = OAuthErrorCode::ALL
        .iter()
        .map(|code| {
            (
                code.code().to_owned(),
                code.title().to_owned(),
                code.description().map(str::to_owned),
            )
        })
        .collect();
    assert_eq!(actual, expected);
    for (i, code) in OAuthErrorCode::ALL.iter().enumerate() {
        assert_eq!(code.is_from_reference(), i < 8, "{code}");
        assert_eq!(OAuthErrorCode::from_code(code.code()), Some(*code));
    }
}

/// The values and descriptions of the native authentication page's tables whose first header
/// cell is `header`, in page order.
fn native_rows(header: &str) -> Vec<(String, String)> {
    let text = source(NATIVE);
    let mut rows = Vec::new();
    let mut in_table = false;
    for line in text.lines() {
        if !line.starts_with('|') {
            in_table = false;
            continue;
        }
        let row = cells(line);
        if row[0] == header {
            in_table = true;
        } else if in_table && !row[0].starts_with('-') {
            assert_eq!(row.len(), 2, "{NATIVE}: {line}");
            let value = row[0].strip_prefix('`').and_then(|v| v.strip_suffix('`'));
            let value = value.unwrap_or_else(|| panic!("{NATIVE}: {line}"));
            rows.push((value.to_owned(), row[1].to_owned()));
        }
    }
    rows
}

#[test]
fn the_suberrors_are_the_native_auth_values_with_their_first_description() {
    let mut expected: Vec<(String, String)> = Vec::new();
    for (value, description) in native_rows("Suberror value") {
        if !expected.iter().any(|e| e.0 == value) {
            expected.push((value, description));
        }
    }
    assert_eq!(expected.len(), 9, "{NATIVE}: distinct suberrors");
    let actual: Vec<(String, String)> = Suberror::ALL
        .iter()
        .map(|code| (code.code().to_owned(), code.title().to_owned()))
        .collect();
    assert_eq!(actual, expected);
}
