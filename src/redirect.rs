//! An OAuth error sent back through a redirect (RFC 6749, section 4.1.2.1:
//! `redirect_uri?error=..&error_description=..&state=..`), read as the body type of its vendor:
//! each parameter is the body member of its name, a string, and any other parameter (`state`,
//! Entra's `admin_consent`) an extra member, in order. A body type reads a redirect with
//! [`read`] and writes nothing new: whatever reads a JSON body reads the redirect too.

use crate::object::{Empty, Object};
use crate::probe::{has_error, query_and_fragment};
use crate::ParseError;

/// The body the error parameters of `url` make: those of its query if it has an `error`, else
/// of its fragment. Values are percent-decoded (`%20` and `+` are both a space). A member
/// given twice, no `error`, or a value the member cannot hold (a redirect's text for Entra's
/// list `error_codes`) is a [`ParseError`] about `what`.
pub(crate) fn read<B: Object + Empty>(url: &str, what: &'static str) -> Result<B, ParseError> {
    let part = query_and_fragment(url)
        .into_iter()
        .flatten()
        .find(|part| has_error(part))
        .ok_or_else(|| {
            ParseError::malformed(what, "no `error` parameter in the query or the fragment")
        })?;
    // The parameters as the JSON object the body type reads: one way in for every member. A
    // parameter of the application's own may repeat (`?tag=a&tag=b`), and is kept twice, as
    // received; a member given twice is said to be, as a redirect's problem.
    let keys = B::empty().declared().keys;
    let mut seen = vec![false; keys.len()];
    let mut json = String::with_capacity(part.len() + 16);
    json.push('{');
    for (name, value) in form_urlencoded::parse(part.as_bytes()) {
        if let Some(index) = keys.iter().position(|key| *key == name) {
            if std::mem::replace(&mut seen[index], true) {
                let reason = format!("`{name}` is given twice");
                return Err(ParseError::malformed(what, reason));
            }
        }
        if json.len() > 1 {
            json.push(',');
        }
        for text in [&*name, &*value] {
            let quoted = serde_json::to_string(text).map_err(|e| ParseError::json(what, e))?;
            json.push_str(&quoted);
            json.push(':');
        }
        json.pop();
    }
    json.push('}');
    crate::object::from_str(&json).map_err(|e| ParseError::json(what, e))
}
