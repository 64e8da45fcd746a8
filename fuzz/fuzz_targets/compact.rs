//! Lossless output of compact input: any bytes that are compact JSON written the usual way
//! (exactly what serde_json writes for the same members, in the same order) and parse as a
//! body come back byte for byte, from `to_json` and as the body of `into_http_response`, for
//! each body type.
#![no_main]

use identity_errors::{entra, identity_cloud, lusid, okta};
use libfuzzer_sys::fuzz_target;

/// The input as serde_json writes it, member by member, duplicates and order kept.
fn compact(data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len());
    let mut reader = serde_json::Deserializer::from_slice(data);
    serde_transcode::transcode(&mut reader, &mut serde_json::Serializer::new(&mut out)).ok()?;
    reader.end().ok()?;
    Some(out)
}

macro_rules! lossless {
    ($data:expr, $($ty:ty),+) => {$(
        if let Ok(body) = <$ty>::from_slice($data) {
            assert_eq!(body.to_json().as_bytes(), $data, stringify!($ty));
            assert_eq!(body.into_http_response().body().as_bytes(), $data, stringify!($ty));
        }
    )+};
}

fuzz_target!(|data: &[u8]| {
    if compact(data).as_deref() != Some(data) {
        return;
    }
    lossless!(
        data,
        okta::ErrorBody,
        okta::OAuthErrorBody,
        identity_cloud::ErrorBody,
        lusid::ProblemDetails,
        entra::OAuthErrorBody
    );
});
