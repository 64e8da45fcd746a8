//! Okta API error codes (`E0000007`): summary templates, arity, releases, linked sign-in
//! failures.

use super::{
    edits, pretty, rate_limit, Answer, BodyError, Described, Example, How, Misspelling, Texts,
};
use crate::json::{Json, Object};
use crate::render::replace_placeholders;
use identity_errors::okta::{ErrorBody, ErrorCode, LoginFailure};

impl Described for ErrorCode {
    const KEY: &'static str = "okta";
    const PREFIX: &'static str = "okta";
    const SHORT: &'static str = "Okta API error";
    const TYPE_PATH: &'static str = "okta::ErrorCode";

    /// `E0000007` exactly; `e0000007`; its seven digits alone (`0000007`), or its number without
    /// leading zeros, with or without the `E` (`7`, `E7`). Digits with leading zeros that are not
    /// seven (`E00000070`, `E000007`) are not read: see [`misspelling`](Self::misspelling).
    fn read(input: &str) -> Vec<(Self, How)> {
        if let Some(code) = ErrorCode::from_code(input) {
            return vec![(code, How::Exact)];
        }
        let upper = input.to_ascii_uppercase();
        if let Some(code) = ErrorCode::from_code(&upper) {
            return vec![(code, How::CaseFolded)];
        }
        let read = match digits(&upper) {
            Some(digits) if !misspelt(digits) => digits.parse::<u32>().ok().and_then(code_of),
            _ => None,
        };
        read.map(|code| vec![(code, How::Other)])
            .unwrap_or_default()
    }

    /// Digits with leading zeros that are not seven, or more than seven digits: the code of the
    /// same number (`E00000070` may be `E0000070`) and the codes a keystroke away (`E0000007`).
    fn misspelling(input: &str) -> Option<Misspelling<Self>> {
        let upper = input.to_ascii_uppercase();
        let digits = digits(&upper).filter(|digits| misspelt(digits))?;
        let same = digits.parse::<u32>().ok().and_then(code_of);
        Some(Misspelling {
            rule: "an Okta API error code is E and seven digits (E0000007), or its number \
                   without leading zeros (7, E7)",
            suggestions: closest(same, &format!("E{digits}")),
        })
    }

    fn dump_row(self) -> Object {
        Object::new()
            .with("code", self.code())
            .with("name", format!("{self:?}"))
            .with("title", self.title())
            .with("status", self.status().as_u16())
            .with("summary", self.summary())
            .with("description", self.description())
    }

    fn details(self) -> Vec<(&'static str, String)> {
        let takes = match self.arity() {
            0 => "no arguments".to_owned(),
            1 => "1 argument: {0}".to_owned(),
            n => format!("{n} arguments: {{0}}..{{{}}}", n - 1),
        };
        let mut lines = vec![("summary", self.summary().to_owned())];
        if self.sent_summary() != self.summary() {
            let sent = format!("{}  (as recorded responses send it)", self.sent_summary());
            lines.push(("sent summary", sent));
        }
        lines.push(("takes", takes));
        if self.includes_exception_message() {
            let note = "Okta may append an exception message to the filled summary";
            lines.push(("note", note.to_owned()));
        }
        lines.push(("since release", self.since().to_owned()));
        if let Some(former) = self.former_title() {
            lines.push(("former title", former.to_owned()));
        }
        let reasons: Vec<&str> = reasons(self).map(LoginFailure::code).collect();
        if !reasons.is_empty() {
            lines.push(("sign-in failure", reasons.join(", ")));
        }
        lines
    }

    fn json_details(self) -> Vec<(&'static str, Json)> {
        let reasons: Vec<&str> = reasons(self).map(LoginFailure::code).collect();
        vec![
            ("sent_summary", self.sent_summary().into()),
            (
                "includes_exception_message",
                self.includes_exception_message().into(),
            ),
            ("arity", self.arity().into()),
            ("since", self.since().into()),
            ("former_title", self.former_title().into()),
            ("login_failures", reasons.into()),
        ]
    }

    fn example(self) -> Option<Example> {
        // The summary unfilled; `body CODE ARG..` fills it.
        let body = ErrorBody::from_raw(self.code(), self.sent_summary());
        let note = match self.arity() {
            0 => None,
            _ => Some(format!(
                "errorSummary is the template, {} unfilled: `identity-errors body {self}{}` \
                 fills it",
                placeholders(self.sent_summary()).join(", "),
                " ARG".repeat(self.arity())
            )),
        };
        Some(Example {
            status: self.status(),
            body: pretty(&body),
            note,
        })
    }

    fn texts(self) -> Texts {
        let mut names = vec![
            self.code().to_owned(),
            self.title().to_owned(),
            without_placeholders(self.summary()),
        ];
        // Okta reports these sign-in failures with this code: they name it too.
        names.extend(reasons(self).map(|reason| reason.code().to_owned()));
        Texts {
            names,
            notes: self.description().map(str::to_owned).into_iter().collect(),
        }
    }

    /// Filled with `args`; with none, the template as it is, its placeholders said to be unfilled.
    /// With Okta's rate-limit headers, which it sends with every answer.
    fn response(self, args: &[&str]) -> Result<Answer, BodyError> {
        let unfilled = match args {
            [] if self.arity() > 0 => placeholders(self.sent_summary()),
            _ => Vec::new(),
        };
        let body = match ErrorBody::try_new(self, args) {
            Ok(body) => body,
            Err(_) if args.is_empty() => ErrorBody::from_raw(self.code(), self.sent_summary()),
            Err(error) => {
                return Err(BodyError::Arity(format!(
                    "{} takes {}, {} given (its summary template is \"{}\")",
                    error.code(),
                    arguments(error.expected()),
                    error.given(),
                    error.template()
                )))
            }
        };
        let response = body
            .with_rate_limit(rate_limit::sample(self.status()))
            .into_http_response();
        Ok(Answer {
            unfilled,
            samples: rate_limit::SAMPLES,
            ..Answer::direct(response)?
        })
    }
}

/// The placeholders of a template (`{0}`, `{1}`..), each once, in order.
fn placeholders(template: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    replace_placeholders(template, |placeholder| {
        if !found.iter().any(|seen| seen == placeholder) {
            found.push(placeholder.to_owned());
        }
        String::new()
    });
    found
}

/// The number of digits after the `E`.
const WIDTH: usize = 7;

/// The digits of an input that is only digits, after an optional `E` (in upper case).
fn digits(upper: &str) -> Option<&str> {
    let digits = upper.strip_prefix('E').unwrap_or(upper);
    let all_digits = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
    all_digits.then_some(digits)
}

/// Whether digits cannot be an Okta code's as written: more than seven, or leading zeros that
/// do not make seven (the number alone has none).
fn misspelt(digits: &str) -> bool {
    digits.len() > WIDTH || (digits.len() != WIDTH && digits.len() > 1 && digits.starts_with('0'))
}

/// The code whose number is `number`.
fn code_of(number: u32) -> Option<ErrorCode> {
    ErrorCode::from_code(&format!("E{number:07}"))
}

/// The code `same` first (if any), then every code one edit (a keystroke: a character added,
/// dropped, changed, or two swapped) from `written`, in catalog order.
fn closest(same: Option<ErrorCode>, written: &str) -> Vec<ErrorCode> {
    let near = ErrorCode::ALL
        .iter()
        .copied()
        .filter(|code| Some(*code) != same && edits(written, code.code(), 1).is_some());
    same.into_iter().chain(near).collect()
}

/// The sign-in failure reasons Okta links to `code`.
fn reasons(code: ErrorCode) -> impl Iterator<Item = LoginFailure> {
    LoginFailure::ALL
        .iter()
        .copied()
        .filter(move |reason| reason.error_code() == Some(code))
}

/// `1 argument`, `2 arguments`.
fn arguments(n: usize) -> String {
    match n {
        1 => "1 argument".to_owned(),
        n => format!("{n} arguments"),
    }
}

/// A template without its `{0}`, `{1}`.. placeholders.
fn without_placeholders(template: &str) -> String {
    replace_placeholders(template, |_| String::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings() {
        let e7 = ErrorCode::E0000007;
        assert_eq!(ErrorCode::read("E0000007"), vec![(e7, How::Exact)]);
        assert_eq!(ErrorCode::read("e0000007"), vec![(e7, How::CaseFolded)]);
        for other in ["0000007", "7", "e7", "E7"] {
            assert_eq!(ErrorCode::read(other), vec![(e7, How::Other)], "{other}");
        }
        for nothing in [
            "",
            "E",
            "-7",
            "+7",
            "E+7",
            "E00000007x",
            "10000000",
            "E9999999",
            "0x7",
            // Leading zeros that do not make seven digits: a typo, never another code.
            "00000007",
            "E00000070",
            "E000007",
            "E07",
            "007",
            "000070",
        ] {
            assert_eq!(ErrorCode::read(nothing), vec![], "{nothing}");
        }
    }

    #[test]
    fn misspellings_name_the_codes_meant() {
        let suggestions = |input: &str| -> Option<Vec<&str>> {
            let misspelling = ErrorCode::misspelling(input)?;
            Some(
                misspelling
                    .suggestions
                    .iter()
                    .map(|code| code.code())
                    .collect(),
            )
        };
        // The same number first, then one keystroke away.
        assert_eq!(suggestions("E00000070"), Some(vec!["E0000070", "E0000007"]));
        assert_eq!(suggestions("00000007"), Some(vec!["E0000007"]));
        assert_eq!(suggestions("E10000007"), Some(vec!["E0000007"]));
        let six = suggestions("E000007").expect("six digits");
        assert_eq!(six[0], "E0000007");
        assert!(six.contains(&"E0000070"), "{six:?}");
        // Read, or not a number: no misspelling.
        for input in [
            "E0000007", "0000007", "7", "E7", "0", "E0", "E7x", "nope", "-7",
        ] {
            assert!(ErrorCode::misspelling(input).is_none(), "{input}");
        }
    }

    #[test]
    fn placeholders_are_left_out_of_search_texts() {
        assert_eq!(without_placeholders("Not found: {0}"), "Not found: ");
        assert_eq!(without_placeholders("{0} and {1}."), " and .");
        assert_eq!(without_placeholders("open { only"), "open { only");
    }
}
