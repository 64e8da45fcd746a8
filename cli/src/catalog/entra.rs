//! Microsoft Entra ID AADSTS codes (`AADSTS50126`, also `aadsts50126` and `50126`): Microsoft's
//! names and descriptions with their named placeholders; most names and most advice Microsoft's,
//! the rest the crate's choice. An Entra body pairs an OAuth `error` with an AADSTS code, and no
//! catalog says which go together, so `body` takes the `error` as its first argument
//! (`body AADSTS50126 invalid_grant`) and the placeholders by name (`tenant=contoso`); `explain`
//! shows no example body.

use super::{edits, Body, BodyError, Field, Filled, Misspelling, Registered, Spec};
use crate::json::Json;
use identity_errors::entra::{ErrorCode, OAuthErrorBody, OAuthErrorCode};

/// Why `body` prints nothing for an Entra OAuth error or sub-error alone.
pub const NO_BODY: &str = "makes no body alone: an Entra body pairs an OAuth error with an \
                           AADSTS code, and no catalog says which go together; name both, the \
                           code first: `identity-errors body AADSTS50126 invalid_grant`";

/// The members of an Entra body whose values are this run's, each with why.
pub const SAMPLES: &[(&str, &str)] = &[
    ("trace_id", "generated for this answer: new on every run"),
    (
        "correlation_id",
        "generated for this answer: new on every run",
    ),
    ("timestamp", "this machine's clock"),
];

impl Registered for ErrorCode {
    const SPEC: Spec<Self> = Spec {
        samples: SAMPLES,
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
            Body::Template {
                fill: response,
                member: "error_description",
                usage: |args, unfilled| {
                    let named = unfilled
                        .iter()
                        .map(|p| format!("{}=ARG", p.trim_matches(['{', '}'])));
                    args.iter()
                        .map(|a| (*a).to_owned())
                        .chain(named)
                        .collect::<Vec<_>>()
                        .join(" ")
                },
            },
        )
    };
}

/// The body Entra sends for `code` with the OAuth `error` `args[0]`, its placeholders filled by
/// the `name=value` arguments after it; with none of those, the text as Microsoft writes it,
/// its placeholders said to be unfilled.
fn response(code: ErrorCode, args: &[&str]) -> Result<Filled, BodyError> {
    let Some((error, named)) = args.split_first() else {
        return Err(BodyError::Arity(format!(
            "{code} needs the OAuth error Entra sends with it as its first argument (no catalog \
             pairs them): `identity-errors body {code} invalid_grant`; `identity-errors list \
             entra-oauth` lists the errors"
        )));
    };
    let error = OAuthErrorCode::from_code(error).ok_or_else(|| {
        BodyError::Arity(format!(
            "\"{error}\" is not an Entra OAuth error (invalid_grant, invalid_client, \
             interaction_required, ..: `identity-errors list entra-oauth`)"
        ))
    })?;
    let mut pairs = Vec::with_capacity(named.len());
    for arg in named {
        let Some(pair) = arg.split_once('=') else {
            return Err(BodyError::Arity(format!(
                "\"{arg}\": after the OAuth error, {code} takes its placeholders by name, \
                 name=value ({})",
                wanted(code)
            )));
        };
        pairs.push(pair);
    }
    // None given: each placeholder stands for itself, as Microsoft's page writes it.
    let unfilled: Vec<String> = match pairs.is_empty() {
        true => code
            .placeholders()
            .iter()
            .map(|name| format!("{{{name}}}"))
            .collect(),
        false => Vec::new(),
    };
    if pairs.is_empty() {
        let names = code.placeholders().iter();
        pairs = names
            .zip(&unfilled)
            .map(|(name, itself)| (*name, itself.as_str()))
            .collect();
    }
    let body = OAuthErrorBody::try_new(error, code, &pairs)
        .map_err(|problem| BodyError::Arity(problem.to_string()))?;
    Ok((body.into_http_response(), unfilled))
}

/// The placeholders `code` takes, for a message.
fn wanted(code: ErrorCode) -> String {
    match code.placeholders() {
        [] => format!("{code} has no placeholders"),
        names => format!("{code} takes {}", names.join(", ")),
    }
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
