//! Microsoft Entra ID AADSTS codes (`AADSTS50126`, also `aadsts50126` and `50126`): Microsoft's
//! names and descriptions with their named placeholders; most names and most advice Microsoft's,
//! the rest the crate's choice. The command prints no Entra body yet (`entra::OAuthErrorBody` needs
//! an OAuth error and an AADSTS code together, which no catalog pairs): `body` says so, `explain`
//! shows none.

use super::{edits, Body, Field, Misspelling, Registered, Spec};
use crate::json::Json;
use identity_errors::entra::ErrorCode;

/// Why `body` prints nothing for an Entra code.
pub const NO_BODY: &str = "has no body to print yet: an Entra body pairs an OAuth error with \
                           AADSTS codes, and the catalogs do not say which go together";

impl Registered for ErrorCode {
    const SPEC: Spec<Self> = Spec {
        read_other,
        misspelling,
        more_names,
        details,
        json_details,
        ..Spec::new(
            ["entra", "entra", "Entra ID error", "entra::ErrorCode"],
            &[
                ("code", Field::Code),
                ("name", Field::Variant),
                (
                    "microsoft_name",
                    Field::Of(|code| code.microsoft_name().into()),
                ),
                ("description", Field::Description),
                (
                    "second_description",
                    Field::Of(|code| code.second_description().into()),
                ),
                ("status", Field::Status),
            ],
            Body::Linked {
                to: |_| None,
                none: NO_BODY,
            },
        )
    };
}

/// Beside `AADSTS50126` in any case: the number alone (`50126`), as `error_codes` sends it.
/// Digits with leading zeros (`050126`, `AADSTS050126`) are not read: see [`misspelling`].
fn read_other(input: &str) -> Option<ErrorCode> {
    digits(input)
        .filter(|digits| !digits.starts_with('0'))
        .and_then(|digits| digits.parse().ok())
}

/// `AADSTS` (any case) or nothing, then digits with a leading zero: the code of that number,
/// then the codes a keystroke away.
fn misspelling(input: &str) -> Option<Misspelling<ErrorCode>> {
    let digits = digits(input).filter(|digits| digits.len() > 1 && digits.starts_with('0'))?;
    let number = digits.trim_start_matches('0');
    let same = number.parse::<ErrorCode>().ok();
    let written = format!("AADSTS{number}");
    let near = ErrorCode::ALL
        .iter()
        .copied()
        .filter(|&code| Some(code) != same && edits(&written, code.as_str(), 1).is_some());
    Some(Misspelling {
        rule: "an Entra ID error code is AADSTS and its number, or the number alone, without \
               leading zeros (AADSTS50126, 50126)"
            .to_owned(),
        suggestions: same.into_iter().chain(near).collect(),
    })
}

/// The digits of an input that is digits alone, after an optional `AADSTS` in any case.
fn digits(input: &str) -> Option<&str> {
    let digits = match input.get(..6) {
        Some(prefix) if prefix.eq_ignore_ascii_case("AADSTS") => &input[6..],
        _ => input,
    };
    let all_digits = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
    all_digits.then_some(digits)
}

/// The number as `error_codes` sends it, and Microsoft's name where it is not the variant's.
fn more_names(code: ErrorCode) -> Vec<String> {
    let mut names = vec![code.code().to_string()];
    names.extend(
        code.microsoft_name()
            .filter(|name| *name != code.name())
            .map(str::to_owned),
    );
    names
}

fn details(code: ErrorCode) -> Vec<(&'static str, String)> {
    let name = match (code.is_name_published(), code.microsoft_name()) {
        (true, _) => "Microsoft's".to_owned(),
        (false, Some(microsoft)) => format!("the crate's choice; Microsoft's is {microsoft}"),
        (false, None) => "the crate's choice; Microsoft's page gives none".to_owned(),
    };
    let mut lines = vec![("name", format!("{}  ({name})", code.name()))];
    if let Some(second) = code.second_description() {
        lines.push(("also listed as", second.to_owned()));
    }
    let placeholders: Vec<String> = code
        .placeholders()
        .iter()
        .map(|name| format!("{{{name}}}"))
        .collect();
    if !placeholders.is_empty() {
        lines.push(("placeholders", placeholders.join(", ")));
    }
    let advice = match code.is_advice_published() {
        true => "Microsoft's words on retrying",
        false => "the crate's choice, by the keyword rule of data/README.md",
    };
    lines.push(("advice", advice.to_owned()));
    if code.status().is_none() {
        let status = "none of its own: the response's status is its OAuth error's";
        lines.push(("status", status.to_owned()));
    }
    lines
}

fn json_details(code: ErrorCode) -> Vec<(&'static str, Json)> {
    let mut choices = Vec::new();
    if !code.is_name_published() {
        choices.push("name");
    }
    if !code.is_advice_published() {
        choices.push("kind");
        choices.push("retry");
    }
    vec![
        ("text", code.as_str().into()),
        ("placeholders", code.placeholders().to_vec().into()),
        ("crate_choice", choices.into()),
    ]
}

#[cfg(test)]
mod tests {
    use super::super::entry::read;
    use super::super::How;
    use super::*;

    #[test]
    fn spellings() {
        let code = ErrorCode::InvalidUserNameOrPassword;
        assert_eq!(read::<ErrorCode>("AADSTS50126"), vec![(code, How::Exact)]);
        for folded in ["aadsts50126", "AadSts50126"] {
            assert_eq!(read::<ErrorCode>(folded), vec![(code, How::CaseFolded)]);
        }
        assert_eq!(read::<ErrorCode>("50126"), vec![(code, How::Other)]);
        for nothing in [
            "",
            "AADSTS",
            "050126",
            "AADSTS050126",
            "AADSTS 50126",
            "+50126",
            "-50126",
            "AADSTS50121",
            "50121",
            "InvalidUserNameOrPassword",
        ] {
            assert_eq!(read::<ErrorCode>(nothing), vec![], "{nothing}");
        }
    }

    #[test]
    fn leading_zeros_are_a_misspelling_of_the_number() {
        let meant = |input: &str| -> Option<Vec<String>> {
            let misspelling = misspelling(input)?;
            Some(
                misspelling
                    .suggestions
                    .iter()
                    .map(|c| c.to_string())
                    .collect(),
            )
        };
        let suggestions = meant("AADSTS050126").expect("a misspelling");
        assert_eq!(suggestions[0], "AADSTS50126");
        assert_eq!(meant("050126").unwrap()[0], "AADSTS50126");
        for read in ["AADSTS50126", "50126", "0", "AADSTS", "nope", "AADSTS5012x"] {
            assert!(misspelling(read).is_none(), "{read}");
        }
    }
}
