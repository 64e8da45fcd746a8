//! The member types no vendor body uses yet (booleans, lists of strings and integers, nested
//! objects, a constant), read and written through the same engine as the bodies: Entra ID's
//! error bodies, for one, carry `"error_codes":[50126]`.

use super::{from_str, to_json, Constant, ConstantText, Empty};

/// The value of [`Sample`]'s discriminator.
struct SampleKind;

impl ConstantText for SampleKind {
    const TEXT: &'static str = "sample";
}

json_object! {
    #[derive(Clone, PartialEq, Eq)]
    struct Inner: "an inner test object" {
        optional note: String = "note",
    }
}

json_object! {
    #[derive(Clone, PartialEq, Eq)]
    struct Sample: "a test object" {
        required kind: Constant<SampleKind> = "kind",
        optional error: String = "error",
        optional flag: bool = "flag",
        optional names: Vec<String> = "names",
        optional error_codes: Vec<i64> = "error_codes",
        optional inner: Inner = "inner",
        optional items: Vec<Inner> = "items",
    }
}

/// Members out of the declared order, unknown members at the top level, in a nested object and
/// in list elements (raw values with their own spacing), escapes, an empty list.
const MIXED: &str = r#"{"error_codes":[50126,-1],"kind":"sample","trace_id":"t-1","items":[{"note":"1"},{"y":{ "z" : [ ] },"note":"2"},{}],"flag":true,"names":["a","b\"c",""],"inner":{"x":[1, 2],"note":"n"},"error":"invalid_grant"}"#;

#[test]
fn every_member_type_round_trips_byte_for_byte() {
    let sample: Sample = from_str(MIXED).unwrap();
    assert_eq!(to_json(&sample), MIXED);
    // Parsed again, the same body, written the same way.
    let again: Sample = from_str(&to_json(&sample)).unwrap();
    assert!(again == sample);
    assert_eq!(to_json(&again), MIXED);
}

#[test]
fn every_member_type_is_read_into_its_field() {
    let sample: Sample = from_str(MIXED).unwrap();
    assert_eq!(sample.error.as_deref(), Some("invalid_grant"));
    assert_eq!(sample.flag, Some(true));
    assert_eq!(sample.error_codes.as_deref(), Some(&[50126, -1][..]));
    let names: Vec<&str> = sample.names.iter().flatten().map(String::as_str).collect();
    assert_eq!(names, ["a", "b\"c", ""]);
    let inner = sample.inner.as_ref().unwrap();
    assert_eq!(inner.note.as_deref(), Some("n"));
    assert_eq!(inner.extra().get("x").map(|v| v.get()), Some("[1, 2]"));
    let items = sample.items.as_deref().unwrap();
    let notes: Vec<Option<&str>> = items.iter().map(|i| i.note.as_deref()).collect();
    assert_eq!(notes, [Some("1"), Some("2"), None]);
    assert_eq!(
        items[1].extra().get("y").map(|v| v.get()),
        Some(r#"{ "z" : [ ] }"#)
    );
    assert_eq!(
        sample.extra().get("trace_id").map(|v| v.get()),
        Some("\"t-1\"")
    );
}

#[test]
fn a_body_built_in_code_is_written_in_the_declared_order() {
    let sample = Sample {
        items: Some(vec![Inner {
            note: Some("i".into()),
            ..Inner::empty()
        }]),
        flag: Some(false),
        error_codes: Some(Vec::new()),
        inner: Some(Inner::empty()),
        ..Sample::empty()
    };
    assert_eq!(
        to_json(&sample),
        r#"{"kind":"sample","flag":false,"error_codes":[],"inner":{},"items":[{"note":"i"}]}"#
    );
}

#[test]
fn debug_shows_the_members_present() {
    let sample: Sample =
        from_str(r#"{"kind":"sample","flag":false,"error_codes":[50126],"inner":{"note":"n","x":1},"items":[]}"#)
            .unwrap();
    assert_eq!(
        format!("{sample:?}"),
        r#"Sample { kind: "sample", flag: false, error_codes: [50126], inner: Inner { note: "n", extra: {"x": "1"} }, items: [] }"#
    );
}

#[test]
fn wrong_values_are_errors_that_say_what_was_expected() {
    for (json, message) in [
        (
            r#"{"flag":true}"#,
            "missing field `kind` at line 1 column 13",
        ),
        (
            r#"{"kind":"other"}"#,
            r#"invalid value: string "other", expected "sample", the only value this member takes at line 1 column 15"#,
        ),
        (
            r#"{"kind":1}"#,
            r#"invalid type: integer `1`, expected "sample", the only value this member takes at line 1 column 9"#,
        ),
        (
            r#"{"kind":"sample","flag":"yes"}"#,
            r#"invalid type: string "yes", expected a boolean at line 1 column 29"#,
        ),
        (
            r#"{"kind":"sample","names":"a"}"#,
            r#"invalid type: string "a", expected a list at line 1 column 28"#,
        ),
        (
            r#"{"kind":"sample","names":["a",null]}"#,
            "invalid type: null, expected a string at line 1 column 34",
        ),
        (
            r#"{"kind":"sample","error_codes":["50126"]}"#,
            r#"invalid type: string "50126", expected i64 at line 1 column 39"#,
        ),
        (
            r#"{"kind":"sample","error_codes":[1.5]}"#,
            "invalid type: floating point `1.5`, expected i64 at line 1 column 35",
        ),
        (
            r#"{"kind":"sample","inner":"text"}"#,
            r#"invalid type: string "text", expected an inner test object at line 1 column 31"#,
        ),
        (
            r#"{"kind":"sample","items":[{"note":"a","note":"b"}]}"#,
            "duplicate field `note` at line 1 column 44",
        ),
        (
            r#"{"kind":"sample","items":[{"note":1}]}"#,
            "invalid type: integer `1`, expected a string at line 1 column 35",
        ),
    ] {
        let error = from_str::<Sample>(json).err();
        assert_eq!(
            error.map(|e| e.to_string()).as_deref(),
            Some(message),
            "{json}"
        );
    }
}

/// What the schema features describe follows from the same declarations.
#[cfg(any(feature = "utoipa", feature = "schemars"))]
#[test]
fn each_member_type_has_its_shape() {
    use crate::object::Field;
    use crate::schema::Shape;

    let Shape::Object(object) = <Sample as Field>::shape() else {
        panic!("an object type's shape is an object");
    };
    let members: Vec<(&str, bool, Shape)> = (object.members.into_iter())
        .map(|m| (m.name, m.required, m.shape))
        .collect();
    let inner = <Inner as Field>::shape();
    assert!(matches!(&inner, Shape::Object(o) if o.what == "an inner test object"));
    assert_eq!(
        members,
        [
            ("kind", true, Shape::Const("sample")),
            ("error", false, Shape::String),
            ("flag", false, Shape::Bool),
            ("names", false, Shape::Array(Box::new(Shape::String))),
            ("error_codes", false, Shape::Array(Box::new(Shape::Int64))),
            ("inner", false, inner.clone()),
            ("items", false, Shape::Array(Box::new(inner))),
        ]
    );
}
