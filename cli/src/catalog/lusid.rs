//! FINBOURNE LUSID Identity errors (`657`): the status, and most names, are the crate's choice.

use super::{integer_misspelling, no_arguments, pretty, read_integer, Answer, BodyError};
use super::{Described, Example, How, Misspelling, Texts};
use crate::json::{Json, Object};
use identity_errors::lusid::{ErrorCode, ProblemDetails};

/// What `explain` says of the values LUSID does not publish.
const CRATE_CHOICE: &str = "the crate's choice";

impl Described for ErrorCode {
    const KEY: &'static str = "lusid";
    const PREFIX: &'static str = "lusid";
    const SHORT: &'static str = "LUSID error";
    const TYPE_PATH: &'static str = "lusid::ErrorCode";
    const STATUS_NOTE: Option<&'static str> = Some(CRATE_CHOICE);

    /// `657`, `-1`.
    fn read(input: &str) -> Vec<(Self, How)> {
        read_integer(input, ErrorCode::from_code)
    }

    fn misspelling(input: &str) -> Option<Misspelling<Self>> {
        integer_misspelling(input, ErrorCode::from_code)
    }

    fn spelling(self) -> String {
        format!("{}:{self}", Self::PREFIX)
    }

    fn dump_row(self) -> Object {
        Object::new()
            .with("code", self.code())
            .with("name", self.name())
            .with("title", self.title())
            .with("description", self.description())
            .with("status", self.status().as_u16())
    }

    fn details(self) -> Vec<(&'static str, String)> {
        let by = match self.is_name_published() {
            true => "as FINBOURNE's SDKs publish it",
            false => CRATE_CHOICE,
        };
        vec![("name", format!("{}  ({by})", self.name()))]
    }

    fn json_details(self) -> Vec<(&'static str, Json)> {
        let choices = match self.is_name_published() {
            true => vec!["status"],
            false => vec!["name", "status"],
        };
        vec![("crate_choice", choices.into())]
    }

    fn example(self) -> Option<Example> {
        let body = ProblemDetails::new(self)
            .with_instance("https://example.lusid.com/app/insights/logs/0HN00000000:00000001");
        Some(Example {
            status: self.status(),
            body: pretty(&body),
            note: None,
        })
    }

    fn texts(self) -> Texts {
        Texts {
            names: vec![self.code().to_string(), self.title().to_owned()],
            notes: self.description().map(str::to_owned).into_iter().collect(),
        }
    }

    fn response(self, args: &[&str]) -> Result<Answer, BodyError> {
        no_arguments(self, args)?;
        Answer::direct(ProblemDetails::new(self).into_http_response())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings() {
        assert_eq!(
            ErrorCode::read("657"),
            vec![(ErrorCode::UserDoesNotExist, How::Exact)]
        );
        assert_eq!(
            ErrorCode::read("-1"),
            vec![(ErrorCode::UnknownError, How::Exact)]
        );
        assert_eq!(ErrorCode::read("0"), vec![]);
        for misspelt in ["0657", "+657", "-01", "-0"] {
            assert_eq!(ErrorCode::read(misspelt), vec![], "{misspelt}");
            assert!(ErrorCode::misspelling(misspelt).is_some(), "{misspelt}");
        }
        let suggestions = ErrorCode::misspelling("-01").map(|m| m.suggestions);
        assert_eq!(
            suggestions.as_ref().and_then(|m| m.first()),
            Some(&ErrorCode::UnknownError)
        );
    }
}
