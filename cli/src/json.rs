//! JSON output that keeps members in the order written (serde_json's own map sorts them), and
//! embeds vendor bodies as the objects they are.

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use serde_json::value::RawValue;
use serde_json::Value;
use std::borrow::Cow;
use std::io::{self, Write};

/// A JSON value of the tool's output.
pub enum Json {
    /// A string, number, boolean or null.
    Value(Value),
    /// An object, its members in order.
    Object(Object),
    /// An array.
    Array(Vec<Json>),
    /// JSON text written as it is: a vendor body, exactly as sent.
    Raw(Box<RawValue>),
}

/// A JSON object whose members keep the order they were added in.
#[derive(Default)]
pub struct Object(Vec<(Cow<'static, str>, Json)>);

/// A member name: a literal, or a name made at run time (a header's).
pub type Name = Cow<'static, str>;

impl Object {
    /// An object with no members.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a member.
    pub fn with(mut self, name: impl Into<Name>, value: impl Into<Json>) -> Self {
        self.0.push((name.into(), value.into()));
        self
    }

    /// Adds a member in place.
    pub fn push(&mut self, name: impl Into<Name>, value: impl Into<Json>) {
        self.0.push((name.into(), value.into()));
    }

    /// Adds the members of `other`, after these.
    pub fn extend<N: Into<Name>>(&mut self, other: impl IntoIterator<Item = (N, Json)>) {
        self.0
            .extend(other.into_iter().map(|(name, value)| (name.into(), value)));
    }
}

impl IntoIterator for Object {
    type Item = (Name, Json);
    type IntoIter = std::vec::IntoIter<Self::Item>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl Json {
    /// JSON text embedded as it is, or as a string if it is not valid JSON (never the case for
    /// the bodies the library writes).
    pub fn raw(text: String) -> Self {
        match RawValue::from_string(text) {
            Ok(raw) => Json::Raw(raw),
            Err(_) => Json::Value(Value::Null),
        }
    }
}

impl From<Object> for Json {
    fn from(object: Object) -> Self {
        Json::Object(object)
    }
}

impl<T: Into<Json>> From<Vec<T>> for Json {
    fn from(items: Vec<T>) -> Self {
        Json::Array(items.into_iter().map(Into::into).collect())
    }
}

impl<T: Into<Json>> From<Option<T>> for Json {
    fn from(value: Option<T>) -> Self {
        value.map_or(Json::Value(Value::Null), Into::into)
    }
}

macro_rules! from_value {
    ($($ty:ty),*) => {$(
        impl From<$ty> for Json {
            fn from(value: $ty) -> Self {
                Json::Value(Value::from(value))
            }
        }
    )*};
}

from_value!(&str, String, i64, u16, usize, bool, f64);

impl Serialize for Json {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Json::Value(value) => value.serialize(serializer),
            Json::Object(object) => object.serialize(serializer),
            Json::Array(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Json::Raw(raw) => raw.serialize(serializer),
        }
    }
}

impl Serialize for Object {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, value) in &self.0 {
            map.serialize_entry(name.as_ref(), value)?;
        }
        map.end()
    }
}

/// Writes `value` pretty-printed, with a final newline.
pub fn print(out: &mut dyn Write, value: &impl Serialize) -> io::Result<()> {
    let text = serde_json::to_string_pretty(value).map_err(io::Error::other)?;
    writeln!(out, "{text}")
}
