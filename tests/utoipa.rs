//! The `utoipa` feature: the schemas in a small OpenAPI document, checked by a JSON Schema
//! validator against every fixture, every built body and every wire code
//! (`tests/common/schemas.rs`), and the responses with each vendor's content type.

mod common {
    pub mod schemas;
}

use common::schemas::{self, Schemas};
use identity_errors::{identity_cloud, lusid, okta};
use serde_json::{json, Value};
use utoipa::{OpenApi, PartialSchema};

/// `GET /api/v1/users/{id}` of a service that answers as Okta and LUSID do.
#[utoipa::path(
    get,
    path = "/api/v1/users/{id}",
    params(("id" = String, Path, description = "The user's id")),
    responses(
        (status = 200, description = "The user"),
        (status = 404, response = okta::ErrorBody),
        (status = 429, body = okta::ErrorBody, description = "Rate limited"),
        (status = 403, response = lusid::ProblemDetails),
    )
)]
#[allow(dead_code)]
fn get_user() {}

#[derive(OpenApi)]
#[openapi(
    paths(get_user),
    components(
        schemas(
            okta::ErrorBody,
            okta::OAuthErrorBody,
            identity_cloud::ErrorBody,
            lusid::ProblemDetails,
            okta::ErrorCode,
            okta::OAuthErrorCode,
            okta::LoginFailure,
            identity_cloud::ErrorCode,
            lusid::ErrorCode,
        ),
        responses(
            okta::ErrorBody,
            okta::OAuthErrorBody,
            identity_cloud::ErrorBody,
            lusid::ProblemDetails
        )
    )
)]
struct Api;

fn document() -> Value {
    serde_json::to_value(Api::openapi()).unwrap()
}

fn component(document: &Value, name: &str) -> Value {
    let schema = &document["components"]["schemas"][name];
    assert!(schema.is_object(), "no component schema {name}");
    schema.clone()
}

#[test]
fn the_documents_schemas_hold_every_body_and_code_and_refuse_what_the_parsers_refuse() {
    let document = document();
    let schema = |name| component(&document, name);
    schemas::check(&Schemas {
        okta: schema("OktaErrorBody"),
        oauth: schema("OktaOAuthErrorBody"),
        identity_cloud: schema("IdentityCloudErrorBody"),
        lusid: schema("LusidProblemDetails"),
        catalogs: vec![
            (
                "okta",
                schema("OktaErrorCode"),
                schemas::codes::<okta::ErrorCode>(),
            ),
            (
                "oauth",
                schema("OktaOAuthErrorCode"),
                schemas::codes::<okta::OAuthErrorCode>(),
            ),
            (
                "login",
                schema("OktaLoginFailure"),
                schemas::codes::<okta::LoginFailure>(),
            ),
            (
                "identity cloud",
                schema("IdentityCloudErrorCode"),
                schemas::codes::<identity_cloud::ErrorCode>(),
            ),
            (
                "lusid",
                schema("LusidErrorCode"),
                schemas::codes::<lusid::ErrorCode>(),
            ),
        ],
    });
    // The document holds the same schemas the types give.
    let direct = serde_json::to_value(okta::ErrorBody::schema()).unwrap();
    assert_eq!(schema("OktaErrorBody"), direct);
}

/// Entra's catalogs in a document of their own: an `#[openapi]` list cannot hold a `cfg`.
#[cfg(feature = "entra")]
#[test]
fn entra_catalogs_are_components_of_their_wire_values() {
    use identity_errors::entra;
    #[derive(OpenApi)]
    #[openapi(components(schemas(entra::ErrorCode, entra::OAuthErrorCode, entra::Suberror)))]
    struct EntraApi;
    let document = serde_json::to_value(EntraApi::openapi()).unwrap();
    let codes = component(&document, "EntraErrorCode");
    assert_eq!(codes["type"], "integer");
    assert_eq!(codes["enum"], json!(schemas::codes::<entra::ErrorCode>()));
    let oauth = component(&document, "EntraOAuthErrorCode");
    assert_eq!(
        oauth["enum"],
        json!(schemas::codes::<entra::OAuthErrorCode>())
    );
    let suberrors = component(&document, "EntraSuberror");
    assert_eq!(
        suberrors["enum"],
        json!(schemas::codes::<entra::Suberror>())
    );
}

#[test]
fn the_identity_cloud_schema_says_what_the_declaration_says() {
    let schema = serde_json::to_value(identity_cloud::ErrorBody::schema()).unwrap();
    assert_eq!(schema["type"], "object");
    assert_eq!(schema["required"], json!(["stat", "code", "error"]));
    assert_eq!(schema["properties"]["stat"]["enum"], json!(["error"]));
    assert_eq!(schema["properties"]["code"]["type"], "integer");
    assert_eq!(schema["properties"]["code"]["format"], "int64");
    assert_eq!(schema["additionalProperties"], true);
    let description = schema["description"].as_str().unwrap();
    assert!(
        description.contains("sent as application/json"),
        "{description}"
    );
    let members = schema["properties"].as_object().unwrap();
    assert_eq!(members.len(), 7);
}

#[test]
fn each_response_has_the_vendors_content_type() {
    let document = document();
    assert_eq!(document["openapi"], "3.1.0");
    // Every reference in the document points at something in it.
    let mut refs = Vec::new();
    collect_refs(&document, &mut refs);
    assert_eq!(refs.len(), 3, "{refs:?}");
    for reference in &refs {
        let pointer = reference.strip_prefix('#').unwrap();
        assert!(
            document.pointer(pointer).is_some(),
            "{reference} resolves to nothing"
        );
    }

    let operation = &document["paths"]["/api/v1/users/{id}"]["get"]["responses"];
    // `response = ..` refers to the body's response component; `body = ..` to its schema.
    assert_eq!(
        operation["404"]["$ref"],
        "#/components/responses/OktaErrorBody"
    );
    assert_eq!(
        operation["403"]["$ref"],
        "#/components/responses/LusidProblemDetails"
    );
    let by_body = &operation["429"]["content"]["application/json"]["schema"]["$ref"];
    assert_eq!(by_body, "#/components/schemas/OktaErrorBody");

    let content = |name: &str| {
        let content = document["components"]["responses"][name]["content"].as_object();
        let content = content.unwrap_or_else(|| panic!("no response component {name}"));
        assert_eq!(content.len(), 1, "{name}: one content type");
        let (content_type, media) = content.iter().next().unwrap();
        (content_type.clone(), media["schema"]["required"].clone())
    };
    let expected = [
        (
            "OktaErrorBody",
            "application/json",
            json!(["errorCode", "errorSummary"]),
        ),
        ("OktaOAuthErrorBody", "application/json", json!(["error"])),
        (
            "IdentityCloudErrorBody",
            "application/json",
            json!(["stat", "code", "error"]),
        ),
        (
            "LusidProblemDetails",
            "application/problem+json",
            json!(["code"]),
        ),
    ];
    for (name, content_type, required) in expected {
        assert_eq!(content(name), (content_type.to_owned(), required), "{name}");
    }
}

fn collect_refs(value: &Value, refs: &mut Vec<String>) {
    match value {
        Value::Object(members) => {
            if let Some(Value::String(reference)) = members.get("$ref") {
                refs.push(reference.clone());
            }
            members.values().for_each(|v| collect_refs(v, refs));
        }
        Value::Array(items) => items.iter().for_each(|v| collect_refs(v, refs)),
        _ => {}
    }
}

#[test]
fn catalogs_are_enums_of_their_wire_values() {
    let document = document();
    let okta = component(&document, "OktaErrorCode");
    assert_eq!(okta["type"], "string");
    assert_eq!(okta["enum"].as_array().unwrap().len(), 251);
    let lusid = component(&document, "LusidErrorCode");
    assert_eq!(lusid["type"], "integer");
    assert_eq!(lusid["enum"].as_array().unwrap().len(), 36);
}

#[cfg(feature = "entra")]
#[test]
fn the_entra_schemas_hold_every_body_and_code_and_refuse_what_the_parser_refuses() {
    use identity_errors::entra;
    use utoipa::ToResponse;
    let schema = |value| serde_json::to_value(value).unwrap();
    schemas::check_entra(
        &schema(entra::OAuthErrorBody::schema()),
        &[
            (
                "entra",
                schema(entra::ErrorCode::schema()),
                schemas::codes::<entra::ErrorCode>(),
            ),
            (
                "entra oauth",
                schema(entra::OAuthErrorCode::schema()),
                schemas::codes::<entra::OAuthErrorCode>(),
            ),
            (
                "entra suberror",
                schema(entra::Suberror::schema()),
                schemas::codes::<entra::Suberror>(),
            ),
        ],
    );
    let body = schema(entra::OAuthErrorBody::schema());
    assert_eq!(body["required"], json!(["error"]));
    assert_eq!(
        body["properties"]["error_codes"]["items"]["format"],
        "int64"
    );
    let (name, response) = entra::OAuthErrorBody::response();
    assert_eq!(name, "EntraOAuthErrorBody");
    let response = serde_json::to_value(response).unwrap();
    let content = response["content"].as_object().unwrap();
    assert_eq!(content.keys().collect::<Vec<_>>(), ["application/json"]);
}

#[cfg(feature = "cognito")]
#[test]
fn the_cognito_schemas_hold_every_body_and_code_and_refuse_what_the_parser_refuses() {
    use identity_errors::cognito;
    use utoipa::ToResponse;
    let schema = |value| serde_json::to_value(value).unwrap();
    let body = schema(cognito::ErrorBody::schema());
    schemas::check_cognito(&body, &schema(cognito::ErrorCode::schema()));
    assert_eq!(body["required"], json!(["__type"]));
    let (name, response) = cognito::ErrorBody::response();
    assert_eq!(name, "CognitoErrorBody");
    let response = serde_json::to_value(response).unwrap();
    let content = response["content"].as_object().unwrap();
    assert_eq!(
        content.keys().collect::<Vec<_>>(),
        ["application/x-amz-json-1.1"]
    );
}

#[cfg(feature = "firebase")]
#[test]
fn the_firebase_schemas_hold_every_body_and_code_and_refuse_what_the_parser_refuses() {
    use identity_errors::firebase;
    use utoipa::ToResponse;
    let schema = |value| serde_json::to_value(value).unwrap();
    let body = schema(firebase::ErrorBody::schema());
    schemas::check_firebase(
        &body,
        &schema(firebase::ErrorCode::schema()),
        &schema(firebase::ClientCode::schema()),
    );
    assert_eq!(body["required"], json!(["error"]));
    let (name, response) = firebase::ErrorBody::response();
    assert_eq!(name, "FirebaseErrorBody");
    let response = serde_json::to_value(response).unwrap();
    let content = response["content"].as_object().unwrap();
    assert_eq!(
        content.keys().collect::<Vec<_>>(),
        ["application/json; charset=UTF-8"]
    );
}

#[cfg(feature = "keycloak")]
#[test]
fn the_keycloak_schemas_hold_every_body_and_code_and_refuse_what_the_parser_refuses() {
    use identity_errors::keycloak;
    use utoipa::ToResponse;
    let schema = |value| serde_json::to_value(value).unwrap();
    let oauth = schema(keycloak::OAuthErrorBody::schema());
    let admin = schema(keycloak::AdminErrorBody::schema());
    schemas::check_keycloak(
        &oauth,
        &admin,
        &schema(keycloak::OAuthErrorCode::schema()),
        &schema(keycloak::EventError::schema()),
    );
    assert_eq!(oauth["required"], json!(["error"]));
    assert_eq!(admin["required"], json!(["errorMessage"]));
    let (name, _) = keycloak::OAuthErrorBody::response();
    assert_eq!(name, "KeycloakOAuthErrorBody");
    let (name, response) = keycloak::AdminErrorBody::response();
    assert_eq!(name, "KeycloakAdminErrorBody");
    let response = serde_json::to_value(response).unwrap();
    let content = response["content"].as_object().unwrap();
    assert_eq!(content.keys().collect::<Vec<_>>(), ["application/json"]);
}

#[cfg(feature = "auth0")]
#[test]
fn the_auth0_schemas_hold_every_body_and_code_and_refuse_what_the_parser_refuses() {
    use identity_errors::auth0;
    use utoipa::ToResponse;
    let schema = |value| serde_json::to_value(value).unwrap();
    let auth = schema(auth0::AuthErrorBody::schema());
    let management = schema(auth0::ManagementErrorBody::schema());
    let signup = schema(auth0::SignupErrorBody::schema());
    schemas::check_auth0(
        [&auth, &management, &signup],
        [
            &schema(auth0::AuthErrorCode::schema()),
            &schema(auth0::GuardianErrorCode::schema()),
            &schema(auth0::SignupErrorCode::schema()),
            &schema(auth0::LoginErrorCode::schema()),
        ],
    );
    assert_eq!(auth["required"], json!(["error"]));
    assert_eq!(
        management["required"],
        json!(["statusCode", "error", "message"])
    );
    let (name, _) = auth0::AuthErrorBody::response();
    assert_eq!(name, "Auth0AuthErrorBody");
    let (name, response) = auth0::ManagementErrorBody::response();
    assert_eq!(name, "Auth0ManagementErrorBody");
    let response = serde_json::to_value(response).unwrap();
    let content = response["content"].as_object().unwrap();
    // The Management API's content type, as every recorded answer gives it.
    assert_eq!(
        content.keys().collect::<Vec<_>>(),
        ["application/json; charset=utf-8"]
    );
}
