//! `import entra`: takes a new copy of Microsoft's error-code page
//! (`reference-error-codes.md`, MicrosoftDocs/entra-docs) into `data/entra_errors.tsv`.
//!
//! What it does, and nothing else: reads the page's AADSTS table by the extraction rule of the
//! table's header; takes every text from the page (`microsoft_name`, `description`,
//! `second_description` for a code listed twice); keeps the crate's columns of a code the table
//! has (its `name`, which never changes, and its `status`), and gives a new code a name by the
//! naming rule of data/README.md ("Entra"); sets every row's `name_by` by whether its name is
//! Microsoft's, and its `kind`, `retry` and `advice_by` by the keyword rule the build enforces.
//! Rows are kept in the page's order, a code the page no longer lists stays where it was (codes
//! are never removed), and a row that did not change is left byte for byte as it was. The result
//! is validated exactly as the generator validates it before anything is written.

use identity_errors_codegen::advice::entra_advice;
use identity_errors_codegen::catalog::Catalog;
use identity_errors_codegen::catalogs::{ALL, ENTRA_ERRORS};
use identity_errors_codegen::table::{self, find, Problem, Record};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::fs;
use std::path::Path;

/// A code of the page: its number, Microsoft's name and its texts.
struct Code {
    number: i64,
    name: Option<String>,
    description: String,
    second_description: String,
}

/// Imports the page `file` into the table at `table` (the other tables are read from `data`),
/// writes it, and returns a summary for CHANGELOG.md.
pub fn import(file: &Path, table: &Path, data: &Path) -> Result<String, String> {
    let read = |path: &Path| {
        fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
    };
    let codes = parse_page(&read(file)?).map_err(|e| format!("{}: {e}", file.display()))?;
    let text = read(table)?;
    let mut others = Vec::new();
    for catalog in ALL.iter().filter(|c| c.file != ENTRA_ERRORS.file) {
        others.push((*catalog, read(&data.join(catalog.file))?));
    }
    let parse = |entra: &str| {
        let mut texts: Vec<(&'static Catalog, &str)> = vec![(&ENTRA_ERRORS, entra)];
        texts.extend(others.iter().map(|(c, t)| (*c, t.as_str())));
        table::parse(&texts)
    };
    let parsed = parse(&text).map_err(|problems| {
        format!(
            "the table is invalid before the import:\n{}",
            one_a_line(&problems)
        )
    })?;
    let rows: &[Record] = find(&parsed, &ENTRA_ERRORS).map_or(&[], |t| &t.rows);
    let old_lines: Vec<&str> = text.lines().collect();
    // The comments and the header, kept as they are.
    let head: Vec<&str> = match rows.first() {
        Some(first) => old_lines[..first.line - 1].to_vec(),
        None => old_lines.clone(),
    };

    let by_code: BTreeMap<i64, &Record> = rows
        .iter()
        .filter_map(|row| Some((row.number("code")?, row)))
        .collect();
    let mut names: BTreeSet<String> = rows.iter().map(|r| r.text("name").to_owned()).collect();
    let on_page: BTreeSet<i64> = codes.iter().map(|code| code.number).collect();
    let mut lines: Vec<String> = Vec::with_capacity(codes.len());
    let (mut added, mut changed, mut renamed) = (Vec::new(), Vec::new(), Vec::new());
    for code in &codes {
        let line = match by_code.get(&code.number) {
            Some(row) => {
                let line = row_line(code, row.text("name"), row.get("status"));
                let old = old_lines[row.line - 1];
                if line == old {
                    old.to_owned()
                } else {
                    changed.push(format!("AADSTS{}", code.number));
                    if row.get("microsoft_name") != code.name.as_deref() {
                        renamed.push((
                            code.number,
                            row.text("name").to_owned(),
                            code.name.clone().unwrap_or_default(),
                        ));
                    }
                    line
                }
            }
            None => {
                let name = name_for(code, &names);
                names.insert(name.clone());
                added.push((code.number, name.clone()));
                row_line(code, &name, None)
            }
        };
        lines.push(line);
    }
    // A code the page no longer lists stays, after the row it followed.
    let mut unlisted = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let Some(number) = row.number("code").filter(|n| !on_page.contains(n)) else {
            continue;
        };
        unlisted.push(format!("AADSTS{number}"));
        let previous = rows[..i].iter().rev().find_map(|earlier| {
            let line = old_lines[earlier.line - 1];
            lines.iter().position(|kept| kept == line)
        });
        let at = previous.map_or(0, |at| at + 1);
        lines.insert(at, old_lines[row.line - 1].to_owned());
    }

    let mut result = head.join("\n");
    for line in &lines {
        result.push('\n');
        result.push_str(line);
    }
    result.push('\n');
    parse(&result).map_err(|problems| {
        format!(
            "the imported table would not validate; nothing was written:\n{}",
            one_a_line(&problems)
        )
    })?;
    if result != text {
        fs::write(table, &result).map_err(|e| format!("cannot write {}: {e}", table.display()))?;
    }
    Ok(summary(
        &codes, &added, &changed, &renamed, &unlisted, &by_code,
    ))
}

/// Problems, one a line.
fn one_a_line(problems: &[Problem]) -> String {
    let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
    list.join("\n")
}

/// The cells of a markdown table row `| a | b |`, trimmed.
fn cells(line: &str) -> Vec<&str> {
    let line = line.trim();
    let line = line.strip_prefix('|').unwrap_or(line);
    let line = line.strip_suffix('|').unwrap_or(line);
    line.split('|').map(str::trim).collect()
}

/// The codes of the page's AADSTS table, in order of first appearance; a code listed twice has
/// its named row's texts first (data/entra_errors.tsv's header says why).
fn parse_page(page: &str) -> Result<Vec<Code>, String> {
    let mut codes: Vec<Code> = Vec::new();
    for (index, line) in page.lines().enumerate() {
        let row = cells(line);
        let Some(digits) = row.first().and_then(|cell| cell.strip_prefix("AADSTS")) else {
            continue;
        };
        let at = index + 1;
        if !line.trim_start().starts_with('|') || row.len() != 2 {
            return Err(format!(
                "line {at}: an AADSTS row must be `| AADSTS<n> | <text> |`"
            ));
        }
        let number = digits
            .parse::<i64>()
            .ok()
            .filter(|n| (0..=i64::from(i32::MAX)).contains(n) && n.to_string() == digits)
            .ok_or_else(|| format!("line {at}: {:?} is not AADSTS and a number", row[0]))?;
        let (name, text) = split_cell(row[1]);
        match codes.iter_mut().find(|code| code.number == number) {
            None => codes.push(Code {
                number,
                name,
                description: text,
                second_description: String::new(),
            }),
            Some(code) if !code.second_description.is_empty() => {
                return Err(format!("line {at}: AADSTS{number} is listed a third time"));
            }
            Some(code) if code.name.is_none() && name.is_some() => {
                code.second_description = std::mem::replace(&mut code.description, text);
                code.name = name;
            }
            Some(_) if name.is_some() => {
                return Err(format!("line {at}: AADSTS{number} is named twice"));
            }
            Some(code) => code.second_description = text,
        }
    }
    if codes.is_empty() {
        return Err("no `| AADSTS<n> | .. |` rows: not Microsoft's error-code page".to_owned());
    }
    Ok(codes)
}

/// The extraction rule of data/entra_errors.tsv's header: a leading token of ASCII letters,
/// digits and `_` that starts with a capital and has another capital and a lower-case letter,
/// followed by optional spaces, `-` and white space, or making up the whole cell; the name (if
/// any) and the rest of the cell.
fn split_cell(cell: &str) -> (Option<String>, String) {
    let end = cell
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(cell.len());
    let (token, rest) = cell.split_at(end);
    let is_name = token.starts_with(|c: char| c.is_ascii_uppercase())
        && token.chars().skip(1).any(|c| c.is_ascii_uppercase())
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

/// The name of a new code by the Entra naming rule: Microsoft's name without underscores
/// (rule 1), or, where the page gives none, the PascalCase words of the description's first
/// sentence up to 48 characters (rule 3's mechanical part, for review); the code added where
/// the name is taken (rule 2).
fn name_for(code: &Code, taken: &BTreeSet<String>) -> String {
    let mut name = match &code.name {
        Some(name) => name.replace('_', ""),
        None => sentence_name(&code.description),
    };
    if name.is_empty() || !name.starts_with(|c: char| c.is_ascii_uppercase()) {
        name = format!("Aadsts{}", code.number);
    }
    if taken.contains(&name) {
        name.push_str(&code.number.to_string());
    }
    name
}

/// The words of a text's first sentence in PascalCase, placeholders left out, apostrophes
/// dropped, as many as fit in 48 characters.
fn sentence_name(text: &str) -> String {
    let sentence = text.split(". ").next().unwrap_or_default();
    let mut words = String::new();
    let mut placeholder = false;
    let mut current = String::new();
    let mut all = Vec::new();
    for c in sentence.chars() {
        match c {
            '{' => placeholder = true,
            '}' => placeholder = false,
            '\'' | '\u{2019}' => {}
            c if c.is_ascii_alphanumeric() && !placeholder => current.push(c),
            _ if !current.is_empty() => all.push(std::mem::take(&mut current)),
            _ => {}
        }
    }
    all.push(current);
    for word in all.iter().filter(|w| !w.is_empty()) {
        let mut chars = word.chars();
        let first = chars.next().map(|c| c.to_ascii_uppercase());
        let word: String = first
            .into_iter()
            .chain(chars.map(|c| c.to_ascii_lowercase()))
            .collect();
        if words.len() + word.len() > 48 {
            break;
        }
        words.push_str(&word);
    }
    words
}

/// A table field: `\`, tab and line break escaped.
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('\t', "\\t")
        .replace('\n', "\\n")
}

/// The row of a code, in the table's column order: the page's texts, the `name` and `status`
/// given, `name_by` by whether the name is Microsoft's, the advice by the keyword rule.
fn row_line(code: &Code, name: &str, status: Option<&str>) -> String {
    let microsoft_name = code.name.as_deref().unwrap_or_default();
    let name_by = if name == microsoft_name {
        "microsoft"
    } else {
        "crate"
    };
    let advice = entra_advice(&[microsoft_name, &code.description, &code.second_description]);
    let fields = [
        code.number.to_string(),
        name.to_owned(),
        name_by.to_owned(),
        escape(microsoft_name),
        escape(&code.description),
        escape(&code.second_description),
        status.unwrap_or_default().to_owned(),
        advice.kind.to_owned(),
        advice.retry.to_owned(),
        advice.by.to_owned(),
    ];
    fields.join("\t")
}

/// The summary for CHANGELOG.md.
fn summary(
    codes: &[Code],
    added: &[(i64, String)],
    changed: &[String],
    renamed: &[(i64, String, String)],
    unlisted: &[String],
    before: &BTreeMap<i64, &Record>,
) -> String {
    let mut out = String::from("### Entra AADSTS codes\n\n");
    writeln!(
        out,
        "Microsoft's page lists {} codes; the table had {}.\n",
        codes.len(),
        before.len()
    )
    .unwrap();
    if added.is_empty() && changed.is_empty() && unlisted.is_empty() {
        out.push_str("No new or changed codes.\n");
        return out;
    }
    if !added.is_empty() {
        writeln!(out, "Added {} codes to `entra::ErrorCode`:\n", added.len()).unwrap();
        for (number, name) in added {
            let code = codes.iter().find(|c| c.number == *number);
            let by = match code.and_then(|c| c.name.as_deref()) {
                Some(microsoft) if microsoft == name => "Microsoft's name",
                Some(_) => "the crate's name, from Microsoft's (review: rules 1, 2)",
                None => "the crate's name, from the description (review: rule 3)",
            };
            writeln!(out, "- `AADSTS{number}` `{name}`: {by}").unwrap();
        }
        out.push('\n');
    }
    if !renamed.is_empty() {
        writeln!(out, "Microsoft's name changed (variant names kept):\n").unwrap();
        for (number, name, microsoft) in renamed {
            writeln!(
                out,
                "- `AADSTS{number}` `{name}`: Microsoft now names it `{microsoft}`"
            )
            .unwrap();
        }
        out.push('\n');
    }
    if !changed.is_empty() {
        writeln!(out, "Texts or advice changed: {}.\n", changed.join(", ")).unwrap();
    }
    if !unlisted.is_empty() {
        writeln!(
            out,
            "No longer on Microsoft's page, kept (codes are never removed): {}.\n",
            unlisted.join(", ")
        )
        .unwrap();
    }
    out.push_str(
        "Update the table header's source commit and counts, tests/names.txt, and the status of \
         any new code a Microsoft source states (data/README.md, \"Entra HTTP statuses\").\n",
    );
    out
}
