//! Filling `{0}`-style placeholders in a vendor's message template.

/// A message template was given the wrong number of arguments.
///
/// ```
/// use identity_errors::okta::ErrorCode;
///
/// let error = ErrorCode::ResourceNotFound.fill(&["a", "b"]).unwrap_err();
/// assert_eq!((error.expected(), error.given()), (1, 2));
/// assert_eq!(error.to_string(), "E0000007 takes 1 argument(s) for \"Not found: {0}\", but 2 were given");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{code} takes {expected} argument(s) for {template:?}, but {given} were given")]
pub struct TemplateError {
    code: &'static str,
    template: &'static str,
    expected: usize,
    given: usize,
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use Piece::{Arg, Text};

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
    fn the_allocation_is_exactly_the_output() {
        let pieces = [Text("é "), Arg(0), Text(" ü "), Arg(1)];
        let out = fill_pieces(&pieces, &["ß", "yy"]);
        assert_eq!(out, "é ß ü yy");
        assert_eq!(out.capacity(), out.len());
    }
}
