//! The types a member's field may have ([`Field`]), and the few JSON kinds the reader and
//! writer know ([`Place`] and [`Value`]): text, integers, booleans, raw JSON, a constant, a list,
//! a nested object, and an object that may come as a plain string ([`ObjectOrText`]). A Rust
//! type maps itself onto those kinds; the engine never learns of it.

use super::{serialize, Object};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::SerializeSeq;
use serde::{Deserialize, Serialize, Serializer};
use serde_json::value::RawValue;
use std::fmt;
use std::marker::PhantomData;

/// A value with nothing set, to read into or to build on: an object with no member, an empty
/// string, a list with no element, `None`. An object declares its own, crate-private (it is not
/// `Default`: an empty body is nothing a vendor sends, so users never see one); any other type
/// is empty as its `Default`.
pub(crate) trait Empty: Sized {
    fn empty() -> Self;
}

impl<T: Default> Empty for T {
    fn empty() -> Self {
        T::default()
    }
}

/// A type a member's field may have: where its value is read into, what is written, and with
/// the `utoipa` or `schemars` feature, the schema that describes it. A new member type is a new
/// implementation, in terms of the kinds [`Place`] and [`Value`] list (`Vec<T>` is a
/// [`Place::List`] of `T`, and any object a [`Place::Object`], already).
pub(crate) trait Field: Empty + fmt::Debug {
    fn place(&mut self) -> Place<'_>;
    /// `None` for an optional member that is absent.
    fn value(&self) -> Option<Value<'_>>;
    #[cfg(any(feature = "utoipa", feature = "schemars"))]
    fn shape() -> crate::schema::Shape;
}

/// Where a member's value is read into: one of the JSON kinds the reader knows.
pub(crate) enum Place<'a> {
    /// A string.
    Text(&'a mut String),
    /// An integer that fits in an `i64`.
    Integer(&'a mut i64),
    /// An integer in 0..=65535.
    U16(&'a mut u16),
    Bool(&'a mut bool),
    /// Any JSON value, kept as its text (an optional member's: see `Option<RawJson>`).
    Raw(&'a mut Option<RawJson>),
    /// This string and no other: a discriminator such as Identity Cloud's `"stat":"error"`.
    Constant(&'static str),
    /// An array, each element read into a new place at the end of the list.
    List(&'a mut dyn List),
    /// An object.
    Object(&'a mut dyn Object),
    /// An object, or the plain string some vendors send in its place.
    ObjectOrText(&'a mut dyn ObjectOrText),
}

/// A member's value, to write: the kinds of [`Place`].
pub(crate) enum Value<'a> {
    Text(&'a str),
    Integer(i64),
    Bool(bool),
    Raw(&'a RawValue),
    List(&'a dyn List),
    Object(&'a dyn Object),
}

/// A member that is an object or, as some vendors send it, a plain string (Okta's causes). It
/// is written as its [`Field::value`] says: a plain string back as one, say.
pub(crate) trait ObjectOrText {
    /// What the member is, for error messages.
    fn expecting(&self) -> &'static str;
    /// The object, to read a JSON object into.
    fn object(&mut self) -> &mut dyn Object;
    /// Takes the plain string sent in place of the object.
    fn read_text(&mut self, text: &str);
}

/// A list member's field, as the reader and writer see it: the elements are read and written
/// through `dyn`, so a list of any element type shares one reader and one writer. `Debug` is
/// the list's own (its elements', as their types show them).
pub(crate) trait List: fmt::Debug {
    /// Adds an empty element at the end, and gives its place to read into.
    fn push(&mut self) -> Place<'_>;
    fn len(&self) -> usize;
    /// The value of element `index`; `None` (written `null`) for an absent optional element.
    fn element(&self, index: usize) -> Option<Value<'_>>;
}

impl<T: Field> List for Vec<T> {
    fn push(&mut self) -> Place<'_> {
        let index = self.len();
        Vec::push(self, T::empty());
        self[index].place()
    }

    fn len(&self) -> usize {
        Vec::len(self)
    }

    fn element(&self, index: usize) -> Option<Value<'_>> {
        self.get(index).and_then(Field::value)
    }
}

impl Field for String {
    fn place(&mut self) -> Place<'_> {
        Place::Text(self)
    }
    fn value(&self) -> Option<Value<'_>> {
        Some(Value::Text(self))
    }
    #[cfg(any(feature = "utoipa", feature = "schemars"))]
    fn shape() -> crate::schema::Shape {
        crate::schema::Shape::String
    }
}

impl Field for i64 {
    fn place(&mut self) -> Place<'_> {
        Place::Integer(self)
    }
    fn value(&self) -> Option<Value<'_>> {
        Some(Value::Integer(*self))
    }
    #[cfg(any(feature = "utoipa", feature = "schemars"))]
    fn shape() -> crate::schema::Shape {
        crate::schema::Shape::Int64
    }
}

impl Field for u16 {
    fn place(&mut self) -> Place<'_> {
        Place::U16(self)
    }
    fn value(&self) -> Option<Value<'_>> {
        Some(Value::Integer((*self).into()))
    }
    #[cfg(any(feature = "utoipa", feature = "schemars"))]
    fn shape() -> crate::schema::Shape {
        crate::schema::Shape::UInt16
    }
}

impl Field for bool {
    fn place(&mut self) -> Place<'_> {
        Place::Bool(self)
    }
    fn value(&self) -> Option<Value<'_>> {
        Some(Value::Bool(*self))
    }
    #[cfg(any(feature = "utoipa", feature = "schemars"))]
    fn shape() -> crate::schema::Shape {
        crate::schema::Shape::Bool
    }
}

/// A nested object (any [`json_object!`](super::json_object) type): read and written by the
/// same engine as the object around it.
impl<T: Object + Empty> Field for T {
    fn place(&mut self) -> Place<'_> {
        Place::Object(self)
    }
    fn value(&self) -> Option<Value<'_>> {
        Some(Value::Object(self))
    }
    #[cfg(any(feature = "utoipa", feature = "schemars"))]
    fn shape() -> crate::schema::Shape {
        T::shape()
    }
}

/// Raw JSON is an optional member's type only (`Option<RawJson>`, not `RawJson`): its place is
/// the `Option` itself, so that a member read is stored once, with no empty value made first,
/// and the field stays as small as a derived struct's.
impl Field for Option<RawJson> {
    fn place(&mut self) -> Place<'_> {
        Place::Raw(self)
    }
    fn value(&self) -> Option<Value<'_>> {
        self.as_ref().map(|raw| Value::Raw(&raw.0))
    }
    #[cfg(any(feature = "utoipa", feature = "schemars"))]
    fn shape() -> crate::schema::Shape {
        crate::schema::Shape::Any
    }
}

/// An optional member: absent until read, and not written while absent. The schema is `T`'s;
/// whether the member is required is the declaration's to say.
impl<T: Field> Field for Option<T> {
    fn place(&mut self) -> Place<'_> {
        // Only a member present in the input is read, so an empty `T` is made only to be read
        // into at once (a `String` or a list allocates nothing for it). `insert` would compile
        // smaller, but drops the `None` first: measurably slower on every optional member.
        self.get_or_insert_with(T::empty).place()
    }
    fn value(&self) -> Option<Value<'_>> {
        self.as_ref().and_then(Field::value)
    }
    #[cfg(any(feature = "utoipa", feature = "schemars"))]
    fn shape() -> crate::schema::Shape {
        T::shape()
    }
}

impl<T: Field> Field for Vec<T> {
    fn place(&mut self) -> Place<'_> {
        Place::List(self)
    }
    fn value(&self) -> Option<Value<'_>> {
        Some(Value::List(self))
    }
    #[cfg(any(feature = "utoipa", feature = "schemars"))]
    fn shape() -> crate::schema::Shape {
        crate::schema::Shape::Array(Box::new(T::shape()))
    }
}

/// The text of a [`Constant`] member, declared by a type of its own (a const generic `&str` is
/// not stable Rust).
pub(crate) trait ConstantText {
    const TEXT: &'static str;
}

/// A member whose only allowed value is the string `T::TEXT`: reading any other value is an
/// error (a discriminator, such as Identity Cloud's `"stat":"error"`, that tells an error body
/// from a success), and writing always writes it.
pub(crate) struct Constant<T>(PhantomData<T>);

impl<T> Clone for Constant<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Constant<T> {}

impl<T> PartialEq for Constant<T> {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl<T> Eq for Constant<T> {}

impl<T: ConstantText> fmt::Debug for Constant<T> {
    /// The text, as it is written.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(T::TEXT, f)
    }
}

impl<T> Default for Constant<T> {
    fn default() -> Self {
        Constant(PhantomData)
    }
}

impl<T: ConstantText> Field for Constant<T> {
    fn place(&mut self) -> Place<'_> {
        Place::Constant(T::TEXT)
    }
    fn value(&self) -> Option<Value<'_>> {
        Some(Value::Text(T::TEXT))
    }
    #[cfg(any(feature = "utoipa", feature = "schemars"))]
    fn shape() -> crate::schema::Shape {
        crate::schema::Shape::Const(T::TEXT)
    }
}

/// Raw JSON that compares by its text (serde_json's `RawValue` does not compare at all).
#[derive(Clone)]
pub(crate) struct RawJson(pub(crate) Box<RawValue>);

impl RawJson {
    /// `[]`, `{}` and the like: text known to be JSON.
    pub(crate) fn literal(json: &'static str) -> Option<Self> {
        RawValue::from_string(json.to_owned()).ok().map(Self)
    }
}

impl fmt::Debug for RawJson {
    /// The JSON text.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.0.get(), f)
    }
}

impl PartialEq for RawJson {
    fn eq(&self, other: &Self) -> bool {
        self.0.get() == other.0.get()
    }
}

impl Eq for RawJson {}

impl<'de> DeserializeSeed<'de> for Place<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        match self {
            Place::Text(field) => *field = String::deserialize(deserializer)?,
            Place::Integer(field) => *field = i64::deserialize(deserializer)?,
            Place::U16(field) => *field = u16::deserialize(deserializer)?,
            Place::Raw(field) => *field = Some(RawJson(Box::deserialize(deserializer)?)),
            // `any`, not `map`: an object may also come as a plain string.
            place => deserializer.deserialize_any(Kinds(place))?,
        }
        Ok(())
    }
}

/// Reads the kinds that have no serde type of their own (a boolean too, which no body type
/// reads yet): one visitor, so that serde_json's reader is compiled for them once, however many
/// kinds and member types there are. A value of another kind is refused as serde refuses it.
pub(super) struct Kinds<'a>(pub(super) Place<'a>);

impl<'de> Visitor<'de> for Kinds<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Place::Text(_) => f.write_str("a string"),
            Place::Integer(_) | Place::U16(_) => f.write_str("an integer"),
            Place::Bool(_) => f.write_str("a boolean"),
            Place::Raw(_) => f.write_str("any JSON value"),
            Place::Constant(text) => write!(f, "{text:?}, the only value this member takes"),
            Place::List(_) => f.write_str("a list"),
            Place::Object(object) => f.write_str(object.declared().expecting),
            Place::ObjectOrText(member) => f.write_str(member.expecting()),
        }
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<(), E> {
        match self.0 {
            Place::Bool(field) => {
                *field = value;
                Ok(())
            }
            _ => Err(E::invalid_type(de::Unexpected::Bool(value), &self)),
        }
    }

    /// A constant compared where it was read, without allocating; or an object's plain form.
    fn visit_str<E: de::Error>(self, text: &str) -> Result<(), E> {
        match self.0 {
            Place::Constant(constant) if text == constant => Ok(()),
            Place::Constant(_) => Err(E::invalid_value(de::Unexpected::Str(text), &self)),
            Place::ObjectOrText(member) => {
                member.read_text(text);
                Ok(())
            }
            _ => Err(E::invalid_type(de::Unexpected::Str(text), &self)),
        }
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        match self.0 {
            Place::List(list) => {
                while seq.next_element_seed(Element(&mut *list))?.is_some() {}
                Ok(())
            }
            _ => Err(de::Error::invalid_type(de::Unexpected::Seq, &self)),
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        match self.0 {
            Place::Object(object) => super::read_map(map, object),
            Place::ObjectOrText(member) => super::read_map(map, member.object()),
            _ => Err(de::Error::invalid_type(de::Unexpected::Map, &self)),
        }
    }
}

/// The next element of a list: added only once the reader has found one, so that an empty
/// array allocates nothing.
struct Element<'a>(&'a mut dyn List);

impl<'de> DeserializeSeed<'de> for Element<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        self.0.push().deserialize(deserializer)
    }
}

impl Serialize for Value<'_> {
    /// Inlined where a member is written, for the scalars; a list or an object is a call.
    #[inline]
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match *self {
            Value::Text(text) => serializer.serialize_str(text),
            Value::Integer(n) => serializer.serialize_i64(n),
            // As raw JSON, whose writer every object already has: `serialize_bool` would compile
            // serde_json's boolean writer into the crate for this kind alone.
            Value::Bool(b) => match b {
                true => RawValue::TRUE,
                false => RawValue::FALSE,
            }
            .serialize(serializer),
            Value::Raw(raw) => raw.serialize(serializer),
            Value::List(list) => serialize_list(list, serializer),
            Value::Object(object) => serialize(object, serializer),
        }
    }
}

#[inline(never)]
fn serialize_list<S: Serializer>(list: &dyn List, serializer: S) -> Result<S::Ok, S::Error> {
    let len = list.len();
    let mut seq = serializer.serialize_seq(Some(len))?;
    for index in 0..len {
        match list.element(index) {
            Some(value) => seq.serialize_element(&value)?,
            None => seq.serialize_element(&())?,
        }
    }
    seq.end()
}

impl fmt::Debug for Value<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Value::Text(text) => fmt::Debug::fmt(text, f),
            Value::Integer(n) => fmt::Debug::fmt(&n, f),
            Value::Bool(b) => f.write_str(if b { "true" } else { "false" }),
            Value::Raw(raw) => fmt::Debug::fmt(raw.get(), f),
            Value::List(list) => fmt::Debug::fmt(list, f),
            Value::Object(object) => fmt::Debug::fmt(object, f),
        }
    }
}
