//! schemars integration: `JsonSchema` for every body type and catalog enum, rendered from the
//! declarations (see `schema.rs`) as JSON Schema draft 2020-12.
//!
//! ```
//! use identity_errors::{identity_cloud, lusid, okta};
//! use serde_json::json;
//!
//! let schema = schemars::schema_for!(identity_cloud::ErrorBody);
//! assert_eq!(schema.get("required"), Some(&json!(["stat", "code", "error"])));
//! assert_eq!(schema.pointer("/properties/stat/const"), Some(&json!("error")));
//!
//! let codes = schemars::schema_for!(okta::OAuthErrorCode);
//! assert!(codes.get("enum").unwrap().as_array().unwrap().contains(&"invalid_client".into()));
//!
//! // A type of your own that holds them refers to each by its name.
//! #[derive(schemars::JsonSchema)] struct Failure { okta: okta::ErrorBody, code: lusid::ErrorCode }
//! let schema = schemars::schema_for!(Failure); // $defs: OktaErrorBody, LusidErrorCode
//! assert_eq!(schema.pointer("/properties/okta/$ref"), Some(&json!("#/$defs/OktaErrorBody")));
//! ```

use crate::schema::{Described, Shape};
use ::schemars::{JsonSchema, Schema, SchemaGenerator};
use serde_json::{json, Map, Value};
use std::borrow::Cow;

/// The JSON Schema of `shape`: every shape is an object schema.
fn object(shape: &Shape) -> Map<String, Value> {
    let schema = match shape {
        Shape::String => json!({ "type": "string" }),
        Shape::Int64 => json!({ "type": "integer", "format": "int64" }),
        Shape::UInt16 => {
            json!({ "type": "integer", "format": "uint16", "minimum": 0, "maximum": 65535 })
        }
        Shape::Bool => json!({ "type": "boolean" }),
        Shape::Const(value) => json!({ "type": "string", "const": value }),
        Shape::Any => json!({ "description": "Any JSON value, kept as sent." }),
        Shape::Array(items) => json!({ "type": "array", "items": object(items) }),
        Shape::OneOf(description, shapes) => json!({
            "description": description,
            "oneOf": shapes.iter().map(object).collect::<Vec<_>>(),
        }),
        Shape::Object(members) => {
            let properties: Map<String, Value> = (members.members.iter())
                .map(|m| (m.name.to_owned(), Value::Object(object(&m.shape))))
                .collect();
            let mut schema = json!({
                "description": members.description(),
                "type": "object",
                "properties": properties,
                "additionalProperties": true,
            });
            let required: Vec<&str> = members.required().collect();
            if !required.is_empty() {
                schema["required"] = json!(required);
            }
            schema
        }
        Shape::Enum(description, values) => json!({
            "description": description,
            "type": if Shape::integer_codes(values) { "integer" } else { "string" },
            "enum": values,
        }),
    };
    match schema {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}

/// `JsonSchema` for each type, under its name.
macro_rules! json_schema {
    (
        bodies: [$($body_feature:literal $body:ty => $body_name:literal),+ $(,)?],
        others: [$($feature:literal $ty:ty => $name:literal),+ $(,)?] $(,)?
    ) => {
        $(
            json_schema!(@one $body_feature $body => $body_name,
                crate::schema::body::<$body>(<$body>::CONTENT_TYPE));
        )+
        $( json_schema!(@one $feature $ty => $name, <$ty as Described>::shape()); )+
    };
    (@one $feature:literal $ty:ty => $name:literal, $shape:expr) => {
        #[cfg(feature = $feature)]
        #[cfg_attr(docsrs, doc(cfg(feature = "schemars")))]
        impl JsonSchema for $ty {
            fn schema_name() -> Cow<'static, str> {
                Cow::Borrowed($name)
            }

            fn schema_id() -> Cow<'static, str> {
                Cow::Borrowed(concat!("identity_errors::", $name))
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                Schema::from(object(&$shape))
            }
        }
    };
}

crate::registry::schema_types!(json_schema);
