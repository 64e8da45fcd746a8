//! Okta API error codes (`E0000007`): summary templates, arity, releases, linked sign-in
//! failures.

use super::{pretty, Answer, BodyError, Described, Example, How, Texts};
use crate::json::{Json, Object};
use crate::render::replace_placeholders;
use identity_errors::okta::{ErrorBody, ErrorCode, LoginFailure};

impl Described for ErrorCode {
    const KEY: &'static str = "okta";
    const PREFIX: &'static str = "okta";
    const SHORT: &'static str = "Okta API error";
    const TYPE_PATH: &'static str = "okta::ErrorCode";

    /// `E0000007` exactly; `e0000007`; the number alone, with or without its zeros (`0000007`,
    /// `7`) or its `E` (`E7`).
    fn read(input: &str) -> Vec<(Self, How)> {
        if let Some(code) = ErrorCode::from_code(input) {
            return vec![(code, How::Exact)];
        }
        let upper = input.to_ascii_uppercase();
        if let Some(code) = ErrorCode::from_code(&upper) {
            return vec![(code, How::CaseFolded)];
        }
        let digits = upper.strip_prefix('E').unwrap_or(&upper);
        let number = match digits.parse::<u32>() {
            Ok(n) if digits.bytes().all(|b| b.is_ascii_digit()) && n <= 9_999_999 => n,
            _ => return Vec::new(),
        };
        ErrorCode::from_code(&format!("E{number:07}"))
            .map(|code| vec![(code, How::Other)])
            .unwrap_or_default()
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
                "`identity-errors body {self}{}` fills the template",
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

    fn response(self, args: &[&str]) -> Result<Answer, BodyError> {
        match ErrorBody::new(self, args) {
            Ok(body) => Answer::direct(body.into_http_response()),
            Err(error) => Err(BodyError::Arity(format!(
                "{} takes {}, {} given (its summary template is \"{}\")",
                error.code(),
                arguments(error.expected()),
                error.given(),
                error.template()
            ))),
        }
    }
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
        for other in ["0000007", "7", "e7", "00000007"] {
            assert_eq!(ErrorCode::read(other), vec![(e7, How::Other)], "{other}");
        }
        for nothing in [
            "",
            "E",
            "-7",
            "+7",
            "E00000007x",
            "10000000",
            "E9999999",
            "0x7",
        ] {
            assert_eq!(ErrorCode::read(nothing), vec![], "{nothing}");
        }
    }

    #[test]
    fn placeholders_are_left_out_of_search_texts() {
        assert_eq!(without_placeholders("Not found: {0}"), "Not found: ");
        assert_eq!(without_placeholders("{0} and {1}."), " and .");
        assert_eq!(without_placeholders("open { only"), "open { only");
    }
}
