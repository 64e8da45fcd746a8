//! Okta sign-in failure reasons (`LOCKED_OUT`): a one-line description, troubleshooting steps
//! and, for some, the Okta API code the failure is reported with.

use super::{entry, read_folded, Answer, BodyError, Described, Example, How, Ref, Texts};
use crate::json::Object;
use identity_errors::okta::LoginFailure;

impl Described for LoginFailure {
    const KEY: &'static str = "okta_login_failures";
    const PREFIX: &'static str = "okta-login";
    const SHORT: &'static str = "Okta sign-in";
    const TYPE_PATH: &'static str = "okta::LoginFailure";
    // The article's columns: its Description is the one-line title, its troubleshooting steps
    // are the description.
    const TITLE_LABEL: Option<&'static str> = Some("description");
    const DESCRIPTION_LABEL: &'static str = "troubleshooting";

    /// `LOCKED_OUT`; `locked_out`, `locked-out`.
    fn read(input: &str) -> Vec<(Self, How)> {
        read_folded(input, true, LoginFailure::from_code)
    }

    fn dump_row(self) -> Object {
        Object::new()
            .with("reason", self.code())
            .with("error_code", self.error_code().map(|code| code.code()))
            .with("description", self.title())
            .with("troubleshooting", self.description())
    }

    fn details(self) -> Vec<(&'static str, String)> {
        let linked = match self.error_code() {
            Some(code) => format!("{code} ({})", code.title()),
            None => "none".to_owned(),
        };
        vec![("API error code", linked)]
    }

    fn example(self) -> Option<Example> {
        // No body of its own: `explain` shows the linked code's instead.
        None
    }

    fn linked(self) -> Option<Ref> {
        self.error_code().and_then(entry)
    }

    fn texts(self) -> Texts {
        let mut names = vec![self.code().to_owned(), self.title().to_owned()];
        names.extend(self.error_code().map(|code| code.code().to_owned()));
        Texts {
            names,
            notes: vec![self.description().to_owned()],
        }
    }

    /// The body of the linked API code, filled with `args`.
    fn response(self, args: &[&str]) -> Result<Answer, BodyError> {
        match Described::linked(self) {
            Some(linked) => match linked.response(args) {
                Ok(answer) => Ok(Answer {
                    via: Some(linked),
                    ..answer
                }),
                Err(BodyError::Arity(message)) => Err(BodyError::Arity(format!(
                    "{self} has no body of its own and Okta answers it with {}: {message}",
                    linked.code()
                ))),
                Err(other) => Err(other),
            },
            None => Err(BodyError::NoBody(format!(
                "{self} is an Okta sign-in failure reason (a System Log outcome), which has no \
                 body, and Okta links no API error code to it"
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings() {
        let locked = LoginFailure::LockedOut;
        assert_eq!(LoginFailure::read("LOCKED_OUT"), vec![(locked, How::Exact)]);
        for folded in ["locked_out", "locked-out", "Locked_Out"] {
            assert_eq!(LoginFailure::read(folded), vec![(locked, How::CaseFolded)]);
        }
    }
}
