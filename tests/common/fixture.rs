//! One entry of a vendor's fixture of real answers (`tests/fixtures/<vendor>_examples.json`), as
//! the golden tests read it; each vendor's file has more fields (provenance, notes), which
//! these tests do not read.

use identity_errors::http::{HeaderMap, HeaderName, HeaderValue};
use std::collections::BTreeMap;

/// One fixture entry (only what the golden tests read).
#[derive(serde::Deserialize)]
pub struct Example {
    /// What the entry is (`token_error`, `claims_challenge`, ..), where the file says.
    #[serde(default)]
    pub kind: String,
    /// The HTTP status the answer came with, where the source shows it.
    pub http_status: Option<u16>,
    /// The headers the answer came with, where the source shows them.
    headers: Option<BTreeMap<String, String>>,
    /// The body as sent, where the answer has one (a challenge has none).
    body: Option<String>,
    source_url: Option<String>,
    source_path: Option<String>,
}

impl Example {
    /// Where the answer comes from.
    pub fn source(&self) -> &str {
        self.source_url
            .as_deref()
            .or(self.source_path.as_deref())
            .unwrap_or("?")
    }

    /// The body as sent; an entry without one is a mistake of the test that asks.
    pub fn body(&self) -> &str {
        self.body
            .as_deref()
            .unwrap_or_else(|| panic!("{}: the entry has no body", self.source()))
    }

    /// The headers as a `HeaderMap`.
    pub fn headers(&self) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in self.headers.iter().flatten() {
            map.insert(
                HeaderName::from_bytes(name.as_bytes()).unwrap(),
                HeaderValue::from_str(value).unwrap(),
            );
        }
        map
    }
}

/// The entries of a fixture file's text.
pub fn examples(json: &str) -> Vec<Example> {
    serde_json::from_str(json).unwrap()
}
