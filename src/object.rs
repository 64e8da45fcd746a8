//! Lossless JSON objects: the machinery the body types share to keep every member they do not
//! model, exactly as it was written, and the order members came in.
//!
//! serde_json's own map sorts its keys and normalises values, so a body that went through it
//! would not be written back as the vendor sent it. Here each unknown member keeps its raw JSON
//! text ([`RawValue`], in [`ExtraMembers`]), and a parsed body remembers how its known and
//! unknown members were interleaved ([`Layout`]), so serializing writes them back in the same
//! order.
//!
//! A type declares its members once, by name, with [`json_object!`] (or the body macro built on
//! it); the member list, the required members, reading, writing, `Default`, `Debug` and, with the
//! `utoipa` or `schemars` feature, the schema follow.

use crate::ExtraMembers;
use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;
use std::fmt;
use std::marker::PhantomData;

/// Where one member of a parsed object stood.
#[derive(Debug, Clone, Copy)]
enum Slot {
    /// The known member with this index in [`Object::MEMBERS`].
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

/// Everything of a parsed object beyond its known members: the extra members and the order the
/// members came in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Rest {
    pub(crate) extra: ExtraMembers,
    layout: Layout,
}

impl Rest {
    /// Nothing yet, for an object whose own members are `members`.
    pub(crate) const fn new(members: &'static [&'static str]) -> Self {
        Self {
            extra: ExtraMembers::new(members),
            layout: Layout(Vec::new()),
        }
    }
}

/// A JSON object type with known members plus a [`Rest`]; implemented by [`json_object!`].
pub(crate) trait Object: Default {
    /// The known members' names, in the vendor's order.
    const MEMBERS: &'static [&'static str];
    /// Bit `i` set: `MEMBERS[i]` must be present when parsing.
    const REQUIRED: u32;
    /// What the object is, for error messages: "an Okta error body".
    const EXPECTING: &'static str;

    /// Reads the value of known member `index` from `map`.
    fn read_member<'de, A: MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error>;

    /// Writes known member `index` into `map`, if it is present (returns whether it was).
    fn write_member<M: SerializeMap>(&self, index: usize, map: &mut M) -> Result<bool, M::Error>;

    fn rest(&self) -> &Rest;
    fn rest_mut(&mut self) -> &mut Rest;
}

/// Writes a member if present; returns whether it was.
pub(crate) fn write_member<M: SerializeMap, T: Serialize + ?Sized>(
    map: &mut M,
    key: &'static str,
    value: Option<&T>,
) -> Result<bool, M::Error> {
    match value {
        Some(value) => map.serialize_entry(key, value).map(|()| true),
        None => Ok(false),
    }
}

/// Serializes `object`: members in the order they were parsed in, then any added since (known
/// fields in the vendor's order, then extra members).
pub(crate) fn serialize<T: Object, S: Serializer>(
    object: &T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut map = serializer.serialize_map(None)?;
    let rest = object.rest();
    let extras = &rest.extra;
    let mut written = 0u32;
    let mut next_extra = 0;
    for slot in &rest.layout.0 {
        match *slot {
            Slot::Known(index) => {
                let bit = 1 << index;
                if written & bit == 0 && object.write_member(usize::from(index), &mut map)? {
                    written |= bit;
                }
            }
            Slot::Extra => {
                if let Some((key, value)) = extras.at(next_extra) {
                    map.serialize_entry(key, value)?;
                    next_extra += 1;
                }
            }
        }
    }
    for index in 0..T::MEMBERS.len() {
        if written & (1 << index) == 0 {
            object.write_member(index, &mut map)?;
        }
    }
    for (key, value) in extras.iter().skip(next_extra) {
        map.serialize_entry(key, value)?;
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
        Ok(match T::MEMBERS.iter().position(|f| *f == key) {
            Some(index) => Key::Known(index),
            None => Key::Unknown(key.to_owned()),
        })
    }
}

/// Parses a whole body, reporting a failure as a [`ParseError`](crate::ParseError) naming what
/// was being read.
pub(crate) fn from_slice<T>(bytes: &[u8]) -> Result<T, crate::ParseError>
where
    T: Object + serde::de::DeserializeOwned,
{
    serde_json::from_slice(bytes).map_err(|source| crate::ParseError::json(T::EXPECTING, source))
}

/// Deserializes an object: known members typed, everything else kept raw, the order remembered.
/// A known member given twice is an error; a missing required member is an error.
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
                            return Err(de::Error::duplicate_field(T::MEMBERS[index]));
                        }
                        // In order: no member after this one in `MEMBERS` has been seen yet.
                        if canonical && seen >> index != 0 {
                            canonical = false;
                            object.rest_mut().layout.write_out(seen);
                        }
                        seen |= bit;
                        object.read_member(index, &mut map)?;
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
                        rest.extra.push(key.into_boxed_str(), value);
                        rest.layout.0.push(Slot::Extra);
                    }
                }
            }
            let missing = T::REQUIRED & !seen;
            if missing != 0 {
                let index = missing.trailing_zeros() as usize;
                return Err(de::Error::missing_field(T::MEMBERS[index]));
            }
            Ok(object)
        }
    }

    deserializer.deserialize_map(ObjectVisitor(PhantomData))
}

/// Raw JSON that compares by its text (serde_json's `RawValue` does not compare at all).
#[derive(Clone)]
pub(crate) struct RawJson(pub(crate) Box<RawValue>);

impl fmt::Debug for RawJson {
    /// The JSON text.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.0.get(), f)
    }
}

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

/// Declares a JSON object type once, by member name: a struct with one field per member, plus the
/// [`Rest`] that keeps everything else, and from that declaration its [`Object`] implementation,
/// serde, `Default`, a `Debug` that shows only the members present, and `extra`/`extra_mut`.
///
/// ```text
/// json_object! {
///     /// docs
///     #[derive(Clone, PartialEq, Eq)]
///     pub struct ErrorCause: "an Okta error cause" {
///         optional summary: String = "errorSummary",
///     }
/// }
/// ```
///
/// A `required` member is a `T` that parsing insists on and serializing always writes; an
/// `optional` one is an `Option<T>`, written when present. Members are listed in the order the
/// vendor writes them. Extra, non-member fields (such as a body's HTTP status) follow the members
/// after `;`; `Debug` shows them when they are `Some`.
macro_rules! json_object {
    (
        $(#[$attr:meta])*
        $vis:vis struct $name:ident: $expecting:literal {
            $( $(#[$member_attr:meta])* $kind:ident $field:ident: $ty:ty = $key:literal, )+
            $( ; $( $(#[$state_attr:meta])* $state:ident: $state_ty:ty, )+ )?
        }
    ) => {
        $(#[$attr])*
        $vis struct $name {
            $( $(#[$member_attr])* $field: $crate::object::json_object!(@type $kind $ty), )+
            /// Extra members and the order members came in.
            rest: $crate::object::Rest,
            $( $( $(#[$state_attr])* $state: $state_ty, )+ )?
        }

        const _: () = {
            /// The members by index in `MEMBERS`, so that reading and writing are exhaustive
            /// `match`es: a member added to the declaration is read and written, or nothing
            /// compiles.
            #[allow(non_camel_case_types)]
            #[derive(Clone, Copy)]
            enum Member { $($field),+ }
            const BY_INDEX: &[Member] = &[$(Member::$field),+];
            assert!(BY_INDEX.len() <= 32, "the required-member mask is a u32");

            impl $crate::object::Object for $name {
                const MEMBERS: &'static [&'static str] = &[$($key),+];
                const REQUIRED: u32 =
                    0 $(| ($crate::object::json_object!(@required $kind) << Member::$field as u32))+;
                const EXPECTING: &'static str = $expecting;

                fn read_member<'de, A: ::serde::de::MapAccess<'de>>(
                    &mut self,
                    index: usize,
                    map: &mut A,
                ) -> Result<(), A::Error> {
                    match BY_INDEX[index] {
                        $( Member::$field => {
                            $crate::object::json_object!(@read $kind self.$field, map)
                        } )+
                    }
                    Ok(())
                }

                fn write_member<M: ::serde::ser::SerializeMap>(
                    &self,
                    index: usize,
                    map: &mut M,
                ) -> Result<bool, M::Error> {
                    match BY_INDEX[index] {
                        $( Member::$field => $crate::object::write_member(
                            map,
                            $key,
                            $crate::object::json_object!(@get $kind self.$field),
                        ), )+
                    }
                }

                fn rest(&self) -> &$crate::object::Rest {
                    &self.rest
                }

                fn rest_mut(&mut self) -> &mut $crate::object::Rest {
                    &mut self.rest
                }
            }

            impl ::core::default::Default for $name {
                fn default() -> Self {
                    Self {
                        $( $field: ::core::default::Default::default(), )+
                        rest: $crate::object::Rest::new(
                            <$name as $crate::object::Object>::MEMBERS,
                        ),
                        $( $( $state: ::core::default::Default::default(), )+ )?
                    }
                }
            }

            impl ::core::fmt::Debug for $name {
                /// The members present, any extra members, and what was set beyond them.
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    let mut debug = f.debug_struct(stringify!($name));
                    $( if let Some(value) = $crate::object::json_object!(@get $kind self.$field) {
                        debug.field(stringify!($field), value);
                    } )+
                    if !self.rest.extra.is_empty() {
                        debug.field("extra", &self.rest.extra);
                    }
                    $( $( if let Some(value) = &self.$state {
                        debug.field(stringify!($state), value);
                    } )+ )?
                    debug.finish()
                }
            }

            /// The members as the schema features describe them: each with its type's shape,
            /// required or not as declared.
            #[cfg(any(feature = "utoipa", feature = "schemars"))]
            impl $crate::schema::Described for $name {
                fn shape() -> $crate::schema::Shape {
                    $crate::schema::Shape::Object($crate::schema::Object {
                        what: $expecting,
                        members: vec![$( $crate::schema::Member {
                            name: $key,
                            required: $crate::object::json_object!(@required $kind) == 1,
                            shape: <$ty as $crate::schema::Described>::shape(),
                        } ),+],
                        content_type: None,
                    })
                }
            }

            impl ::serde::Serialize for $name {
                fn serialize<S: ::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    $crate::object::serialize(self, serializer)
                }
            }

            impl<'de> ::serde::Deserialize<'de> for $name {
                fn deserialize<D: ::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    $crate::object::deserialize(deserializer)
                }
            }
        };

        impl $name {
            /// Members the type has no field for, kept as they came.
            pub fn extra(&self) -> &$crate::ExtraMembers {
                &self.rest.extra
            }

            /// Members the type has no field for, to change. A name the type has a field for is
            /// refused ([`InsertError::Owned`](crate::InsertError::Owned)).
            pub fn extra_mut(&mut self) -> &mut $crate::ExtraMembers {
                &mut self.rest.extra
            }
        }
    };
    (@type required $ty:ty) => { $ty };
    (@type optional $ty:ty) => { Option<$ty> };
    (@required required) => { 1u32 };
    (@required optional) => { 0u32 };
    (@read required $place:expr, $map:ident) => { $place = $map.next_value()? };
    (@read optional $place:expr, $map:ident) => { $place = Some($map.next_value()?) };
    (@get required $place:expr) => { Some(&$place) };
    (@get optional $place:expr) => { $place.as_ref() };
}

pub(crate) use json_object;
