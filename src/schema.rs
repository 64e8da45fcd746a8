//! What the `utoipa` and `schemars` features describe, taken from the declarations themselves:
//! each body's members (from [`json_object!`](crate::object::json_object), which knows every
//! member and whether it is required, and each member type's
//! [`Field`](crate::object::Field) implementation, which gives its shape) and each catalog's
//! wire codes (from [`Catalog::ALL`]). Each feature renders the same [`Shape`] in its own
//! crate's types.

use crate::Catalog;
use serde_json::Value;

/// The JSON a body writes and accepts, as a schema says it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Shape {
    /// Any string.
    String,
    /// An integer that fits in an `i64`.
    Int64,
    /// An integer in 0..=65535.
    UInt16,
    /// `true` or `false`.
    Bool,
    /// This string and no other.
    Const(&'static str),
    /// Any JSON value, kept as sent.
    Any,
    /// A list of values of one shape.
    Array(Box<Shape>),
    /// A value of exactly one of these shapes.
    OneOf(&'static str, Vec<Shape>),
    /// An object: its members, and any other member allowed (and kept).
    Object(Object),
    /// One of a catalog's wire codes: all strings, or all integers.
    Enum(String, Vec<Value>),
}

/// An object's members in the order the vendor writes them.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Object {
    /// What the object is: "an Okta error body".
    pub(crate) what: &'static str,
    pub(crate) members: Vec<Member>,
    /// The content type a body is sent with; `None` for an object inside a body.
    pub(crate) content_type: Option<&'static str>,
}

/// One member of an [`Object`].
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Member {
    pub(crate) name: &'static str,
    pub(crate) required: bool,
    pub(crate) shape: Shape,
}

impl Object {
    /// What the object is, as a sentence for a schema's `description`.
    pub(crate) fn description(&self) -> String {
        let mut what = self.what.to_owned();
        if let Some(first) = what.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        if let Some(content_type) = self.content_type {
            what.push_str(", sent as ");
            what.push_str(content_type);
        }
        what.push_str(". Members not listed here are allowed, and kept as sent.");
        what
    }

    /// The names of the members that must be present.
    pub(crate) fn required(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.members.iter().filter(|m| m.required).map(|m| m.name)
    }
}

impl Shape {
    /// Whether the codes of an [`Enum`](Shape::Enum) are integers (else strings).
    pub(crate) fn integer_codes(values: &[Value]) -> bool {
        values.first().is_some_and(Value::is_i64)
    }
}

/// A type whose JSON a [`Shape`] describes.
pub(crate) trait Described {
    fn shape() -> Shape;
}

/// A member type's shape is the one its [`Field`](crate::object::Field) implementation gives:
/// every object type and member type is described where it is declared.
impl<T: crate::object::Field> Described for T {
    fn shape() -> Shape {
        <T as crate::object::Field>::shape()
    }
}

/// The shape of body type `T`, sent as `content_type`.
pub(crate) fn body<T: Described>(content_type: &'static str) -> Shape {
    match T::shape() {
        Shape::Object(object) => Shape::Object(Object {
            content_type: Some(content_type),
            ..object
        }),
        other => other,
    }
}

/// The shape of catalog `C`: one of its wire codes, as its serde writes them.
pub(crate) fn catalog<C: Catalog>() -> Shape {
    let values: Vec<Value> = C::ALL
        .iter()
        .filter_map(|code| serde_json::to_value(code).ok())
        .collect();
    let description = format!(
        "{} code: one of the {} codes this crate's catalog lists, as sent on the wire.",
        C::NAME,
        values.len()
    );
    Shape::Enum(description, values)
}
