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
    /// let error = ErrorBody::new(ErrorCode::InternalServerError, &["unexpected"]).unwrap_err();
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

/// One piece of a template: literal text or the index of a placeholder.
enum Piece<'a> {
    Text(&'a str),
    Placeholder(usize),
}

/// Splits a template into literal text and `{n}` placeholders. Anything that is not a clean
/// `{digits}` is literal text (the build script has already rejected such catalog templates).
fn pieces(template: &str) -> impl Iterator<Item = Piece<'_>> {
    let mut rest = template;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        if let Some(after) = rest.strip_prefix('{') {
            let digits = after.bytes().take_while(u8::is_ascii_digit).count();
            if digits > 0 && after.as_bytes().get(digits) == Some(&b'}') {
                if let Ok(index) = after[..digits].parse() {
                    rest = &after[digits + 1..];
                    return Some(Piece::Placeholder(index));
                }
            }
        }
        // Literal text runs up to the next '{', past a leading '{' that opened no placeholder.
        let skip = usize::from(rest.starts_with('{'));
        let end = rest[skip..].find('{').map_or(rest.len(), |i| i + skip);
        let (text, tail) = rest.split_at(end);
        rest = tail;
        Some(Piece::Text(text))
    })
}

/// Fills `template` with `args`, each inserted verbatim (an argument that itself contains `{0}`
/// is not expanded again), in one allocation of the exact final size.
pub(crate) fn fill(
    code: &'static str,
    template: &'static str,
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
    let piece_len = |piece: Piece<'_>| match piece {
        Piece::Text(text) => text.len(),
        Piece::Placeholder(i) => args.get(i).map_or(0, |a| a.len()),
    };
    let mut out = String::with_capacity(pieces(template).map(piece_len).sum());
    for piece in pieces(template) {
        match piece {
            Piece::Text(text) => out.push_str(text),
            Piece::Placeholder(i) => out.push_str(args.get(i).copied().unwrap_or_default()),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fill_any(template: &'static str, args: &[&str]) -> String {
        let arity = args.len();
        fill("TEST", template, arity, args).unwrap()
    }

    #[test]
    fn fills_repeated_and_out_of_order_placeholders() {
        assert_eq!(
            fill_any("{1} and {0} and {1}", &["a", "b"]),
            "b and a and b"
        );
        assert_eq!(fill_any("no placeholders", &[]), "no placeholders");
        assert_eq!(fill_any("{0}", &[""]), "");
    }

    #[test]
    fn arguments_are_never_expanded_again() {
        assert_eq!(fill_any("x {0} y {1}", &["{1}", "{0}"]), "x {1} y {0}");
    }

    #[test]
    fn text_that_is_not_a_placeholder_is_kept() {
        assert_eq!(fill_any("{a} {} { {0 {0}} }", &["Z"]), "{a} {} { {0 Z} }");
        assert_eq!(
            fill_any("{99999999999999999999999}", &["Z"]),
            "{99999999999999999999999}"
        );
        assert_eq!(fill_any("é{0}ü", &["ß"]), "éßü");
    }

    #[test]
    fn the_allocation_is_exactly_the_output() {
        let out = fill_any(
            "You can't {0} {1}. To {0} it, see {2} and {3}.",
            &["x", "yy", "zzz", "w"],
        );
        assert_eq!(out.capacity(), out.len());
    }
}
