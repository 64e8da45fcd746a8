//! Lossless JSON objects: the machinery the body types share to keep every member they do not
//! model, exactly as it was written, and the order members came in.
//!
//! serde_json's own map sorts its keys and normalises values, so a body that went through it
//! would not be written back as the vendor sent it. Here each unknown member keeps its raw JSON
//! text ([`RawValue`]), and a parsed body remembers how its known and unknown members were
//! interleaved ([`Layout`]), so serializing writes them back in the same order.

use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;
use std::fmt;
use std::marker::PhantomData;

/// The members of a JSON object that a body type has no field for, in the order they came, each
/// with its exact JSON text.
///
/// Parsing keeps every such member (a repeated key too: both are kept), and serializing writes
/// them back unchanged, so nothing a vendor sent is lost on a round trip.
///
/// ```
/// use identity_errors::okta::ErrorBody;
///
/// let body = ErrorBody::from_slice(br#"{"errorCode":"E0000007","errorSummary":"Not found: x","hint":{"b":1,"a":2}}"#)?;
/// assert_eq!(body.extra().get("hint").map(|v| v.get()), Some(r#"{"b":1,"a":2}"#));
/// # Ok::<(), identity_errors::ParseError>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct ExtraMembers(Vec<(Box<str>, Box<RawValue>)>);

impl ExtraMembers {
    /// No members.
    ///
    /// ```
    /// use identity_errors::ExtraMembers;
    ///
    /// let mut extra = ExtraMembers::new();
    /// assert!(extra.is_empty());
    /// extra.insert("reason", &"UNIQUE_CONSTRAINT")?;
    /// assert_eq!(extra.get("reason").unwrap().get(), r#""UNIQUE_CONSTRAINT""#);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub const fn new() -> Self {
        Self(Vec::new())
    }

    /// The raw JSON of the first member named `key`.
    ///
    /// ```
    /// use identity_errors::ExtraMembers;
    ///
    /// let mut extra = ExtraMembers::new();
    /// extra.insert("argument_name", &"uuid")?;
    /// assert_eq!(extra.get("argument_name").unwrap().get(), r#""uuid""#);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn get(&self, key: &str) -> Option<&RawValue> {
        self.0.iter().find(|(k, _)| &**k == key).map(|(_, v)| &**v)
    }

    /// Sets `key` to `value` serialized as JSON: replaces the first member of that name, or adds
    /// one at the end.
    ///
    /// ```
    /// use identity_errors::ExtraMembers;
    ///
    /// let mut extra = ExtraMembers::new();
    /// extra.insert("invalid_fields", &serde_json::json!({"email": ["taken"]}))?;
    /// assert_eq!(extra.len(), 1);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn insert(&mut self, key: &str, value: &impl Serialize) -> Result<(), serde_json::Error> {
        let value = serde_json::value::to_raw_value(value)?;
        match self.0.iter_mut().find(|(k, _)| &**k == key) {
            Some((_, slot)) => *slot = value,
            None => self.0.push((key.into(), value)),
        }
        Ok(())
    }

    /// Removes and returns the first member named `key`.
    ///
    /// ```
    /// use identity_errors::ExtraMembers;
    ///
    /// let mut extra = ExtraMembers::new();
    /// extra.insert("message", &"social sign-in only")?;
    /// assert!(extra.remove("message").is_some());
    /// assert!(extra.is_empty());
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn remove(&mut self, key: &str) -> Option<Box<RawValue>> {
        let index = self.0.iter().position(|(k, _)| &**k == key)?;
        Some(self.0.remove(index).1)
    }

    /// The members in order, as `(key, raw JSON)`.
    ///
    /// ```
    /// use identity_errors::ExtraMembers;
    ///
    /// let mut extra = ExtraMembers::new();
    /// extra.insert("a", &1)?;
    /// let keys: Vec<&str> = extra.iter().map(|(k, _)| k).collect();
    /// assert_eq!(keys, ["a"]);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn iter(&self) -> impl ExactSizeIterator<Item = (&str, &RawValue)> {
        self.0.iter().map(|(k, v)| (&**k, &**v))
    }

    /// How many members there are.
    ///
    /// ```
    /// use identity_errors::okta::ErrorBody;
    ///
    /// let body = ErrorBody::from_slice(br#"{"errorCode":"E0000009","errorSummary":"Internal Server Error","hint":1,"hint":2}"#)?;
    /// assert_eq!(body.extra().len(), 2); // a repeated key counts each time
    /// assert_eq!(body.extra().get("hint").unwrap().get(), "1");
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    ///
    /// ```
    /// use identity_errors::okta::ErrorBody;
    ///
    /// assert!(ErrorBody::too_many_requests().extra().is_empty());
    /// let body = ErrorBody::from_slice(br#"{"errorCode":"E0000009","errorSummary":"Internal Server Error","hint":1}"#)?;
    /// assert!(!body.extra().is_empty());
    /// # Ok::<(), identity_errors::ParseError>(())
    /// ```
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Adds `key` at the end even if a member of that name exists (parsing keeps repeats).
    pub(crate) fn append(
        &mut self,
        key: &str,
        value: &impl Serialize,
    ) -> Result<(), serde_json::Error> {
        self.0
            .push((key.into(), serde_json::value::to_raw_value(value)?));
        Ok(())
    }

    fn push(&mut self, key: String, value: Box<RawValue>) {
        self.0.push((key.into_boxed_str(), value));
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
        self.0.len() == other.0.len()
            && self
                .0
                .iter()
                .zip(&other.0)
                .all(|((k1, v1), (k2, v2))| k1 == k2 && v1.get() == v2.get())
    }
}

impl Eq for ExtraMembers {}

/// Where one member of a parsed object stood.
#[derive(Debug, Clone, Copy)]
enum Slot {
    /// The known field with this index in [`Object::FIELDS`].
    Known(u8),
    /// The next member of the [`ExtraMembers`].
    Extra,
}

/// The order a parsed object's members came in; empty for a body built in code or parsed in the
/// vendor's own order, which is then the order it is written in.
///
/// Where the known fields stood is presentation, not content: two bodies that differ only in it
/// are equal. (The extra members themselves compare in order and by their exact text.)
#[derive(Debug, Clone, Default)]
pub(crate) struct Layout(Vec<Slot>);

impl Layout {
    /// Records the known fields in `seen` (a bit per index), which came in index order.
    fn write_out(&mut self, seen: u32) {
        let indices = (0..u32::BITS as u8).filter(|i| seen & (1 << i) != 0);
        self.0.extend(indices.map(Slot::Known));
    }
}

impl PartialEq for Layout {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for Layout {}

/// Everything of a parsed object beyond its known fields: the extra members and the order the
/// members came in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Rest {
    pub(crate) extra: ExtraMembers,
    layout: Layout,
}

/// A JSON object type with known fields plus a [`Rest`].
pub(crate) trait Object: Default {
    /// The known fields, in the vendor's order.
    const FIELDS: &'static [&'static str];
    /// Bit `i` set: `FIELDS[i]` must be present when parsing.
    const REQUIRED: u32;
    /// What the object is, for error messages: "an Okta error body".
    const EXPECTING: &'static str;

    /// Reads the value of known field `index` from `map`.
    fn read_field<'de, A: MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error>;

    /// Writes known field `index` into `map`, if it is present (returns whether it was).
    fn write_field<M: SerializeMap>(&self, index: usize, map: &mut M) -> Result<bool, M::Error>;

    fn rest(&self) -> &Rest;
    fn rest_mut(&mut self) -> &mut Rest;
}

/// Writes an optional member if present; returns whether it was.
pub(crate) fn write_some<M: SerializeMap, T: Serialize + ?Sized>(
    map: &mut M,
    key: &'static str,
    value: Option<&T>,
) -> Result<bool, M::Error> {
    match value {
        Some(value) => map.serialize_entry(key, value).map(|()| true),
        None => Ok(false),
    }
}

/// `Serialize` and `Deserialize` for [`Object`] types.
macro_rules! object_serde {
    ($($ty:ty),+) => {$(
        impl ::serde::Serialize for $ty {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                $crate::json::serialize(self, serializer)
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $ty {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                $crate::json::deserialize(deserializer)
            }
        }
    )+};
}

pub(crate) use object_serde;

/// Serializes `object`: members in the order they were parsed in, then any added since (known
/// fields in the vendor's order, then extra members).
pub(crate) fn serialize<T: Object, S: Serializer>(
    object: &T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut map = serializer.serialize_map(None)?;
    let rest = object.rest();
    let extras = &rest.extra.0;
    let mut written = 0u32;
    let mut next_extra = 0;
    for slot in &rest.layout.0 {
        match *slot {
            Slot::Known(index) => {
                let bit = 1 << index;
                if written & bit == 0 && object.write_field(usize::from(index), &mut map)? {
                    written |= bit;
                }
            }
            Slot::Extra => {
                if let Some((key, value)) = extras.get(next_extra) {
                    map.serialize_entry(&**key, &**value)?;
                    next_extra += 1;
                }
            }
        }
    }
    for index in 0..T::FIELDS.len() {
        if written & (1 << index) == 0 {
            object.write_field(index, &mut map)?;
        }
    }
    for (key, value) in &extras[next_extra.min(extras.len())..] {
        map.serialize_entry(&**key, &**value)?;
    }
    map.end()
}

/// An object key: the index of a known field, or an unknown key's text.
enum Key {
    Known(usize),
    Unknown(String),
}

/// Reads a key without allocating unless it is unknown.
struct KeySeed<T>(PhantomData<T>);

impl<'de, T: Object> de::DeserializeSeed<'de> for KeySeed<T> {
    type Value = Key;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<T: Object> Visitor<'_> for KeySeed<T> {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
        Ok(match T::FIELDS.iter().position(|f| *f == key) {
            Some(index) => Key::Known(index),
            None => Key::Unknown(key.to_owned()),
        })
    }
}

/// Parses a whole body, reporting a failure as a [`ParseError`] naming what was being read.
pub(crate) fn from_slice<T>(bytes: &[u8]) -> Result<T, crate::ParseError>
where
    T: Object + serde::de::DeserializeOwned,
{
    serde_json::from_slice(bytes).map_err(|source| crate::ParseError::json(T::EXPECTING, source))
}

/// Deserializes an object: known fields typed, everything else kept raw, the order remembered.
/// A known field given twice is an error; a missing required field is an error.
pub(crate) fn deserialize<'de, T: Object, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    struct ObjectVisitor<T>(PhantomData<T>);

    impl<'de, T: Object> Visitor<'de> for ObjectVisitor<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(T::EXPECTING)
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
            let mut object = T::default();
            let mut seen = 0u32;
            // While members come in the vendor's order with no extra ones, the layout stays
            // empty (serializing writes that order anyway); it is only written out once the
            // order departs from it, so the usual body costs no allocation for it.
            let mut canonical = true;
            while let Some(key) = map.next_key_seed(KeySeed::<T>(PhantomData))? {
                match key {
                    Key::Known(index) => {
                        let bit = 1 << index;
                        if seen & bit != 0 {
                            return Err(de::Error::duplicate_field(T::FIELDS[index]));
                        }
                        // In order: no field after this one in `FIELDS` has been seen yet.
                        if canonical && seen >> index != 0 {
                            canonical = false;
                            object.rest_mut().layout.write_out(seen);
                        }
                        seen |= bit;
                        object.read_field(index, &mut map)?;
                        if !canonical {
                            object.rest_mut().layout.0.push(Slot::Known(index as u8));
                        }
                    }
                    Key::Unknown(key) => {
                        let value: Box<RawValue> = map.next_value()?;
                        let rest = object.rest_mut();
                        if canonical {
                            canonical = false;
                            rest.layout.write_out(seen);
                        }
                        rest.extra.push(key, value);
                        rest.layout.0.push(Slot::Extra);
                    }
                }
            }
            let missing = T::REQUIRED & !seen;
            if missing != 0 {
                let index = missing.trailing_zeros() as usize;
                return Err(de::Error::missing_field(T::FIELDS[index]));
            }
            Ok(object)
        }
    }

    deserializer.deserialize_map(ObjectVisitor(PhantomData))
}

/// Raw JSON that compares by its text (serde_json's `RawValue` does not compare at all).
#[derive(Debug, Clone)]
pub(crate) struct RawJson(pub(crate) Box<RawValue>);

impl RawJson {
    /// `[]`, `{}` and the like: text known to be JSON.
    pub(crate) fn literal(json: &'static str) -> Option<Self> {
        RawValue::from_string(json.to_owned()).ok().map(Self)
    }
}

impl PartialEq for RawJson {
    fn eq(&self, other: &Self) -> bool {
        self.0.get() == other.0.get()
    }
}

impl Eq for RawJson {}

impl Serialize for RawJson {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> serde::Deserialize<'de> for RawJson {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Box::<RawValue>::deserialize(deserializer).map(Self)
    }
}
