//! `import okta`: takes a new release of Okta's error-code table into `data/okta_errors.tsv`.
//!
//! What it does, and nothing else: adds a row for every code the table lacks (its name by rules
//! 1 and 2 of the naming rule in `data/README.md`, `since` the file's release, its kind and retry
//! by the rule the build enforces), records a retitle as the row's former title, and reports
//! every other difference for review. Rows are never deleted or renamed, and a row that did not
//! change is left byte for byte as it was. The result is validated exactly as the generator
//! validates it before anything is written.

use identity_errors_codegen::advice::okta_advice;
use identity_errors_codegen::catalog::Catalog;
use identity_errors_codegen::catalogs::{ALL, OKTA_ERRORS};
use identity_errors_codegen::table::{self, find, Problem, Record, Table};
use serde_json::Value;
use std::collections::BTreeSet;
use std::fmt::Write;
use std::fs;
use std::path::Path;

/// One entry of Okta's table.
struct Entry {
    code: String,
    number: u32,
    title: String,
    status: u16,
    reason: String,
    summary: String,
    description: Option<String>,
    includes_exception_message: bool,
}

/// Imports `file` into the table at `table` (the other tables are read from `data`), writes it,
/// and returns a summary for CHANGELOG.md.
pub fn import(file: &Path, table: &Path, data: &Path) -> Result<String, String> {
    let read = |path: &Path| {
        fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
    };
    let json = read(file)?;
    let (release, entries) =
        parse_release(&json).map_err(|e| format!("{}: {e}", file.display()))?;
    let text = read(table)?;
    // The other tables, which the Okta table is validated with (sign-in failures link to it).
    let mut others = Vec::new();
    for catalog in ALL.iter().filter(|c| c.file != OKTA_ERRORS.file) {
        others.push((*catalog, read(&data.join(catalog.file))?));
    }
    let parse = |okta: &str| {
        let mut texts: Vec<(&'static Catalog, &str)> = vec![(&OKTA_ERRORS, okta)];
        texts.extend(
            others
                .iter()
                .map(|(catalog, text)| (*catalog, text.as_str())),
        );
        table::parse(&texts)
    };
    let parsed = parse(&text).map_err(|problems| {
        format!(
            "the table is invalid before the import:\n{}",
            one_a_line(&problems)
        )
    })?;
    let rows = okta_rows(&parsed);
    let column = |name| OKTA_ERRORS.index(name).expect("a column of the Okta table");
    let (title_column, former_title_column) = (column("title"), column("former_title"));

    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let mut names: BTreeSet<String> = rows.iter().map(|r| r.text("name").to_owned()).collect();
    let mut added = Vec::new();
    let mut retitled = Vec::new();
    let mut differs = Vec::new();
    for entry in &entries {
        match rows.iter().find(|row| row.code() == entry.code) {
            Some(row) => {
                let title = row.text("title");
                if title != entry.title {
                    let mut fields: Vec<String> =
                        lines[row.line - 1].split('\t').map(str::to_owned).collect();
                    fields[title_column] = escape(&entry.title);
                    let kept_former = row.get("former_title").is_some();
                    if !kept_former {
                        fields[former_title_column] = escape(title);
                    }
                    lines[row.line - 1] = fields.join("\t");
                    retitled.push((
                        entry.code.clone(),
                        row.text("name").to_owned(),
                        title.to_owned(),
                        entry.title.clone(),
                        kept_former,
                    ));
                }
                let description = entry.description.as_deref();
                let includes = row.text("includes_exception_message") == "true";
                let changes = [
                    (
                        "status",
                        row.number("status") != Some(i64::from(entry.status)),
                    ),
                    ("summary", row.text("summary") != entry.summary),
                    ("description", row.get("description") != description),
                    (
                        "includesExceptionMessage",
                        includes != entry.includes_exception_message,
                    ),
                ];
                for (what, changed) in changes {
                    if changed {
                        differs.push(format!("`{}` {what}", entry.code));
                    }
                }
            }
            None => {
                let name = name_for(entry, &names);
                names.insert(name.clone());
                let line = row_line(entry, &name, &release);
                let at = insertion_point(&lines, entry.number);
                lines.insert(at, line);
                added.push((
                    entry.code.clone(),
                    name,
                    entry.title.clone(),
                    entry.status,
                    0,
                ));
            }
        }
    }
    let listed: BTreeSet<&str> = entries.iter().map(|e| e.code.as_str()).collect();
    let unlisted: Vec<&str> = rows
        .iter()
        .map(Record::code)
        .filter(|code| !listed.contains(code))
        .collect();

    let mut result = lines.join("\n");
    result.push('\n');
    let imported = parse(&result).map_err(|problems| {
        format!(
            "the imported table would not validate; nothing was written:\n{}",
            one_a_line(&problems)
        )
    })?;
    // What the build will make of each new code: how many arguments its constructor takes.
    for (code, _, _, _, arguments) in &mut added {
        let row = okta_rows(&imported).iter().find(|row| row.code() == code);
        *arguments = row.map_or(0, |row| row.arity("summary"));
    }
    if result != text {
        fs::write(table, &result).map_err(|e| format!("cannot write {}: {e}", table.display()))?;
    }
    Ok(summary(&release, &added, &retitled, &differs, &unlisted))
}

/// The rows of the Okta table among `tables`.
fn okta_rows(tables: &[Table]) -> &[Record] {
    find(tables, &OKTA_ERRORS).map_or(&[], |table| &table.rows)
}

/// Problems, one a line.
fn one_a_line(problems: &[Problem]) -> String {
    let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
    list.join("\n")
}

/// The release and entries of Okta's table, every field checked.
fn parse_release(json: &str) -> Result<(String, Vec<Entry>), String> {
    let value: Value = serde_json::from_str(json).map_err(|e| format!("not JSON: {e}"))?;
    let release = value["release"]
        .as_str()
        .ok_or("no \"release\" string: not Okta's error-code table")?
        .to_owned();
    let errors = value["errors"]
        .as_array()
        .ok_or("no \"errors\" array: not Okta's error-code table")?;
    let mut entries = Vec::with_capacity(errors.len());
    for (i, error) in errors.iter().enumerate() {
        let text = |field: &str| {
            error[field]
                .as_str()
                .map(str::to_owned)
                .ok_or_else(|| format!("errors[{i}]: no \"{field}\" string"))
        };
        let code = text("errorCode")?;
        let number = code
            .strip_prefix('E')
            .filter(|digits| digits.len() == 7 && digits.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|digits| digits.parse().ok())
            .ok_or_else(|| format!("errors[{i}]: errorCode {code:?} is not E and 7 digits"))?;
        let status = error["statusCode"]
            .as_u64()
            .and_then(|s| u16::try_from(s).ok())
            .ok_or_else(|| format!("errors[{i}] ({code}): no \"statusCode\" number"))?;
        entries.push(Entry {
            number,
            title: text("title")?,
            status,
            reason: error["statusReasonPhrase"]
                .as_str()
                .unwrap_or_default()
                .to_owned(),
            summary: text("errorSummary")?,
            description: error["errorDescription"].as_str().map(str::to_owned),
            includes_exception_message: error["includesExceptionMessage"]
                .as_bool()
                .unwrap_or(false),
            code,
        });
    }
    if entries.is_empty() {
        return Err("the \"errors\" array is empty".to_owned());
    }
    Ok((release, entries))
}

/// Rules 1 and 2 of the naming rule: the PascalCase of the title's words, without `exception`
/// or a trailing status number; rule 5 where that name is taken: the status's reason phrase.
fn name_for(entry: &Entry, taken: &BTreeSet<String>) -> String {
    let words = |text: &str| -> String {
        let words: Vec<&str> = text
            .split(|c: char| !c.is_ascii_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
            .collect();
        let keep = words.len()
            - words
                .iter()
                .rev()
                .take_while(|w| w.bytes().all(|b| b.is_ascii_digit()))
                .count();
        words[..keep]
            .iter()
            .filter(|w| !w.eq_ignore_ascii_case("exception"))
            .map(|w| {
                let w = w.replace('\'', "");
                let mut chars = w.chars();
                let first = chars.next().map(|c| c.to_ascii_uppercase());
                first
                    .into_iter()
                    .chain(chars.map(|c| c.to_ascii_lowercase()))
                    .collect::<String>()
            })
            .collect()
    };
    let mut name = words(&entry.title);
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        name = format!("Code{}", &entry.code[1..]);
    }
    if taken.contains(&name) {
        name.push_str(&words(&entry.reason));
    }
    if taken.contains(&name) {
        name.push_str(&entry.code[1..]);
    }
    name
}

/// A table field: `\`, tab and line break escaped.
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('\t', "\\t")
        .replace('\n', "\\n")
}

/// The row for a new code, in the table's column order.
fn row_line(entry: &Entry, name: &str, release: &str) -> String {
    let advice = okta_advice(entry.status, &entry.summary, entry.description.as_deref());
    let fields = [
        escape(&entry.code),
        name.to_owned(),
        entry.status.to_string(),
        escape(&entry.title),
        escape(&entry.summary),
        entry.description.as_deref().map(escape).unwrap_or_default(),
        escape(release),
        String::new(),
        String::new(),
        entry.includes_exception_message.to_string(),
        advice.kind.to_owned(),
        advice.retry.to_owned(),
        advice.by.to_owned(),
    ];
    fields.join("\t")
}

/// Where a row for the code numbered `number` goes: before the first row with a greater code,
/// else after the last row.
fn insertion_point(lines: &[String], number: u32) -> usize {
    let row_number = |line: &str| {
        let code = line.split('\t').next()?;
        code.strip_prefix('E')?.parse::<u32>().ok()
    };
    let mut after_last = lines.len();
    for (i, line) in lines.iter().enumerate() {
        match row_number(line) {
            Some(n) if n > number => return i,
            Some(_) => after_last = i + 1,
            None => {}
        }
    }
    after_last
}

/// The summary for CHANGELOG.md.
fn summary(
    release: &str,
    added: &[(String, String, String, u16, usize)],
    retitled: &[(String, String, String, String, bool)],
    differs: &[String],
    unlisted: &[&str],
) -> String {
    let mut out = format!("### Okta error codes, release {release}\n\n");
    if added.is_empty() && retitled.is_empty() {
        out.push_str("No new or retitled codes.\n");
    }
    if !added.is_empty() {
        writeln!(out, "Added {} codes to `okta::ErrorCode`:\n", added.len()).unwrap();
        for (code, name, title, status, arguments) in added {
            let takes = match arguments {
                0 => String::new(),
                1 => ", 1 argument".to_owned(),
                n => format!(", {n} arguments"),
            };
            writeln!(out, "- `{code}` `{name}`: {title} (HTTP {status}{takes})").unwrap();
        }
        out.push('\n');
    }
    if !retitled.is_empty() {
        writeln!(out, "Retitled by Okta (variant names kept):\n").unwrap();
        for (code, name, old, new, kept) in retitled {
            let note = if *kept {
                " (an older former title is kept)"
            } else {
                ""
            };
            writeln!(out, "- `{code}` `{name}`: \"{old}\" is now \"{new}\"{note}").unwrap();
        }
        out.push('\n');
    }
    if !differs.is_empty() {
        writeln!(
            out,
            "Differs from the table, left as it was for review: {}.\n",
            differs.join(", ")
        )
        .unwrap();
    }
    if !unlisted.is_empty() {
        writeln!(
            out,
            "No longer in Okta's table, kept (codes are never removed): {}.\n",
            unlisted.join(", ")
        )
        .unwrap();
    }
    if !added.is_empty() {
        out.push_str("Review the new names against rules 3 to 6 of data/README.md");
        let long: Vec<&str> = added
            .iter()
            .filter(|(_, name, ..)| name.len() > 48)
            .map(|(_, name, ..)| name.as_str())
            .collect();
        if long.is_empty() {
            out.push_str(".\n");
        } else {
            writeln!(out, "; over 48 characters (rule 6): {}.", long.join(", ")).unwrap();
        }
    }
    out
}
