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
//! it); the member list, the required members, reading, writing, an empty value, `Debug` and,
//! with the `utoipa` or `schemars` feature, the schema follow.
//!
//! **Why `dyn`.** The reader and writer see an object only as `&mut dyn Object` / `&dyn Object`,
//! and a member only as a [`Place`] to read into or a [`Value`] to write: a handful of JSON kinds
//! (text, integers, booleans, raw JSON, a constant, a `dyn` list, a nested `dyn Object`, an
//! object that may come as a plain string). serde_json's parser and writer are then compiled
//! once for every object type, nested ones included, which is most of what a body type would
//! otherwise cost to compile; the price is one indirect call per member.
//!
//! **Adding a member type** is implementing [`Field`] for it, in terms of those kinds (and
//! [`Empty`], which any `Default` type already is): `Option<T>`, `Vec<T>` and every
//! `json_object!` type are already fields, so a list of integers or an optional nested object
//! needs nothing new; a member with one allowed string is a [`Constant`]. The engine names no
//! vendor and no vendor's type.

use crate::ExtraMembers;
use serde::de::{self, DeserializeSeed, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;
use std::fmt;

mod field;

pub(crate) use field::{Constant, ConstantText, Empty, Field, ObjectOrText, Place, RawJson, Value};

/// What reading and writing an object type need to know of it, declared once per type by
/// [`json_object!`].
pub(crate) struct Declared {
    /// The known members' names, in the vendor's order.
    pub(crate) keys: &'static [&'static str],
    /// The index in `keys` of a name: a `match` per type, which compiles to a comparison of
    /// lengths and a few word compares, where searching `keys` would call `memcmp` for each.
    pub(crate) index: fn(&str) -> Option<usize>,
    /// The Rust field holding each, for `Debug`.
    pub(crate) fields: &'static [&'static str],
    /// Bit `i` set: `keys[i]` must be present when parsing.
    pub(crate) required: u32,
    /// What the object is, for error messages: "an Okta error body".
    pub(crate) expecting: &'static str,
}

/// A JSON object type with known members plus a [`Rest`]; implemented by [`json_object!`].
///
/// Reading and writing go through `&mut dyn Object` and `&dyn Object`, and each member's field
/// through the [`Place`] and [`Value`] its [`Field`] gives: serde_json's parser and writer are
/// then compiled once for all the crate's objects, not once per type.
pub(crate) trait Object: fmt::Debug {
    fn declared(&self) -> &'static Declared;
    /// The field of known member `index`, to read into.
    fn place(&mut self, index: usize) -> Place<'_>;
    /// The value of known member `index`, if present.
    fn value(&self, index: usize) -> Option<Value<'_>>;
    fn rest(&self) -> &Rest;
    fn rest_mut(&mut self) -> &mut Rest;
    /// What the schema features say of the type: its members and their shapes.
    #[cfg(any(feature = "utoipa", feature = "schemars"))]
    fn shape() -> crate::schema::Shape
    where
        Self: Sized;
}

/// A field after the members (`;` in [`json_object!`]): what `Debug` shows of it, if anything.
pub(crate) trait State {
    fn shown(&self) -> Option<&dyn fmt::Debug>;
}

impl<T: fmt::Debug> State for Option<T> {
    fn shown(&self) -> Option<&dyn fmt::Debug> {
        self.as_ref().map(|value| value as &dyn fmt::Debug)
    }
}

/// Where one member of a parsed object stood.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    /// The known member with this index in [`Declared::keys`].
    Known(u8),
    /// The next member of the [`ExtraMembers`].
    Extra,
}

impl Slot {
    /// A slot in four bits, as [`Layout::Packed`] holds it: a known member's index, or 15 for
    /// an extra member. `None` for an index that does not fit (no object has that many).
    fn nibble(self) -> Option<u64> {
        match self {
            Slot::Known(index) if index < 15 => Some(index.into()),
            Slot::Known(_) => None,
            Slot::Extra => Some(15),
        }
    }

    fn from_nibble(nibble: u64) -> Slot {
        match nibble {
            15 => Slot::Extra,
            index => Slot::Known(index as u8),
        }
    }
}

/// The order an object's members came in, when it was not the vendor's.
///
/// Vendors' bodies often come in an order of their own (Identity Cloud's vary from endpoint to
/// endpoint), so remembering it must be cheap: up to 16 members fit in a `u64`, four bits each,
/// with no allocation; only a longer object spills into a vector.
#[derive(Clone, Default)]
enum Layout {
    /// The vendor's order (known members, then extra members), in which serializing writes
    /// them anyway.
    #[default]
    Vendor,
    /// `len` slots, the first in the lowest four bits.
    Packed { slots: u64, len: u8 },
    /// More slots than fit in a `u64`.
    Long(Vec<Slot>),
}

impl Layout {
    /// Records the next member. Inlined into the reader for the usual case, a slot going into
    /// the `u64`; everything else is [`push_slow`](Self::push_slow).
    #[inline]
    fn push(&mut self, slot: Slot) {
        match (&mut *self, slot.nibble()) {
            (Layout::Vendor, Some(nibble)) => {
                *self = Layout::Packed {
                    slots: nibble,
                    len: 1,
                }
            }
            (Layout::Packed { slots, len }, Some(nibble)) if *len < 16 => {
                *slots |= nibble << (4 * *len);
                *len += 1;
            }
            _ => self.push_slow(slot),
        }
    }

    /// A slot past the sixteenth, or with an index that does not fit in four bits.
    #[inline(never)]
    fn push_slow(&mut self, slot: Slot) {
        match self {
            Layout::Long(slots) => slots.push(slot),
            _ => {
                let mut slots: Vec<Slot> = self.iter().collect();
                slots.push(slot);
                *self = Layout::Long(slots);
            }
        }
    }

    fn iter(&self) -> impl Iterator<Item = Slot> + '_ {
        let (packed, len, long): (u64, u8, &[Slot]) = match self {
            Layout::Vendor => (0, 0, &[]),
            Layout::Packed { slots, len } => (*slots, *len, &[]),
            Layout::Long(slots) => (0, 0, slots),
        };
        let packed = (0..len).map(move |i| Slot::from_nibble((packed >> (4 * i)) & 0xf));
        packed.chain(long.iter().copied())
    }
}

/// Everything of an object beyond its known members: the extra members and the order the
/// members came in. Nothing is allocated for it unless a body has extra members (or more than
/// 16 members out of the vendor's order): the object stays small to move, as a derived struct
/// would.
#[derive(Clone, Default)]
pub(crate) struct Rest {
    extra: Option<Box<ExtraMembers>>,
    layout: Layout,
}

/// The extra members of an object that has none.
static NO_EXTRA: ExtraMembers = ExtraMembers::new(&[]);

impl Rest {
    pub(crate) fn extra(&self) -> &ExtraMembers {
        self.extra.as_deref().unwrap_or(&NO_EXTRA)
    }

    /// The extra members, to change, of an object whose own members are `keys`.
    pub(crate) fn extra_mut(&mut self, keys: &'static [&'static str]) -> &mut ExtraMembers {
        self.extra
            .get_or_insert_with(|| Box::new(ExtraMembers::new(keys)))
    }
}

impl PartialEq for Rest {
    /// The same extra members. Where the known members stood is presentation, not content:
    /// two bodies that differ only in it are equal.
    fn eq(&self, other: &Self) -> bool {
        self.extra() == other.extra()
    }
}

impl Eq for Rest {}

/// Serializes `object`: members in the order they were parsed in, then any added since (known
/// members in the vendor's order, then extra members).
pub(crate) fn serialize<S: Serializer>(
    object: &dyn Object,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut map = serializer.serialize_map(None)?;
    let keys = object.declared().keys;
    // One call through `dyn` for everything beyond the known members.
    let rest = object.rest();
    let extras = rest.extra();
    // A body built in code, or parsed in the vendor's order (the usual case), has no layout to
    // replay: the two loops below write all of it.
    let (written, next_extra) = match rest.layout {
        Layout::Vendor => (0, 0),
        ref layout => replay(&mut map, object, layout)?,
    };
    for (index, key) in keys.iter().enumerate() {
        if written & (1 << index) == 0 {
            if let Some(value) = object.value(index) {
                map.serialize_entry(key, &value)?;
            }
        }
    }
    for (key, value) in extras.iter().skip(next_extra) {
        map.serialize_entry(key, value)?;
    }
    map.end()
}

/// Writes the members that `layout` recorded, in its order. Returns the known members written
/// (a bit per index) and how many extra members.
fn replay<M: SerializeMap>(
    map: &mut M,
    object: &dyn Object,
    layout: &Layout,
) -> Result<(u32, usize), M::Error> {
    let keys = object.declared().keys;
    let extras = object.rest().extra();
    let (mut written, mut next_extra) = (0u32, 0);
    for slot in layout.iter() {
        match slot {
            Slot::Known(index) => {
                let index = usize::from(index);
                if written & (1 << index) != 0 {
                    continue;
                }
                if let Some(value) = object.value(index) {
                    map.serialize_entry(keys[index], &value)?;
                    written |= 1 << index;
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
    Ok((written, next_extra))
}

/// An object as serde sees it, so that writing JSON is compiled once for every object type.
struct Erased<'a>(&'a dyn Object);

impl Serialize for Erased<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serialize(self.0, serializer)
    }
}

/// Compact JSON, exactly as it goes on the wire.
pub(crate) fn to_json(object: &dyn Object) -> String {
    // The objects hold only strings, integers and raw JSON that serde_json itself read or
    // wrote, none of which can fail to serialize.
    serde_json::to_string(&Erased(object)).expect("error bodies always serialize")
}

/// The known members present (by their Rust field names) and any extra members, for a type's
/// `Debug`.
pub(crate) fn debug_members(object: &dyn Object, debug: &mut fmt::DebugStruct<'_, '_>) {
    for (index, field) in object.declared().fields.iter().enumerate() {
        if let Some(value) = object.value(index) {
            debug.field(field, &value);
        }
    }
    let extra = object.rest().extra();
    if !extra.is_empty() {
        debug.field("extra", extra);
    }
}

/// An object key: the index of a known field, or an unknown key's text.
enum Key {
    Known(usize),
    Unknown(String),
}

/// Reads a key without allocating unless it is unknown.
struct KeySeed(&'static Declared);

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl Visitor<'_> for KeySeed {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
        Ok(match (self.0.index)(key) {
            Some(index) => Key::Known(index),
            None => Key::Unknown(key.to_owned()),
        })
    }
}

/// Parses a whole body, reporting a failure as a [`ParseError`](crate::ParseError) naming what
/// was being read.
pub(crate) fn from_slice<T: Object + Empty>(bytes: &[u8]) -> Result<T, crate::ParseError> {
    let mut object = T::empty();
    read_slice(bytes, &mut object)?;
    Ok(object)
}

/// Parses JSON text that is already a `str` (a member's raw JSON, say), reporting serde_json's
/// error as it is.
pub(crate) fn from_str<T: Object + Empty>(text: &str) -> Result<T, serde_json::Error> {
    let mut object = T::empty();
    read_str(text, &mut object)?;
    Ok(object)
}

/// Reads `bytes` into `object`, built in place: the one parse of JSON text every body shares.
fn read_slice(bytes: &[u8], object: &mut dyn Object) -> Result<(), crate::ParseError> {
    let what = object.declared().expecting;
    // JSON text is UTF-8 (RFC 8259, section 8.1). Checking the whole body at once costs a
    // fraction of what serde_json's slice reader spends checking each string it reads, and it
    // refuses the same bodies: that reader checks every string and raw value, and any other
    // byte outside ASCII is a syntax error anyway.
    match std::str::from_utf8(bytes) {
        Ok(text) => read_str(text, object).map_err(|source| crate::ParseError::json(what, source)),
        Err(utf8) => Err(first_problem(what, bytes, utf8, object)),
    }
}

/// What is wrong with `bytes`, which stop being UTF-8 where `utf8` says: the first problem, as
/// reading from the start finds it. A problem in the valid part before the bad byte (a value of
/// the wrong type, an HTML page) is reported as serde_json reports it; so is a body cut in the
/// middle of a character, which is cut short, not badly encoded. Otherwise it is the bytes.
#[cold]
fn first_problem(
    what: &'static str,
    bytes: &[u8],
    utf8: std::str::Utf8Error,
    object: &mut dyn Object,
) -> crate::ParseError {
    let valid = std::str::from_utf8(&bytes[..utf8.valid_up_to()]).unwrap_or_default();
    match read_str(valid, object) {
        Err(json) if !json.is_eof() || utf8.error_len().is_none() => {
            crate::ParseError::json(what, json)
        }
        _ => crate::ParseError::utf8(what, utf8),
    }
}

/// Reads JSON `text` into `object`. Every read in the crate uses serde_json's `str` reader (none
/// its slice reader), so its parser is compiled for one reader type.
pub(crate) fn read_str(text: &str, object: &mut dyn Object) -> Result<(), serde_json::Error> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    deserialize_into(&mut deserializer, object)?;
    deserializer.end()
}

/// Deserializes an object into `object` (an empty one): known members typed, everything else
/// kept raw, the order remembered.
pub(crate) fn deserialize_into<'de, D: Deserializer<'de>>(
    deserializer: D,
    object: &mut dyn Object,
) -> Result<(), D::Error> {
    deserializer.deserialize_map(ObjectVisitor(object))
}

/// Reads a whole object: smaller to move than [`field::Kinds`], which nested objects share.
struct ObjectVisitor<'a>(&'a mut dyn Object);

impl<'de> Visitor<'de> for ObjectVisitor<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.declared().expecting)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        read_map(map, self.0)
    }
}

/// Reads the members of a map into `object`. A known member given twice is an error; a missing
/// required member is an error.
fn read_map<'de, A: MapAccess<'de>>(mut map: A, object: &mut dyn Object) -> Result<(), A::Error> {
    let declared = object.declared();
    let mut seen = 0u32;
    // Gathered here while reading and given to the object at the end: one call through `dyn`
    // for it, not one per member.
    let mut rest = Rest::default();
    // While members come in the vendor's order (known members by index, then extra members),
    // the layout stays `Vendor`: serializing writes that order anyway. Once a member breaks it,
    // the order so far is written out and every later member recorded.
    let mut canonical = true;
    while let Some(key) = map.next_key_seed(KeySeed(declared))? {
        match key {
            Key::Known(index) => {
                let bit = 1 << index;
                if seen & bit != 0 {
                    return Err(de::Error::duplicate_field(declared.keys[index]));
                }
                if canonical && (seen >> index != 0 || rest.extra.is_some()) {
                    canonical = false;
                    write_out(&mut rest, seen);
                }
                if !canonical {
                    rest.layout.push(Slot::Known(index as u8));
                }
                seen |= bit;
                map.next_value_seed(object.place(index))?;
            }
            Key::Unknown(key) => {
                let value: Box<RawValue> = map.next_value()?;
                rest.extra_mut(declared.keys)
                    .push(key.into_boxed_str(), value);
                if !canonical {
                    rest.layout.push(Slot::Extra);
                }
            }
        }
    }
    let missing = declared.required & !seen;
    if missing != 0 {
        let index = missing.trailing_zeros() as usize;
        return Err(de::Error::missing_field(declared.keys[index]));
    }
    if rest.extra.is_some() || !canonical {
        *object.rest_mut() = rest;
    }
    Ok(())
}

/// Records the vendor's order so far: the known members in `seen` (a bit per index), which
/// came in index order, then the extra members.
fn write_out(rest: &mut Rest, seen: u32) {
    let mut known = seen;
    while known != 0 {
        rest.layout.push(Slot::Known(known.trailing_zeros() as u8));
        known &= known - 1;
    }
    for _ in 0..rest.extra().len() {
        rest.layout.push(Slot::Extra);
    }
}

/// Declares a JSON object type once, by member name: a struct with one field per member, plus the
/// [`Rest`] that keeps everything else, and from that declaration its [`Object`] implementation,
/// serde, an empty value to parse into, a `Debug` that shows only the members present, and `extra`/`extra_mut`.
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
/// `optional` one is an `Option<T>`, written when present; either must be a [`Field`]. Members
/// are listed in the order the vendor writes them. Extra, non-member fields (such as a body's
/// HTTP status) follow the members after `;`; `Debug` shows them when they are `Some`.
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
            /// The members by index in `keys`, so that reading and writing are exhaustive
            /// `match`es: a member added to the declaration is read and written, or nothing
            /// compiles.
            #[allow(non_camel_case_types)]
            enum Member { $($field),+ }
            const BY_INDEX: &[Member] = &[$(Member::$field),+];
            assert!(BY_INDEX.len() <= 32, "the required-member mask is a u32");

            fn index(key: &str) -> Option<usize> {
                match key {
                    $( $key => Some(Member::$field as usize), )+
                    _ => None,
                }
            }

            static DECLARED: $crate::object::Declared = $crate::object::Declared {
                keys: &[$($key),+],
                index,
                fields: &[$(stringify!($field)),+],
                required: 0 $(| ($crate::object::json_object!(@required $kind)
                    << Member::$field as u32))+,
                expecting: $expecting,
            };

            impl $crate::object::Object for $name {
                fn declared(&self) -> &'static $crate::object::Declared {
                    &DECLARED
                }

                fn place(&mut self, index: usize) -> $crate::object::Place<'_> {
                    match BY_INDEX[index] {
                        $( Member::$field => $crate::object::Field::place(&mut self.$field), )+
                    }
                }

                fn value(&self, index: usize) -> Option<$crate::object::Value<'_>> {
                    match BY_INDEX[index] {
                        $( Member::$field => $crate::object::Field::value(&self.$field), )+
                    }
                }

                fn rest(&self) -> &$crate::object::Rest {
                    &self.rest
                }

                fn rest_mut(&mut self) -> &mut $crate::object::Rest {
                    &mut self.rest
                }

                /// The members, each with its type's shape, required or not as declared.
                #[cfg(any(feature = "utoipa", feature = "schemars"))]
                fn shape() -> $crate::schema::Shape {
                    $crate::schema::Shape::Object($crate::schema::Object {
                        what: $expecting,
                        members: vec![$( $crate::schema::Member {
                            name: $key,
                            required: $crate::object::json_object!(@required $kind) == 1,
                            shape: <$crate::object::json_object!(@type $kind $ty)
                                as $crate::object::Field>::shape(),
                        } ),+],
                        content_type: None,
                    })
                }
            }

            impl $crate::object::Empty for $name {
                fn empty() -> Self {
                    Self {
                        $( $field: $crate::object::json_object!(@empty $kind), )+
                        rest: ::core::default::Default::default(),
                        $( $( $state: ::core::default::Default::default(), )+ )?
                    }
                }
            }

            impl ::core::fmt::Debug for $name {
                /// The members present, any extra members, and what was set beyond them.
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    let mut debug = f.debug_struct(stringify!($name));
                    $crate::object::debug_members(self, &mut debug);
                    $( $( if let Some(value) = $crate::object::State::shown(&self.$state) {
                        debug.field(stringify!($state), value);
                    } )+ )?
                    debug.finish()
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
                    let mut object = <Self as $crate::object::Empty>::empty();
                    $crate::object::deserialize_into(deserializer, &mut object)?;
                    Ok(object)
                }
            }
        };

        // A private object type read only for one member (LUSID's `errorDetails` entries, for
        // `Display`) has no use for these.
        #[allow(dead_code)]
        impl $name {
            /// Members the type has no field for, kept as they came.
            pub fn extra(&self) -> &$crate::ExtraMembers {
                self.rest.extra()
            }

            /// Members the type has no field for, to change. A name the type has a field for is
            /// refused ([`InsertError::Owned`](crate::InsertError::Owned)).
            pub fn extra_mut(&mut self) -> &mut $crate::ExtraMembers {
                let keys = $crate::object::Object::declared(self).keys;
                self.rest.extra_mut(keys)
            }
        }
    };
    (@type required $ty:ty) => { $ty };
    (@type optional $ty:ty) => { Option<$ty> };
    (@required required) => { 1u32 };
    (@required optional) => { 0u32 };
    (@empty required) => { $crate::object::Empty::empty() };
    (@empty optional) => { None };
}

pub(crate) use json_object;

#[cfg(test)]
mod tests;
