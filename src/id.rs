//! Random identifiers as the vendors generate them: Okta's `errorId` and `X-Okta-Request-Id`,
//! the `DPoP-Nonce` a `use_dpop_nonce` answer carries, Identity Cloud's `request_id`, and the
//! random UUIDs some vendors give their requests (Entra ID's trace and correlation ids).

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// Okta's `errorId` alphabet: 64 URL-safe characters, so one random byte maps to one character
/// without bias (256 is a multiple of 64).
const URL_SAFE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Identity Cloud's `request_id` alphabet, as seen in real bodies: lowercase letters and digits.
const LOWER_ALNUM: &[u8; 36] = b"abcdefghijklmnopqrstuvwxyz0123456789";

/// The operating system's random source, as [`random_bytes`] takes one: fills `bytes`, or says
/// it could not.
fn os(bytes: &mut [u8]) -> bool {
    getrandom::fill(bytes).is_ok()
}

/// `N` random bytes from `source` (the operating system's, [`os`]). Should it refuse (it
/// practically never does), the bytes come from the clock and a counter instead: an identifier
/// must be distinct, not secret, and building an error body must not fail.
fn random_bytes<const N: usize>(source: &mut impl FnMut(&mut [u8]) -> bool) -> [u8; N] {
    let mut bytes = [0u8; N];
    if !source(&mut bytes) {
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

/// One [`URL_SAFE`] character per byte.
fn url_safe(bytes: &[u8]) -> impl Iterator<Item = char> + '_ {
    bytes
        .iter()
        .map(|b| char::from(URL_SAFE[usize::from(b % 64)]))
}

/// An Okta `errorId`: `oae` and 22 characters of `[A-Za-z0-9_-]` (132 random bits).
pub(crate) fn okta_error_id() -> String {
    okta_error_id_from(&mut os)
}

fn okta_error_id_from(source: &mut impl FnMut(&mut [u8]) -> bool) -> String {
    let mut id = String::with_capacity(25);
    id.push_str("oae");
    id.extend(url_safe(&random_bytes::<22>(source)));
    id
}

/// An Okta `X-Okta-Request-Id` as Okta sends it today: 32 lowercase hexadecimal digits (128
/// random bits). The okta-sdk-python cassettes recorded in 2025 and 2026 carry 1,364 ids, all
/// of this shape; the 27-character ids of its 2020-2022 recordings (`X0f36XVUkCaUNcCqV-@ppwAAA4g`)
/// are an older form.
pub(crate) fn okta_request_id() -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut id = String::with_capacity(32);
    for byte in random_bytes::<16>(&mut os) {
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
    url_safe(&random_bytes::<32>(&mut os)).collect()
}

/// An Identity Cloud `request_id`: 16 characters of `[a-z0-9]`.
pub(crate) fn identity_cloud_request_id() -> String {
    identity_cloud_request_id_from(&mut os)
}

fn identity_cloud_request_id_from(source: &mut impl FnMut(&mut [u8]) -> bool) -> String {
    // Rejection sampling keeps the 36 characters equally likely: bytes at or above 252
    // (7 x 36) would favour the first few.
    let mut id = String::with_capacity(16);
    while id.len() < 16 {
        for byte in random_bytes::<32>(source) {
            if byte < 252 && id.len() < 16 {
                id.push(char::from(LOWER_ALNUM[usize::from(byte % 36)]));
            }
        }
    }
    id
}

/// A random UUID (RFC 9562, version 4) in its lowercase hyphenated form,
/// `8ccfdad7-7856-498c-82fa-88e6d5b40fee`: 122 random bits, the version nibble `4` and the
/// variant bits `10`.
pub(crate) fn uuid_v4() -> String {
    uuid_v4_from(&mut os)
}

fn uuid_v4_from(source: &mut impl FnMut(&mut [u8]) -> bool) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut bytes = random_bytes::<16>(source);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let mut id = String::with_capacity(36);
    for (i, byte) in bytes.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            id.push('-');
        }
        id.push(char::from(HEX[usize::from(byte >> 4)]));
        id.push(char::from(HEX[usize::from(byte & 0xf)]));
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{HashMap, HashSet};

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

    /// The text form of RFC 9562, section 4: 8-4-4-4-12 lowercase hexadecimal digits, version 4
    /// in the 13th digit, variant `10` (8, 9, a or b) in the 17th.
    fn uuid_v4_shape(id: &str) -> bool {
        let groups: Vec<&str> = id.split('-').collect();
        groups.iter().map(|g| g.len()).eq([8, 4, 4, 4, 12])
            && groups
                .iter()
                .all(|g| g.bytes().all(|c| matches!(c, b'0'..=b'9' | b'a'..=b'f')))
            && groups[2].starts_with('4')
            && groups[3].starts_with(['8', '9', 'a', 'b'])
    }

    #[test]
    fn uuids_have_the_version_4_shape_and_differ() {
        let a = uuid_v4();
        assert_ne!(a, uuid_v4());
        assert!(uuid_v4_shape(&a), "{a}");
        let all: HashSet<String> = (0..10_000).map(|_| uuid_v4()).collect();
        assert_eq!(all.len(), 10_000);
        assert!(all.iter().all(|id| uuid_v4_shape(id)));
    }

    #[test]
    fn uuids_set_only_the_version_and_variant_bits() {
        let mut ones = |bytes: &mut [u8]| {
            bytes.fill(0xff);
            true
        };
        assert_eq!(
            uuid_v4_from(&mut ones),
            "ffffffff-ffff-4fff-bfff-ffffffffffff"
        );
        let mut zeros = |bytes: &mut [u8]| {
            bytes.fill(0);
            true
        };
        assert_eq!(
            uuid_v4_from(&mut zeros),
            "00000000-0000-4000-8000-000000000000"
        );
        assert!(uuid_v4_shape(&uuid_v4_from(&mut refusing)));
    }

    /// A source that fails, as the operating system's might.
    fn refusing(_: &mut [u8]) -> bool {
        false
    }

    fn okta_shape(id: &str) -> bool {
        id.len() == 25
            && id.starts_with("oae")
            && id[3..]
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
    }

    fn identity_cloud_shape(id: &str) -> bool {
        id.len() == 16
            && id
                .bytes()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
    }

    #[test]
    fn a_hundred_thousand_ids_are_all_distinct() {
        let okta: HashSet<String> = (0..100_000).map(|_| okta_error_id()).collect();
        assert_eq!(okta.len(), 100_000);
        let ic: HashSet<String> = (0..100_000).map(|_| identity_cloud_request_id()).collect();
        assert_eq!(ic.len(), 100_000);
    }

    #[test]
    fn the_source_is_what_the_ids_are_made_of() {
        // All-zero bytes are the first character of each alphabet; bytes 252 to 255 are never
        // used for a request_id (the source is asked again).
        let mut zeros = |bytes: &mut [u8]| {
            bytes.fill(0);
            true
        };
        assert_eq!(
            okta_error_id_from(&mut zeros),
            format!("oae{}", "A".repeat(22))
        );
        let mut calls = 0;
        let mut high_then_zero = |bytes: &mut [u8]| {
            bytes.fill(if calls == 0 { 252 } else { 0 });
            calls += 1;
            true
        };
        assert_eq!(
            identity_cloud_request_id_from(&mut high_then_zero),
            "a".repeat(16)
        );
        assert_eq!(calls, 2);
    }

    #[test]
    fn every_character_is_equally_likely() {
        // Each byte value once: every errorId character stands for exactly 4 of the 256, every
        // request_id character for exactly 7 of the 252 accepted.
        let mut okta: HashMap<char, usize> = HashMap::new();
        let mut ic: HashMap<char, usize> = HashMap::new();
        for value in 0..=255u8 {
            let mut all = |bytes: &mut [u8]| {
                bytes.fill(value);
                true
            };
            let c = okta_error_id_from(&mut all).chars().nth(3).unwrap();
            *okta.entry(c).or_default() += 1;
            if value < 252 {
                let c = identity_cloud_request_id_from(&mut all)
                    .chars()
                    .next()
                    .unwrap();
                *ic.entry(c).or_default() += 1;
            }
        }
        assert_eq!(okta.len(), 64);
        assert!(okta.values().all(|&n| n == 4), "{okta:?}");
        assert_eq!(ic.len(), 36);
        assert!(ic.values().all(|&n| n == 7), "{ic:?}");
    }

    #[test]
    fn when_the_os_refuses_the_ids_are_still_well_formed_and_distinct() {
        // From 4 threads at once, as concurrent requests would make them.
        let threads: Vec<_> = (0..4)
            .map(|_| {
                std::thread::spawn(|| {
                    let okta: Vec<String> = (0..25_000)
                        .map(|_| okta_error_id_from(&mut refusing))
                        .collect();
                    let ic: Vec<String> = (0..25_000)
                        .map(|_| identity_cloud_request_id_from(&mut refusing))
                        .collect();
                    (okta, ic)
                })
            })
            .collect();
        let mut okta = HashSet::new();
        let mut ic = HashSet::new();
        for thread in threads {
            let (o, i) = thread.join().unwrap();
            okta.extend(o);
            ic.extend(i);
        }
        assert_eq!(okta.len(), 100_000);
        assert!(okta.iter().all(|id| okta_shape(id)));
        assert_eq!(ic.len(), 100_000);
        assert!(ic.iter().all(|id| identity_cloud_shape(id)));
    }
}
