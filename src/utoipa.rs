//! utoipa integration: `ToSchema` for every body type and catalog enum, and `ToResponse` for
//! every body type (the vendor's content type, the body's schema), rendered from the
//! declarations (see `schema.rs`).
//!
//! ```
//! use identity_errors::{lusid, okta};
//! use utoipa::OpenApi;
//!
//! #[derive(utoipa::OpenApi)]
//! #[openapi(components(schemas(okta::ErrorBody, okta::ErrorCode), responses(lusid::ProblemDetails)))] struct Api;
//!
//! let json = Api::openapi().to_json()?;
//! assert!(json.contains(r#""OktaErrorBody":{"#) && json.contains(r#""application/problem+json""#));
//! # Ok::<(), serde_json::Error>(())
//! ```

use crate::schema::{Described, Shape};
use ::utoipa::openapi::schema::{
    AdditionalProperties, ArrayBuilder, KnownFormat, ObjectBuilder, OneOfBuilder, Schema,
    SchemaFormat, SchemaType, Type,
};
use ::utoipa::openapi::{ContentBuilder, RefOr, Response, ResponseBuilder};
use ::utoipa::{PartialSchema, ToResponse, ToSchema};
use std::borrow::Cow;

/// The OpenAPI schema of `shape`.
fn schema(shape: &Shape) -> Schema {
    let typed = |ty: Type| ObjectBuilder::new().schema_type(ty);
    match shape {
        Shape::String => typed(Type::String).into(),
        Shape::Int64 => typed(Type::Integer)
            .format(Some(SchemaFormat::KnownFormat(KnownFormat::Int64)))
            .into(),
        Shape::UInt16 => typed(Type::Integer)
            .format(Some(SchemaFormat::Custom("uint16".to_owned())))
            .minimum(Some(0))
            .maximum(Some(65535))
            .into(),
        Shape::Bool => typed(Type::Boolean).into(),
        Shape::Const(value) => typed(Type::String).enum_values(Some([*value])).into(),
        Shape::Any => ObjectBuilder::new()
            .schema_type(SchemaType::AnyValue)
            .description(Some("Any JSON value, kept as sent."))
            .into(),
        Shape::Array(items) => ArrayBuilder::new().items(RefOr::T(schema(items))).into(),
        Shape::OneOf(description, shapes) => shapes
            .iter()
            .fold(OneOfBuilder::new(), |one_of, shape| {
                one_of.item(schema(shape))
            })
            .description(Some(*description))
            .into(),
        Shape::Object(object) => {
            let members = (object.members.iter()).fold(typed(Type::Object), |b, m| {
                b.property(m.name, schema(&m.shape))
            });
            object
                .required()
                .fold(members, ObjectBuilder::required)
                .description(Some(object.description()))
                .additional_properties(Some(AdditionalProperties::FreeForm(true)))
                .into()
        }
        Shape::Enum(description, values) => {
            let ty = if Shape::integer_codes(values) {
                Type::Integer
            } else {
                Type::String
            };
            typed(ty)
                .description(Some(description))
                .enum_values(Some(values.iter().cloned()))
                .into()
        }
    }
}

/// A response with a body of type `T`, sent as `content_type`; the schema is inline, so that
/// the response needs no other component.
fn response<T: Described + PartialSchema>(content_type: &'static str) -> RefOr<Response> {
    let description = match crate::schema::body::<T>(content_type) {
        Shape::Object(object) => object.description(),
        _ => String::new(),
    };
    let content = ContentBuilder::new().schema(Some(T::schema())).build();
    ResponseBuilder::new()
        .description(description)
        .content(content_type, content)
        .build()
        .into()
}

/// `ToSchema` for each type under its name, and `ToResponse` for each body type.
macro_rules! utoipa {
    (
        bodies: [$($body_feature:literal $body:ty => $body_name:literal),+ $(,)?],
        others: [$($feature:literal $ty:ty => $name:literal),+ $(,)?] $(,)?
    ) => {
        $(
            utoipa!(@schema $body_feature $body => $body_name,
                crate::schema::body::<$body>(<$body>::CONTENT_TYPE));
        )+
        $( utoipa!(@schema $feature $ty => $name, <$ty as Described>::shape()); )+
        $(
            #[cfg(feature = $body_feature)]
            #[cfg_attr(docsrs, doc(cfg(feature = "utoipa")))]
            impl<'r> ToResponse<'r> for $body {
                fn response() -> (&'r str, RefOr<Response>) {
                    ($body_name, response::<Self>(<$body>::CONTENT_TYPE))
                }
            }
        )+
    };
    (@schema $feature:literal $ty:ty => $name:literal, $shape:expr) => {
        #[cfg(feature = $feature)]
        #[cfg_attr(docsrs, doc(cfg(feature = "utoipa")))]
        impl PartialSchema for $ty {
            fn schema() -> RefOr<Schema> {
                RefOr::T(schema(&$shape))
            }
        }

        #[cfg(feature = $feature)]
        #[cfg_attr(docsrs, doc(cfg(feature = "utoipa")))]
        impl ToSchema for $ty {
            fn name() -> Cow<'static, str> {
                Cow::Borrowed($name)
            }
        }
    };
}

crate::registry::schema_types!(utoipa);
