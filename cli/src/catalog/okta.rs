//! Okta API error codes (`E0000007`): summary templates, arity, releases, linked sign-in
//! failures.

use super::{edits, rate_limit, Body, BodyError, Example, Field, Filled, Misspelling};
use super::{Registered, Spec};
use crate::json::Json;
use crate::render::replace_placeholders;
use identity_errors::okta::{ErrorBody, ErrorCode, LoginFailure};

impl Registered for ErrorCode {
    const SPEC: Spec<Self> = Spec {
        samples: rate_limit::SAMPLES,
        read_other,
        misspelling,
        more_names,
        details,
        json_details,
        example,
        ..Spec::new(
            ["okta", "okta", "Okta API error", "okta::ErrorCode"],
            &[
                ("code", Field::Code),
                ("name", Field::Variant),
                ("title", Field::Title),
                ("status", Field::Status),
                ("summary", Field::Of(|code| code.summary().into())),
                ("description", Field::Description),
            ],
            Body::Template {
                fill: response,
                member: "errorSummary",
                usage: |_, unfilled| vec!["ARG"; unfilled.len()].join(" "),
            },
        )
    };
}

/// Beside `E0000007` and `e0000007`: its seven digits alone (`0000007`), or its number without
/// leading zeros, with or without the `E` (`7`, `E7`). Digits with leading zeros that are not
/// seven (`E00000070`, `E000007`) are not read: see [`misspelling`].
fn read_other(input: &str) -> Option<ErrorCode> {
    let upper = input.to_ascii_uppercase();
    match digits(&upper) {
        Some(digits) if misspelt(digits).is_none() => digits.parse::<u32>().ok().and_then(code_of),
        _ => None,
    }
}

/// Digits with leading zeros that are not seven, or more than seven digits: what is wrong, the
/// code of the same number (`E00000070` may be `E0000070`) and the codes a keystroke away
/// (`E0000007`).
fn misspelling(input: &str) -> Option<Misspelling<ErrorCode>> {
    let upper = input.to_ascii_uppercase();
    let digits = digits(&upper)?;
    let wrong = misspelt(digits)?;
    let same = digits.parse::<u32>().ok().and_then(code_of);
    let rule = match wrong > WIDTH {
        true => format!(
            "an Okta API error code has seven digits, not {wrong} (E0000007, 0000007), or is its \
             number without leading zeros (7, E7)"
        ),
        false => format!(
            "an Okta API error code with leading zeros has seven digits, not {wrong} (E0000007, \
             0000007), and without them is its number (7, E7)"
        ),
    };
    Some(Misspelling {
        rule,
        suggestions: closest(same, &format!("E{digits}")),
    })
}

/// The summary, and the sign-in failures Okta reports with the code: they name it too.
fn more_names(code: ErrorCode) -> Vec<String> {
    let mut names = vec![without_placeholders(code.summary())];
    names.extend(reasons(code).map(|reason| reason.code().to_owned()));
    names
}

fn details(code: ErrorCode) -> Vec<(&'static str, String)> {
    let takes = match code.arity() {
        0 => "no arguments".to_owned(),
        1 => "1 argument: {0}".to_owned(),
        n => format!("{n} arguments: {{0}}..{{{}}}", n - 1),
    };
    let mut lines = vec![("summary", code.summary().to_owned())];
    if code.sent_summary() != code.summary() {
        let sent = format!("{}  (as recorded responses send it)", code.sent_summary());
        lines.push(("sent summary", sent));
    }
    lines.push(("takes", takes));
    if code.includes_exception_message() {
        let note = "Okta may append an exception message to the filled summary";
        lines.push(("note", note.to_owned()));
    }
    lines.push(("since release", code.since().to_owned()));
    if let Some(former) = code.former_title() {
        lines.push(("former title", former.to_owned()));
    }
    let reasons: Vec<&str> = reasons(code).map(LoginFailure::code).collect();
    if !reasons.is_empty() {
        lines.push(("sign-in failure", reasons.join(", ")));
    }
    lines
}

fn json_details(code: ErrorCode) -> Vec<(&'static str, Json)> {
    let reasons: Vec<&str> = reasons(code).map(LoginFailure::code).collect();
    vec![
        ("sent_summary", code.sent_summary().into()),
        (
            "includes_exception_message",
            code.includes_exception_message().into(),
        ),
        ("arity", code.arity().into()),
        ("since", code.since().into()),
        ("former_title", code.former_title().into()),
        ("login_failures", reasons.into()),
    ]
}

/// The summary unfilled; `body CODE ARG..` fills it.
fn example(code: ErrorCode) -> Option<Example> {
    let body = ErrorBody::from_raw(code.code(), code.sent_summary());
    let note = match code.arity() {
        0 => None,
        _ => Some(format!(
            "errorSummary is the template, {} unfilled: `identity-errors body {code}{}` fills it",
            placeholders(code.sent_summary()).join(", "),
            " ARG".repeat(code.arity())
        )),
    };
    Some(Example::of(code.status(), &body, note))
}

/// Filled with `args`; with none, the template as it is, its placeholders said to be unfilled.
/// With Okta's rate-limit headers, which it sends with every answer.
fn response(code: ErrorCode, args: &[&str]) -> Result<Filled, BodyError> {
    let unfilled = match args {
        [] if code.arity() > 0 => placeholders(code.sent_summary()),
        _ => Vec::new(),
    };
    let body = match ErrorBody::try_new(code, args) {
        Ok(body) => body,
        Err(_) if args.is_empty() => ErrorBody::from_raw(code.code(), code.sent_summary()),
        Err(error) => {
            return Err(BodyError::Arity(format!(
                "{} takes {}, {} given (its summary template is \"{}\")",
                error.code(),
                arguments(error.expected()),
                error.given(),
                error.template()
            )))
        }
    };
    let response = body
        .with_rate_limit(rate_limit::sample(code.status()))
        .into_http_response();
    Ok((response, unfilled))
}

/// The placeholders of a template (`{0}`, `{1}`..), each once, in order.
fn placeholders(template: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    replace_placeholders(template, |placeholder| {
        if !found.iter().any(|seen| seen == placeholder) {
            found.push(placeholder.to_owned());
        }
        String::new()
    });
    found
}

/// The number of digits after the `E`.
const WIDTH: usize = 7;

/// The digits of an input that is only digits, after an optional `E` (in upper case).
fn digits(upper: &str) -> Option<&str> {
    let digits = upper.strip_prefix('E').unwrap_or(upper);
    let all_digits = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
    all_digits.then_some(digits)
}

/// Whether digits cannot be an Okta code's as written, and then how many there are: more than
/// seven, or leading zeros that do not make seven (the number alone has none).
fn misspelt(digits: &str) -> Option<usize> {
    let count = digits.len();
    let wrong = count > WIDTH || (count != WIDTH && count > 1 && digits.starts_with('0'));
    wrong.then_some(count)
}

/// The code whose number is `number`.
fn code_of(number: u32) -> Option<ErrorCode> {
    ErrorCode::from_code(&format!("E{number:07}"))
}

/// The code `same` first (if any), then every code one edit (a keystroke: a character added,
/// dropped, changed, or two swapped) from `written`, in catalog order.
fn closest(same: Option<ErrorCode>, written: &str) -> Vec<ErrorCode> {
    let near = ErrorCode::ALL
        .iter()
        .copied()
        .filter(|code| Some(*code) != same && edits(written, code.code(), 1).is_some());
    same.into_iter().chain(near).collect()
}

/// The sign-in failure reasons Okta links to `code`.
fn reasons(code: ErrorCode) -> impl Iterator<Item = LoginFailure> {
    LoginFailure::ALL
        .iter()
        .copied()
        .filter(move |reason| reason.error_code() == Some(code))
}

/// `1 argument`, `2 arguments`.
fn arguments(n: usize) -> String {
    match n {
        1 => "1 argument".to_owned(),
        n => format!("{n} arguments"),
    }
}

/// A template without its `{0}`, `{1}`.. placeholders.
fn without_placeholders(template: &str) -> String {
    replace_placeholders(template, |_| String::new())
}

#[cfg(test)]
mod tests {
    use super::super::entry::read;
    use super::super::How;
    use super::*;

    #[test]
    fn spellings() {
        let e7 = ErrorCode::E0000007;
        assert_eq!(read::<ErrorCode>("E0000007"), vec![(e7, How::Exact)]);
        assert_eq!(read::<ErrorCode>("e0000007"), vec![(e7, How::CaseFolded)]);
        for other in ["0000007", "7", "e7", "E7"] {
            assert_eq!(read::<ErrorCode>(other), vec![(e7, How::Other)], "{other}");
        }
        for nothing in [
            "",
            "E",
            "-7",
            "+7",
            "E+7",
            "E00000007x",
            "10000000",
            "E9999999",
            "0x7",
            // Leading zeros that do not make seven digits: a typo, never another code.
            "00000007",
            "E00000070",
            "E000007",
            "E07",
            "007",
            "000070",
        ] {
            assert_eq!(read::<ErrorCode>(nothing), vec![], "{nothing}");
        }
    }

    #[test]
    fn misspellings_name_the_codes_meant() {
        let suggestions = |input: &str| -> Option<Vec<&str>> {
            let misspelling = misspelling(input)?;
            Some(
                misspelling
                    .suggestions
                    .iter()
                    .map(|code| code.code())
                    .collect(),
            )
        };
        // The same number first, then one keystroke away.
        assert_eq!(suggestions("E00000070"), Some(vec!["E0000070", "E0000007"]));
        assert_eq!(suggestions("00000007"), Some(vec!["E0000007"]));
        assert_eq!(suggestions("E10000007"), Some(vec!["E0000007"]));
        let six = suggestions("E000007").expect("six digits");
        assert_eq!(six[0], "E0000007");
        assert!(six.contains(&"E0000070"), "{six:?}");
        // Read, or not a number: no misspelling.
        for input in [
            "E0000007", "0000007", "7", "E7", "0", "E0", "E7x", "nope", "-7",
        ] {
            assert!(misspelling(input).is_none(), "{input}");
        }
    }

    #[test]
    fn placeholders_are_left_out_of_search_texts() {
        assert_eq!(without_placeholders("Not found: {0}"), "Not found: ");
        assert_eq!(without_placeholders("{0} and {1}."), " and .");
        assert_eq!(without_placeholders("open { only"), "open { only");
    }
}
