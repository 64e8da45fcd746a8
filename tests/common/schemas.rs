//! The checks both schema features pass (`tests/schemars.rs`, `tests/utoipa.rs`): each renders
//! its schemas as JSON, and these validate, with a JSON Schema validator (draft 2020-12), every
//! real body in `tests/fixtures/`, every body the crate builds for every catalog code, and
//! every wire code, and show that the schemas refuse what the crate's parsers refuse.

use identity_errors::{identity_cloud, lusid, okta, Catalog};
use jsonschema::Validator;
use serde_json::{json, Value};

/// The schemas of one feature, as JSON.
pub struct Schemas {
    pub okta: Value,
    pub oauth: Value,
    pub identity_cloud: Value,
    pub lusid: Value,
    /// Each catalog's schema, with its name and every one of its codes as JSON.
    pub catalogs: Vec<(&'static str, Value, Vec<Value>)>,
}

/// Every code of catalog `C` as its serde writes it.
pub fn codes<C: Catalog>() -> Vec<Value> {
    C::ALL
        .iter()
        .map(|c| serde_json::to_value(c).unwrap())
        .collect()
}

fn validator(schema: &Value) -> Validator {
    if let Err(error) = jsonschema::meta::validate(schema) {
        panic!("not a valid JSON Schema: {error}: {schema:#}");
    }
    jsonschema::draft202012::new(schema).unwrap()
}

/// Validates `body` (JSON text) and panics with every error found.
fn assert_valid(validator: &Validator, what: &str, body: &str) {
    let value: Value = serde_json::from_str(body).unwrap_or_else(|e| panic!("{what}: {e}"));
    let errors: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{what}: {errors:?}: {body}");
}

/// Which schema, and which of the crate's parsers, a body is for.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Okta,
    OAuth,
    IdentityCloud,
    Lusid,
}

impl Kind {
    fn schema(self, schemas: &Schemas) -> &Value {
        match self {
            Self::Okta => &schemas.okta,
            Self::OAuth => &schemas.oauth,
            Self::IdentityCloud => &schemas.identity_cloud,
            Self::Lusid => &schemas.lusid,
        }
    }

    /// Whether the crate's own parser accepts `body`.
    fn parses(self, body: &str) -> bool {
        let bytes = body.as_bytes();
        match self {
            Self::Okta => okta::ErrorBody::from_slice(bytes).is_ok(),
            Self::OAuth => okta::OAuthErrorBody::from_slice(bytes).is_ok(),
            Self::IdentityCloud => identity_cloud::ErrorBody::from_slice(bytes).is_ok(),
            Self::Lusid => lusid::ProblemDetails::from_slice(bytes).is_ok(),
        }
    }
}

/// Every real body in `tests/fixtures/` that is JSON, with its kind.
fn fixtures() -> Vec<(Kind, String)> {
    let read = |json: &str| serde_json::from_str::<Vec<Value>>(json).unwrap();
    let mut bodies = Vec::new();
    for example in read(include_str!("../fixtures/okta_error_examples.json")) {
        let kind = match example["kind"].as_str() {
            Some("okta_api") => Kind::Okta,
            Some("oauth") => Kind::OAuth,
            // A WWW-Authenticate header, not a JSON body.
            _ => continue,
        };
        bodies.push((kind, example["body"].as_str().unwrap().to_owned()));
    }
    for example in read(include_str!("../fixtures/okta_wild_shapes.json")) {
        bodies.push((Kind::Okta, example["body"].as_str().unwrap().to_owned()));
    }
    for example in read(include_str!("../fixtures/identity_cloud_examples.json")) {
        // One body is a truncated excerpt, kept as a string: not JSON at all.
        if example["body"].is_object() {
            bodies.push((Kind::IdentityCloud, example["body"].to_string()));
        }
    }
    for example in read(include_str!("../fixtures/lusid_examples.json")) {
        bodies.push((Kind::Lusid, example["body"].to_string()));
    }
    bodies
}

/// Every body the crate builds: for every catalog code, each constructor's body.
fn built() -> Vec<(Kind, String)> {
    let mut bodies = Vec::new();
    for &code in okta::ErrorCode::ALL {
        let args = vec!["x"; code.arity()];
        let body = okta::ErrorBody::try_new(code, &args).unwrap();
        bodies.push((Kind::Okta, body.to_json()));
        let mut body = body.with_cause("field: reason");
        body.extra_mut().insert("hint", &json!({"a": [1]})).unwrap();
        bodies.push((Kind::Okta, body.to_json()));
    }
    bodies.push((
        Kind::Okta,
        okta::ErrorBody::from_raw("E0009999", "New").to_json(),
    ));
    for &code in okta::OAuthErrorCode::ALL {
        let body = okta::OAuthErrorBody::new(code);
        bodies.push((Kind::OAuth, body.to_json()));
        let body = body
            .with_state("xyz")
            .with_error_uri("https://example.com/e");
        bodies.push((Kind::OAuth, body.to_json()));
    }
    for &code in identity_cloud::ErrorCode::ALL {
        let body = identity_cloud::ErrorBody::new(code);
        bodies.push((Kind::IdentityCloud, body.to_json()));
        let body = identity_cloud::ErrorBody::oauth("invalid_request", code);
        bodies.push((Kind::IdentityCloud, body.to_json()));
    }
    for &code in lusid::ErrorCode::ALL {
        let body = lusid::ProblemDetails::new(code).with_instance("https://example.com/logs/1");
        bodies.push((Kind::Lusid, body.to_json()));
    }
    bodies
}

/// Bodies at the edges of what each parser accepts or refuses, each checked against both the
/// schema and the parser: the two must agree on every one.
fn edges() -> Vec<(Kind, &'static str)> {
    vec![
        // Okta: errorCode and errorSummary are required strings; the rest is optional.
        (Kind::Okta, r#"{"errorCode":"E0000007","errorSummary":"x"}"#),
        (Kind::Okta, r#"{"errorCode":"E0000007"}"#),
        (Kind::Okta, r#"{"errorSummary":"x"}"#),
        (Kind::Okta, r#"{"errorCode":7,"errorSummary":"x"}"#),
        (
            Kind::Okta,
            r#"{"errorCode":"E0000007","errorSummary":null}"#,
        ),
        (
            Kind::Okta,
            r#"{"errorCode":"E1","errorSummary":"x","errorId":5}"#,
        ),
        (
            Kind::Okta,
            r#"{"errorCode":"E1","errorSummary":"x","errorLink":null}"#,
        ),
        // Causes: objects (with or without errorSummary, with other members) or strings.
        (
            Kind::Okta,
            r#"{"errorCode":"E1","errorSummary":"x","errorCauses":["a",{},{"errorSummary":"b","reason":"R"}]}"#,
        ),
        (
            Kind::Okta,
            r#"{"errorCode":"E1","errorSummary":"x","errorCauses":[1]}"#,
        ),
        (
            Kind::Okta,
            r#"{"errorCode":"E1","errorSummary":"x","errorCauses":[{"errorSummary":2}]}"#,
        ),
        (
            Kind::Okta,
            r#"{"errorCode":"E1","errorSummary":"x","errorCauses":{}}"#,
        ),
        (
            Kind::Okta,
            r#"{"errorCode":"E1","errorSummary":"x","anything":[null,{"deep":true}]}"#,
        ),
        (Kind::Okta, r#"["errorCode"]"#),
        // OAuth: error is required.
        (Kind::OAuth, r#"{"error":"invalid_client"}"#),
        (Kind::OAuth, r#"{"error_description":"x"}"#),
        (Kind::OAuth, r#"{"error":"e","state":1}"#),
        (
            Kind::OAuth,
            r#"{"error":"e","error_uri":"u","interaction_uri":"v"}"#,
        ),
        // Identity Cloud: stat must be "error"; code an integer; error a string.
        (
            Kind::IdentityCloud,
            r#"{"stat":"error","code":100,"error":"missing_argument"}"#,
        ),
        (
            Kind::IdentityCloud,
            r#"{"stat":"ok","code":100,"error":"missing_argument"}"#,
        ),
        (
            Kind::IdentityCloud,
            r#"{"code":100,"error":"missing_argument"}"#,
        ),
        (
            Kind::IdentityCloud,
            r#"{"stat":"error","code":"100","error":"e"}"#,
        ),
        (Kind::IdentityCloud, r#"{"stat":"error","code":100}"#),
        (
            Kind::IdentityCloud,
            r#"{"stat":"error","code":-5,"error":"e","request_token":"t"}"#,
        ),
        (
            Kind::IdentityCloud,
            r#"{"stat":"error","code":1,"error":"e","sub_error":false}"#,
        ),
        // LUSID: only code is required; status fits in 16 bits; errorDetails is any JSON.
        (Kind::Lusid, r#"{"code":657}"#),
        (Kind::Lusid, r#"{"status":404}"#),
        (Kind::Lusid, r#"{"code":657,"status":70000}"#),
        (Kind::Lusid, r#"{"code":657,"status":-1}"#),
        (
            Kind::Lusid,
            r#"{"code":657,"status":0,"errorDetails":"odd","extensions":[1]}"#,
        ),
        (Kind::Lusid, r#"{"code":"657"}"#),
        (Kind::Lusid, r#"{"code":657,"type":null}"#),
    ]
}

/// Runs every check on one feature's schemas.
pub fn check(schemas: &Schemas) {
    let validators = [Kind::Okta, Kind::OAuth, Kind::IdentityCloud, Kind::Lusid]
        .map(|kind| (kind, validator(kind.schema(schemas))));
    let validator_of = |kind: Kind| &validators.iter().find(|(k, _)| *k == kind).unwrap().1;

    let fixtures = fixtures();
    assert_eq!(fixtures.len(), 45, "every JSON body of tests/fixtures/");
    for (kind, body) in &fixtures {
        assert_valid(validator_of(*kind), &format!("{kind:?} fixture"), body);
    }
    let built = built();
    assert_eq!(built.len(), 2 * 251 + 1 + 2 * 57 + 2 * 43 + 36);
    for (kind, body) in &built {
        assert_valid(validator_of(*kind), &format!("built {kind:?} body"), body);
    }

    let mut refused = 0;
    for (kind, body) in edges() {
        let value: Value = serde_json::from_str(body).unwrap();
        let valid = validator_of(kind).is_valid(&value);
        assert_eq!(
            valid,
            kind.parses(body),
            "{kind:?}: schema and parser disagree on {body}"
        );
        refused += usize::from(!valid);
    }
    assert_eq!(refused, 22, "the edge cases hold both verdicts");

    assert_eq!(schemas.catalogs.len(), 5);
    for (name, schema, codes) in &schemas.catalogs {
        check_catalog(name, schema, codes);
    }
}

/// A catalog's schema holds every one of its codes and refuses what is not one.
fn check_catalog(name: &str, schema: &Value, codes: &[Value]) {
    let validator = validator(schema);
    assert!(!codes.is_empty());
    for code in codes {
        assert!(validator.is_valid(code), "{name}: {code} refused");
    }
    // What is not a code of the catalog, or not of its type, is refused.
    let integers = codes[0].is_i64();
    let foreign = [
        json!("E9999999"),
        json!(9999),
        json!("9"),
        json!(415.5),
        json!(null),
    ];
    for value in foreign {
        assert!(!validator.is_valid(&value), "{name}: {value} accepted");
    }
    let other_type = if integers {
        json!(codes[0].to_string())
    } else {
        json!(1)
    };
    assert!(
        !validator.is_valid(&other_type),
        "{name}: {other_type} accepted"
    );
}

/// The checks of the Entra schemas (feature `entra`): the body's schema holds every JSON body
/// of `tests/fixtures/entra_examples.json` and every body the crate builds, refuses what the
/// parser refuses; each catalog's holds its codes.
#[cfg(feature = "entra")]
pub fn check_entra(body: &Value, catalogs: &[(&'static str, Value, Vec<Value>)]) {
    use identity_errors::entra;
    let validator = validator(body);
    let fixtures: Vec<Value> =
        serde_json::from_str(include_str!("../fixtures/entra_examples.json")).unwrap();
    let mut valid = 0;
    for example in &fixtures {
        let Some(text) = example["body"].as_str() else {
            continue;
        };
        // The bodies that are not JSON as their sources show them, and the plain-text 429.
        if serde_json::from_str::<Value>(text).is_err() {
            continue;
        }
        assert_valid(&validator, "Entra fixture", text);
        valid += 1;
    }
    assert_eq!(valid, 36, "every JSON body of entra_examples.json");
    let mut built = 0;
    for &error in entra::OAuthErrorCode::ALL {
        for &code in entra::ErrorCode::ALL {
            let args: Vec<(&str, &str)> = code
                .placeholders()
                .iter()
                .map(|name| (*name, "x"))
                .collect();
            let body = entra::OAuthErrorBody::try_new(error, code, &args).unwrap();
            assert_valid(&validator, "built Entra body", &body.to_json());
            built += 1;
        }
        let body = entra::OAuthErrorBody::from_raw(error.code(), "AADSTS50126: x")
            .with_suberror("consent_required")
            .with_claims(r#"{"access_token":{"nbf":{"essential":true}}}"#);
        assert_valid(&validator, "built Entra body", &body.to_json());
    }
    assert_eq!(
        built,
        entra::OAuthErrorCode::ALL.len() * entra::ErrorCode::ALL.len()
    );
    let edges = [
        r#"{"error":"invalid_grant"}"#,
        r#"{"error_description":"AADSTS50126: x"}"#,
        r#"{"error":5}"#,
        r#"{"error":"e","error_codes":[]}"#,
        r#"{"error":"e","error_codes":[50126,-1]}"#,
        r#"{"error":"e","error_codes":["50126"]}"#,
        r#"{"error":"e","error_codes":[50126.5]}"#,
        r#"{"error":"e","error_codes":50126}"#,
        r#"{"error":"e","claims":{"access_token":{}}}"#,
        r#"{"error":"e","timestamp":1}"#,
        r#"{"error":"e","suberror":null}"#,
        r#"{"error":"e","continuation_token":"AQAB","required_attributes":[{"name":"x"}]}"#,
    ];
    let mut refused = 0;
    for edge in edges {
        let value: Value = serde_json::from_str(edge).unwrap();
        let valid = validator.is_valid(&value);
        let parses = entra::OAuthErrorBody::from_slice(edge.as_bytes()).is_ok();
        assert_eq!(valid, parses, "Entra: schema and parser disagree on {edge}");
        refused += usize::from(!valid);
    }
    assert_eq!(refused, 8, "the edge cases hold both verdicts");
    assert_eq!(catalogs.len(), 3);
    for (name, schema, codes) in catalogs {
        check_catalog(name, schema, codes);
    }
}

/// Cognito's body schema holds Cognito's bodies (a namespaced `__type`, `Message`, `reasonCode`,
/// other members) and refuses what the parser refuses; its catalog's schema is the enum of its
/// shape names.
#[cfg(feature = "cognito")]
#[allow(dead_code)]
pub fn check_cognito(body: &Value, catalog: &Value) {
    use identity_errors::cognito::{ErrorBody, ErrorCode};
    let validator = validator(body);
    for sent in [
        r#"{"__type":"NotAuthorizedException","message":"Incorrect username or password."}"#,
        r#"{"__type":"com.amazonaws.cognito.identity.idp.model#UserNotFoundException","Message":"User does not exist."}"#,
        r#"{"__type":"InvalidParameterException","message":"m","reasonCode":"INVALID_PHONE_NUMBER","x":[1]}"#,
        r#"{"__type":"SomethingNewException"}"#,
    ] {
        assert!(ErrorBody::from_slice(sent.as_bytes()).is_ok(), "{sent}");
        assert_valid(&validator, "cognito", sent);
    }
    for code in ErrorCode::ALL {
        assert_valid(&validator, "cognito", &ErrorBody::new(*code).to_json());
    }
    for sent in [
        "{}",
        r#"{"message":"no type"}"#,
        r#"{"__type":17}"#,
        r#"{"__type":"A","message":3}"#,
        r#"{"__type":"A","reasonCode":[]}"#,
    ] {
        assert!(ErrorBody::from_slice(sent.as_bytes()).is_err(), "{sent}");
        let value: Value = serde_json::from_str(sent).unwrap();
        assert!(!validator.is_valid(&value), "cognito schema accepts {sent}");
    }
    assert_eq!(catalog["enum"], Value::from(codes::<ErrorCode>()));
    assert_eq!(catalog["enum"].as_array().map(Vec::len), Some(59));
}

/// Firebase's body schema holds Firebase's bodies (a `CODE : detail` message, `status`,
/// `details`, other members) and refuses what the parser refuses; its catalogs' schemas are the
/// enums of their codes.
#[cfg(feature = "firebase")]
#[allow(dead_code)]
pub fn check_firebase(body: &Value, server: &Value, client: &Value) {
    use identity_errors::firebase::{ClientCode, ErrorBody, ErrorCode};
    let validator = validator(body);
    for sent in [
        r#"{"error":{"code":400,"message":"EMAIL_NOT_FOUND","errors":[{"message":"EMAIL_NOT_FOUND","domain":"global","reason":"invalid"}]}}"#,
        r#"{"error":{"code":400,"message":"WEAK_PASSWORD : Password should be at least 6 characters","errors":[{"message":"WEAK_PASSWORD : Password should be at least 6 characters","domain":"global","reason":"invalid"}]}}"#,
        r#"{"error":{"code":400,"message":"INVALID_ARGUMENT","status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[]}]}}"#,
        r#"{"error":{"message":"SOMETHING_NEW"},"x":1}"#,
    ] {
        assert!(ErrorBody::from_slice(sent.as_bytes()).is_ok(), "{sent}");
        assert_valid(&validator, "firebase", sent);
    }
    for code in ErrorCode::ALL {
        assert_valid(&validator, "firebase", &ErrorBody::new(*code).to_json());
    }
    for sent in [
        "{}",
        r#"{"error":{}}"#,
        r#"{"error":"EMAIL_NOT_FOUND"}"#,
        r#"{"error":{"message":3}}"#,
        r#"{"error":{"message":"A","code":"400"}}"#,
        r#"{"error":{"message":"A","errors":{}}}"#,
        r#"{"error":{"message":"A","errors":["A"]}}"#,
    ] {
        assert!(ErrorBody::from_slice(sent.as_bytes()).is_err(), "{sent}");
        let value: Value = serde_json::from_str(sent).unwrap();
        assert!(
            !validator.is_valid(&value),
            "firebase schema accepts {sent}"
        );
    }
    assert_eq!(server["enum"], Value::from(codes::<ErrorCode>()));
    assert_eq!(server["enum"].as_array().map(Vec::len), Some(81));
    assert_eq!(client["enum"], Value::from(codes::<ClientCode>()));
    assert_eq!(client["enum"].as_array().map(Vec::len), Some(108));
}

/// The Keycloak schemas accept what the parsers accept and refuse what they refuse.
#[cfg(feature = "keycloak")]
#[allow(dead_code)]
pub fn check_keycloak(oauth: &Value, admin: &Value, oauth_codes: &Value, events: &Value) {
    use identity_errors::keycloak::{AdminErrorBody, EventError, OAuthErrorBody, OAuthErrorCode};
    let oauth_validator = validator(oauth);
    for sent in [
        r#"{"error":"invalid_grant","error_description":"Invalid user credentials"}"#,
        r#"{"error":"Could not find client"}"#,
        r#"{"error":"unknown_error","x":[1]}"#,
    ] {
        assert!(
            OAuthErrorBody::from_slice(sent.as_bytes()).is_ok(),
            "{sent}"
        );
        assert_valid(&oauth_validator, "keycloak oauth", sent);
    }
    for code in OAuthErrorCode::ALL {
        assert_valid(
            &oauth_validator,
            "keycloak oauth",
            &OAuthErrorBody::new(*code).to_json(),
        );
    }
    for sent in [
        "{}",
        r#"{"error_description":"no error"}"#,
        r#"{"error":17}"#,
        r#"{"error":"a","error_description":[]}"#,
    ] {
        assert!(
            OAuthErrorBody::from_slice(sent.as_bytes()).is_err(),
            "{sent}"
        );
        let value: Value = serde_json::from_str(sent).unwrap();
        assert!(
            !oauth_validator.is_valid(&value),
            "keycloak oauth schema accepts {sent}"
        );
    }
    let admin_validator = validator(admin);
    for sent in [
        r#"{"errorMessage":"User exists with same username"}"#,
        r#"{"field":"email","errorMessage":"invalidEmailMessage","params":["email"]}"#,
        r#"{"errorMessage":"m","errors":[{"field":"a"}]}"#,
    ] {
        assert!(
            AdminErrorBody::from_slice(sent.as_bytes()).is_ok(),
            "{sent}"
        );
        assert_valid(&admin_validator, "keycloak admin", sent);
    }
    for sent in [
        "{}",
        r#"{"field":"email"}"#,
        r#"{"errorMessage":1}"#,
        r#"{"errorMessage":"m","params":"email"}"#,
        r#"{"errorMessage":"m","params":[1]}"#,
    ] {
        assert!(
            AdminErrorBody::from_slice(sent.as_bytes()).is_err(),
            "{sent}"
        );
        let value: Value = serde_json::from_str(sent).unwrap();
        assert!(
            !admin_validator.is_valid(&value),
            "keycloak admin schema accepts {sent}"
        );
    }
    assert_eq!(oauth_codes["enum"], Value::from(codes::<OAuthErrorCode>()));
    assert_eq!(oauth_codes["enum"].as_array().map(Vec::len), Some(26));
    assert_eq!(events["enum"], Value::from(codes::<EventError>()));
    assert_eq!(events["enum"].as_array().map(Vec::len), Some(84));
}

/// The Auth0 schemas accept what the parsers accept and refuse what they refuse.
#[cfg(feature = "auth0")]
#[allow(dead_code)]
pub fn check_auth0(
    [auth, management, signup_body]: [&Value; 3],
    [auth_codes, guardian, signup, login]: [&Value; 4],
) {
    use identity_errors::auth0::{
        AuthErrorBody, AuthErrorCode, GuardianErrorCode, LoginErrorCode, ManagementErrorBody,
        SignupErrorBody, SignupErrorCode,
    };
    let signup_validator = validator(signup_body);
    for sent in [
        r#"{"name":"BadRequestError","code":"invalid_signup","description":"Invalid sign up","statusCode":400}"#,
        r#"{"name":"PasswordStrengthError","message":"Password is too weak","code":"invalid_password","description":{"rules":[],"verified":false},"policy":"* At least 8 characters in length","mfa_token":"123456","statusCode":400}"#,
    ] {
        assert!(
            SignupErrorBody::from_slice(sent.as_bytes()).is_ok(),
            "{sent}"
        );
        assert_valid(&signup_validator, "auth0 signup", sent);
    }
    for code in SignupErrorCode::ALL {
        assert_valid(
            &signup_validator,
            "auth0 signup",
            &SignupErrorBody::new(*code).to_json(),
        );
    }
    for sent in ["{}", r#"{"code":1}"#, r#"{"code":"x","statusCode":"400"}"#] {
        assert!(
            SignupErrorBody::from_slice(sent.as_bytes()).is_err(),
            "{sent}"
        );
        let value: Value = serde_json::from_str(sent).unwrap();
        assert!(
            !signup_validator.is_valid(&value),
            "auth0 signup schema accepts {sent}"
        );
    }
    let auth_validator = validator(auth);
    for sent in [
        r#"{"error":"invalid_user_password","error_description":"Wrong email or password."}"#,
        r#"{"error":"invalid_grant"}"#,
        r#"{"error":"mfa_required","mfa_token":"abc"}"#,
    ] {
        assert!(AuthErrorBody::from_slice(sent.as_bytes()).is_ok(), "{sent}");
        assert_valid(&auth_validator, "auth0 auth", sent);
    }
    for code in AuthErrorCode::ALL {
        assert_valid(
            &auth_validator,
            "auth0 auth",
            &AuthErrorBody::new(*code).to_json(),
        );
    }
    for sent in [
        "{}",
        r#"{"error_description":"no error"}"#,
        r#"{"error":401}"#,
        r#"{"error":"a","error_description":{}}"#,
    ] {
        assert!(
            AuthErrorBody::from_slice(sent.as_bytes()).is_err(),
            "{sent}"
        );
        let value: Value = serde_json::from_str(sent).unwrap();
        assert!(
            !auth_validator.is_valid(&value),
            "auth0 auth schema accepts {sent}"
        );
    }
    let management_validator = validator(management);
    for sent in [
        r#"{"statusCode":404,"error":"Not Found","message":"The user does not exist.","errorCode":"inexistent_user"}"#,
        r#"{"statusCode":400,"error":"Bad Request","message":"Payload validation error"}"#,
        r#"{"statusCode":429,"error":"Too Many Requests","message":"m","attributes":{"x":1}}"#,
    ] {
        assert!(
            ManagementErrorBody::from_slice(sent.as_bytes()).is_ok(),
            "{sent}"
        );
        assert_valid(&management_validator, "auth0 management", sent);
    }
    for sent in [
        "{}",
        r#"{"statusCode":404,"error":"Not Found"}"#,
        r#"{"statusCode":"404","error":"Not Found","message":"m"}"#,
        r#"{"statusCode":404,"error":"Not Found","message":"m","errorCode":1}"#,
    ] {
        assert!(
            ManagementErrorBody::from_slice(sent.as_bytes()).is_err(),
            "{sent}"
        );
        let value: Value = serde_json::from_str(sent).unwrap();
        assert!(
            !management_validator.is_valid(&value),
            "auth0 management schema accepts {sent}"
        );
    }
    assert_eq!(auth_codes["enum"], Value::from(codes::<AuthErrorCode>()));
    assert_eq!(auth_codes["enum"].as_array().map(Vec::len), Some(16));
    assert_eq!(guardian["enum"], Value::from(codes::<GuardianErrorCode>()));
    assert_eq!(guardian["enum"].as_array().map(Vec::len), Some(33));
    assert_eq!(signup["enum"], Value::from(codes::<SignupErrorCode>()));
    assert_eq!(signup["enum"].as_array().map(Vec::len), Some(8));
    assert_eq!(login["enum"], Value::from(codes::<LoginErrorCode>()));
    assert_eq!(login["enum"].as_array().map(Vec::len), Some(10));
}
