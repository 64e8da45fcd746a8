//! Random identifiers as the vendors generate them: Okta's `errorId` and `X-Okta-Request-Id`,
//! the `DPoP-Nonce` a `use_dpop_nonce` answer carries, Identity Cloud's `request_id`.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// Okta's `errorId` alphabet: 64 URL-safe characters, so one random byte maps to one character
/// without bias (256 is a multiple of 64).
const URL_SAFE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Identity Cloud's `request_id` alphabet, as seen in real bodies: lowercase letters and digits.
const LOWER_ALNUM: &[u8; 36] = b"abcdefghijklmnopqrstuvwxyz0123456789";

/// `N` random bytes from the operating system. Should the OS refuse (it practically never
/// does), the bytes come from the clock and a counter instead: an identifier must be unique,
/// not secret, and building an error body must not fail.
fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    if getrandom::fill(&mut bytes).is_err() {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64);
        let mut state = nanos ^ COUNTER.fetch_add(1, Ordering::Relaxed).rotate_left(32);
        for byte in &mut bytes {
            // splitmix64 step: spreads the clock and counter over every byte.
            state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            *byte = (z ^ (z >> 31)) as u8;
        }
    }
    bytes
}

/// An Okta `errorId`: `oae` and 22 characters of `[A-Za-z0-9_-]` (132 random bits).
pub(crate) fn okta_error_id() -> String {
    let mut id = String::with_capacity(25);
    id.push_str("oae");
    id.extend(
        random_bytes::<22>()
            .iter()
            .map(|b| char::from(URL_SAFE[usize::from(b % 64)])),
    );
    id
}

/// An Okta `X-Okta-Request-Id` as Okta sends it today: 32 lowercase hexadecimal digits (128
/// random bits). The okta-sdk-python cassettes recorded in 2025 and 2026 carry 1,364 ids, all
/// of this shape; the 27-character ids of its 2020-2022 recordings (`X0f36XVUkCaUNcCqV-@ppwAAA4g`)
/// are an older form.
pub(crate) fn okta_request_id() -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut id = String::with_capacity(32);
    for byte in random_bytes::<16>() {
        id.push(char::from(HEX[usize::from(byte >> 4)]));
        id.push(char::from(HEX[usize::from(byte & 0xf)]));
    }
    id
}

/// A `DPoP-Nonce` (RFC 9449, section 8): 32 characters of `[A-Za-z0-9_-]` (192 random bits),
/// all of them `NQCHAR`s, so the nonce is valid and needs no quoting. Okta's recorded nonces
/// are sanitized in the cassettes, so their shape is not known; a nonce is opaque to the
/// client anyway.
pub(crate) fn dpop_nonce() -> String {
    random_bytes::<32>()
        .iter()
        .map(|b| char::from(URL_SAFE[usize::from(b % 64)]))
        .collect()
}

/// An Identity Cloud `request_id`: 16 characters of `[a-z0-9]`.
pub(crate) fn identity_cloud_request_id() -> String {
    // Rejection sampling keeps the 36 characters equally likely: bytes at or above 252
    // (7 x 36) would favour the first few.
    let mut id = String::with_capacity(16);
    while id.len() < 16 {
        for byte in random_bytes::<32>() {
            if byte < 252 && id.len() < 16 {
                id.push(char::from(LOWER_ALNUM[usize::from(byte % 36)]));
            }
        }
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn okta_ids_have_okta_shape_and_differ() {
        let a = okta_error_id();
        let b = okta_error_id();
        assert_ne!(a, b);
        for id in [a, b] {
            assert_eq!(id.len(), 25);
            assert!(id.starts_with("oae"));
            assert!(id[3..]
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'));
        }
    }

    #[test]
    fn okta_request_ids_are_32_lowercase_hex_digits_and_differ() {
        let a = okta_request_id();
        assert_ne!(a, okta_request_id());
        assert_eq!(a.len(), 32);
        assert!(a.bytes().all(|c| matches!(c, b'0'..=b'9' | b'a'..=b'f')));
    }

    #[test]
    fn dpop_nonces_are_url_safe_and_differ() {
        let a = dpop_nonce();
        assert_ne!(a, dpop_nonce());
        assert_eq!(a.len(), 32);
        assert!(a
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'));
    }

    #[test]
    fn identity_cloud_ids_have_the_real_shape_and_differ() {
        let a = identity_cloud_request_id();
        assert_ne!(a, identity_cloud_request_id());
        assert_eq!(a.len(), 16);
        assert!(a
            .bytes()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()));
    }
}
