//! [`ErrorCause`]: one entry of an Okta body's `errorCauses`.

use crate::object::{json_object, Empty, Field, Object, ObjectOrText, Place, Value};
use crate::ExtraMembers;
use serde::de::{DeserializeSeed, Deserializer};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;

json_object! {
    /// The object form of a cause.
    #[derive(Clone, PartialEq, Eq)]
    struct CauseObject: "an Okta error cause (an object or a string)" {
        optional summary: String = "errorSummary",
    }
}

/// One entry of an Okta body's `errorCauses`: usually `{"errorSummary": ".."}`, plus any other
/// members Okta put there (`reason`, `location`, `domain`, .., kept and written back
/// unchanged); sometimes a plain string, as in the 409 bodies of Okta's management API
/// (`"errorCauses":["Another request has already been received.."]`), which is kept a string.
///
/// ```
/// use identity_errors::okta::{ErrorBody, ErrorCause};
///
/// let mut cause = ErrorCause::new("login: An object with this field already exists");
/// cause.extra_mut().insert("reason", &"UNIQUE_CONSTRAINT")?;
/// assert_eq!(
///     serde_json::to_string(&cause)?,
///     r#"{"errorSummary":"login: An object with this field already exists","reason":"UNIQUE_CONSTRAINT"}"#
/// );
///
/// let body = ErrorBody::from_slice(br#"{"errorCode":"E0000254","errorSummary":"Busy","errorCauses":["Busy"]}"#)?;
/// assert_eq!(body.causes()[0].summary(), Some("Busy"));
/// assert!(body.causes()[0].is_text());
/// assert_eq!(body.to_json(), r#"{"errorCode":"E0000254","errorSummary":"Busy","errorCauses":["Busy"]}"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct ErrorCause {
    object: CauseObject,
    /// Whether it came as a plain string, and is written back as one while it has no members
    /// beyond its summary.
    text: bool,
}

impl ErrorCause {
    /// A cause with this summary, written as an object (as Okta's API errors write them).
    pub fn new(summary: impl Into<String>) -> Self {
        Self {
            object: CauseObject {
                summary: Some(summary.into()),
                ..CauseObject::empty()
            },
            text: false,
        }
    }

    /// The cause's `errorSummary`, or its text when it was a plain string.
    pub fn summary(&self) -> Option<&str> {
        self.object.summary.as_deref()
    }

    /// Whether the cause was a plain string, and is written back as one.
    pub fn is_text(&self) -> bool {
        self.text
    }

    /// The cause's members other than `errorSummary`; none for a plain string.
    pub fn extra(&self) -> &ExtraMembers {
        self.object.extra()
    }

    /// The cause's other members, to change. A cause that was a plain string is written as an
    /// object from then on (its text the `errorSummary`), since only an object holds members.
    pub fn extra_mut(&mut self) -> &mut ExtraMembers {
        self.text = false;
        self.object.extra_mut()
    }
}

impl Empty for ErrorCause {
    fn empty() -> Self {
        Self {
            object: CauseObject::empty(),
            text: false,
        }
    }
}

/// An object with an `errorSummary`, or the summary alone as a plain string.
impl ObjectOrText for ErrorCause {
    fn expecting(&self) -> &'static str {
        self.object.declared().expecting
    }

    fn object(&mut self) -> &mut dyn Object {
        &mut self.object
    }

    /// A plain string is the summary, written back as a string.
    fn read_text(&mut self, text: &str) {
        self.object.summary = Some(text.to_owned());
        self.text = true;
    }
}

impl ErrorCause {
    /// What is written: a cause that came as a plain string is written back as one, while it
    /// has no members beyond its summary.
    fn written(&self) -> Value<'_> {
        match (self.text, self.summary()) {
            (true, Some(text)) => Value::Text(text),
            _ => Value::Object(&self.object),
        }
    }
}

/// An entry of `errorCauses`: an object (whose `errorSummary` is optional) or a plain string.
impl Field for ErrorCause {
    fn place(&mut self) -> Place<'_> {
        Place::ObjectOrText(self)
    }

    fn value(&self) -> Option<Value<'_>> {
        Some(self.written())
    }

    #[cfg(any(feature = "utoipa", feature = "schemars"))]
    fn shape() -> crate::schema::Shape {
        use crate::schema::Shape;
        Shape::OneOf(
            "An Okta error cause: an object (usually with an errorSummary), or a plain string.",
            vec![<CauseObject as Field>::shape(), Shape::String],
        )
    }
}

impl fmt::Debug for ErrorCause {
    /// `ErrorCause("text")` for a plain string; else the summary and any other members.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.text, self.summary()) {
            (true, Some(text)) => f.debug_tuple("ErrorCause").field(&text).finish(),
            (_, summary) => {
                let mut debug = f.debug_struct("ErrorCause");
                if let Some(summary) = summary {
                    debug.field("summary", &summary);
                }
                if !self.extra().is_empty() {
                    debug.field("extra", self.extra());
                }
                debug.finish()
            }
        }
    }
}

impl Serialize for ErrorCause {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.written().serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for ErrorCause {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut cause = Self::empty();
        Place::ObjectOrText(&mut cause).deserialize(deserializer)?;
        Ok(cause)
    }
}
