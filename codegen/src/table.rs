//! The table format of `data/`, and the one reader that validates every table from its
//! declaration (`catalog.rs`), noting every problem of every table.
//!
//! UTF-8 text, one record per line, fields separated by a tab. Lines starting with `#` are
//! comments; the first other line is the header, which must name the declared columns in order.
//! Inside a field, `\\`, `\t` and `\n` stand for a backslash, a tab and a line break. An empty
//! field is an absent value, which only optional columns allow.
//!
//! `std` only: a catalog crate should not make its users compile a parser for its build.

use super::advice;
use super::catalog::{Catalog, Column, Type};
use super::template::{self, arity, TemplatePart};
use std::fmt;

/// One thing wrong with a table, at a line of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The table's file name inside `data/`.
    pub file: &'static str,
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

/// `s` quoted as problems show values: `"E0000001"`.
pub fn quoted(s: &str) -> String {
    format!("{s:?}")
}

/// A validated table.
pub struct Table {
    /// Its declaration.
    pub catalog: &'static Catalog,
    /// Its records, in table order.
    pub rows: Vec<Record>,
}

/// The table of `catalog` among `tables` (by file name).
pub fn find<'t>(tables: &'t [Table], catalog: &Catalog) -> Option<&'t Table> {
    tables.iter().find(|t| t.catalog.file == catalog.file)
}

/// A record: its line and its fields, unescaped and validated.
pub struct Record {
    /// The 1-based line the record stands on.
    pub line: usize,
    columns: &'static [Column],
    /// Each column's field; `None` where it is empty (or, while problems are noted, invalid).
    fields: Vec<Option<String>>,
}

impl Record {
    /// The field of `column`, if present.
    pub fn get(&self, column: &str) -> Option<&str> {
        let index = self.columns.iter().position(|c| c.name == column)?;
        self.fields[index].as_deref()
    }

    /// The field of a required `column` (empty if the table has no such column).
    pub fn text(&self, column: &str) -> &str {
        self.get(column).unwrap_or_default()
    }

    /// The wire code: the first column's field.
    pub fn code(&self) -> &str {
        self.fields[0].as_deref().unwrap_or_default()
    }

    /// The number a numeric field stands for: an integer, a status, the digits of `E0000007`.
    pub fn number(&self, column: &str) -> Option<i64> {
        let ty = self.columns.iter().find(|c| c.name == column)?.ty;
        number(ty, self.get(column)?)
    }

    /// A template field split into text and placeholders, with its placeholders' names (none
    /// if absent, or if `column` is no template).
    pub fn template(&self, column: &str) -> template::Template {
        let ty = self.columns.iter().find(|c| c.name == column).map(|c| c.ty);
        let Some(Type::Template { placeholders, .. }) = ty else {
            return template::Template::default();
        };
        self.get(column)
            .and_then(|text| template::parse(text, placeholders).ok())
            .unwrap_or_default()
    }

    /// A template field split into text and placeholders (none if absent).
    pub fn parts(&self, column: &str) -> Vec<TemplatePart> {
        self.template(column).parts
    }

    /// How many distinct placeholders a template field has.
    pub fn arity(&self, column: &str) -> usize {
        arity(&self.parts(column))
    }
}

/// The number a valid field of type `ty` stands for.
fn number(ty: Type, text: &str) -> Option<i64> {
    match ty {
        Type::Integer { .. } | Type::Status => text.parse().ok(),
        Type::Prefixed { prefix, .. } => text.strip_prefix(prefix)?.parse().ok(),
        _ => None,
    }
}

/// A record being read: what a catalog's `check` sees, and where it notes problems.
pub struct Row<'p> {
    file: &'static str,
    /// The record read so far.
    pub record: Record,
    problems: &'p mut Vec<Problem>,
}

impl Row<'_> {
    /// Notes a problem with this record.
    pub fn problem(&mut self, message: String) {
        self.problems.push(Problem {
            file: self.file,
            line: self.record.line,
            message,
        });
    }

    /// See [`Record::get`].
    pub fn get(&self, column: &str) -> Option<&str> {
        self.record.get(column)
    }

    /// See [`Record::number`].
    pub fn number(&self, column: &str) -> Option<i64> {
        self.record.number(column)
    }
}

/// Reads and validates every table (`texts` pairs each declaration with its table's text),
/// reporting all problems of all tables at once, in table order, line by line, column by
/// column.
pub fn parse(texts: &[(&'static Catalog, &str)]) -> Result<Vec<Table>, Vec<Problem>> {
    // Each table's problems, in line order.
    let mut problems = Vec::with_capacity(texts.len());
    let mut tables = Vec::with_capacity(texts.len());
    for (catalog, text) in texts {
        let mut found = Vec::new();
        let rows = read(catalog, text, &mut found);
        problems.push(found);
        tables.push(Table { catalog, rows });
    }
    // Links, once every table is read: a link may point to a later row or another table.
    for (table, found) in tables.iter().zip(&mut problems) {
        check_links(table, &tables, found);
    }
    let problems = problems.concat();
    if problems.is_empty() {
        Ok(tables)
    } else {
        Err(problems)
    }
}

/// The keys of a column met so far, each with the line it was first on, kept as written in a
/// sorted `Vec`: a table has a few hundred rows.
#[derive(Default)]
struct Seen(Vec<(String, usize)>);

/// Reads one table's records, noting every problem.
fn read(catalog: &'static Catalog, text: &str, problems: &mut Vec<Problem>) -> Vec<Record> {
    let file = catalog.file;
    let columns = catalog.columns;
    let mut out = Vec::new();
    // The code column and the name column must be unique.
    let mut codes = Seen::default();
    let mut names = Seen::default();
    let mut header_seen = false;
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        if raw.starts_with('#') {
            continue;
        }
        let mut note = |message: String| {
            problems.push(Problem {
                file,
                line,
                message,
            })
        };
        if !header_seen {
            header_seen = true;
            if !raw.split('\t').eq(columns.iter().map(|c| c.name)) {
                let shown = quoted(&raw.replace('\t', " | "));
                let expected = quoted(&listed(columns));
                note(["header is ", &shown, "; expected the columns ", &expected].concat());
                return out;
            }
            continue;
        }
        if raw.trim().is_empty() {
            note("blank line (a record needs every column; comments start with '#')".to_owned());
            continue;
        }
        let count = raw.split('\t').count();
        if count != columns.len() {
            note(
                [
                    &count.to_string(),
                    " fields where the header has ",
                    &columns.len().to_string(),
                    " (",
                    &listed(columns),
                    ")",
                ]
                .concat(),
            );
            continue;
        }
        let mut row = Row {
            file,
            record: Record {
                line,
                columns,
                fields: Vec::with_capacity(columns.len()),
            },
            problems,
        };
        for (i, (column, raw_field)) in columns.iter().zip(raw.split('\t')).enumerate() {
            let value = match unescape(raw_field) {
                Ok(field) => field_value(&mut row, catalog, column, field),
                Err(message) => {
                    row.problem(["field `", column.name, "`: ", &message].concat());
                    None
                }
            };
            let seen = match column.ty {
                _ if i == 0 => Some(&mut codes),
                Type::Name => Some(&mut names),
                _ => None,
            };
            if let (Some(seen), Some(value)) = (seen, &value) {
                unique(&mut row, seen, column, value);
            }
            row.record.fields.push(value);
        }
        advice::check_rule(&mut row, catalog.status_rule);
        if let Some(check) = catalog.check {
            check(&mut row);
        }
        out.push(row.record);
    }
    if !header_seen {
        problems.push(Problem {
            file,
            line: text.lines().count().max(1),
            message: [
                "no header line; expected the columns ",
                &quoted(&listed(columns)),
            ]
            .concat(),
        });
    }
    out
}

/// Notes `value` if an earlier line of the table has it in the same column.
fn unique(row: &mut Row<'_>, seen: &mut Seen, column: &Column, value: &str) {
    match seen
        .0
        .binary_search_by(|(seen, _)| seen.as_str().cmp(value))
    {
        Ok(i) => {
            let key = match column.ty {
                Type::Integer { .. } => value.to_owned(),
                _ => quoted(value),
            };
            let first = seen.0[i].1.to_string();
            let message = [
                "duplicate ",
                column.name,
                " ",
                &key,
                " (first on line ",
                &first,
                ")",
            ];
            row.problem(message.concat());
        }
        Err(i) => seen.0.insert(i, (value.to_owned(), row.record.line)),
    }
}

/// The field of `column` if it is valid, noting what is wrong with it otherwise; `None` if it is
/// empty or invalid.
fn field_value(
    row: &mut Row<'_>,
    catalog: &Catalog,
    column: &Column,
    field: String,
) -> Option<String> {
    let name = column.name;
    if field.trim().is_empty() {
        if !column.optional {
            row.problem(["empty required field `", name, "`"].concat());
        }
        return None;
    }
    if field.trim() != field {
        row.problem(["field `", name, "` has white space at its start or end"].concat());
        return None;
    }
    let is_not = |row: &mut Row<'_>, what: &str| {
        row.problem(["`", name, "` ", &quoted(&field), " is not ", what].concat());
    };
    let valid = match column.ty {
        Type::Text | Type::Link { .. } => true,
        Type::Name => {
            let mut chars = field.chars();
            let pascal = chars.next().is_some_and(|c| c.is_ascii_uppercase())
                && chars.all(|c| c.is_ascii_alphanumeric());
            let clash =
                catalog.constants.is_some() && number(catalog.columns[0].ty, &field).is_some();
            if !pascal || field == "Self" {
                is_not(
                    row,
                    "a Rust identifier in PascalCase (ASCII letters and digits, starting with a \
                     capital)",
                );
            } else if clash {
                row.problem(
                    [
                        "`",
                        name,
                        "` ",
                        &quoted(&field),
                        " would clash with the code constants",
                    ]
                    .concat(),
                );
            }
            pascal && field != "Self" && !clash
        }
        Type::Status => {
            let valid = field.parse::<u16>().is_ok_and(|s| (100..=599).contains(&s));
            if !valid {
                let message = ": an HTTP status must be a number from 100 to 599";
                row.problem(["`", name, "` is ", &quoted(&field), message].concat());
            }
            valid
        }
        Type::Bool => {
            let valid = field == "true" || field == "false";
            if !valid {
                is_not(row, "true or false");
            }
            valid
        }
        Type::Word { upper, what } => {
            let valid = field.chars().all(|c| {
                c.is_ascii_digit()
                    || c == '_'
                    || if upper {
                        c.is_ascii_uppercase()
                    } else {
                        c.is_ascii_lowercase()
                    }
            });
            if !valid {
                is_not(row, what);
            }
            valid
        }
        Type::Pascal { what } => {
            let mut chars = field.chars();
            let valid = chars.next().is_some_and(|c| c.is_ascii_uppercase())
                && chars.all(|c| c.is_ascii_alphanumeric());
            if !valid {
                is_not(row, what);
            }
            valid
        }
        Type::Kebab { prefix, what } => {
            let rest = field.strip_prefix(prefix).unwrap_or_default();
            let valid = !rest.is_empty()
                && rest.split('-').all(|word| {
                    !word.is_empty()
                        && word
                            .bytes()
                            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
                });
            if !valid {
                is_not(row, what);
            }
            valid
        }
        Type::Integer { min, max, what } => {
            let parsed = field.parse::<i64>().ok();
            // Written plainly, so that the generated code and comments show it as the table does.
            let valid = parsed.is_some_and(|n| (min..=max).contains(&n) && n.to_string() == field);
            if !valid {
                is_not(row, what);
            }
            valid
        }
        Type::Prefixed {
            prefix,
            digits,
            what,
        } => {
            let rest = field.strip_prefix(prefix).unwrap_or_default();
            let valid = rest.len() == digits && rest.bytes().all(|b| b.is_ascii_digit());
            if !valid {
                is_not(row, what);
            }
            valid
        }
        Type::Choice(choices) => {
            let valid = choices.find(&field).is_some();
            if !valid {
                let mut known = String::from("[");
                for (i, (value, _, _)) in choices.values.iter().enumerate() {
                    if i > 0 {
                        known.push_str(", ");
                    }
                    known.push_str(&quoted(value));
                }
                known.push(']');
                is_not(row, &["one of ", &known].concat());
            }
            valid
        }
        Type::Template {
            arity_of,
            placeholders,
        } => match template::parse(&field, placeholders) {
            Err(message) => {
                row.problem(["`", name, "`: ", &message].concat());
                false
            }
            Ok(template::Template { parts, .. }) => {
                let other = arity_of.filter(|other| row.get(other).is_some());
                let same = match other {
                    Some(other) => row.record.arity(other) == arity(&parts),
                    None => true,
                };
                if !same {
                    let other = other.unwrap_or_default();
                    let message = " takes another number of arguments than `";
                    row.problem(["`", name, "`", message, other, "`"].concat());
                }
                same
            }
        },
    };
    valid.then_some(field)
}

/// Notes every link to a code its table lacks, and every row whose advice is `linked` but not
/// its linked row's.
fn check_links(table: &Table, tables: &[Table], problems: &mut Vec<Problem>) {
    let catalog = table.catalog;
    // Into the table's problems in line order, after those already on the line.
    let mut note = |line, message: String| {
        let at = problems.iter().position(|p| p.line > line);
        let problem = Problem {
            file: catalog.file,
            line,
            message,
        };
        problems.insert(at.unwrap_or(problems.len()), problem);
    };
    // The column that links to another table, whose row a `linked` advice is copied from.
    let mut advice_link = None;
    for column in catalog.columns {
        let Type::Link { file, what } = column.ty else {
            continue;
        };
        let target = match file {
            Some(file) => tables.iter().find(|t| t.catalog.file == file),
            None => Some(table),
        };
        if file.is_some() && advice_link.is_none() {
            advice_link = Some((column.name, target));
        }
        for row in &table.rows {
            let Some(code) = row.get(column.name) else {
                continue;
            };
            let to_self = |r: &Record| file.is_none() && r.line == row.line;
            let found =
                target.and_then(|t| t.rows.iter().find(|r| r.code() == code && !to_self(r)));
            if found.is_none() {
                note(
                    row.line,
                    ["`", column.name, "` ", &quoted(code), " is not ", what].concat(),
                );
            }
        }
    }
    for row in &table.rows {
        if row.get("advice_by") != Some("linked") {
            continue;
        }
        let Some((column, target)) = advice_link else {
            let message = "`advice_by` is \"linked\" but the table links to no other";
            note(row.line, message.to_owned());
            continue;
        };
        let Some(code) = row.get(column) else {
            let message = ["`advice_by` is \"linked\" but no `", column, "` is linked"];
            note(row.line, message.concat());
            continue;
        };
        let linked = target.and_then(|t| t.rows.iter().find(|r| r.code() == code));
        let Some(linked) = linked else {
            continue;
        };
        let (kind, retry) = (linked.text("kind"), linked.text("retry"));
        if (row.text("kind"), row.text("retry")) != (kind, retry) {
            let message = [
                "`advice_by` is \"linked\" but `kind` and `retry` are not ",
                code,
                "'s (",
                kind,
                " and ",
                retry,
                ")",
            ];
            note(row.line, message.concat());
        }
    }
}

/// The column names as problems show them: `code | name | status`.
fn listed(columns: &[Column]) -> String {
    let mut list = String::new();
    for (i, column) in columns.iter().enumerate() {
        if i > 0 {
            list.push_str(" | ");
        }
        list.push_str(column.name);
    }
    list
}

/// A field with the table format's escapes (`\\\\`, `\\t`, `\\n`) replaced; what is wrong, if an
/// escape is unknown or a backslash ends the field.
pub fn unescape(field: &str) -> Result<String, String> {
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
            Some(other) => {
                let mut message = String::from("unknown escape \\");
                message.push(other);
                message.push_str(" (use \\\\, \\t or \\n)");
                return Err(message);
            }
            None => return Err("ends with a lone backslash".to_owned()),
        }
    }
    Ok(out)
}
