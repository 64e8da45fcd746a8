//! The table format of `data/`, and the problems a table can have.
//!
//! UTF-8 text, one record per line, fields separated by a tab. Lines starting with `#` are
//! comments; the first other line is the header, which must name the expected columns in order.
//! Inside a field, `\\`, `\t` and `\n` stand for a backslash, a tab and a line break. An empty
//! field is an absent value, which only optional columns allow.
//!
//! `std` only: a catalog crate should not make its users compile a parser for its build.

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

/// The keys of a column met so far, each with the line it was first on, for [`Row::unique`].
///
/// Keys are kept as problems write them (`"E0000001"`, `221`), whatever their type, in a sorted
/// `Vec`: a table has a few hundred rows, and a `HashMap` per key type made up a tenth of the
/// code this build script compiled.
#[derive(Default)]
pub struct Seen(Vec<(String, usize)>);

/// A record with its fields unescaped, and the tools to read them that note what is wrong.
pub struct Row<'p> {
    file: &'static str,
    /// The 1-based line the record stands on.
    pub line: usize,
    columns: &'static [&'static str],
    fields: Vec<String>,
    problems: &'p mut Vec<Problem>,
}

impl Row<'_> {
    /// Notes a problem with this record.
    pub fn problem(&mut self, message: String) {
        self.problems.push(Problem {
            file: self.file,
            line: self.line,
            message,
        });
    }

    fn field(&self, column: &str) -> &str {
        let index = self.columns.iter().position(|c| *c == column);
        &self.fields[index.expect("column names come from the same table definition")]
    }

    /// A column that may be empty.
    pub fn optional(&self, column: &str) -> Option<String> {
        Some(self.field(column))
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
    }

    /// A column that must hold text without white space at its ends.
    pub fn required(&mut self, column: &str) -> String {
        let value = self.field(column).to_owned();
        if value.trim().is_empty() {
            self.problem(format!("empty required field `{column}`"));
        } else if value.trim() != value {
            self.problem(format!(
                "field `{column}` has white space at its start or end"
            ));
        }
        value
    }

    /// An HTTP status, 100 to 599.
    pub fn status(&mut self, column: &str) -> u16 {
        let text = self.required(column);
        match text.parse::<u16>() {
            Ok(status) if (100..=599).contains(&status) => status,
            _ => {
                self.problem(format!(
                    "`{column}` is {text:?}: an HTTP status must be a number from 100 to 599"
                ));
                0
            }
        }
    }

    /// A Rust variant name: PascalCase ASCII, not `Self`, not an Okta code (those name the
    /// associated constants).
    pub fn name(&mut self, column: &str) -> String {
        let name = self.required(column);
        let mut chars = name.chars();
        let pascal = chars.next().is_some_and(|c| c.is_ascii_uppercase())
            && chars.all(|c| c.is_ascii_alphanumeric());
        if !name.is_empty() && (!pascal || name == "Self") {
            self.problem(format!(
                "`{column}` {name:?} is not a Rust identifier in PascalCase (ASCII letters and \
                 digits, starting with a capital)"
            ));
        } else if okta_code_number(&name).is_some() {
            self.problem(format!(
                "`{column}` {name:?} would clash with the code constants"
            ));
        }
        name
    }

    /// A required field made of `allowed` characters only.
    pub fn token(&mut self, column: &str, what: &str, allowed: fn(char) -> bool) -> String {
        let value = self.required(column);
        if !value.is_empty() && !value.chars().all(allowed) {
            self.problem(format!("`{column}` {value:?} is not {what}"));
        }
        value
    }

    /// A required field that parses as `T`.
    pub fn integer<T: std::str::FromStr>(&mut self, column: &str, what: &str) -> Option<T> {
        let text = self.required(column);
        let value = text.parse().ok();
        if value.is_none() && !text.is_empty() {
            self.problem(format!("`{column}` {text:?} is not {what}"));
        }
        value
    }

    /// Notes a key seen on an earlier line of the same table (`seen` remembers first lines).
    pub fn unique(&mut self, seen: &mut Seen, key: &dyn fmt::Debug, what: &str) {
        let key = format!("{key:?}");
        match seen.0.binary_search_by(|(seen, _)| seen.cmp(&key)) {
            Ok(i) => {
                let message = format!("duplicate {what} {key} (first on line {})", seen.0[i].1);
                self.problem(message);
            }
            Err(i) => seen.0.insert(i, (key, self.line)),
        }
    }
}

/// The number of an Okta code of the form `E` + 7 digits.
pub fn okta_code_number(code: &str) -> Option<u32> {
    let digits = code.strip_prefix('E')?;
    if digits.len() == 7 && digits.bytes().all(|b| b.is_ascii_digit()) {
        digits.parse().ok()
    } else {
        None
    }
}

/// Splits a table into records and hands each to `read`, noting malformed lines.
pub fn read<T>(
    file: &'static str,
    text: &str,
    columns: &'static [&'static str],
    problems: &mut Vec<Problem>,
    mut read: impl FnMut(&mut Row<'_>) -> T,
) -> Vec<T> {
    let mut out = Vec::new();
    each_record(file, text, columns, problems, &mut |row| {
        out.push(read(row))
    });
    out
}

/// The work of [`read`], which is generic: here behind `dyn`, it is compiled once, not once per
/// table.
fn each_record(
    file: &'static str,
    text: &str,
    columns: &'static [&'static str],
    problems: &mut Vec<Problem>,
    read: &mut dyn FnMut(&mut Row<'_>),
) {
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
            let header: Vec<&str> = raw.split('\t').collect();
            if header != columns {
                note(format!(
                    "header is {:?}; expected the columns {:?}",
                    raw.replace('\t', " | "),
                    listed(columns)
                ));
                return;
            }
            continue;
        }
        if raw.trim().is_empty() {
            note("blank line (a record needs every column; comments start with '#')".to_owned());
            continue;
        }
        let raw_fields: Vec<&str> = raw.split('\t').collect();
        if raw_fields.len() != columns.len() {
            note(format!(
                "{} fields where the header has {} ({})",
                raw_fields.len(),
                columns.len(),
                listed(columns)
            ));
            continue;
        }
        let mut fields = Vec::with_capacity(columns.len());
        for (column, raw_field) in columns.iter().zip(raw_fields) {
            match unescape(raw_field) {
                Ok(field) => fields.push(field),
                Err(message) => {
                    note(format!("field `{column}`: {message}"));
                    fields.push(raw_field.to_owned());
                }
            }
        }
        let mut row = Row {
            file,
            line,
            columns,
            fields,
            problems,
        };
        read(&mut row);
    }
    if !header_seen {
        problems.push(Problem {
            file,
            line: text.lines().count().max(1),
            message: format!("no header line; expected the columns {:?}", listed(columns)),
        });
    }
}

/// The column names as problems show them: `code | name | status`.
fn listed(columns: &[&str]) -> String {
    let mut list = String::new();
    for (i, column) in columns.iter().enumerate() {
        if i > 0 {
            list.push_str(" | ");
        }
        list.push_str(column);
    }
    list
}

fn unescape(field: &str) -> Result<String, String> {
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
            Some(other) => return Err(format!("unknown escape \\{other} (use \\\\, \\t or \\n)")),
            None => return Err("ends with a lone backslash".to_owned()),
        }
    }
    Ok(out)
}
