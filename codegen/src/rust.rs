//! Writing Rust source a reader can open: whole items in rustfmt's layout, doc comments wrapped,
//! long string literals continued on the next line, no line over [`MAX_WIDTH`] characters but a
//! doc line of one word longer than a line (a long URL), which Markdown cannot break.

/// The longest line written, in characters (rustfmt's default `max_width`).
pub const MAX_WIDTH: usize = 100;

/// The widest a table entry can be and still have its comment lined up with the others.
const COMMENT_COLUMN: usize = 64;

/// A Rust string literal for `s` (Debug escaping is valid literal syntax).
pub fn lit(s: &str) -> String {
    format!("{s:?}")
}

/// Vendor text made safe for rustdoc's Markdown: every character Markdown or rustdoc could read
/// as markup (links such as `[en]`, HTML such as `<id>`, emphasis, a bare URL) is shown
/// literally, and a line break is a paragraph break, as on the vendor's page.
pub fn markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    // A URL stays text, as on the vendor's page: its `:` escaped, rustdoc sees no bare URL to
    // warn of, and Markdown shows it unchanged.
    out.replace("://", "\\://").replace('\n', "\n\n")
}

/// Whether a wrapped doc line may start with `word` without Markdown reading it as the start of
/// a list, a code fence or a heading underline. (Headings, quotes, tables, HTML and emphasis
/// characters are escaped by [`markdown`] or written by hand.)
fn may_start_line(word: &str) -> bool {
    let list_number = word.len() > 1
        && word.ends_with(['.', ')'])
        && word[..word.len() - 1].bytes().all(|b| b.is_ascii_digit());
    !list_number && !word.starts_with(['-', '+', '=']) && !word.starts_with("```")
}

/// `///` lines for the Markdown `text`, at `indent`, wrapped between words. A word that may
/// not start a line takes the word before it to the next line; a word longer than a line
/// stands on a line of its own.
pub fn doc(out: &mut String, indent: &str, text: &str) {
    let room = MAX_WIDTH - indent.chars().count() - "/// ".len();
    for line in text.lines() {
        if line.is_empty() {
            push(out, &[indent, "///\n"]);
            continue;
        }
        let mut current = String::new();
        for word in line.split(' ') {
            if current.is_empty() {
                current.push_str(word);
            } else if current.chars().count() + 1 + word.chars().count() <= room {
                current.push(' ');
                current.push_str(word);
            } else if may_start_line(word) {
                push(out, &[indent, "/// ", current.trim_end(), "\n"]);
                current = word.to_owned();
            } else {
                // The word before goes to the next line with it, where the line has another.
                let kept = current.trim_end().rfind(' ').filter(|&at| {
                    let before = &current[at + 1..];
                    may_start_line(before)
                });
                if let Some(at) = kept {
                    let before = current[at + 1..].to_owned();
                    push(out, &[indent, "/// ", current[..at].trim_end(), "\n"]);
                    current = before;
                }
                current.push(' ');
                current.push_str(word);
            }
        }
        push(out, &[indent, "/// ", current.trim_end(), "\n"]);
    }
}

/// Appends every piece to `out`.
pub fn push(out: &mut String, pieces: &[&str]) {
    for piece in pieces {
        out.push_str(piece);
    }
}

/// An expression: `prefix`, then an optional string literal, then `suffix` (such as `Some(`
/// `"Not found: {0}"` `)`).
pub struct Expr {
    pub prefix: String,
    pub text: Option<String>,
    pub suffix: String,
}

impl Expr {
    /// An expression with no string literal in it.
    pub fn plain(code: impl Into<String>) -> Self {
        Self {
            prefix: code.into(),
            text: None,
            suffix: String::new(),
        }
    }

    /// `prefix` `"text"` `suffix`.
    pub fn with_str(prefix: &str, text: &str, suffix: &str) -> Self {
        Self {
            prefix: prefix.to_owned(),
            text: Some(text.to_owned()),
            suffix: suffix.to_owned(),
        }
    }

    fn one_line(&self) -> String {
        let literal = self.text.as_deref().map(lit).unwrap_or_default();
        [self.prefix.as_str(), &literal, &self.suffix].concat()
    }

    /// The expression at `indent`, followed by `,`: on one line, or with its string literal
    /// continued over several.
    fn write(&self, out: &mut String, indent: &str) {
        let line = [indent, &self.one_line(), ","].concat();
        match &self.text {
            Some(text) if line.chars().count() > MAX_WIDTH => {
                let first = [indent, &self.prefix].concat();
                continued_literal(out, &first, &lit(text), &[&self.suffix, ","].concat());
            }
            _ => push(out, &[&line, "\n"]),
        }
    }
}

/// One entry of a table, with a comment saying whose entry it is: an expression, or an array of
/// them (`&[Text("Not found: "), Arg(0)]`).
pub struct Entry {
    items: Vec<Expr>,
    /// Whether `items` are the elements of a `&[..]` rather than one expression.
    list: bool,
    comment: String,
}

impl Entry {
    /// An entry with no string literal in it.
    pub fn plain(code: impl Into<String>, comment: impl Into<String>) -> Self {
        Self::expr(Expr::plain(code), comment)
    }

    /// An entry of any expression.
    pub fn expr(expr: Expr, comment: impl Into<String>) -> Self {
        Self {
            items: vec![expr],
            list: false,
            comment: comment.into(),
        }
    }

    /// A `&[..]` entry.
    pub fn list(items: Vec<Expr>, comment: impl Into<String>) -> Self {
        Self {
            items,
            list: true,
            comment: comment.into(),
        }
    }

    fn one_line(&self) -> String {
        let mut line = String::from(if self.list { "&[" } else { "" });
        for (i, item) in self.items.iter().enumerate() {
            if i > 0 {
                line.push_str(", ");
            }
            line.push_str(&item.one_line());
        }
        if self.list {
            line.push(']');
        }
        line
    }
}

/// `const NAME: &[TYPE; N] = &[..];`, one entry per line with its comment: after the entry if
/// the line has room, else on the line before. An entry too long for its line is broken: a list
/// one element per line, a string literal continued on the next lines (`\` at a line's end
/// skips the next line's indentation, so the literal's value is unchanged).
pub fn table(out: &mut String, doc_text: &str, name: &str, ty: &str, entries: &[Entry]) {
    doc(out, "", doc_text);
    let count = entries.len().to_string();
    push(out, &["const ", name, ": &[", ty, "; ", &count, "] = &[\n"]);
    let mut lines = Vec::with_capacity(entries.len());
    // Comments line up after the entries that are short enough to leave room for them.
    let mut column = 0;
    for entry in entries {
        let line = ["    ", &entry.one_line(), ","].concat();
        let width = line.chars().count();
        if width <= COMMENT_COLUMN {
            column = column.max(width);
        }
        lines.push(line);
    }
    for (entry, code) in entries.iter().zip(lines) {
        let width = code.chars().count();
        let padding = " ".repeat(column.saturating_sub(width));
        let with_comment = [&code, &padding, " // ", &entry.comment].concat();
        if with_comment.chars().count() <= MAX_WIDTH {
            push(out, &[&with_comment, "\n"]);
            continue;
        }
        push(out, &["    // ", &entry.comment, "\n"]);
        if width <= MAX_WIDTH {
            push(out, &[&code, "\n"]);
        } else if entry.list {
            out.push_str("    &[\n");
            for item in &entry.items {
                item.write(out, "        ");
            }
            out.push_str("    ],\n");
        } else {
            entry.items[0].write(out, "    ");
        }
    }
    out.push_str("];\n\n");
}

/// The pieces of a string literal's source text, so that a line is never broken inside an
/// escape sequence such as `\n` or `\u{a0}`.
fn atoms(literal: &str) -> Vec<&str> {
    let mut atoms = Vec::new();
    let mut rest = literal;
    while let Some(c) = rest.chars().next() {
        let len = match c {
            '\\' if rest[1..].starts_with('u') => rest.find('}').map_or(rest.len(), |end| end + 1),
            '\\' => 1 + rest[1..].chars().next().map_or(0, char::len_utf8),
            c => c.len_utf8(),
        };
        atoms.push(&rest[..len]);
        rest = &rest[len..];
    }
    atoms
}

/// Writes `literal` (quotes included) after `first`, continued over as many lines as needed,
/// each ending in `\`, the last followed by `last`. A line breaks after a space and before a
/// character that is not white space (white space there would be skipped with the
/// indentation); where a run without spaces is longer than a line (a URL), inside it, before a
/// character that is not white space.
fn continued_literal(out: &mut String, first: &str, literal: &str, last: &str) {
    let atoms = atoms(literal);
    let continuation = &first[..first.len() - first.trim_start().len()];
    let mut line = first.to_owned();
    let mut width = line.chars().count();
    // Where the current line could end: (index into `atoms`, line length in bytes, width).
    let mut last_break: Option<(usize, usize, usize)> = None;
    let mut line_start = 0;
    let mut i = 0;
    while i < atoms.len() {
        let atom = atoms[i];
        let after_space = i > line_start && atoms[i - 1] == " " && atom != " ";
        if after_space {
            last_break = Some((i, line.len(), width));
        }
        // Room for the atom and the `\` that would end the line, or, after the last atom (the
        // closing quote), for what follows the literal.
        let after = if i + 1 == atoms.len() {
            last.chars().count()
        } else {
            1
        };
        if width + atom.chars().count() + after > MAX_WIDTH {
            // Inside a run without spaces, where the line has no space to break after.
            let inside = (i > line_start + 1 && !atom.starts_with(char::is_whitespace))
                .then_some((i, line.len(), width));
            if let Some((at, len, _)) = last_break.take().or(inside) {
                line.truncate(len);
                push(out, &[&line, "\\\n"]);
                // One column in from where the literal's line starts.
                line = [continuation, " "].concat();
                width = line.len();
                i = at;
                line_start = at;
                continue;
            }
        }
        line.push_str(atom);
        width += atom.chars().count();
        i += 1;
    }
    push(out, &[&line, last, "\n"]);
}

/// Whether a line over [`MAX_WIDTH`] characters is allowed: only a doc line of one word, which
/// Markdown cannot break without changing the text (a URL longer than a line).
pub fn may_be_wide(line: &str) -> bool {
    line.trim_start()
        .strip_prefix("/// ")
        .is_some_and(|word| !word.contains(' '))
}

/// Every line of `source` over [`MAX_WIDTH`] characters, as `<file>:<line>: <width> ..`; none
/// is allowed but those [`may_be_wide`] allows.
pub fn too_wide(file: &str, source: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for (number, line) in source.lines().enumerate() {
        let width = line.chars().count();
        if width > MAX_WIDTH && !may_be_wide(line) {
            problems.push(format!(
                "{file}:{}: {width} characters (at most {MAX_WIDTH}): {line}",
                number + 1
            ));
        }
    }
    problems
}
