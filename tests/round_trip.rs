//! Every code of every catalog round-trips through its lookup, `Display`/`FromStr`, `TryFrom`
//! and serde, and lookups of codes a catalog lacks say so without losing the code.

use identity_errors::{identity_cloud, lusid, okta, UnknownCode};
use std::collections::BTreeSet;
use std::fmt::Debug;
use std::str::FromStr;

/// The text and serde round trips every catalog enum shares.
fn assert_text_and_serde<T>(value: T, wire_text: &str, wire_json: &str)
where
    T: Copy + Eq + Debug + std::fmt::Display + FromStr<Err = UnknownCode>,
    T: serde::Serialize + serde::de::DeserializeOwned,
{
    assert_eq!(value.to_string(), wire_text);
    assert_eq!(wire_text.parse::<T>(), Ok(value), "{wire_text}");
    let json = serde_json::to_string(&value).unwrap();
    assert_eq!(json, wire_json);
    assert_eq!(serde_json::from_str::<T>(&json).unwrap(), value);
}

/// `ALL` lists each variant once, in discriminant (and so `Ord`) order.
fn assert_all_distinct_and_ordered<T: Ord + Debug>(all: &[T]) {
    assert!(
        all.windows(2).all(|w| w[0] < w[1]),
        "ALL is strictly increasing"
    );
}

#[test]
fn okta_error_codes_round_trip() {
    assert_all_distinct_and_ordered(okta::ErrorCode::ALL);
    for &code in okta::ErrorCode::ALL {
        let wire = code.code();
        assert_eq!(okta::ErrorCode::from_code(wire), Some(code));
        assert_eq!(okta::ErrorCode::try_from(wire), Ok(code));
        assert_text_and_serde(code, wire, &format!("\"{wire}\""));
    }
}

#[test]
fn okta_oauth_errors_round_trip() {
    assert_all_distinct_and_ordered(okta::OAuthErrorCode::ALL);
    for &error in okta::OAuthErrorCode::ALL {
        let wire = error.as_str();
        assert_eq!(okta::OAuthErrorCode::from_code(wire), Some(error));
        assert_eq!(okta::OAuthErrorCode::try_from(wire), Ok(error));
        assert_text_and_serde(error, wire, &format!("\"{wire}\""));
    }
}

#[test]
fn okta_login_failures_round_trip() {
    assert_all_distinct_and_ordered(okta::LoginFailure::ALL);
    for &reason in okta::LoginFailure::ALL {
        let wire = reason.as_str();
        assert_eq!(okta::LoginFailure::from_reason(wire), Some(reason));
        assert_eq!(okta::LoginFailure::try_from(wire), Ok(reason));
        assert_text_and_serde(reason, wire, &format!("\"{wire}\""));
    }
}

#[test]
fn identity_cloud_errors_round_trip() {
    assert_all_distinct_and_ordered(identity_cloud::ErrorCode::ALL);
    for &error in identity_cloud::ErrorCode::ALL {
        let code = error.code();
        assert_eq!(identity_cloud::ErrorCode::from_code(code), Some(error));
        assert_eq!(identity_cloud::ErrorCode::try_from(code), Ok(error));
        assert_eq!(identity_cloud::ErrorCode::catch_all(code), Some(error));
        assert_text_and_serde(error, &code.to_string(), &code.to_string());
    }
}

#[test]
fn lusid_errors_round_trip() {
    assert_all_distinct_and_ordered(lusid::ErrorCode::ALL);
    for &error in lusid::ErrorCode::ALL {
        let code = error.code();
        assert_eq!(lusid::ErrorCode::from_code(code), Some(error));
        assert_eq!(lusid::ErrorCode::try_from(code), Ok(error));
        assert_text_and_serde(error, &code.to_string(), &code.to_string());
        assert_eq!(
            format!("{error:?}"),
            error.name(),
            "the name is the variant's name"
        );
    }
}

#[test]
fn wire_codes_are_unique_within_each_catalog() {
    let okta: BTreeSet<_> = okta::ErrorCode::ALL.iter().map(|c| c.code()).collect();
    assert_eq!(okta.len(), okta::ErrorCode::ALL.len());
    let identity_cloud: BTreeSet<_> = identity_cloud::ErrorCode::ALL
        .iter()
        .map(|c| c.code())
        .collect();
    assert_eq!(identity_cloud.len(), identity_cloud::ErrorCode::ALL.len());
    let lusid: BTreeSet<_> = lusid::ErrorCode::ALL.iter().map(|c| c.code()).collect();
    assert_eq!(lusid.len(), lusid::ErrorCode::ALL.len());
}

#[test]
fn okta_code_constants_are_usable_in_patterns() {
    let described = |code: okta::ErrorCode| match code {
        okta::ErrorCode::E0000007 => "not found",
        okta::ErrorCode::E0000047 => "rate limited",
        _ => "other",
    };
    assert_eq!(described(okta::ErrorCode::ResourceNotFound), "not found");
    assert_eq!(
        described(okta::ErrorCode::from_code("E0000047").unwrap()),
        "rate limited"
    );
    assert_eq!(described(okta::ErrorCode::InvalidToken), "other");
}

/// Distinct `{n}` placeholders, counted here independently of the build script.
fn distinct_placeholders(template: &str) -> usize {
    let found: BTreeSet<&str> = template
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(n, _)| n))
        .collect();
    found.len()
}

#[test]
fn okta_arity_counts_distinct_placeholders() {
    for &code in okta::ErrorCode::ALL {
        assert_eq!(
            code.arity(),
            distinct_placeholders(code.summary()),
            "{code}"
        );
    }
    let most = okta::ErrorCode::ALL.iter().map(|c| c.arity()).max();
    assert_eq!(most, Some(4));
}

#[test]
fn okta_lookup_rejects_near_misses() {
    let listed: BTreeSet<&str> = okta::ErrorCode::ALL.iter().map(|c| c.code()).collect();
    for number in 0..=10_000_u32 {
        let code = format!("E{number:07}");
        assert_eq!(
            okta::ErrorCode::from_code(&code).is_some(),
            listed.contains(code.as_str()),
            "{code}"
        );
    }
    for miss in [
        "",
        "E",
        "E000007",
        "E00000007",
        "e0000007",
        "E000000x",
        "E-000007",
        "E+000007",
        " E0000007",
        "E0000007 ",
        "0000007",
        "E０000007",
        "E\u{0}000007",
        "E000000:",
        "E000000/",
        "E00000?7",
        "E0000\u{7f}07",
        "E0000 07",
        "E000000\u{e9}",
    ] {
        assert_eq!(okta::ErrorCode::from_code(miss), None, "{miss:?}");
    }
}

#[test]
fn unknown_codes_are_reported_with_the_code_kept() {
    let error = "E9999999".parse::<okta::ErrorCode>().unwrap_err();
    assert_eq!(error.code(), "E9999999");
    assert_eq!(error.catalog(), "Okta API error");

    let error = "not_an_error".parse::<okta::OAuthErrorCode>().unwrap_err();
    assert_eq!(error.code(), "not_an_error");

    let error = "LOCKED".parse::<okta::LoginFailure>().unwrap_err();
    assert_eq!(error.code(), "LOCKED");

    let error = identity_cloud::ErrorCode::try_from(999).unwrap_err();
    assert_eq!(error.code(), "999");
    let error = " 415".parse::<identity_cloud::ErrorCode>().unwrap_err();
    assert_eq!(error.code(), " 415");

    let error = lusid::ErrorCode::try_from(i32::MIN).unwrap_err();
    assert_eq!(error.code(), i32::MIN.to_string());
}

#[test]
fn serde_rejects_unknown_codes_and_wrong_types() {
    assert!(serde_json::from_str::<okta::ErrorCode>("\"E9999999\"").is_err());
    assert!(serde_json::from_str::<okta::ErrorCode>("7").is_err());
    assert!(serde_json::from_str::<identity_cloud::ErrorCode>("999").is_err());
    assert!(serde_json::from_str::<identity_cloud::ErrorCode>("-1").is_err());
    assert!(serde_json::from_str::<identity_cloud::ErrorCode>("70000").is_err());
    assert!(serde_json::from_str::<identity_cloud::ErrorCode>("\"415\"").is_err());
    assert!(serde_json::from_str::<lusid::ErrorCode>("4294967296").is_err());
    assert_eq!(
        serde_json::from_str::<lusid::ErrorCode>("-1").unwrap(),
        lusid::ErrorCode::UnknownError
    );
    // Escaped strings arrive owned, not borrowed; they must still be recognised.
    assert_eq!(
        serde_json::from_str::<okta::ErrorCode>("\"E000000\\u0037\"").unwrap(),
        okta::ErrorCode::E0000007
    );
}

#[test]
fn identity_cloud_catch_all_follows_the_documented_rule_for_every_code() {
    let listed = |code: u16| identity_cloud::ErrorCode::from_code(code);
    for code in 0..=u16::MAX {
        let expected = listed(code)
            .or_else(|| listed(code / 10 * 10))
            .or_else(|| listed(code / 100 * 100));
        assert_eq!(
            identity_cloud::ErrorCode::catch_all(code),
            expected,
            "{code}"
        );
    }
    // Neither 410 nor 400 is listed.
    assert_eq!(identity_cloud::ErrorCode::catch_all(418), None);
    assert_eq!(
        identity_cloud::ErrorCode::catch_all(345),
        Some(identity_cloud::ErrorCode::InvalidDataFormat)
    );
    assert_eq!(
        identity_cloud::ErrorCode::catch_all(599),
        Some(identity_cloud::ErrorCode::UnexpectedError)
    );
}

#[test]
fn display_honours_width_for_aligned_output() {
    assert_eq!(format!("{:<10}|", okta::ErrorCode::E0000007), "E0000007  |");
    assert_eq!(
        format!("{:>5}", identity_cloud::ErrorCode::AccessTokenExpired),
        "  414"
    );
}
