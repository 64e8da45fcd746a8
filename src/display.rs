//! The `Display` every body type shares: what a person needs to act on an error and to file a
//! support ticket about it, on one line for a log (`{}`), or on several for a person (`{:#}`).

use std::borrow::Cow;
use std::fmt::{self, Display, Formatter, Write};

/// What a body's `Display` says: its code, summary, causes and correlation id.
pub(crate) struct Report<'a> {
    /// The code as a person searches for it: `E0000007`, `415 authorization_code_expired`.
    pub(crate) code: &'a dyn Display,
    /// The vendor's message.
    pub(crate) summary: Option<&'a str>,
    /// What caused the error, each cause a line of text.
    pub(crate) causes: Vec<Cow<'a, str>>,
    /// The id a support ticket needs, with the vendor's name for it: `("errorId", "oae..")`.
    pub(crate) correlation: Option<(&'static str, &'a str)>,
}

impl Report<'_> {
    /// `{}`: `code: summary (causes: "a", "b"; errorId: oae..)`, on one line whatever the text
    /// holds (control characters become spaces; causes are quoted and escaped).
    ///
    /// `{:#}`: the code and summary, then each cause and the correlation id on a line of its own,
    /// indented; a line break inside a text starts an indented line.
    pub(crate) fn write(&self, f: &mut Formatter<'_>) -> fmt::Result {
        if f.alternate() {
            return self.write_lines(f);
        }
        let mut out = Text::new(f, None);
        write!(out, "{}", self.code)?;
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
        write!(out, "{}", self.code)?;
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

/// Writes text through to a formatter, so that no text can change the layout: every control
/// character becomes a space, except a line feed where `line_feed` says what to write instead.
pub(crate) struct Text<'a, 'f> {
    f: &'a mut Formatter<'f>,
    line_feed: Option<&'static str>,
}

impl<'a, 'f> Text<'a, 'f> {
    pub(crate) fn new(f: &'a mut Formatter<'f>, line_feed: Option<&'static str>) -> Self {
        Self { f, line_feed }
    }

    /// A line break of the layout itself, written as given.
    pub(crate) fn line_break(&mut self, text: &str) -> fmt::Result {
        self.f.write_str(text)
    }
}

impl Write for Text<'_, '_> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        let mut rest = text;
        while let Some(at) = rest.find(char::is_control) {
            self.f.write_str(&rest[..at])?;
            let c = rest[at..].chars().next().unwrap_or(' ');
            match (c, self.line_feed) {
                ('\n', Some(line_feed)) => self.f.write_str(line_feed)?,
                _ => self.f.write_char(' ')?,
            }
            rest = &rest[at + c.len_utf8()..];
        }
        self.f.write_str(rest)
    }
}

/// A JSON value as a line of text: a string's own text, anything else its JSON.
pub(crate) fn json_text(raw: &str) -> Cow<'_, str> {
    // `from_str`, as every parse in the crate: one reader type compiled, not two.
    match serde_json::from_str::<String>(raw) {
        Ok(text) => Cow::Owned(text),
        Err(_) => Cow::Borrowed(raw),
    }
}
