//! Text for a person: rows that line up whatever their contents, and `label  value` fields.

use crate::catalog::Ref;
use crate::style::{Paint, HEAD, LABEL};
use identity_errors::http::StatusCode;

/// The column where field values start.
const LABEL_WIDTH: usize = 18;

/// `404 Not Found`; the number alone for a status with no standard reason.
pub fn status_line(status: StatusCode) -> String {
    match status.canonical_reason() {
        Some(reason) => format!("{} {reason}", status.as_u16()),
        None => status.as_u16().to_string(),
    }
}

/// One line per entry: the spelling `explain` reads back, the catalog, the status and the
/// title, each column as wide as its widest cell.
pub fn rows(entries: &[Ref], paint: Paint) -> String {
    let cells: Vec<[String; 4]> = entries
        .iter()
        .map(|entry| {
            [
                entry.spelling(),
                entry.short().to_owned(),
                entry
                    .status()
                    .map_or("-".to_owned(), |status| status.as_u16().to_string()),
                one_line(entry.title()),
            ]
        })
        .collect();
    let plain = Column::default();
    let columns = [
        Column::styled(HEAD),
        Column::styled(LABEL),
        Column::RIGHT,
        plain,
    ];
    table(&cells, &columns, paint)
}

/// How a column of [`table`] is written.
#[derive(Clone, Copy, Default)]
pub struct Column {
    /// Its style.
    pub style: anstyle::Style,
    /// Whether it is aligned right (numbers).
    pub right: bool,
}

impl Column {
    /// A right-aligned column without style.
    pub const RIGHT: Self = Column {
        style: anstyle::Style::new(),
        right: true,
    };

    /// A left-aligned column in `style`.
    pub fn styled(style: anstyle::Style) -> Self {
        Column {
            style,
            right: false,
        }
    }
}

/// Cells in columns: every column padded to its widest cell (in characters), two spaces
/// between columns, no space at the end of a line.
pub fn table<const N: usize>(cells: &[[String; N]], columns: &[Column; N], paint: Paint) -> String {
    let mut widths = [0; N];
    for row in cells {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    for row in cells {
        let mut line = String::new();
        for (i, ((cell, width), column)) in row.iter().zip(widths).zip(columns).enumerate() {
            let pad = " ".repeat(width.saturating_sub(cell.chars().count()));
            if i > 0 {
                line.push_str("  ");
            }
            if column.right {
                line.push_str(&pad);
            }
            line.push_str(&paint.paint(column.style, cell));
            if !column.right {
                line.push_str(&pad);
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// `label  value` lines, the values in one column; a value's later lines line up under its
/// first.
pub fn fields(lines: &[(&str, String)], paint: Paint) -> String {
    let indent = " ".repeat(LABEL_WIDTH);
    let mut out = String::new();
    for (label, value) in lines {
        let pad = LABEL_WIDTH.saturating_sub(label.chars().count()).max(2);
        out.push_str(&paint.paint(LABEL, label));
        out.push_str(&" ".repeat(pad));
        for (i, line) in value.split('\n').enumerate() {
            if i > 0 {
                out.push('\n');
                if !line.is_empty() {
                    out.push_str(&indent);
                }
            }
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

/// A template with each placeholder (`{0}`, `{1}`..) replaced by what `with` makes of it; an
/// unclosed `{` is left as it is.
pub fn replace_placeholders(template: &str, mut with: impl FnMut(&str) -> String) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|at| open + at) else {
            break;
        };
        out.push_str(&rest[..open]);
        out.push_str(&with(&rest[open..=close]));
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

/// Text on one line: line breaks as spaces.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(rows: &[[&str; 4]]) -> Vec<[String; 4]> {
        rows.iter().map(|row| row.map(str::to_owned)).collect()
    }

    #[test]
    fn columns_line_up_whatever_the_widths() {
        let columns = [
            Column::default(),
            Column::default(),
            Column::RIGHT,
            Column::default(),
        ];
        let text = table(
            &cells(&[
                [
                    "platformsso_invalid_password_credentials",
                    "Okta OAuth error",
                    "400",
                    "Platform sso",
                ],
                [
                    "E0000047",
                    "Okta API error",
                    "429",
                    "Too many requests exception",
                ],
                ["LOCKED_OUT", "Okta sign-in", "-", "The user exceeded"],
            ]),
            &columns,
            Paint::PLAIN,
        );
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines,
            [
                "platformsso_invalid_password_credentials  Okta OAuth error  400  Platform sso",
                "E0000047                                  Okta API error    429  Too many requests exception",
                "LOCKED_OUT                                Okta sign-in        -  The user exceeded",
            ]
        );
    }

    #[test]
    fn fields_align_values_and_their_later_lines() {
        let text = fields(
            &[
                ("status", "404 Not Found".to_owned()),
                ("troubleshooting", "one\ntwo\n\nthree".to_owned()),
                ("a label longer than the column", "value".to_owned()),
            ],
            Paint::PLAIN,
        );
        assert_eq!(
            text,
            "status            404 Not Found\n\
             troubleshooting   one\n                  two\n\n                  three\n\
             a label longer than the column  value\n"
        );
    }

    #[test]
    fn statuses() {
        assert_eq!(status_line(StatusCode::NOT_FOUND), "404 Not Found");
        assert_eq!(status_line(StatusCode::from_u16(599).unwrap()), "599");
    }
}
