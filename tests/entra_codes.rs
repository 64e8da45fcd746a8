//! Entra's catalogs on the wire: the AADSTS number is the key, written `AADSTS50126` in text
//! and `50126` in `error_codes`; every spelling Microsoft's texts use finds the same code, and
//! nothing else does.

use identity_errors::entra::{ErrorCode, OAuthErrorCode, Suberror};
use identity_errors::{Catalog, Kind, Retry, Vendor};
use std::collections::HashMap;

#[test]
fn every_code_is_found_by_each_spelling_and_round_trips() {
    for &code in ErrorCode::ALL {
        let number = code.code();
        let spellings = [
            format!("AADSTS{number}"),
            format!("aadsts{number}"),
            format!("AadSts{number}"),
            number.to_string(),
        ];
        for spelling in &spellings {
            assert_eq!(spelling.parse::<ErrorCode>(), Ok(code), "{spelling}");
        }
        assert_eq!(ErrorCode::from_code(number), Some(code));
        assert_eq!(<ErrorCode as Catalog>::from_code(number), Some(code));
        assert_eq!(ErrorCode::try_from(number), Ok(code));
        assert_eq!(code.to_string(), spellings[0]);
        // serde: the number, as `error_codes` carries it.
        let json = serde_json::to_string(&code).unwrap();
        assert_eq!(json, number.to_string());
        assert_eq!(serde_json::from_str::<ErrorCode>(&json).unwrap(), code);
    }
    let codes: Vec<ErrorCode> = serde_json::from_str("[50126, 50076, 700016]").unwrap();
    assert_eq!(
        codes.iter().map(|c| c.to_string()).collect::<Vec<_>>(),
        ["AADSTS50126", "AADSTS50076", "AADSTS700016"]
    );
}

#[test]
fn nothing_else_is_a_code() {
    for wrong in [
        "",
        "AADSTS",
        "aadsts",
        "AADSTS 50126",
        " 50126",
        "50126 ",
        "AADSTS050126",
        "050126",
        "+50126",
        "AADSTS+50126",
        "AADSTS50126:",
        "AADSTS-50126",
        "AADSTSAADSTS50126",
        "AADSTS５０１２６",
        "AADSTS50121",
        "50121",
        "-1",
        "0",
        "99999999999999999999",
    ] {
        let error = wrong.parse::<ErrorCode>().unwrap_err();
        assert!(
            error.to_string().contains("Entra ID error"),
            "{wrong:?}: {error}"
        );
    }
    for number in [i64::MIN, -1, 0, 15999, 16004, 9002342, i64::MAX] {
        assert_eq!(ErrorCode::from_code(number), None, "{number}");
    }
    assert!(serde_json::from_str::<ErrorCode>("50121").is_err());
    assert!(serde_json::from_str::<ErrorCode>("\"AADSTS50126\"").is_err());
}

#[test]
fn the_binary_search_finds_every_code_and_no_number_between() {
    // Independently of the generated lookup: a map of every code, and every number from the
    // smallest code to past the largest around each one.
    let known: HashMap<i64, ErrorCode> = ErrorCode::ALL.iter().map(|&c| (c.code(), c)).collect();
    assert_eq!(known.len(), 345);
    for &code in ErrorCode::ALL {
        for number in code.code() - 3..=code.code() + 3 {
            assert_eq!(
                ErrorCode::from_code(number),
                known.get(&number).copied(),
                "{number}"
            );
        }
    }
    for number in (0..10_000_000).step_by(997) {
        assert_eq!(ErrorCode::from_code(number), known.get(&number).copied());
    }
}

#[test]
fn the_catalogs_answer_the_common_questions() {
    let code = ErrorCode::InvalidUserNameOrPassword;
    assert_eq!(ErrorCode::VENDOR, Vendor::Entra);
    assert_eq!(<ErrorCode as Catalog>::NAME, "Entra ID error");
    assert_eq!(Catalog::title(code), "InvalidUserNameOrPassword");
    assert_eq!(Catalog::status(code).map(|s| s.as_u16()), Some(400));
    assert_eq!(
        (code.kind(), code.retry()),
        (Kind::Unauthenticated, Retry::AfterReauthenticating)
    );
    let redirect = ErrorCode::from_code(51005).unwrap();
    assert_eq!(redirect.status().map(|s| s.as_u16()), Some(307));
    let statuses = ErrorCode::ALL
        .iter()
        .filter(|c| c.status().is_some())
        .count();
    assert_eq!(statuses, 2);
    // Microsoft's words on retrying, where it gives them.
    for (number, kind, retry) in [
        (50196, Kind::RateLimited, Retry::AfterWindow),
        (90055, Kind::RateLimited, Retry::AfterWindow),
        (90024, Kind::RateLimited, Retry::AfterWindow),
        (70016, Kind::Unavailable, Retry::AfterWindow),
        (50076, Kind::Unauthenticated, Retry::AfterReauthenticating),
    ] {
        let code = ErrorCode::from_code(number).unwrap();
        assert_eq!((code.kind(), code.retry()), (kind, retry), "{code}");
    }
    let published = ErrorCode::ALL
        .iter()
        .filter(|c| c.is_advice_published())
        .count();
    assert_eq!(published, 17);

    let error: OAuthErrorCode = "temporarily_unavailable".parse().unwrap();
    assert_eq!(error.status().as_u16(), 503);
    assert_eq!(
        (error.kind(), error.retry()),
        (Kind::Unavailable, Retry::WithBackoff)
    );
    assert!(error.is_advice_published());
    assert_eq!(error.to_string(), "temporarily_unavailable");
    assert_eq!(
        serde_json::to_string(&error).unwrap(),
        "\"temporarily_unavailable\""
    );
    assert!("Temporarily_Unavailable".parse::<OAuthErrorCode>().is_err());

    let suberror: Suberror = "password_too_weak".parse().unwrap();
    assert_eq!(Catalog::status(suberror), None);
    assert_eq!(Catalog::description(suberror), None);
    assert_eq!(suberror.kind(), Kind::InvalidRequest);
}

#[test]
fn a_description_is_filled_by_name_or_not_at_all() {
    let code = ErrorCode::from_code(500011).unwrap();
    let error = code.fill(&[("name", "x")]).unwrap_err();
    assert_eq!(error.placeholder(), Some("tenant"));
    assert_eq!(error.code(), "AADSTS500011");
    assert_eq!((error.expected(), error.given()), (2, 1));
    let error = code
        .fill(&[("name", "x"), ("tenant", "t"), ("name", "y")])
        .unwrap_err();
    assert_eq!(error.placeholder(), Some("name"));
    // A code without placeholders takes no arguments; one without a description fills empty.
    let plain = ErrorCode::InvalidUserNameOrPassword;
    assert_eq!(plain.fill(&[]).unwrap(), plain.description().unwrap());
    let nameless = ErrorCode::ALL
        .iter()
        .find(|c| c.description().is_none())
        .unwrap();
    assert_eq!(nameless.fill(&[]).as_deref(), Ok(""));
    assert!(nameless.fill(&[("tenant", "t")]).is_err());
}

/// What a body sends for every code is Microsoft's text without the page's Markdown and HTML
/// (which the service never sends); the codes whose text has none send it unchanged.
#[test]
fn a_body_sends_no_markup() {
    use identity_errors::entra::OAuthErrorBody;
    let mut changed = 0;
    for &code in ErrorCode::ALL {
        let args: Vec<(&str, &str)> = code
            .placeholders()
            .iter()
            .map(|&name| (name, "X"))
            .collect();
        let body = OAuthErrorBody::try_new(OAuthErrorCode::InvalidRequest, code, &args).unwrap();
        let description = body.description().unwrap();
        let (message, _) = description
            .split_once("\r\nTrace ID: ")
            .expect("the ids follow");
        for markup in [
            "](", "**", "`", "<br", "</br", "<li", "</li", "<ul", "</ul", "\\\"",
        ] {
            assert!(
                !message.contains(markup),
                "{code}: {markup:?} in {message:?}"
            );
        }
        assert_eq!(message, message.trim_end(), "{code}");
        let text = code.fill(&args).unwrap();
        // (A code the page lists by its name alone sends the name.)
        if code.description().is_some() && message != format!("AADSTS{}: {}", code.code(), text) {
            changed += 1;
        }
    }
    // The rows of data/entra_errors.tsv with a link, a tag, `**` or a backtick (counted with
    // grep -E '\]\(|<[a-z/]|`|\*\*').
    assert_eq!(changed, 54, "codes whose text loses markup");
}
