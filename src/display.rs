//! The `Display` every body type shares: what a person needs to act on an error and to file a
//! support ticket about it, on one line for a log (`{}`), or on several for a person (`{:#}`).

use std::borrow::Cow;
use std::fmt::{self, Display, Formatter, Write};

/// What a body's `Display` says: its code, summary, causes and correlation id.
pub(crate) struct Report<'a> {
    /// The code as a person searches for it: `E0000007`, `415 authorization_code_expired`.
    pub(crate) code: Cow<'a, str>,
    /// The vendor's message.
    pub(crate) summary: Option<&'a str>,
    /// What caused the error, each cause a line of text.
    pub(crate) causes: Vec<Cow<'a, str>>,
    /// The id a support ticket needs, with the vendor's name for it: `("errorId", "oae..")`.
    pub(crate) correlation: Option<(&'static str, &'a str)>,
}

impl Display for Report<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        self.write(f)
    }
}

impl Report<'_> {
    /// The code, or words saying it is empty (`?error=` has a parameter with no value), so that
    /// a line never ends "answered HTTP 302 Found with ".
    fn code(&self) -> &str {
        if self.code.is_empty() {
            "an empty code"
        } else {
            &self.code
        }
    }

    /// `{}`: `code: summary (causes: "a", "b"; errorId: oae..)`, on one line whatever the text
    /// holds (see [`Text`]; causes are quoted and escaped), of at most [`LINE`] characters, or
    /// the precision given (`{:.80}`), then the cut mark.
    ///
    /// `{:#}`: the code and summary, then each cause and the correlation id on a line of its own,
    /// indented; a line break inside a text starts an indented line.
    pub(crate) fn write(&self, f: &mut Formatter<'_>) -> fmt::Result {
        if f.alternate() {
            return self.write_lines(f);
        }
        let mut out = Text::line(f);
        self.write_line(&mut out)?;
        out.finish()
    }

    /// The one-line form, into a writer that may hold more (an [`Error`](crate::Error)'s line).
    pub(crate) fn write_line(&self, out: &mut Text<'_, '_>) -> fmt::Result {
        out.write_str(self.code())?;
        if let Some(summary) = self.summary.filter(|s| !s.is_empty()) {
            write!(out, ": {summary}")?;
        }
        let mut open = false;
        for (i, cause) in self.causes.iter().enumerate() {
            let lead = if i == 0 { " (causes: " } else { ", " };
            write!(out, "{lead}{cause:?}")?;
            open = true;
        }
        if let Some((label, id)) = self.correlation {
            let lead = if open { "; " } else { " (" };
            write!(out, "{lead}{label}: {id}")?;
            open = true;
        }
        if open {
            out.write_char(')')?;
        }
        Ok(())
    }

    fn write_lines(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let mut out = Text::new(f, Some("\n    "));
        out.write_str(self.code())?;
        if let Some(summary) = self.summary.filter(|s| !s.is_empty()) {
            write!(out, ": {summary}")?;
        }
        for cause in &self.causes {
            out.line_break("\n  ")?;
            write!(out, "cause: {cause}")?;
        }
        if let Some((label, id)) = self.correlation {
            out.line_break("\n  ")?;
            write!(out, "{label}: {id}")?;
        }
        Ok(())
    }
}

/// How many characters of text the one-line form (`{}`) of a body or an [`Error`](crate::Error)
/// holds at most, unless a precision (`{:.N}`) says otherwise: a hostile body must not make a
/// multi-megabyte log line. Two thousand characters hold every recorded body whole, and, with
/// the cut mark, stay within the 2,048 bytes RFC 5424 asks every syslog receiver to accept when
/// the text is ASCII.
pub(crate) const LINE: usize = 2000;

/// Writes text through to a formatter, so that no text can change the layout or hide what it
/// holds: every control character (tab, CR, LF, NUL, DEL, NEL, ..) and the line and paragraph
/// separators U+2028 and U+2029 become a space, except a line feed where `line_feed` says what
/// to write instead; every format character (Unicode category Cf: the bidi controls U+202A to
/// U+202E and U+2066 to U+2069, zero-width spaces and joiners, U+FEFF, ..), which a terminal or
/// log viewer would apply or hide instead of showing, is written as its escape (`\u{202e}`).
///
/// A bounded writer writes at most its number of characters, then counts what it leaves out,
/// which [`finish`](Self::finish) states at the end: `…[1048576 more characters]`.
pub(crate) struct Text<'a, 'f> {
    f: &'a mut Formatter<'f>,
    line_feed: Option<&'static str>,
    /// How many more characters may be written; `None` for no bound.
    room: Option<usize>,
    /// How many characters were left out once `room` ran out.
    cut: usize,
}

impl<'a, 'f> Text<'a, 'f> {
    /// An unbounded writer.
    pub(crate) fn new(f: &'a mut Formatter<'f>, line_feed: Option<&'static str>) -> Self {
        Self {
            f,
            line_feed,
            room: None,
            cut: 0,
        }
    }

    /// A writer of one line of at most the formatter's precision, else [`LINE`], characters.
    pub(crate) fn line(f: &'a mut Formatter<'f>) -> Self {
        let room = f.precision().unwrap_or(LINE);
        Self {
            room: Some(room),
            ..Self::new(f, None)
        }
    }

    /// A line break of the layout itself, written as given.
    pub(crate) fn line_break(&mut self, text: &str) -> fmt::Result {
        self.f.write_str(text)
    }

    /// Says how much was left out, if anything was.
    pub(crate) fn finish(self) -> fmt::Result {
        match self.cut {
            0 => Ok(()),
            cut => write!(self.f, "…[{cut} more characters]"),
        }
    }

    /// Writes `text`, which holds no character to replace, within the room left.
    fn put(&mut self, text: &str) -> fmt::Result {
        let Some(room) = self.room else {
            return self.f.write_str(text);
        };
        if self.cut > 0 {
            self.cut += text.chars().count();
            return Ok(());
        }
        // Where the room ends, if within `text`.
        match text.char_indices().nth(room) {
            None => {
                self.room = Some(room - text.chars().count());
                self.f.write_str(text)
            }
            Some((end, _)) => {
                self.room = Some(0);
                self.cut = text[end..].chars().count();
                self.f.write_str(&text[..end])
            }
        }
    }

    /// Writes what stands for `c`, a character [`replaced`] says is to be replaced, whole or
    /// not at all.
    fn put_replaced(&mut self, c: char) -> fmt::Result {
        match (c, self.line_feed) {
            ('\n', Some(line_feed)) => self.f.write_str(line_feed),
            _ if is_format(c) => {
                let escape = c.escape_unicode();
                match self.room {
                    Some(room) if self.cut > 0 || room < escape.len() => {
                        self.cut += escape.len();
                        Ok(())
                    }
                    _ => {
                        self.room = self.room.map(|room| room - escape.len());
                        write!(self.f, "{escape}")
                    }
                }
            }
            _ => self.put(" "),
        }
    }
}

impl Write for Text<'_, '_> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        let mut rest = text;
        while let Some(at) = rest.find(replaced) {
            self.put(&rest[..at])?;
            let c = rest[at..].chars().next().unwrap_or(' ');
            self.put_replaced(c)?;
            rest = &rest[at + c.len_utf8()..];
        }
        self.put(rest)
    }
}

/// Whether [`Text`] writes something else for `c`: a control character, a line or paragraph
/// separator, or a format character.
fn replaced(c: char) -> bool {
    use unicode_general_category::{get_general_category, GeneralCategory as G};
    c.is_control()
        || (!c.is_ascii()
            && matches!(
                get_general_category(c),
                G::Format | G::LineSeparator | G::ParagraphSeparator
            ))
}

/// Whether `c` is a format character (Unicode category Cf), written as its escape.
fn is_format(c: char) -> bool {
    use unicode_general_category::{get_general_category, GeneralCategory};
    !c.is_ascii() && get_general_category(c) == GeneralCategory::Format
}

/// A JSON value as a line of text: a string's own text, anything else its JSON.
pub(crate) fn json_text(raw: &str) -> Cow<'_, str> {
    // `from_str`, as every parse in the crate: one reader type compiled, not two.
    match serde_json::from_str::<String>(raw) {
        Ok(text) => Cow::Owned(text),
        Err(_) => Cow::Borrowed(raw),
    }
}
