//! A look at a response before any body type reads it: a body's top-level string members,
//! whatever the rest of the body holds, and whether a redirect's `Location` carries an OAuth
//! `error` (RFC 6749, section 4.1.2.1; any vendor's authorization endpoint answers so).
//!
//! Whether a response is an error cannot always wait for its body to parse: Identity Cloud
//! answers errors with HTTP 200, so `"stat":"error"` is the only sign, and it must be seen even
//! in a body that no body type reads (a `code` written as a string or too large for `i64`, no
//! `error`, a byte that is not UTF-8, a body cut short). Reading such a body strictly would turn
//! each of those failures into a success.

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::borrow::Cow;
use std::fmt;

/// Calls `each(name, value)` for every member of the top-level JSON object of `body` whose value
/// is a string, in order, as leniently as can be: bytes that are not UTF-8 are read as U+FFFD, a
/// leading byte-order mark is skipped, a name given twice is given twice, and the members read
/// before the JSON goes wrong (a body cut short, trailing bytes) are given. Nothing is called
/// for a body that is not an object. Nothing is allocated for a JSON object in UTF-8 whose
/// top-level names and string values hold no escapes.
pub(crate) fn top_level_strings(body: &[u8], mut each: impl FnMut(&str, &str)) {
    let text = String::from_utf8_lossy(body);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    // Not an object (an array, a page, nothing): nothing to look at, and no error to build.
    if !text
        .trim_start_matches([' ', '\t', '\n', '\r'])
        .starts_with('{')
    {
        return;
    }
    let mut deserializer = serde_json::Deserializer::from_str(text);
    // An error stops the walk; the members already given stand.
    let _ = Members(&mut each).deserialize(&mut deserializer);
}

/// The walk over an object's members.
struct Members<'a, F>(&'a mut F);

impl<'de, F: FnMut(&str, &str)> DeserializeSeed<'de> for Members<'_, F> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de, F: FnMut(&str, &str)> Visitor<'de> for Members<'_, F> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        // Names and values are borrowed from the body unless they hold escapes: looking at a
        // success allocates nothing (serde's `Cow` would copy every name).
        while let Some(Text(name)) = map.next_key::<Text<'de>>()? {
            if let (Some(name), Text(Some(value))) = (name, map.next_value::<Text<'de>>()?) {
                (self.0)(&name, &value);
            }
        }
        Ok(())
    }
}

/// A member's name or value: its text if it is a string, `None` for any other value (skipped).
struct Text<'de>(Option<Cow<'de, str>>);

impl<'de> serde::Deserialize<'de> for Text<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextVisitor)
    }
}

/// Takes a string, skips anything else.
struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_borrowed_str<E>(self, text: &'de str) -> Result<Text<'de>, E> {
        Ok(Text(Some(Cow::Borrowed(text))))
    }

    fn visit_str<E>(self, text: &str) -> Result<Text<'de>, E> {
        Ok(Text(Some(Cow::Owned(text.to_owned()))))
    }

    fn visit_bool<E>(self, _: bool) -> Result<Text<'de>, E> {
        Ok(Text(None))
    }

    fn visit_i64<E>(self, _: i64) -> Result<Text<'de>, E> {
        Ok(Text(None))
    }

    fn visit_u64<E>(self, _: u64) -> Result<Text<'de>, E> {
        Ok(Text(None))
    }

    fn visit_f64<E>(self, _: f64) -> Result<Text<'de>, E> {
        Ok(Text(None))
    }

    fn visit_unit<E>(self) -> Result<Text<'de>, E> {
        Ok(Text(None))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Text<'de>, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Text(None))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text<'de>, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Text(None))
    }
}

/// Whether a response's `Location` (any of them, read leniently: bytes that are not UTF-8 as
/// U+FFFD) has an `error` parameter in its query or its fragment: an OAuth error redirect,
/// even one whose parameters do not parse.
pub(crate) fn location_has_error(headers: &http::HeaderMap) -> bool {
    headers.get_all(http::header::LOCATION).iter().any(|value| {
        let url = String::from_utf8_lossy(value.as_bytes());
        let found = query_and_fragment(&url)
            .into_iter()
            .flatten()
            .any(has_error);
        found
    })
}

/// A URL's query and fragment, where it has them, in the order a reader looks at them.
pub(crate) fn query_and_fragment(url: &str) -> [Option<&str>; 2] {
    let (before_fragment, fragment) = match url.split_once('#') {
        Some((before, fragment)) => (before, Some(fragment)),
        None => (url, None),
    };
    [
        before_fragment.split_once('?').map(|(_, query)| query),
        fragment,
    ]
}

/// Whether a query or fragment has an `error` parameter. Only the names are decoded (a name is
/// short, and allocates only if it is escaped): a part without `error`, which is the
/// application's own, costs no allocation however many parameters it has.
pub(crate) fn has_error(part: &str) -> bool {
    part.split('&').any(|pair| {
        let name = pair.split_once('=').map_or(pair, |(name, _)| name);
        let mut decoded = form_urlencoded::parse(name.as_bytes());
        decoded.next().is_some_and(|(name, _)| name == "error")
    })
}

#[cfg(test)]
mod tests {
    use super::top_level_strings;

    fn strings(body: &[u8]) -> Vec<(String, String)> {
        let mut found = Vec::new();
        top_level_strings(body, |name, value| {
            found.push((name.to_owned(), value.to_owned()))
        });
        found
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn top_level_strings_are_found_whatever_else_the_body_holds() {
        let stat = pairs(&[("stat", "error")]);
        for body in [
            &br#"{"stat":"error"}"#[..],
            br#"{"stat":"error","code":414}"#,
            br#"{"stat":"error","code":414.0}"#,
            br#"{"stat":"error","code":99999999999999999999999}"#,
            br#"{"code":[1,{"a":null}],"stat":"error","x":{"stat":"ok"}}"#,
            b"\xef\xbb\xbf{\"stat\":\"error\"}",
            br#"{"stat":"error","error":"cut sh"#,
            br#"{"st\u0061t":"err\u006fr"}"#,
            br#" { "stat" : "error" } trailing"#,
            br#"{"stat":"error"]"#,
        ] {
            assert_eq!(strings(body), stat, "{}", String::from_utf8_lossy(body));
        }
        assert_eq!(
            strings(b"{\"stat\":\"error\",\"error\":\"bad \xff byte\"}"),
            pairs(&[("stat", "error"), ("error", "bad \u{fffd} byte")])
        );
        assert_eq!(
            strings(br#"{"stat":"ok","stat":"error"}"#),
            pairs(&[("stat", "ok"), ("stat", "error")])
        );
        for body in [
            &br#"[{"stat":"error"}]"#[..],
            br#"{"stat":["error"]}"#,
            br#"{"stat" "error"}"#,
            br#""stat":"error""#,
            b"",
            b"<html>stat error</html>",
        ] {
            assert_eq!(strings(body), [], "{}", String::from_utf8_lossy(body));
        }
    }
}
