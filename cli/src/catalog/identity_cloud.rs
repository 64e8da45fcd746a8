//! Akamai Identity Cloud Registration errors (`415`): an `error` string, a category, and the
//! catch-all rule for codes the catalog lacks (applied in `lookup`).

use super::{integer_misspelling, no_arguments, pretty, read_integer, Answer, BodyError};
use super::{Described, Example, How, Misspelling, Texts};
use crate::json::Object;
use identity_errors::identity_cloud::{ErrorBody, ErrorCode};

impl Described for ErrorCode {
    const KEY: &'static str = "identity_cloud";
    const PREFIX: &'static str = "identity-cloud";
    const SHORT: &'static str = "Identity Cloud";
    const TYPE_PATH: &'static str = "identity_cloud::ErrorCode";

    /// `415`; the `error` string, `authorization_code_expired` (in any case), which two codes
    /// share (`unknown_application`).
    fn read(input: &str) -> Vec<(Self, How)> {
        let numbered = read_integer(input, ErrorCode::from_code);
        if !numbered.is_empty() {
            return numbered;
        }
        let folded = input.to_ascii_lowercase().replace('-', "_");
        ErrorCode::ALL
            .iter()
            .filter(|code| code.error() == folded)
            .map(|&code| {
                let how = if code.error() == input {
                    How::Exact
                } else {
                    How::CaseFolded
                };
                (code, how)
            })
            .collect()
    }

    fn misspelling(input: &str) -> Option<Misspelling<Self>> {
        integer_misspelling(input, ErrorCode::from_code)
    }

    fn spelling(self) -> String {
        format!("{}:{self}", Self::PREFIX)
    }

    fn names(self) -> Vec<String> {
        vec![self.to_string(), self.error().to_owned()]
    }

    fn dump_row(self) -> Object {
        Object::new()
            .with("code", self.code())
            .with("name", format!("{self:?}"))
            .with("error", self.error())
            .with("description", self.description())
            .with("category", self.category().as_str())
    }

    fn details(self) -> Vec<(&'static str, String)> {
        let category = self.category();
        vec![(
            "category",
            format!("{category}: {}", category.description()),
        )]
    }

    fn example(self) -> Option<Example> {
        let body = ErrorBody::new(self);
        Some(Example {
            status: body.status(),
            body: pretty(&body),
            note: Some("Capture answers every error with it".to_owned()),
        })
    }

    fn texts(self) -> Texts {
        Texts {
            names: vec![self.code().to_string(), self.error().to_owned()],
            notes: vec![self.description().to_owned()],
        }
    }

    fn response(self, args: &[&str]) -> Result<Answer, BodyError> {
        no_arguments(self, args)?;
        Answer::direct(ErrorBody::new(self).into_http_response())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings() {
        let expired = ErrorCode::AuthorizationCodeExpired;
        assert_eq!(ErrorCode::read("415"), vec![(expired, How::Exact)]);
        // Not as Identity Cloud writes it: a misspelling, never read.
        for misspelt in ["0415", "+415", "00415"] {
            assert_eq!(ErrorCode::read(misspelt), vec![], "{misspelt}");
            let suggestions = ErrorCode::misspelling(misspelt).map(|m| m.suggestions);
            assert_eq!(suggestions.as_ref().and_then(|m| m.first()), Some(&expired));
        }
        assert!(ErrorCode::misspelling("415").is_none());
        assert_eq!(
            ErrorCode::read("authorization_code_expired"),
            vec![(expired, How::Exact)]
        );
        assert_eq!(
            ErrorCode::read("AUTHORIZATION_CODE_EXPIRED"),
            vec![(expired, How::CaseFolded)]
        );
        // Two codes share this `error` string.
        let shared: Vec<i64> = ErrorCode::read("unknown_application")
            .iter()
            .map(|(code, _)| code.code())
            .collect();
        assert_eq!(shared, [221, 352]);
        assert_eq!(ErrorCode::read("215"), vec![]);
    }
}
