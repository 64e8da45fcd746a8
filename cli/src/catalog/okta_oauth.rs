//! Okta OAuth 2.0 / OpenID Connect errors (`invalid_client`).

use super::{no_arguments, pretty, rate_limit, read_folded, Answer, BodyError, Example, How};
use super::{Described, Texts};
use crate::json::{Json, Object};
use identity_errors::okta::{OAuthErrorBody, OAuthErrorCode};

impl Described for OAuthErrorCode {
    const KEY: &'static str = "okta_oauth";
    const PREFIX: &'static str = "okta-oauth";
    const SHORT: &'static str = "Okta OAuth error";
    const TYPE_PATH: &'static str = "okta::OAuthErrorCode";

    /// `invalid_client`; `INVALID_CLIENT`, `invalid-client`.
    fn read(input: &str) -> Vec<(Self, How)> {
        read_folded(input, false, OAuthErrorCode::from_code)
    }

    fn dump_row(self) -> Object {
        Object::new()
            .with("error", self.code())
            .with("status", self.status().as_u16())
            .with("description", self.description())
    }

    fn details(self) -> Vec<(&'static str, String)> {
        if self.sent_as() == self {
            return Vec::new();
        }
        let sent = format!(
            "{}  (what Okta puts in `error` for this one)",
            self.sent_as().code()
        );
        vec![("sent as", sent)]
    }

    fn json_details(self) -> Vec<(&'static str, Json)> {
        vec![("sent_as", self.sent_as().code().into())]
    }

    fn example(self) -> Option<Example> {
        Some(Example {
            status: self.status(),
            body: pretty(&OAuthErrorBody::new(self)),
            note: None,
        })
    }

    fn texts(self) -> Texts {
        Texts {
            names: vec![self.code().to_owned(), self.title().to_owned()],
            notes: vec![self.description().to_owned()],
        }
    }

    fn response(self, args: &[&str]) -> Result<Answer, BodyError> {
        no_arguments(self, args)?;
        let response = OAuthErrorBody::new(self)
            .with_rate_limit(rate_limit::sample(self.status()))
            .into_http_response();
        Ok(Answer {
            samples: rate_limit::SAMPLES,
            ..Answer::direct(response)?
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings() {
        let client = OAuthErrorCode::InvalidClient;
        assert_eq!(
            OAuthErrorCode::read("invalid_client"),
            vec![(client, How::Exact)]
        );
        for folded in ["INVALID_CLIENT", "invalid-client", "Invalid_Client"] {
            assert_eq!(
                OAuthErrorCode::read(folded),
                vec![(client, How::CaseFolded)]
            );
        }
        assert_eq!(OAuthErrorCode::read("invalid client"), vec![]);
    }
}
