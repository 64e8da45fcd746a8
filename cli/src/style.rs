//! Color, only where a person reads it: on a terminal, and not when `NO_COLOR` is set.

use crate::render::replace_placeholders;
use anstyle::{AnsiColor, Effects, Style};
use std::ffi::OsStr;
use std::io::IsTerminal;

/// How text is styled: with ANSI escapes, or not at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paint {
    color: bool,
}

/// The first line of an explanation, and codes in lists.
pub const HEAD: Style = Style::new().effects(Effects::BOLD);
/// Labels and the catalog column.
pub const LABEL: Style = AnsiColor::Cyan.on_default();
/// Template placeholders such as `{0}`.
pub const PLACEHOLDER: Style = Style::new().effects(Effects::INVERT);
/// Side notes.
pub const NOTE: Style = Style::new().effects(Effects::DIMMED);
/// `error:` on standard error.
pub const ERROR: Style = AnsiColor::Red.on_default().effects(Effects::BOLD);

impl Paint {
    /// Color on standard output if it is a terminal and `NO_COLOR` is unset or empty.
    pub fn stdout() -> Self {
        Self::decide(
            std::io::stdout().is_terminal(),
            std::env::var_os("NO_COLOR").as_deref(),
        )
    }

    /// The same for standard error.
    pub fn stderr() -> Self {
        Self::decide(
            std::io::stderr().is_terminal(),
            std::env::var_os("NO_COLOR").as_deref(),
        )
    }

    /// No color.
    #[cfg(test)]
    pub const PLAIN: Self = Paint { color: false };

    /// Color when writing to a terminal, unless `NO_COLOR` has a value (no-color.org).
    fn decide(terminal: bool, no_color: Option<&OsStr>) -> Self {
        let no_color = no_color.is_some_and(|value| !value.is_empty());
        Paint {
            color: terminal && !no_color,
        }
    }

    /// `text` in `style`, or as it is without color.
    pub fn paint(self, style: Style, text: &str) -> String {
        if self.color && !text.is_empty() {
            format!("{style}{text}{style:#}")
        } else {
            text.to_owned()
        }
    }

    /// A template with its placeholders (`{0}`, `{1}`..) highlighted.
    pub fn template(self, template: &str) -> String {
        if !self.color {
            return template.to_owned();
        }
        replace_placeholders(template, |placeholder| self.paint(PLACEHOLDER, placeholder))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn color_only_on_a_terminal_without_no_color() {
        assert!(Paint::decide(true, None).color);
        assert!(Paint::decide(true, Some(OsStr::new(""))).color);
        assert!(!Paint::decide(true, Some(OsStr::new("1"))).color);
        assert!(!Paint::decide(false, None).color);
        assert!(!Paint::decide(false, Some(OsStr::new("1"))).color);
    }

    #[test]
    fn plain_text_is_unchanged() {
        assert_eq!(Paint::PLAIN.paint(HEAD, "E0000007"), "E0000007");
        assert_eq!(Paint::PLAIN.template("Not found: {0}"), "Not found: {0}");
    }

    #[test]
    fn placeholders_are_highlighted() {
        let color = Paint { color: true };
        assert_eq!(
            color.template("a {0} b {1}"),
            "a \x1b[7m{0}\x1b[0m b \x1b[7m{1}\x1b[0m"
        );
        // An unclosed brace is left as it is.
        assert_eq!(color.template("a { b"), "a { b");
        assert_eq!(color.paint(HEAD, "x"), "\x1b[1mx\x1b[0m");
    }
}
