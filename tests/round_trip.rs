//! Every code of every catalog round-trips through its lookup, `Display`/`FromStr`, `TryFrom`
//! and serde, and lookups of codes a catalog lacks say so without losing the code.

use identity_errors::{identity_cloud, lusid, okta, Catalog};
use serde_json::Value;
use std::collections::BTreeSet;

/// One check for any catalog: `ALL` is sorted and unique, and every code round-trips through
/// `from_code`, `TryFrom`, `Display`/`FromStr` and serde, the wire form being the code itself (a
/// JSON string or integer).
fn round_trips<C>() -> usize
where
    C: Catalog + for<'a> TryFrom<C::Code<'a>, Error = identity_errors::UnknownCode>,
{
    assert!(
        C::ALL.windows(2).all(|w| w[0] < w[1]),
        "{}: ALL is strictly increasing",
        C::NAME
    );
    let wire_codes: BTreeSet<String> = C::ALL.iter().map(|c| c.code().to_string()).collect();
    assert_eq!(
        wire_codes.len(),
        C::ALL.len(),
        "{}: wire codes are unique",
        C::NAME
    );
    for &code in C::ALL {
        let wire = code.code();
        assert_eq!(C::from_code(wire), Some(code));
        assert_eq!(C::try_from(wire), Ok(code));
        let text = code.to_string();
        assert_eq!(text, wire.to_string());
        assert_eq!(text.parse::<C>(), Ok(code), "{text}");
        let json = serde_json::to_string(&code).unwrap();
        let value: Value = serde_json::from_str(&json).unwrap();
        let written = match &value {
            Value::String(s) => s.clone(),
            Value::Number(n) => n.as_i64().expect("an integer code").to_string(),
            other => panic!("{}: {code:?} serializes as {other}", C::NAME),
        };
        assert_eq!(written, text);
        assert_eq!(serde_json::from_str::<C>(&json).unwrap(), code);
        assert!(!code.title().is_empty(), "{code:?} has a title");
    }
    C::ALL.len()
}

#[test]
fn every_catalog_round_trips() {
    assert_eq!(round_trips::<okta::ErrorCode>(), 251);
    assert_eq!(round_trips::<okta::OAuthErrorCode>(), 57);
    assert_eq!(round_trips::<okta::LoginFailure>(), 12);
    assert_eq!(round_trips::<identity_cloud::ErrorCode>(), 43);
    assert_eq!(round_trips::<lusid::ErrorCode>(), 36);
}

#[test]
fn the_trait_and_the_inherent_methods_agree() {
    fn agree<C: Catalog>(inherent: impl Fn(C) -> (&'static str, Option<&'static str>)) {
        for &code in C::ALL {
            assert_eq!(
                (code.title(), code.description()),
                inherent(code),
                "{code:?}"
            );
        }
    }
    agree(|c: okta::ErrorCode| (c.title(), c.description()));
    agree(|c: okta::OAuthErrorCode| (c.title(), Some(c.description())));
    agree(|c: okta::LoginFailure| (c.title(), Some(c.description())));
    agree(|c: identity_cloud::ErrorCode| (c.error(), Some(c.description())));
    agree(|c: lusid::ErrorCode| (c.title(), c.description()));
    for &code in okta::ErrorCode::ALL {
        assert_eq!(Catalog::status(code), Some(code.status()));
    }
    for &code in lusid::ErrorCode::ALL {
        assert_eq!(Catalog::status(code), Some(code.status()));
        assert_eq!(
            format!("{code:?}"),
            code.name(),
            "the name is the variant's name"
        );
    }
    assert!(identity_cloud::ErrorCode::ALL
        .iter()
        .all(|c| Catalog::status(*c).is_none()));
    assert!(okta::LoginFailure::ALL
        .iter()
        .all(|c| Catalog::status(*c).is_none()));
}

#[test]
fn every_identity_cloud_code_is_its_own_catch_all() {
    for &error in identity_cloud::ErrorCode::ALL {
        assert_eq!(
            identity_cloud::ErrorCode::catch_all(error.code()),
            Some(error)
        );
    }
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

/// Distinct `{n}` placeholders, counted here independently of the generator.
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

    let error = lusid::ErrorCode::try_from(i64::MIN).unwrap_err();
    assert_eq!(error.code(), i64::MIN.to_string());
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
    assert!(serde_json::from_str::<lusid::ErrorCode>("18446744073709551616").is_err());
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

/// The seed's ranges, as the crate reads them (`data/README.md`): each with its first code.
const RANGES: [(std::ops::RangeInclusive<i64>, identity_cloud::Category, i64); 8] = {
    use identity_cloud::Category::*;
    [
        (100..=199, MissingArgument, 100),
        (200..=299, InvalidArgument, 200),
        (300..=339, Record, 300),
        (340..=359, DataType, 340),
        (360..=379, Constraint, 360),
        (380..=399, Record, 300),
        (400..=499, Authentication, 400),
        (500..=i64::MAX, Internal, 500),
    ]
};

#[test]
fn identity_cloud_catch_all_follows_the_documented_rule_for_every_code() {
    let listed = |code: i64| {
        identity_cloud::ErrorCode::ALL
            .iter()
            .copied()
            .find(|e| e.code() == code)
    };
    for code in -1000..=i64::from(u16::MAX) + 1000 {
        let range = RANGES.iter().find(|(codes, _, _)| codes.contains(&code));
        let category = identity_cloud::Category::of(code);
        assert_eq!(category, range.map(|r| r.1), "{code}: its range");
        // The code, else its multiple of 10, else its range's first code: a multiple of 10 or
        // 100 catches the codes below it, never across a range.
        let expected = range.and_then(|&(_, _, first)| {
            listed(code)
                .or_else(|| listed(code - code % 10))
                .or_else(|| listed(first))
        });
        let found = identity_cloud::ErrorCode::catch_all(code);
        assert_eq!(found, expected, "{code}");
        // A catch-all is always of the code's own category.
        if let Some(error) = found {
            assert_eq!(Some(error.category()), category, "{code}");
        }
    }
    use identity_cloud::ErrorCode as E;
    let cases = [
        (355, Some(E::InvalidDataFormat)),
        (375, Some(E::ConstraintViolation)),
        (150, Some(E::MissingArgument)),
        (385, Some(E::EmailAddressInUse)),
        (418, None),
        (650, Some(E::UnexpectedError)),
        (99, None),
    ];
    for (code, expected) in cases {
        assert_eq!(E::catch_all(code), expected, "{code}");
    }
}

#[test]
fn display_honours_width_for_aligned_output() {
    assert_eq!(format!("{:<10}|", okta::ErrorCode::E0000007), "E0000007  |");
    assert_eq!(
        format!("{:>5}", identity_cloud::ErrorCode::AccessTokenExpired),
        "  414"
    );
}

/// Every body the crate builds for Entra (each OAuth `error` with each AADSTS code) writes JSON
/// that reads back as the same body, whose codes and ids are those it was built with.
#[cfg(feature = "entra")]
#[test]
fn every_entra_body_round_trips_through_its_json() {
    use identity_errors::entra::{ErrorCode, OAuthErrorBody, OAuthErrorCode};
    let mut bodies = 0;
    for &error in OAuthErrorCode::ALL {
        for &code in ErrorCode::ALL {
            let args: Vec<(&str, &str)> = code
                .placeholders()
                .iter()
                .map(|name| (*name, "contoso"))
                .collect();
            let body = OAuthErrorBody::try_new(error, code, &args).unwrap();
            let json = body.to_json();
            let read = OAuthErrorBody::from_slice(json.as_bytes()).unwrap();
            assert_eq!(read, body);
            assert_eq!(read.to_json(), json);
            assert_eq!(read.known_code(), Some(error));
            assert_eq!(read.known_codes().collect::<Vec<_>>(), [code]);
            let description = read.description().unwrap();
            assert!(description.starts_with(&format!("AADSTS{}: ", code.code())));
            for name in code.placeholders() {
                assert!(!description.contains(&format!("{{{name}}}")), "{code:?}");
            }
            // The ids a support ticket needs, the same in the members and in the description.
            let correlation = read.correlation_id().unwrap();
            assert!(description.contains(&format!("\r\nCorrelation ID: {correlation}\r\n")));
            assert!(
                description.contains(&format!("\r\nTrace ID: {}\r\n", read.trace_id().unwrap()))
            );
            assert!(description.ends_with(&format!("\r\nTimestamp: {}", read.timestamp().unwrap())));
            bodies += 1;
        }
    }
    assert_eq!(bodies, OAuthErrorCode::ALL.len() * ErrorCode::ALL.len());
    // Wrong arguments are refused, never sent.
    let takes = ErrorCode::ALL
        .iter()
        .find(|code| !code.placeholders().is_empty())
        .unwrap();
    assert!(OAuthErrorBody::try_new(OAuthErrorCode::InvalidRequest, *takes, &[]).is_err());
    assert!(OAuthErrorBody::try_new(
        OAuthErrorCode::InvalidRequest,
        ErrorCode::InvalidUserNameOrPassword,
        &[("tenant", "x")]
    )
    .is_err());
}
