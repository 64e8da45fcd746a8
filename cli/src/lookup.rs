//! What a person may mean by a code: every reading of an input, in any catalog.

use crate::catalog::{all_entries, canonical_integer, edits, entry, How, Ref, Registered};
use crate::catalog::{Table, CATALOGS};
use crate::commands::Failure;
use crate::render::status_line;
use identity_errors::http::StatusCode;
use identity_errors::identity_cloud::{Category, ErrorCode as IdentityCloud};

/// One meaning of an input.
pub enum Reading {
    /// A code of a catalog.
    Entry(Ref),
    /// An Identity Cloud code the catalog lacks, and the listed code its catch-all rule gives.
    CatchAll {
        /// The code asked for.
        given: i64,
        /// The code Identity Cloud treats it as.
        entry: Ref,
    },
    /// An Identity Cloud code the catalog lacks with no catch-all code listed: its range.
    Range {
        /// The code asked for.
        given: i64,
        /// The documentation's range it falls in.
        category: Category,
    },
    /// A valid HTTP status, and the codes answered with it.
    Status {
        /// The status.
        status: StatusCode,
        /// Every code whose status it is (never empty).
        entries: Vec<Ref>,
    },
}

/// A catalog prefix that names no catalog: a usage error.
#[derive(Debug, PartialEq, Eq)]
pub struct UnknownPrefix(pub String);

/// Every reading of `input`.
///
/// A `catalog:` prefix picks one catalog; otherwise every catalog is tried, with every spelling
/// each accepts. Where the input is a code exactly as a vendor writes it, readings that only
/// match in another case are left out (`invalid_token` is the OAuth error, `INVALID_TOKEN` the
/// sign-in failure). A bare number is also read as an HTTP status when it is one (100-599) and
/// some code is answered with it. When nothing else reads it, an integer is read by Identity
/// Cloud's catch-all rule; with the `identity-cloud:` prefix, a code that has no catch-all is
/// still placed in its range.
///
/// Nothing is read from a code written as its vendor never writes it (`E00000070`, `0415`,
/// `0404`): a typo must not become another code. [`not_found`] says what the input may have
/// meant instead.
pub fn readings(input: &str) -> Result<Vec<Reading>, UnknownPrefix> {
    let (prefix, code) = split(input)?;
    let tables = tables(prefix);

    let mut found: Vec<(Ref, How)> = Vec::new();
    for table in tables {
        for (entry, how) in (table.read)(code) {
            if !found.iter().any(|(seen, _)| seen.is(entry)) {
                found.push((entry, how));
            }
        }
    }
    if found.iter().any(|&(_, how)| how == How::Exact) {
        found.retain(|&(_, how)| how != How::CaseFolded);
    }
    let mut readings: Vec<Reading> = found
        .into_iter()
        .map(|(entry, _)| Reading::Entry(entry))
        .collect();

    // Only a number written as one (`404`, not `0404`) is read as a status or by the catch-all.
    let number = canonical_integer(code);
    if prefix.is_none() {
        if let Some(status) = number.and_then(http_status) {
            let entries: Vec<Ref> = all_entries()
                .filter(|entry| entry.status() == Some(status))
                .collect();
            if !entries.is_empty() {
                readings.push(Reading::Status { status, entries });
            }
        }
    }

    let identity_cloud = prefix.is_none_or(|table| table.key == IdentityCloud::SPEC.key);
    if let (true, true, Some(given)) = (readings.is_empty(), identity_cloud, number) {
        if let Some(entry) = IdentityCloud::catch_all(given).and_then(entry) {
            readings.push(Reading::CatchAll { given, entry });
        } else if let (Some(category), Some(_)) = (Category::of(given), prefix) {
            readings.push(Reading::Range { given, category });
        }
    }
    Ok(readings)
}

/// The status a number is, if it is a valid HTTP status (100-599).
pub fn http_status(number: i64) -> Option<StatusCode> {
    let number = u16::try_from(number).ok()?;
    match number {
        100..=599 => StatusCode::from_u16(number).ok(),
        _ => None,
    }
}

/// `input` without its `catalog:` prefix, and the catalog the prefix names.
fn split(input: &str) -> Result<(Option<&'static Table>, &str), UnknownPrefix> {
    let input = input.trim();
    match input.split_once(':') {
        Some((prefix, code)) => {
            let table = CATALOGS
                .iter()
                .find(|table| table.is_named(prefix.trim()))
                .ok_or_else(|| UnknownPrefix(prefix.to_owned()))?;
            Ok((Some(table), code.trim()))
        }
        None => Ok((None, input)),
    }
}

/// The catalog a prefix names, or all of them.
fn tables(prefix: Option<&'static Table>) -> Vec<&'static Table> {
    match prefix {
        Some(table) => vec![table],
        None => CATALOGS.iter().collect(),
    }
}

/// Why `input` has no reading, with the codes it may have meant or what to try instead.
pub fn not_found(input: &str) -> Failure {
    let input = input.trim();
    let (prefix, code) = split(input).unwrap_or((None, input));
    let misspellings: Vec<_> = tables(prefix)
        .iter()
        .filter_map(|table| (table.misspelling)(code))
        .collect();
    if !misspellings.is_empty() {
        let mut rules: Vec<String> = Vec::new();
        let mut suggestions: Vec<Ref> = Vec::new();
        for misspelling in misspellings {
            if !rules.contains(&misspelling.rule) {
                rules.push(misspelling.rule);
            }
            for entry in misspelling.suggestions {
                if !suggestions.iter().any(|seen| seen.is(entry)) {
                    suggestions.push(entry);
                }
            }
        }
        return Failure {
            input: input.to_owned(),
            message: format!("\"{input}\" is not a code as written: {}", rules.join("; ")),
            hint: suggestions.is_empty().then(|| misspelt_hint(code)),
            suggestions,
        };
    }

    let mut message = match prefix {
        Some(table) => format!("no {} has the code \"{code}\"", table.name),
        None => format!("no catalog lists \"{input}\""),
    };
    if let Some(status) = canonical_integer(input).and_then(http_status) {
        message.push_str(&format!(
            ", and no code is answered with HTTP {}",
            status_line(status)
        ));
    }
    let hint = match input {
        "search" | "list" | "body" | "dump" | "explain" => {
            format!("`{input}` is a command of its own: identity-errors {input} --help")
        }
        _ => search_hint(),
    };
    Failure {
        input: input.to_owned(),
        message,
        hint: Some(hint),
        suggestions: similar(prefix, code),
    }
}

/// The hint of a misspelt code with nothing to suggest: the status it may be (`0404`), or a
/// search.
fn misspelt_hint(code: &str) -> String {
    let status = code.parse::<i64>().ok().and_then(http_status);
    let answered = status.filter(|&status| all_entries().any(|e| e.status() == Some(status)));
    match answered {
        Some(status) => format!(
            "the codes answered with HTTP {}: identity-errors explain {}",
            status_line(status),
            status.as_u16()
        ),
        None => search_hint(),
    }
}

/// The hint of an input that names nothing.
fn search_hint() -> String {
    "to find codes by words: identity-errors search <WORDS>..".to_owned()
}

/// The codes a word that names none may have meant: in the catalog its prefix names, those a
/// keystroke or two away (`invalid_clent`); failing that, the code in another catalog
/// (`okta:invalid_client` is an OAuth error). A number is not compared: `418` is not a typo of
/// `414`.
fn similar(prefix: Option<&'static Table>, code: &str) -> Vec<Ref> {
    if code
        .trim_start_matches(['-', '+', 'E', 'e'])
        .bytes()
        .all(|b| b.is_ascii_digit())
    {
        return Vec::new();
    }
    let folded = code.to_ascii_lowercase().replace('-', "_");
    let most = match folded.chars().count() {
        0..=3 => return Vec::new(),
        4..=7 => 1,
        _ => 2,
    };
    let mut near: Vec<(usize, Ref)> = tables(prefix)
        .iter()
        .flat_map(|table| (table.entries)())
        .filter_map(|entry| {
            let names = entry.names();
            let edits = names
                .iter()
                .filter_map(|name| edits(&folded, &name.to_ascii_lowercase(), most))
                .min()?;
            Some((edits, entry))
        })
        .collect();
    // The sort is stable: catalog order among equals.
    near.sort_by_key(|&(edits, _)| edits);
    let near: Vec<Ref> = near.into_iter().map(|(_, entry)| entry).collect();
    match (near.is_empty(), prefix) {
        (true, Some(_)) => readings(code)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|reading| match reading {
                Reading::Entry(entry) => Some(entry),
                _ => None,
            })
            .collect(),
        _ => near,
    }
}

/// The message for an unknown catalog prefix.
pub fn unknown_prefix(UnknownPrefix(prefix): &UnknownPrefix) -> String {
    let known: Vec<String> = CATALOGS
        .iter()
        .map(|table| format!("{}:", table.prefix))
        .collect();
    format!(
        "no catalog is named \"{prefix}\"; a prefix is one of {}",
        known.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each reading as `kind catalog code`, for comparing.
    fn read(input: &str) -> Vec<String> {
        readings(input)
            .unwrap_or_default()
            .iter()
            .map(|reading| match reading {
                Reading::Entry(entry) => format!("{} {}", entry.key(), entry.code()),
                Reading::CatchAll { given, entry } => format!("catch-all {given} {}", entry.code()),
                Reading::Range { given, category } => format!("range {given} {category}"),
                Reading::Status { status, entries } => {
                    format!("status {} ({} codes)", status.as_u16(), entries.len())
                }
            })
            .collect()
    }

    #[test]
    fn every_documented_spelling() {
        for spelling in [
            "E0000007",
            "e0000007",
            "0000007",
            "7",
            "E7",
            "okta:E0000007",
            "okta:7",
        ] {
            assert_eq!(read(spelling), ["okta E0000007"], "{spelling}");
        }
        // A word three vendors use (Keycloak as an OAuth error and an event error): all.
        assert_eq!(
            read("invalid_client"),
            [
                "okta_oauth invalid_client",
                "entra_oauth invalid_client",
                "keycloak invalid_client",
                "keycloak_events invalid_client"
            ]
        );
        assert_eq!(
            read("okta-oauth:invalid_client"),
            ["okta_oauth invalid_client"]
        );
        assert_eq!(
            read("entra-oauth:invalid_grant"),
            ["entra_oauth invalid_grant"]
        );
        assert_eq!(
            read("user_not_found"),
            [
                "entra_oauth user_not_found",
                "keycloak_events user_not_found"
            ]
        );
        assert_eq!(read("keycloak:invalid_grant"), ["keycloak invalid_grant"]);
        assert_eq!(
            read("keycloak-event:user_not_found"),
            ["keycloak_events user_not_found"]
        );
        assert_eq!(read("keycloak:user_not_found"), Vec::<String>::new());
        assert_eq!(
            read("invalid_grant"),
            [
                "okta_oauth invalid_grant",
                "entra_oauth invalid_grant",
                "keycloak invalid_grant",
                "auth0 invalid_grant"
            ]
        );
        assert_eq!(read("auth0:invalid_grant"), ["auth0 invalid_grant"]);
        // The Authentication API's value, and the same value as a library login error.
        assert_eq!(
            read("invalid_user_password"),
            [
                "auth0 invalid_user_password",
                "auth0_login invalid_user_password"
            ]
        );
        assert_eq!(
            read("auth0-login:PasswordStrengthError"),
            ["auth0_login PasswordStrengthError"]
        );
        assert_eq!(
            read("password_strength_error"),
            ["auth0_signup password_strength_error"]
        );
        // `unauthorized` is a value of all three Auth0 tables that have `error` words.
        assert_eq!(
            read("unauthorized"),
            [
                "auth0 unauthorized",
                "auth0_signup unauthorized",
                "auth0_login unauthorized"
            ]
        );
        assert_eq!(read("bad.authParams"), ["auth0 bad.authParams"]);
        assert_eq!(
            read("auth0-guardian:invalid_otp"),
            ["auth0_guardian invalid_otp"]
        );
        assert_eq!(read("auth0:invalid_otp"), Vec::<String>::new());
        assert_eq!(
            read("password_too_weak"),
            ["entra_suberrors password_too_weak"]
        );
        assert_eq!(read("LOCKED_OUT"), ["okta_login_failures LOCKED_OUT"]);
        assert_eq!(read("locked_out"), ["okta_login_failures LOCKED_OUT"]);
        assert_eq!(read("identity-cloud:415"), ["identity_cloud 415"]);
        assert_eq!(read("IDENTITY_CLOUD:415"), ["identity_cloud 415"]);
        assert_eq!(read("access_token_expired"), ["identity_cloud 414"]);
        assert_eq!(read("lusid:657"), ["lusid 657"]);
        assert_eq!(read("657"), ["lusid 657"]);
        assert_eq!(read("lusid:-1"), ["lusid -1"]);
        assert_eq!(read("-1"), ["lusid -1"]);
        for spelling in [
            "AADSTS50126",
            "aadsts50126",
            "50126",
            "entra:50126",
            "entra:AADSTS50126",
            "ENTRA:aadsts50126",
        ] {
            assert_eq!(read(spelling), ["entra AADSTS50126"], "{spelling}");
        }
    }

    #[test]
    fn exact_case_wins_over_folded_case() {
        assert_eq!(
            read("invalid_token"),
            [
                "okta_oauth invalid_token",
                "keycloak invalid_token",
                "keycloak_events invalid_token",
                "auth0_guardian invalid_token"
            ]
        );
        assert_eq!(read("INVALID_TOKEN"), ["okta_login_failures INVALID_TOKEN"]);
        assert_eq!(
            read("Invalid_Token"),
            [
                "okta_oauth invalid_token",
                "okta_login_failures INVALID_TOKEN",
                "keycloak invalid_token",
                "keycloak_events invalid_token",
                "auth0_guardian invalid_token"
            ]
        );
        // The same `error` string for two codes: both.
        assert_eq!(
            read("unknown_application"),
            ["identity_cloud 221", "identity_cloud 352"]
        );
    }

    #[test]
    fn numbers_and_statuses() {
        // A number in two catalogs, and a status no code is answered with (left out).
        assert_eq!(read("100"), ["okta E0000100", "identity_cloud 100"]);
        assert_eq!(read("415"), ["identity_cloud 415"]);
        let not_found = read("404");
        assert_eq!(not_found.len(), 1);
        assert!(not_found[0].starts_with("status 404 ("), "{not_found:?}");
        // Not valid statuses: never read as one.
        assert!(read("657").iter().all(|r| !r.starts_with("status")));
        assert_eq!(http_status(657), None);
        assert_eq!(http_status(99), None);
        assert_eq!(http_status(-404), None);
        assert_eq!(http_status(599).map(|s| s.as_u16()), Some(599));
        // Microsoft's one redirect, 307, is a status some code is answered with.
        assert_eq!(read("307"), ["status 307 (1 codes)"]);
        assert!(read("entra:050126").is_empty());
    }

    #[test]
    fn catch_all() {
        assert_eq!(read("identity-cloud:215"), ["catch-all 215 210"]);
        assert_eq!(read("identity-cloud:299"), ["catch-all 299 200"]);
        // Neither 410 nor 400 is listed: the range, with the prefix only.
        assert_eq!(read("identity-cloud:418"), ["range 418 authentication"]);
        assert_eq!(read("418"), Vec::<String>::new());
        // Bare: only where nothing else reads the number.
        assert_eq!(read("299"), ["catch-all 299 200"]);
        assert_eq!(read("215"), ["okta E0000215"]);
        assert_eq!(read("lusid:215"), Vec::<String>::new());
        assert_eq!(read("identity-cloud:50"), Vec::<String>::new());
        // Whatever the library's rule gives, shown as such.
        for given in [150, 355, 371, 375, 999, 1234] {
            let expected = match IdentityCloud::catch_all(given) {
                Some(code) => vec![format!("catch-all {given} {}", code.code())],
                None => Category::of(given)
                    .map(|category| format!("range {given} {category}"))
                    .into_iter()
                    .collect(),
            };
            assert_eq!(
                read(&format!("identity-cloud:{given}")),
                expected,
                "{given}"
            );
        }
    }

    #[test]
    fn prefixes() {
        assert_eq!(
            readings("nope:7").err(),
            Some(UnknownPrefix("nope".to_owned()))
        );
        assert_eq!(
            read("okta-oauth:INVALID_CLIENT"),
            ["okta_oauth invalid_client"]
        );
        assert_eq!(
            read("okta_login_failures:locked_out"),
            ["okta_login_failures LOCKED_OUT"]
        );
        assert_eq!(read("okta:invalid_client"), Vec::<String>::new());
    }

    #[test]
    fn nothing() {
        for input in ["", "E9999999", "nope", "-5", "okta:", ":", "E0000106"] {
            assert_eq!(read(input), Vec::<String>::new(), "{input}");
        }
        assert!(not_found("418")
            .message
            .ends_with("no code is answered with HTTP 418 I'm a teapot"));
        assert!(!not_found("657").message.contains("HTTP"));
        let hint = not_found("search").hint.unwrap_or_default();
        assert!(hint.contains("identity-errors search --help"), "{hint}");
    }
}
