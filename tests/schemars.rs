//! The `schemars` feature: the JSON Schema of every body type and catalog, checked by a JSON
//! Schema validator against every fixture, every built body and every wire code
//! (`tests/common/schemas.rs`).

mod common {
    pub mod schemas;
}

use common::schemas::{self, Schemas};
use identity_errors::{identity_cloud, lusid, okta};
use schemars::{schema_for, JsonSchema};
use serde_json::{json, Value};

fn schema<T: JsonSchema>() -> Value {
    schema_for!(T).to_value()
}

#[test]
fn the_schemas_hold_every_body_and_code_and_refuse_what_the_parsers_refuse() {
    schemas::check(&Schemas {
        okta: schema::<okta::ErrorBody>(),
        oauth: schema::<okta::OAuthErrorBody>(),
        identity_cloud: schema::<identity_cloud::ErrorBody>(),
        lusid: schema::<lusid::ProblemDetails>(),
        catalogs: vec![
            (
                "okta",
                schema::<okta::ErrorCode>(),
                schemas::codes::<okta::ErrorCode>(),
            ),
            (
                "oauth",
                schema::<okta::OAuthErrorCode>(),
                schemas::codes::<okta::OAuthErrorCode>(),
            ),
            (
                "login",
                schema::<okta::LoginFailure>(),
                schemas::codes::<okta::LoginFailure>(),
            ),
            (
                "identity cloud",
                schema::<identity_cloud::ErrorCode>(),
                schemas::codes::<identity_cloud::ErrorCode>(),
            ),
            (
                "lusid",
                schema::<lusid::ErrorCode>(),
                schemas::codes::<lusid::ErrorCode>(),
            ),
        ],
    });
}

#[test]
fn the_okta_schema_says_what_the_declaration_says() {
    let schema = schema::<okta::ErrorBody>();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert_eq!(schema["title"], "OktaErrorBody");
    assert_eq!(schema["type"], "object");
    assert_eq!(schema["required"], json!(["errorCode", "errorSummary"]));
    assert_eq!(schema["additionalProperties"], true);
    let members: Vec<&String> = schema["properties"].as_object().unwrap().keys().collect();
    assert_eq!(members.len(), 5);
    let causes = &schema["properties"]["errorCauses"];
    assert_eq!(causes["type"], "array");
    let shapes: Vec<&Value> = causes["items"]["oneOf"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| &s["type"])
        .collect();
    assert_eq!(shapes, [&json!("object"), &json!("string")]);
}

#[test]
fn catalogs_are_enums_of_their_wire_values() {
    let okta = schema::<okta::ErrorCode>();
    assert_eq!(okta["type"], "string");
    assert_eq!(
        okta["enum"].as_array().unwrap().len(),
        okta::ErrorCode::ALL.len()
    );
    let lusid = schema::<lusid::ErrorCode>();
    assert_eq!(lusid["type"], "integer");
    assert!(lusid["enum"].as_array().unwrap().contains(&json!(-1)));
    assert!(schema::<identity_cloud::ErrorCode>()["enum"]
        .as_array()
        .unwrap()
        .contains(&json!(415)));
}

#[cfg(feature = "entra")]
#[test]
fn entra_catalogs_are_enums_of_their_wire_values() {
    use identity_errors::entra;
    // AADSTS codes as the integers `error_codes` carries, the others as strings.
    let codes = schema::<entra::ErrorCode>();
    assert_eq!(codes["type"], "integer");
    assert_eq!(codes["enum"], json!(schemas::codes::<entra::ErrorCode>()));
    assert_eq!(codes["enum"].as_array().unwrap().len(), 345);
    assert!(codes["enum"].as_array().unwrap().contains(&json!(50126)));
    let oauth = schema::<entra::OAuthErrorCode>();
    assert_eq!(oauth["type"], "string");
    assert_eq!(
        oauth["enum"],
        json!(schemas::codes::<entra::OAuthErrorCode>())
    );
    let suberrors = schema::<entra::Suberror>();
    assert_eq!(
        suberrors["enum"],
        json!(schemas::codes::<entra::Suberror>())
    );
    #[derive(JsonSchema)]
    #[allow(dead_code)]
    struct Report {
        code: entra::ErrorCode,
    }
    let report = schema::<Report>();
    assert_eq!(
        report["properties"]["code"]["$ref"],
        "#/$defs/EntraErrorCode"
    );
}

/// A user's own type that holds the crate's: schemars refers to the body's schema by its name.
#[test]
fn a_users_type_refers_to_the_bodies_by_name() {
    #[derive(JsonSchema)]
    #[allow(dead_code)]
    struct Report {
        okta: okta::ErrorBody,
        lusid: Option<lusid::ProblemDetails>,
        code: identity_cloud::ErrorCode,
    }
    let schema = schema::<Report>();
    assert_eq!(
        schema["properties"]["okta"]["$ref"],
        "#/$defs/OktaErrorBody"
    );
    assert_eq!(
        schema["$defs"]["LusidProblemDetails"]["required"],
        json!(["code"])
    );
    assert_eq!(schema["$defs"]["IdentityCloudErrorCode"]["type"], "integer");
}

#[cfg(feature = "entra")]
#[test]
fn the_entra_schemas_hold_every_body_and_code_and_refuse_what_the_parser_refuses() {
    use identity_errors::entra;
    schemas::check_entra(
        &schema::<entra::OAuthErrorBody>(),
        &[
            (
                "entra",
                schema::<entra::ErrorCode>(),
                schemas::codes::<entra::ErrorCode>(),
            ),
            (
                "entra oauth",
                schema::<entra::OAuthErrorCode>(),
                schemas::codes::<entra::OAuthErrorCode>(),
            ),
            (
                "entra suberror",
                schema::<entra::Suberror>(),
                schemas::codes::<entra::Suberror>(),
            ),
        ],
    );
    let schema = schema::<entra::OAuthErrorBody>();
    assert_eq!(schema["title"], "EntraOAuthErrorBody");
    assert_eq!(schema["required"], json!(["error"]));
    let members: Vec<&String> = schema["properties"].as_object().unwrap().keys().collect();
    assert_eq!(members.len(), 9);
    assert_eq!(
        schema["properties"]["error_codes"],
        json!({"type": "array", "items": {"type": "integer", "format": "int64"}})
    );
    assert_eq!(schema["properties"]["claims"]["type"], "string");
}

#[cfg(feature = "cognito")]
#[test]
fn the_cognito_schemas_hold_every_body_and_code_and_refuse_what_the_parser_refuses() {
    use identity_errors::cognito;
    let body = schema::<cognito::ErrorBody>();
    schemas::check_cognito(&body, &schema::<cognito::ErrorCode>());
    assert_eq!(body["title"], "CognitoErrorBody");
    assert_eq!(body["required"], json!(["__type"]));
}

#[cfg(feature = "firebase")]
#[test]
fn the_firebase_schemas_hold_every_body_and_code_and_refuse_what_the_parser_refuses() {
    use identity_errors::firebase;
    let body = schema::<firebase::ErrorBody>();
    schemas::check_firebase(
        &body,
        &schema::<firebase::ErrorCode>(),
        &schema::<firebase::ClientCode>(),
    );
    assert_eq!(body["title"], "FirebaseErrorBody");
    assert_eq!(body["required"], json!(["error"]));
}

#[cfg(feature = "keycloak")]
#[test]
fn the_keycloak_schemas_hold_every_body_and_code_and_refuse_what_the_parser_refuses() {
    use identity_errors::keycloak;
    let oauth = schema::<keycloak::OAuthErrorBody>();
    let admin = schema::<keycloak::AdminErrorBody>();
    schemas::check_keycloak(
        &oauth,
        &admin,
        &schema::<keycloak::OAuthErrorCode>(),
        &schema::<keycloak::EventError>(),
    );
    assert_eq!(oauth["title"], "KeycloakOAuthErrorBody");
    assert_eq!(admin["title"], "KeycloakAdminErrorBody");
}

#[cfg(feature = "auth0")]
#[test]
fn the_auth0_schemas_hold_every_body_and_code_and_refuse_what_the_parser_refuses() {
    use identity_errors::auth0;
    let auth = schema::<auth0::AuthErrorBody>();
    let management = schema::<auth0::ManagementErrorBody>();
    let signup = schema::<auth0::SignupErrorBody>();
    schemas::check_auth0(
        [&auth, &management, &signup],
        [
            &schema::<auth0::AuthErrorCode>(),
            &schema::<auth0::GuardianErrorCode>(),
            &schema::<auth0::SignupErrorCode>(),
            &schema::<auth0::LoginErrorCode>(),
        ],
    );
    assert_eq!(auth["title"], "Auth0AuthErrorBody");
    assert_eq!(management["title"], "Auth0ManagementErrorBody");
    assert_eq!(signup["title"], "Auth0SignupErrorBody");
    assert_eq!(signup["required"], json!(["code"]));
    assert_eq!(auth["required"], json!(["error"]));
    assert_eq!(
        management["required"],
        json!(["statusCode", "error", "message"])
    );
}
