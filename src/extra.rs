//! [`ExtraMembers`]: the members of a vendor body that its type has no field for.

use serde::Serialize;
use serde_json::value::RawValue;
use std::fmt;

/// The members of a JSON body that its type has no field for, in the order they came, each with
/// its exact JSON text.
///
/// Parsing keeps every such member (a repeated key too: both are kept), and serializing writes
/// them back unchanged, so nothing a vendor sent is lost on a round trip. A name the body type
/// has a field for (such as `errorCode` on an Okta body) is never an extra member:
/// [`insert`](Self::insert) refuses it, so a body can never be written with a key twice.
///
/// ```
/// use identity_errors::okta::ErrorBody;
///
/// let mut body = ErrorBody::from_slice(br#"{"errorCode":"E0000007","errorSummary":"Not found: x","hint":{"b":1,"a":2}}"#)?;
/// assert_eq!(body.extra().get("hint").map(|v| v.get()), Some(r#"{"b":1,"a":2}"#));
///
/// body.extra_mut().insert("retryable", &false)?;
/// assert!(body.extra_mut().insert("errorCode", &"E0000001").is_err()); // a member of the body
/// assert_eq!(body.to_json(), r#"{"errorCode":"E0000007","errorSummary":"Not found: x","hint":{"b":1,"a":2},"retryable":false}"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct ExtraMembers {
    members: Vec<(Box<str>, Box<RawValue>)>,
    /// The names the body type has fields for.
    owned: &'static [&'static str],
}

/// An extra member that [`ExtraMembers::insert`] refused.
///
/// ```
/// use identity_errors::{lusid, InsertError};
///
/// let mut body = lusid::ProblemDetails::new(lusid::ErrorCode::AccessDenied);
/// let error = body.extra_mut().insert("errorDetails", &["scope"]).unwrap_err();
/// assert!(matches!(error, InsertError::Owned("errorDetails")));
/// assert_eq!(error.to_string(), "`errorDetails` is a member of the body itself, not an extra one");
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum InsertError {
    /// The name is one the body type has a field for: set it with the body's own methods.
    #[error("`{0}` is a member of the body itself, not an extra one")]
    Owned(&'static str),
    /// The value cannot be written as JSON (such as a map with non-string keys).
    #[error("the value of extra member `{key}` cannot be written as JSON")]
    Json {
        /// The member's name.
        key: Box<str>,
        /// Why serde_json could not write it.
        #[source]
        source: serde_json::Error,
    },
}

impl ExtraMembers {
    /// No members, for a body type whose own members are `owned`.
    pub(crate) const fn new(owned: &'static [&'static str]) -> Self {
        Self {
            members: Vec::new(),
            owned,
        }
    }

    /// The raw JSON of the first member named `key`.
    pub fn get(&self, key: &str) -> Option<&RawValue> {
        let found = self.members.iter().find(|(k, _)| &**k == key);
        found.map(|(_, v)| &**v)
    }

    /// Sets `key` to `value` serialized as JSON: replaces the first member of that name, or adds
    /// one at the end. Refuses a name the body type has a field for.
    pub fn insert(&mut self, key: &str, value: &impl Serialize) -> Result<(), InsertError> {
        if let Some(owned) = self.owned.iter().find(|owned| **owned == key) {
            return Err(InsertError::Owned(owned));
        }
        let value = serde_json::value::to_raw_value(value).map_err(|source| InsertError::Json {
            key: key.into(),
            source,
        })?;
        match self.members.iter_mut().find(|(k, _)| &**k == key) {
            Some((_, slot)) => *slot = value,
            None => self.members.push((key.into(), value)),
        }
        Ok(())
    }

    /// Removes and returns the first member named `key`.
    pub fn remove(&mut self, key: &str) -> Option<Box<RawValue>> {
        let index = self.members.iter().position(|(k, _)| &**k == key)?;
        Some(self.members.remove(index).1)
    }

    /// The members in order, as `(key, raw JSON)`.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = (&str, &RawValue)> {
        self.members.iter().map(|(k, v)| (&**k, &**v))
    }

    /// How many members there are (a repeated key counts each time).
    pub fn len(&self) -> usize {
        self.members.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// Adds a member read from the wire at the end, even if one of that name exists (parsing
    /// keeps repeats). The caller has checked that `key` is not an owned name.
    pub(crate) fn push(&mut self, key: Box<str>, value: Box<RawValue>) {
        self.members.push((key, value));
    }

    /// The member at `index`, for writing members back in the order they came.
    pub(crate) fn at(&self, index: usize) -> Option<(&str, &RawValue)> {
        self.members.get(index).map(|(k, v)| (&**k, &**v))
    }
}

impl PartialEq for ExtraMembers {
    /// Same keys in the same order with the same JSON text.
    ///
    /// ```
    /// use identity_errors::okta::ErrorBody;
    ///
    /// let a = ErrorBody::from_slice(br#"{"errorCode":"E0000009","errorSummary":"x","n":1}"#)?;
    /// let b = ErrorBody::from_slice(br#"{"errorCode":"E0000009","errorSummary":"x","n":1.0}"#)?;
    /// assert_ne!(a.extra(), b.extra()); // the same number, written differently
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    fn eq(&self, other: &Self) -> bool {
        self.members.len() == other.members.len()
            && self
                .iter()
                .zip(other.iter())
                .all(|((k1, v1), (k2, v2))| k1 == k2 && v1.get() == v2.get())
    }
}

impl Eq for ExtraMembers {}

impl fmt::Debug for ExtraMembers {
    /// The members as a map of name to JSON text.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(self.iter().map(|(k, v)| (k, v.get())))
            .finish()
    }
}
