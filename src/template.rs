//! Filling a vendor's message template: numbered placeholders `{0}`, `{1}`.. (Okta's
//! summaries) by position, named ones `{tenant}`, `{appId}`.. (Entra's descriptions) by name.

use std::fmt;

/// A message template was given the wrong arguments: another number of them than its
/// placeholders, or, for a template with named placeholders, a name it lacks, a name twice, or
/// not one of its names.
///
/// ```
/// use identity_errors::okta::ErrorCode;
///
/// let error = ErrorCode::ResourceNotFound.fill(&["a", "b"]).unwrap_err();
/// assert_eq!((error.expected(), error.given()), (1, 2));
/// assert_eq!(error.to_string(), "E0000007 takes 1 argument(s) for \"Not found: {0}\", but 2 were given");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateError {
    code: &'static str,
    template: &'static str,
    expected: usize,
    given: usize,
    /// The template's placeholder names; empty for numbered placeholders.
    names: &'static [&'static str],
    /// What is wrong with a named argument.
    wrong: Option<Wrong>,
}

/// What is wrong with the arguments of a template with named placeholders.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Wrong {
    /// A name the template lacks.
    Unknown(String),
    /// A name given more than once.
    Twice(String),
    /// A name of the template not given.
    Missing(&'static str),
}

impl fmt::Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Self {
            code,
            template,
            expected,
            given,
            names,
            wrong,
        } = self;
        let Some(wrong) = wrong else {
            return write!(
                f,
                "{code} takes {expected} argument(s) for {template:?}, but {given} were given"
            );
        };
        write!(f, "{code} takes ")?;
        if names.is_empty() {
            f.write_str("no placeholders")?;
        }
        for (i, name) in names.iter().enumerate() {
            let separator = if i == 0 { "" } else { ", " };
            write!(f, "{separator}{{{name}}}")?;
        }
        write!(f, " for {template:?}, ")?;
        match wrong {
            Wrong::Unknown(name) => write!(f, "not {{{name}}}"),
            Wrong::Twice(name) => write!(f, "but {{{name}}} was given twice"),
            Wrong::Missing(name) => write!(f, "but {{{name}}} was not given"),
        }
    }
}

impl std::error::Error for TemplateError {}

impl TemplateError {
    /// How many arguments the template takes.
    ///
    /// ```
    /// use identity_errors::okta::ErrorCode;
    ///
    /// let error = ErrorCode::ApiValidation.fill(&[]).unwrap_err();
    /// assert_eq!(error.expected(), 1);
    /// assert_eq!(error.expected(), ErrorCode::ApiValidation.arity());
    /// ```
    pub fn expected(&self) -> usize {
        self.expected
    }

    /// How many were given.
    ///
    /// ```
    /// use identity_errors::okta::{ErrorBody, ErrorCode};
    ///
    /// let error = ErrorBody::try_new(ErrorCode::InternalServerError, &["unexpected"]).unwrap_err();
    /// assert_eq!((error.expected(), error.given()), (0, 1));
    /// ```
    pub fn given(&self) -> usize {
        self.given
    }

    /// The code whose template it is.
    ///
    /// ```
    /// use identity_errors::okta::ErrorCode;
    ///
    /// let error = ErrorCode::ResourceNotFound.fill(&[]).unwrap_err();
    /// assert_eq!(error.code(), "E0000007");
    /// ```
    pub fn code(&self) -> &'static str {
        self.code
    }

    /// The template itself.
    ///
    /// ```
    /// use identity_errors::okta::ErrorCode;
    ///
    /// let error = ErrorCode::ApiValidation.fill(&["a", "b"]).unwrap_err();
    /// assert_eq!(error.template(), "Api validation failed: {0}");
    /// ```
    pub fn template(&self) -> &'static str {
        self.template
    }

    /// The names of the template's placeholders, for a template with named ones (in order of
    /// first appearance); empty for numbered ones. (Entra's `ErrorCode::fill` shows it.)
    pub fn placeholders(&self) -> &'static [&'static str] {
        self.names
    }

    /// For a template with named placeholders, the name that is wrong: given but not the
    /// template's, given twice, or the template's but not given.
    pub fn placeholder(&self) -> Option<&str> {
        match self.wrong.as_ref()? {
            Wrong::Unknown(name) | Wrong::Twice(name) => Some(name),
            Wrong::Missing(name) => Some(name),
        }
    }
}

/// One piece of a message template: literal text or the index of a `{n}` placeholder. The
/// generator splits every catalog template into pieces, so filling never parses.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Piece {
    Text(&'static str),
    Arg(usize),
}

/// Fills a template, given as its `pieces`, with `args`, each inserted verbatim (an argument that
/// itself contains `{0}` is not expanded again), in one allocation of the exact final size.
pub(crate) fn fill(
    code: &'static str,
    template: &'static str,
    pieces: &[Piece],
    arity: usize,
    args: &[&str],
) -> Result<String, TemplateError> {
    if args.len() != arity {
        return Err(TemplateError {
            code,
            template,
            expected: arity,
            given: args.len(),
            names: &[],
            wrong: None,
        });
    }
    // `arity` counts the placeholders, which are gap-free from {0}: every index is in `args`.
    let arg = |i: usize| args.get(i).copied().unwrap_or_default();
    let len = pieces
        .iter()
        .map(|piece| match *piece {
            Piece::Text(text) => text.len(),
            Piece::Arg(i) => arg(i).len(),
        })
        .sum();
    let mut out = String::with_capacity(len);
    for piece in pieces {
        out.push_str(match *piece {
            Piece::Text(text) => text,
            Piece::Arg(i) => arg(i),
        });
    }
    Ok(out)
}

/// Fills a template with named placeholders, given as its `pieces` (`Arg(i)` standing for
/// `names[i]`), with `args`, each a placeholder's name and its value inserted verbatim, and each
/// text piece of the template written by `write` (`push_str`, or a writer that leaves some of
/// it out, never adding: the output is still allocated once, at most its exact size). Every
/// name must be given once, and no other.
pub(crate) fn fill_named(
    code: &'static str,
    template: &'static str,
    pieces: &[Piece],
    names: &'static [&'static str],
    args: &[(&str, &str)],
    mut write: impl FnMut(&str, &mut String),
) -> Result<String, TemplateError> {
    let wrong = |wrong| TemplateError {
        code,
        template,
        expected: names.len(),
        given: args.len(),
        names,
        wrong: Some(wrong),
    };
    for (i, (name, _)) in args.iter().enumerate() {
        if !names.contains(name) {
            return Err(wrong(Wrong::Unknown((*name).to_owned())));
        }
        if args[..i].iter().any(|(earlier, _)| earlier == name) {
            return Err(wrong(Wrong::Twice((*name).to_owned())));
        }
    }
    // Every name given is the template's, once each: the values by the template's names.
    let value = |i: usize| {
        let name = names.get(i).copied().unwrap_or_default();
        args.iter()
            .find(|(given, _)| *given == name)
            .map(|(_, value)| *value)
    };
    if let Some(missing) = (0..names.len()).find(|&i| value(i).is_none()) {
        return Err(wrong(Wrong::Missing(names[missing])));
    }
    let text = |piece: &Piece| match *piece {
        Piece::Text(text) => text,
        Piece::Arg(i) => value(i).unwrap_or_default(),
    };
    let mut out = String::with_capacity(pieces.iter().map(|piece| text(piece).len()).sum());
    for piece in pieces {
        match piece {
            Piece::Text(text) => write(text, &mut out),
            Piece::Arg(_) => out.push_str(text(piece)),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Piece::{Arg, Text};

    /// The template's text as it is.
    fn push(text: &str, out: &mut String) {
        out.push_str(text);
    }

    fn fill_pieces(pieces: &[Piece], args: &[&str]) -> String {
        fill("TEST", "", pieces, args.len(), args).unwrap()
    }

    #[test]
    fn fills_repeated_and_out_of_order_placeholders() {
        let pieces = [Arg(1), Text(" and "), Arg(0), Text(" and "), Arg(1)];
        assert_eq!(fill_pieces(&pieces, &["a", "b"]), "b and a and b");
        assert_eq!(
            fill_pieces(&[Text("no placeholders")], &[]),
            "no placeholders"
        );
        assert_eq!(fill_pieces(&[Arg(0)], &[""]), "");
        assert_eq!(fill_pieces(&[], &[]), "");
    }

    #[test]
    fn arguments_are_never_expanded_again() {
        let pieces = [Text("x "), Arg(0), Text(" y "), Arg(1)];
        assert_eq!(fill_pieces(&pieces, &["{1}", "{0}"]), "x {1} y {0}");
    }

    #[test]
    fn a_wrong_count_is_an_error_not_a_guess() {
        let error = fill(
            "E0000007",
            "Not found: {0}",
            &[Text("Not found: "), Arg(0)],
            1,
            &[],
        )
        .unwrap_err();
        assert_eq!((error.expected(), error.given()), (1, 0));
    }

    #[test]
    fn named_placeholders_are_filled_by_name_in_any_order() {
        const NAMES: &[&str] = &["appId", "tenant", "appid"];
        let pieces = [
            Arg(0),
            Text(" in "),
            Arg(1),
            Text(" ("),
            Arg(2),
            Text(") "),
            Arg(1),
        ];
        let fill = |args: &[(&str, &str)]| fill_named("AADSTS1", "t", &pieces, NAMES, args, push);
        let args = [("tenant", "contoso"), ("appid", "b"), ("appId", "a")];
        assert_eq!(fill(&args).unwrap(), "a in contoso (b) contoso");
        // A value is never read as a placeholder.
        let args = [("tenant", "{appId}"), ("appid", "{tenant}"), ("appId", "")];
        assert_eq!(fill(&args).unwrap(), " in {appId} ({tenant}) {appId}");
        let empty: &[&str] = &[];
        assert_eq!(
            fill_named("AADSTS1", "x", &[Text("x")], empty, &[], push).unwrap(),
            "x"
        );
    }

    #[test]
    fn a_wrong_name_is_an_error_naming_it() {
        const NAMES: &[&str] = &["appId", "tenant"];
        let pieces = [Arg(0), Text(" "), Arg(1)];
        let fill = |args: &[(&str, &str)]| {
            fill_named("AADSTS1", "{appId} {tenant}", &pieces, NAMES, args, push).unwrap_err()
        };
        // Case-sensitive: `appid` is not `appId`.
        let error = fill(&[("appid", "a"), ("tenant", "t")]);
        assert_eq!(error.placeholder(), Some("appid"));
        assert_eq!(
            error.to_string(),
            "AADSTS1 takes {appId}, {tenant} for \"{appId} {tenant}\", not {appid}"
        );
        let error = fill(&[("tenant", "t"), ("appId", "a"), ("tenant", "u")]);
        assert_eq!(error.placeholder(), Some("tenant"));
        assert!(error.to_string().ends_with("but {tenant} was given twice"));
        let error = fill(&[("tenant", "t")]);
        assert_eq!((error.expected(), error.given()), (2, 1));
        assert_eq!(error.placeholders(), NAMES);
        assert!(error.to_string().ends_with("but {appId} was not given"));
        let empty: &[&str] = &[];
        let error =
            fill_named("AADSTS2", "x", &[Text("x")], empty, &[("a", "b")], push).unwrap_err();
        assert_eq!(
            error.to_string(),
            "AADSTS2 takes no placeholders for \"x\", not {a}"
        );
    }

    #[test]
    fn the_allocation_is_exactly_the_output() {
        let pieces = [Text("é "), Arg(0), Text(" ü "), Arg(1)];
        let out = fill_pieces(&pieces, &["ß", "yy"]);
        assert_eq!(out, "é ß ü yy");
        assert_eq!(out.capacity(), out.len());
    }
}
