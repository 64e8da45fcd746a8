//! The generated Cognito catalog, read through the library's API, equals botocore's service
//! model as kept in `data/sources/cognito/service-2.errors.json`: every exception with its
//! documentation and fault, every operation with its errors in the model's order, and nothing
//! more. (`codegen/tests/cognito_sources.rs` proves the tables of `data/` against the same
//! file.)

use identity_errors::cognito::{ErrorCode, Operation};
use identity_errors::serde_json::{self, Value};
use identity_errors::{Catalog, Kind, Retry, Vendor};

fn model() -> Value {
    let text = include_str!("../data/sources/cognito/service-2.errors.json");
    serde_json::from_str(text).expect("the kept model is JSON")
}

#[test]
fn every_exception_of_the_model_is_a_code_with_its_documentation_and_fault() {
    let model = model();
    let shapes = model["shapes"].as_object().unwrap();
    let exceptions: Vec<(&String, &Value)> = shapes
        .iter()
        .filter(|(_, shape)| shape["exception"] == Value::Bool(true))
        .collect();
    assert_eq!(exceptions.len(), 59);
    assert_eq!(ErrorCode::ALL.len(), 59);
    for (name, shape) in &exceptions {
        let code =
            ErrorCode::from_code(name).unwrap_or_else(|| panic!("{name}: not in the catalog"));
        assert_eq!(code.code(), name.as_str());
        assert_eq!(code.to_string(), name.as_str());
        assert_eq!(
            Some(code.title()),
            shape["documentation"].as_str(),
            "{name}"
        );
        let fault = shape.get("fault") == Some(&Value::Bool(true));
        assert_eq!(code.is_fault(), fault, "{name}");
        assert_eq!(code.status(), if fault { 500 } else { 400 }, "{name}");
        assert_eq!(Catalog::status(code), Some(code.status()));
        assert_eq!(Catalog::description(code), None);
    }
    for code in ErrorCode::ALL {
        assert!(shapes.contains_key(code.code()), "{code}: not in the model");
    }
    assert_eq!(ErrorCode::VENDOR, Vendor::Cognito);
}

#[test]
fn every_operation_lists_the_models_errors_in_its_order() {
    let model = model();
    let operations = model["operations"].as_object().unwrap();
    assert_eq!(operations.len(), 129);
    assert_eq!(Operation::ALL.len(), 129);
    let mut pairs = 0;
    for (name, operation) in operations {
        let op = Operation::from_name(name).unwrap_or_else(|| panic!("{name}: no Operation"));
        assert_eq!(op.name(), name.as_str());
        assert_eq!(op.to_string(), name.as_str());
        assert_eq!(name.parse::<Operation>(), Ok(op));
        let listed: Vec<&str> = operation["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|error| error["shape"].as_str().unwrap())
            .collect();
        let errors: Vec<&str> = op.errors().iter().map(|code| code.code()).collect();
        assert_eq!(errors, listed, "{name}");
        pairs += errors.len();
    }
    assert_eq!(pairs, 1_130);
    for op in Operation::ALL {
        assert!(operations.contains_key(op.name()), "{op}: not in the model");
    }
    // The model's one repeat, kept.
    let verify = Operation::VerifySoftwareToken.errors();
    let repeats = verify
        .iter()
        .filter(|&&code| code == ErrorCode::NotAuthorized)
        .count();
    assert_eq!(repeats, 2);
    assert!("initiateAuth".parse::<Operation>().is_err());
    assert_eq!(
        "Nope".parse::<Operation>().unwrap_err().to_string(),
        "unknown Cognito operation \"Nope\""
    );
}

#[test]
fn what_initiate_auth_may_return_is_matched_exhaustively() {
    // The model's list for InitiateAuth, read from the kept file.
    let model = model();
    let listed: Vec<&str> = model["operations"]["InitiateAuth"]["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|error| error["shape"].as_str().unwrap())
        .collect();
    assert!(listed.contains(&"UserNotFoundException"));
    assert!(listed.contains(&"PasswordResetRequiredException"));
    for code in Operation::InitiateAuth.errors() {
        assert!(listed.contains(&code.code()));
        assert!(Operation::InitiateAuth.may_raise(*code));
    }
    assert!(!Operation::InitiateAuth.may_raise(ErrorCode::UsernameExists));
}

#[test]
fn advice_botocores_for_throttling_the_crates_rule_for_the_rest() {
    // botocore's standard retry mode retries these two as throttling.
    for code in [ErrorCode::TooManyRequests, ErrorCode::LimitExceeded] {
        assert_eq!(
            (code.kind(), code.retry()),
            (Kind::RateLimited, Retry::AfterWindow)
        );
        assert!(code.is_advice_published());
    }
    let published = ErrorCode::ALL
        .iter()
        .filter(|c| c.is_advice_published())
        .count();
    assert_eq!(published, 2);
    for code in [ErrorCode::InternalError, ErrorCode::InternalServer] {
        assert_eq!(
            (code.kind(), code.retry()),
            (Kind::ServerFault, Retry::WithBackoff)
        );
    }
    assert_eq!(ErrorCode::UserNotFound.kind(), Kind::NotFound);
    assert_eq!(ErrorCode::NotAuthorized.kind(), Kind::Unauthenticated);
    assert_eq!(ErrorCode::UsernameExists.kind(), Kind::Conflict);
}
