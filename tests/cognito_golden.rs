//! Golden tests over every Amazon Cognito answer in `tests/fixtures/cognito_examples.json` (see
//! its README for where each comes from): each Cognito error body parses, names the exception
//! its own text names (the table below was read from the fixture, not from the crate), is a
//! code of the catalog, and is written back byte for byte; the two answers that are no Cognito
//! error body (no `__type`) are refused and kept as received.

use identity_errors::cognito::{ErrorBody, ErrorCode};
use identity_errors::http::{HeaderMap, StatusCode};
use identity_errors::{Body, Error, Vendor};

// The golden tests of every vendor read their fixture through one type.
#[allow(dead_code)]
mod common {
    pub mod fixture;
}

use common::fixture::Example;

fn examples() -> Vec<Example> {
    common::fixture::examples(include_str!("fixtures/cognito_examples.json"))
}

/// Every Cognito error body of the fixture, by its index: the `__type` and `message` its text
/// gives.
const EXPECTED: &[(usize, &str, &str)] = &[
    (
        0,
        "InvalidPasswordException",
        "Password does not conform to policy: Password not long enough",
    ),
    (
        1,
        "InvalidParameterException",
        "1 validation error detected: Value at 'password' failed to satisfy constraint: Member must have length greater than or equal to 6",
    ),
    (
        2,
        "PasswordResetRequiredException",
        "Password reset required for the user",
    ),
    (3, "UserNotFoundException", "User does not exist."),
    (4, "UserNotConfirmedException", "User is not confirmed."),
    (5, "NotAuthorizedException", "Incorrect username or password."),
    (
        6,
        "CodeMismatchException",
        "Invalid verification code provided, please try again.",
    ),
    (
        7,
        "ExpiredCodeException",
        "Invalid code provided, please request a code again.",
    ),
    (
        8,
        "NotAuthorizedException",
        "User is not authorized to get auth details.",
    ),
    (9, "NotAuthorizedException", "Incorrect username or password."),
];

/// The answers that are no Cognito error body, by index.
const NOT_COGNITO: &[usize] = &[10, 11];

#[test]
fn the_fixture_holds_what_the_tables_say() {
    let examples = examples();
    assert_eq!(examples.len(), EXPECTED.len() + NOT_COGNITO.len());
    assert!(EXPECTED.len() >= 10);
}

#[test]
fn every_cognito_body_round_trips_byte_for_byte_with_a_known_code() {
    let examples = examples();
    for &(index, error_type, message) in EXPECTED {
        let example = &examples[index];
        let at = format!("#{index} ({})", example.source());
        let body = ErrorBody::from_slice(example.body().as_bytes())
            .unwrap_or_else(|e| panic!("{at}: {e}"));
        assert_eq!(body.code(), error_type, "{at}");
        assert_eq!(body.message(), Some(message), "{at}");
        let code = body
            .known_code()
            .unwrap_or_else(|| panic!("{at}: unknown code"));
        assert_eq!(code.code(), error_type, "{at}");
        assert_eq!(body.to_json(), example.body(), "{at}: byte for byte");
        // Read as a response, with the status and headers the source gives.
        let status = StatusCode::from_u16(example.http_status.unwrap_or(400)).unwrap();
        let error = Error::from_parts(
            Vendor::Cognito,
            status,
            &example.headers(),
            example.body().as_bytes(),
        )
        .unwrap_or_else(|| panic!("{at}: no error"));
        let Error::Cognito(read) = &error else {
            panic!("{at}: {error:?}");
        };
        assert_eq!(read.known_code(), Some(code), "{at}");
        assert_eq!(error.kind(), code.kind(), "{at}");
        assert_eq!(
            error.into_http_response().body(),
            &example.body().as_bytes().to_vec(),
            "{at}"
        );
    }
}

#[test]
fn the_logged_answer_keeps_its_request_id_and_error_type_header() {
    let example = &examples()[8];
    let body = ErrorBody::from_parts(
        StatusCode::BAD_REQUEST,
        &example.headers(),
        example.body().as_bytes(),
    )
    .unwrap();
    assert_eq!(
        body.correlation_id(),
        Some("00bb3975-63cf-11e8-bed7-f10627fb8d9d")
    );
    assert_eq!(body.error_type_header(), Some("NotAuthorizedException:"));
    assert_eq!(body.known_code(), Some(ErrorCode::NotAuthorized));
    assert_eq!(example.body().len(), 91, "the log's content-length");
    let response = body.into_http_response();
    assert_eq!(
        response.headers()["x-amzn-requestid"],
        "00bb3975-63cf-11e8-bed7-f10627fb8d9d"
    );
}

#[test]
fn answers_without_a_type_are_refused_and_kept_as_received() {
    let examples = examples();
    for &index in NOT_COGNITO {
        let example = &examples[index];
        let at = format!("#{index} ({})", example.source());
        assert!(
            ErrorBody::from_slice(example.body().as_bytes()).is_err(),
            "{at}"
        );
        let status = StatusCode::from_u16(example.http_status.unwrap()).unwrap();
        let error = Error::from_parts(
            Vendor::Cognito,
            status,
            &HeaderMap::new(),
            example.body().as_bytes(),
        )
        .unwrap_or_else(|| panic!("{at}: no error"));
        let Error::Unrecognized(other) = &error else {
            panic!("{at}: {error:?}");
        };
        assert_eq!(other.body(), example.body().as_bytes(), "{at}");
    }
}

#[test]
fn every_code_the_fixture_names_is_one_the_operations_may_raise() {
    use identity_errors::cognito::Operation;
    for &(_, error_type, _) in EXPECTED {
        let code = ErrorCode::from_code(error_type).unwrap();
        assert!(
            Operation::ALL.iter().any(|op| op.may_raise(code)),
            "{error_type}"
        );
    }
    // InitiateAuth's list holds every sign-in answer of the fixture.
    for code in [
        ErrorCode::NotAuthorized,
        ErrorCode::UserNotFound,
        ErrorCode::UserNotConfirmed,
        ErrorCode::PasswordResetRequired,
    ] {
        assert!(Operation::InitiateAuth.may_raise(code), "{code}");
    }
}

#[test]
fn body_trait_reads_them_too() {
    fn code_of<B: Body>(bytes: &[u8]) -> Option<B::Catalog> {
        B::from_slice(bytes).ok()?.known_code()
    }
    let examples = examples();
    assert_eq!(
        code_of::<ErrorBody>(examples[3].body().as_bytes()),
        Some(ErrorCode::UserNotFound)
    );
}
