//! Properties that hold for any input: no lookup, template, parser, redirect or header panics,
//! loses data on a round trip, or lets text escape the place it was put in.

use identity_errors::okta::{ErrorBody, OAuthErrorBody, ResponseMode};
use identity_errors::{identity_cloud, lusid, okta, Catalog};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use serde_json::Value;

// ---- catalogs ----
//
// Every code's own round trip is checked exhaustively in round_trip.rs; here, arbitrary input.

/// `text` parses as a code of `C` exactly when it is a code's wire form; a failure keeps it.
fn parses_only_exact_codes<C: Catalog>(text: &str) -> Result<(), TestCaseError> {
    let listed = C::ALL.iter().find(|code| code.to_string() == text);
    match text.parse::<C>() {
        Ok(code) => prop_assert_eq!(Some(&code), listed),
        Err(error) => {
            prop_assert_eq!(listed, None);
            prop_assert_eq!(error.code(), text);
            prop_assert_eq!(error.catalog(), C::NAME);
        }
    }
    Ok(())
}

proptest! {
    #[test]
    fn arbitrary_strings_find_only_exact_codes(text in "\\PC{0,12}|E[0-9]{7}|[a-z_]{3,30}|[A-Z_]{3,30}|-?[0-9]{1,4}") {
        parses_only_exact_codes::<okta::ErrorCode>(&text)?;
        parses_only_exact_codes::<okta::OAuthErrorCode>(&text)?;
        parses_only_exact_codes::<okta::LoginFailure>(&text)?;
        parses_only_exact_codes::<identity_cloud::ErrorCode>(&text)?;
        parses_only_exact_codes::<lusid::ErrorCode>(&text)?;
    }

    #[test]
    fn arbitrary_integers_find_only_exact_codes(code in any::<i64>(), small in -100..1100_i64) {
        for code in [code, small] {
            if let Some(error) = identity_cloud::ErrorCode::from_code(code) {
                prop_assert_eq!(error.code(), code);
            }
            if let Some(error) = identity_cloud::ErrorCode::catch_all(code) {
                let found = error.code();
                prop_assert!(found == code || found == code / 10 * 10 || found % 10 == 0);
                prop_assert!(found <= code);
                prop_assert_eq!(Some(error.category()), identity_cloud::Category::of(code));
            }
            if let Some(error) = lusid::ErrorCode::from_code(code) {
                prop_assert_eq!(error.code(), code);
            }
        }
    }
}

// ---- templates ----

proptest! {
    #[test]
    fn filled_templates_hold_each_argument_verbatim(
        code in proptest::sample::select(okta::ErrorCode::ALL),
        pool in proptest::collection::vec("\\PC{0,16}|\\{[0-9]\\}", 4),
    ) {
        let args: Vec<&str> = pool.iter().take(code.arity()).map(String::as_str).collect();
        let filled = code.fill(&args).unwrap();
        // Length: the template as sent less its placeholders, plus each argument where it is
        // used.
        let template = code.sent_summary();
        let mut expected_len = template.len();
        for (i, arg) in args.iter().enumerate() {
            let placeholder = format!("{{{i}}}");
            let uses = template.matches(&placeholder).count();
            expected_len = expected_len - uses * placeholder.len() + uses * arg.len();
            if uses > 0 {
                prop_assert!(filled.contains(arg), "{} lacks {:?}", code, arg);
            }
        }
        prop_assert_eq!(filled.len(), expected_len);
        let too_many: Vec<&str> = pool.iter().map(String::as_str).take(code.arity() + 1).collect();
        if too_many.len() > code.arity() {
            prop_assert!(code.fill(&too_many).is_err());
        }
    }
}

// ---- bodies ----

/// Member names of the body types.
const FIELDS: [&str; 22] = [
    "errorCode",
    "errorSummary",
    "errorLink",
    "errorId",
    "errorCauses",
    "error",
    "error_description",
    "error_uri",
    "state",
    "stat",
    "code",
    "sub_error",
    "request_id",
    "request_token",
    "name",
    "errorDetails",
    "type",
    "title",
    "status",
    "detail",
    "instance",
    "extensions",
];

/// Arbitrary JSON, with objects that use the body types' own member names (with values of any
/// type) as often as other names.
fn json_value() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        proptest::sample::select(&FIELDS[..]).prop_map(str::to_owned),
        "\\PC{0,8}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u16>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::vec((key.clone(), inner), 0..8)
                .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

/// A value of the type a body member usually has, or now and then of any type.
fn member_value(field: &'static str) -> BoxedStrategy<Value> {
    let typed: BoxedStrategy<Value> = match field {
        "code" | "status" => prop_oneof![
            any::<u16>().prop_map(Value::from),
            any::<i32>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
        ]
        .boxed(),
        // Causes as objects, and now and then as the plain strings of Okta's 409 bodies.
        "errorCauses" => proptest::collection::vec(
            prop_oneof![
                4 => ("\\PC{0,20}", json_value()).prop_map(
                    |(summary, other)| serde_json::json!({"errorSummary": summary, "x": other}),
                ),
                1 => "\\PC{0,20}".prop_map(Value::from),
            ],
            0..4,
        )
        .prop_map(Value::Array)
        .boxed(),
        "errorDetails" | "extensions" => json_value().boxed(),
        // Identity Cloud's `stat` is "error" in every error body; anything else is refused.
        "stat" => {
            prop_oneof![9 => Just(Value::from("error")), 1 => "\\PC{0,8}".prop_map(Value::from)]
                .boxed()
        }
        _ => "E[0-9]{7}|[a-z_]{1,20}|\\PC{0,20}"
            .prop_map(Value::from)
            .boxed(),
    };
    prop_oneof![12 => typed, 1 => json_value()].boxed()
}

/// The JSON text of an object shaped like one of the bodies: most of its members, typed as the
/// vendor types them, in any order, with extra members mixed in.
fn body_like() -> impl Strategy<Value = String> {
    const IDENTITY_CLOUD: &[&str] = &[
        "stat",
        "code",
        "error",
        "sub_error",
        "error_description",
        "request_id",
        "request_token",
    ];
    let shapes: Vec<&'static [&'static str]> = vec![
        &FIELDS[0..5],
        &FIELDS[5..9],
        IDENTITY_CLOUD,
        &FIELDS[14..22],
    ];
    // Up to 11 extra members: with the known ones, more than the 16 members a body's layout
    // holds without allocating.
    proptest::sample::select(shapes)
        .prop_flat_map(|fields| shuffled_object(fields, 0.9, member_value, 0..12))
}

/// A JSON object of the `known` members (each present with probability `weight`, its value
/// from `value`) and `extras` other members, in any order. Written out by hand: a `Value`
/// object would sort the members.
fn shuffled_object(
    known: &[&'static str],
    weight: f64,
    value: fn(&'static str) -> BoxedStrategy<Value>,
    extras: std::ops::Range<usize>,
) -> impl Strategy<Value = String> {
    let members: Vec<_> = known
        .iter()
        .map(|&member| {
            (
                Just(member.to_owned()),
                proptest::option::weighted(weight, value(member)),
            )
        })
        .collect();
    let extras = proptest::collection::vec(("\\PC{1,8}", json_value()), extras);
    (members, extras)
        .prop_flat_map(|(members, extras)| {
            let all: Vec<(String, Value)> = members
                .into_iter()
                .filter_map(|(key, value)| Some((key, value?)))
                .chain(extras)
                .collect();
            Just(all).prop_shuffle()
        })
        .prop_map(|members| {
            let members: Vec<String> = members
                .iter()
                .map(|(k, v)| format!("{}:{v}", Value::from(k.as_str())))
                .collect();
            format!("{{{}}}", members.join(","))
        })
}

/// JSON text: arbitrary values, or objects shaped like the bodies.
fn json_text() -> impl Strategy<Value = String> {
    prop_oneof![json_value().prop_map(|v| v.to_string()), body_like()]
}

/// Whatever parses re-serializes and re-parses to an equal value, and writes the same bytes again.
macro_rules! assert_lossless {
    ($ty:ty, $bytes:expr) => {
        if let Ok(body) = <$ty>::from_slice($bytes) {
            let written = serde_json::to_string(&body).unwrap();
            let again = <$ty>::from_slice(written.as_bytes()).unwrap();
            prop_assert_eq!(&again, &body);
            prop_assert_eq!(serde_json::to_string(&again).unwrap(), written);
        }
    };
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_json_never_panics_a_parser_and_round_trips(text in json_text()) {
        let bytes = text.as_bytes();
        assert_lossless!(okta::ErrorBody, bytes);
        assert_lossless!(okta::OAuthErrorBody, bytes);
        assert_lossless!(identity_cloud::ErrorBody, bytes);
        assert_lossless!(lusid::ProblemDetails, bytes);
    }

    #[test]
    fn members_in_any_order_are_written_back_as_they_came(text in body_like()) {
        let bytes = text.as_bytes();
        let mut parsed = 0;
        for written in [
            okta::ErrorBody::from_slice(bytes).map(|b| serde_json::to_string(&b).unwrap()),
            okta::OAuthErrorBody::from_slice(bytes).map(|b| serde_json::to_string(&b).unwrap()),
            identity_cloud::ErrorBody::from_slice(bytes).map(|b| serde_json::to_string(&b).unwrap()),
            lusid::ProblemDetails::from_slice(bytes).map(|b| serde_json::to_string(&b).unwrap()),
        ]
        .into_iter()
        .flatten()
        {
            prop_assert_eq!(&written, &text);
            parsed += 1;
        }
        // Each shape has its type's required members nine times in ten: most texts parse.
        prop_assume!(parsed > 0);
    }

    #[test]
    fn body_shaped_json_round_trips(
        code in "E[0-9]{7}|\\PC{0,10}",
        summary in "\\PC{0,40}",
        causes in proptest::collection::vec(("\\PC{0,20}", json_value()), 0..4),
        extra in json_value(),
    ) {
        let causes: Vec<Value> = causes
            .into_iter()
            .map(|(summary, other)| serde_json::json!({"errorSummary": summary, "other": other}))
            .collect();
        let body = serde_json::json!({
            "errorCode": code, "errorSummary": summary, "errorCauses": causes, "zz": extra,
        });
        let bytes = serde_json::to_vec(&body).unwrap();
        let parsed = ErrorBody::from_slice(&bytes).unwrap();
        prop_assert_eq!(parsed.code(), code.as_str());
        prop_assert_eq!(serde_json::to_vec(&parsed).unwrap(), bytes);
    }

    #[test]
    fn arbitrary_bytes_never_panic_a_parser(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
        let _ = okta::ErrorBody::from_slice(&bytes);
        let _ = okta::OAuthErrorBody::from_slice(&bytes);
        let _ = identity_cloud::ErrorBody::from_slice(&bytes);
        let _ = lusid::ProblemDetails::from_slice(&bytes);
        let _ = OAuthErrorBody::from_www_authenticate(&bytes);
        let _ = OAuthErrorBody::from_redirect(&String::from_utf8_lossy(&bytes));
    }
}

// ---- OAuth redirects and challenges ----

/// RFC 6749's characters for `error_description`: %x20-21 / %x23-5B / %x5D-7E.
fn rfc_6749_text() -> impl Strategy<Value = String> {
    "[ !#-\\[\\]-~]{0,40}"
}

/// Counts `name=` parameters at the top level of a challenge (outside quoted strings).
fn challenge_parameter_names(header: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut in_quotes = false;
    let mut escaped = false;
    let mut token = String::new();
    for c in header.trim_start_matches("Bearer ").chars() {
        if in_quotes {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_quotes = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_quotes = true,
            '=' => names.push(std::mem::take(&mut token)),
            ',' | ' ' => token.clear(),
            c => token.push(c),
        }
    }
    names
}

proptest! {
    #[test]
    fn challenges_are_valid_headers_with_one_error(error in "\\PC{1,20}", description in "\\PC{0,60}|[\\x00-\\x7f]{0,60}") {
        let body = OAuthErrorBody::from_raw(error.clone(), description.clone());
        let header = body.www_authenticate();
        prop_assert!(header.as_bytes().iter().all(|&b| b >= 0x20 && b != 0x7f));
        let names = challenge_parameter_names(std::str::from_utf8(header.as_bytes()).unwrap());
        prop_assert_eq!(names, vec!["error".to_owned(), "error_description".to_owned()]);
        let back = OAuthErrorBody::from_www_authenticate(header.as_bytes()).unwrap();
        // The documented change: control characters become spaces; nothing else changes.
        let documented = |s: &str| s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect::<String>();
        prop_assert_eq!(back.code(), documented(&error));
        let expected = documented(&description);
        prop_assert_eq!(back.description(), Some(expected.as_str()));
    }

    #[test]
    fn rfc_6749_descriptions_come_back_unchanged(description in rfc_6749_text()) {
        let body = OAuthErrorBody::from_raw("invalid_token", description.clone());
        let back = OAuthErrorBody::from_www_authenticate(body.www_authenticate().as_bytes()).unwrap();
        prop_assert_eq!(back.description(), Some(description.as_str()));
    }

    #[test]
    fn redirects_keep_their_parameters_and_gain_none(
        error in "\\PC{1,20}",
        description in "\\PC{0,40}",
        state in proptest::option::of("\\PC{0,20}"),
        // The application's own query parameters (never named like the error's).
        query in proptest::option::of("[a-d]{1,5}=[a-z0-9]{0,5}(&[a-d]{1,5}=[a-z0-9]{0,5}){0,2}"),
        fragment_mode in any::<bool>(),
    ) {
        let mut body = OAuthErrorBody::from_raw(error, description);
        if let Some(state) = state {
            body = body.with_state(state);
        }
        let redirect_uri = match &query {
            Some(query) => format!("https://app.example.com/cb?{query}"),
            None => "https://app.example.com/cb".to_owned(),
        };
        let mode = if fragment_mode { ResponseMode::Fragment } else { ResponseMode::Query };
        let url = body.to_redirect(&redirect_uri, mode).unwrap();
        prop_assert!(url.starts_with(&redirect_uri));
        let back = OAuthErrorBody::from_redirect(&url).unwrap();
        prop_assert_eq!(back.code(), body.code());
        prop_assert_eq!(back.description(), body.description());
        prop_assert_eq!(back.state(), body.state());
        // The application's parameters come back too, as extra members, where they share the
        // error's part of the URL.
        let app_parameters = match (&query, mode) {
            (Some(query), ResponseMode::Query) => query.split('&').count(),
            _ => 0,
        };
        prop_assert_eq!(back.extra().len(), app_parameters);
        // The added part holds exactly the body's parameters.
        let added = &url[redirect_uri.len()..];
        let count = added.trim_start_matches(['?', '&', '#']).split('&').count();
        prop_assert_eq!(count, 2 + usize::from(body.state().is_some()));
        prop_assert_eq!(url.matches('#').count(), usize::from(fragment_mode));
    }
}

#[test]
fn the_json_strategy_reaches_every_body_type() {
    // Guards the properties above against a strategy that never produces a parsable body.
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = json_text();
    let mut parsed = [0usize; 4];
    for _ in 0..2_000 {
        let text = strategy.new_tree(&mut runner).unwrap().current();
        let bytes = text.as_bytes();
        parsed[0] += usize::from(okta::ErrorBody::from_slice(bytes).is_ok());
        parsed[1] += usize::from(okta::OAuthErrorBody::from_slice(bytes).is_ok());
        parsed[2] += usize::from(identity_cloud::ErrorBody::from_slice(bytes).is_ok());
        parsed[3] += usize::from(lusid::ProblemDetails::from_slice(bytes).is_ok());
    }
    // Each body type parses in a good share of the cases, so the properties test real bodies.
    assert!(
        parsed.iter().all(|&n| n >= 100),
        "parsed per type, of 2000: {parsed:?}"
    );
}

// ---- WWW-Authenticate challenges with every kind of auth-param ----

/// A `Bearer` challenge as a server writes it: auth-params with quoted values (no control
/// characters, `"` and `\` escaped), `error` somewhere among them, optionally a description,
/// and other params such as `realm` and `scope` around them.
fn challenge() -> impl Strategy<Value = (String, String, Vec<(String, String)>)> {
    let other_name = "realm|scope|state|resource_metadata|[a-z][a-z0-9_.-]{0,8}"
        .prop_filter("not a member of the body", |n: &String| {
            !["error", "error_description", "error_uri"].contains(&n.as_str())
        });
    let value = "[ -~\u{a0}-\u{ff}]{0,24}";
    (
        value,
        proptest::option::of(value),
        proptest::collection::vec((other_name, value), 0..5),
        any::<proptest::sample::Index>(),
    )
        .prop_map(|(error, description, others, at)| {
            let mut others: Vec<(String, String)> = others;
            // One value per name: auth_param reads the first.
            let mut seen = std::collections::BTreeSet::new();
            others.retain(|(name, _)| seen.insert(name.clone()));
            let mut params = others.clone();
            let mut members = vec![("error".to_owned(), error.clone())];
            if let Some(description) = description {
                members.push(("error_description".to_owned(), description));
            }
            let at = at.index(params.len() + 1);
            for (i, member) in members.into_iter().enumerate() {
                params.insert(at + i, member);
            }
            let quoted: Vec<String> = params
                .iter()
                .map(|(name, value)| {
                    let escaped = value.replace('\\', "\\\\").replace('"', "\\\"");
                    format!("{name}=\"{escaped}\"")
                })
                .collect();
            (format!("Bearer {}", quoted.join(", ")), error, others)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn challenges_are_written_back_with_the_same_parameters_and_values(
        (header, error, others) in challenge()
    ) {
        let body = OAuthErrorBody::from_www_authenticate(header.as_bytes()).unwrap();
        prop_assert_eq!(body.code(), error.as_str());
        for (name, value) in &others {
            prop_assert_eq!(body.auth_param(name), Some(value.as_str()));
        }
        // No auth-param leaks into the JSON body.
        prop_assert!(body.extra().is_empty());
        // Written back: the very same header, and the same body when read again.
        let written = body.www_authenticate();
        prop_assert_eq!(written.to_str().ok(), header.is_ascii().then_some(header.as_str()));
        prop_assert_eq!(written.as_bytes(), header.as_bytes());
        let again = OAuthErrorBody::from_www_authenticate(written.as_bytes()).unwrap();
        prop_assert_eq!(again, body);
    }
}

// ---- Any challenge that parses, written back ----

/// A challenge as anyone might write it: `Bearer`, `DPoP` or another case of them, then
/// auth-params whose names are the body's members or others in any case (so some names come
/// twice in two spellings), with token or quoted values holding anything but an unbalanced
/// quote, and loose separators.
fn any_challenge() -> impl Strategy<Value = String> {
    let name = prop_oneof![
        "(?i:error)",
        "(?i:error_description)",
        "(?i:error_uri)",
        "(?i:realm|scope)",
        "[a-zA-Z][a-zA-Z0-9_.-]{0,6}",
    ];
    let value = prop_oneof![
        "[a-zA-Z0-9!#$%&'*+.^_`|~-]{1,12}",
        "\\PC{0,16}".prop_map(|text: String| {
            format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
        }),
        // Control characters and UTF-8 inside a quoted string, kept by the reader.
        "[\\x00-\\x1f\\x7f\u{e9}\u{2028}\u{202e} a\"]{0,8}"
            .prop_map(|text: String| { format!("\"{}\"", text.replace('"', "\\\"")) }),
    ];
    let separator = prop_oneof![Just(", "), Just(","), Just(" ,  "), Just(",,")];
    (
        "(?i:bearer|dpop)",
        proptest::collection::vec((name, value, separator), 1..6),
    )
        .prop_map(|(scheme, params)| {
            let mut header = format!("{scheme} ");
            for (i, (name, value, separator)) in params.iter().enumerate() {
                if i > 0 {
                    header.push_str(separator);
                }
                header.push_str(&format!("{name}={value}"));
            }
            header
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]

    /// Whatever challenge parses: it named no parameter twice in any case (RFC 9110, section
    /// 11.2), and what the crate writes back names each parameter once, `error` exactly once,
    /// and parses back to the same body, which writes the same header again.
    #[test]
    fn parsed_challenges_are_written_back_with_each_name_once(header in any_challenge()) {
        let Ok(body) = OAuthErrorBody::from_www_authenticate(header.as_bytes()) else {
            return Ok(());
        };
        let read = challenge_parameter_names(header.split_once(' ').unwrap().1);
        let mut lower: Vec<String> = read.iter().map(|n| n.to_ascii_lowercase()).collect();
        lower.sort();
        lower.dedup();
        prop_assert_eq!(lower.len(), read.len(), "accepted a name twice: {}", header);

        let written = body.www_authenticate();
        let text = std::str::from_utf8(written.as_bytes()).unwrap();
        let names = challenge_parameter_names(text.split_once(' ').unwrap().1);
        let mut lower: Vec<String> = names.iter().map(|n| n.to_ascii_lowercase()).collect();
        prop_assert_eq!(lower.iter().filter(|n| *n == "error").count(), 1, "{}", text);
        lower.sort();
        lower.dedup();
        prop_assert_eq!(lower.len(), names.len(), "written twice: {}", text);
        prop_assert_eq!(names.len(), read.len(), "{}", text);

        let again = OAuthErrorBody::from_www_authenticate(written.as_bytes()).unwrap();
        // Control characters are written as spaces (documented); nothing else changes.
        let documented = |s: &str| s.replace(char::is_control, " ");
        prop_assert_eq!(again.code(), documented(body.code()));
        prop_assert_eq!(again.description().map(documented), body.description().map(documented));
        prop_assert_eq!(again.error_uri().map(documented), body.error_uri().map(documented));
        prop_assert_eq!(again.www_authenticate(), written);
        if !header.contains(|c: char| c.is_control()) {
            prop_assert_eq!(again, body);
        }
    }
}

#[test]
fn the_challenge_strategy_makes_both_accepted_and_refused_challenges() {
    // Guards the property above against a strategy whose challenges never parse, or never
    // repeat a name in another case.
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = any_challenge();
    let (mut parsed, mut twice) = (0, 0);
    for _ in 0..2_000 {
        let header = strategy.new_tree(&mut runner).unwrap().current();
        match OAuthErrorBody::from_www_authenticate(header.as_bytes()) {
            Ok(_) => parsed += 1,
            Err(error) if error.to_string().contains("given twice") => twice += 1,
            Err(_) => {}
        }
    }
    assert!(
        parsed >= 200 && twice >= 200,
        "parsed {parsed}, refused as twice {twice}, of 2000"
    );
}

// ---- Entra ID's OAuth error body ----

#[cfg(feature = "entra")]
mod entra {
    use super::*;
    use identity_errors::entra::OAuthErrorBody;

    const MEMBERS: [&str; 9] = [
        "error",
        "error_description",
        "error_codes",
        "timestamp",
        "trace_id",
        "correlation_id",
        "error_uri",
        "suberror",
        "claims",
    ];

    /// A value of the type Entra gives the member, or now and then of any type.
    fn member_value(member: &'static str) -> BoxedStrategy<Value> {
        let typed = match member {
            "error_codes" => proptest::collection::vec(any::<i64>(), 0..4)
                .prop_map(Value::from)
                .boxed(),
            _ => "[a-z_]{1,20}|\\PC{0,30}".prop_map(Value::from).boxed(),
        };
        prop_oneof![12 => typed, 1 => json_value()].boxed()
    }

    /// An object shaped like Entra's body: most of its members, in any order, with extra
    /// members (such as the native-auth API's `continuation_token`) mixed in.
    fn entra_like() -> impl Strategy<Value = String> {
        shuffled_object(&MEMBERS, 0.85, member_value, 0..10)
    }

    /// A description as Entra writes one: the codes, a message, the ids, separated by `\r\n`,
    /// a space or nothing (each form is in tests/fixtures/entra_examples.json).
    fn description() -> impl Strategy<Value = (String, Vec<i64>, String, String)> {
        (
            proptest::collection::vec(0..100_000_000_i64, 1..3),
            "[a-zA-Z ,.'()-]{0,40}",
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
            proptest::sample::select(&["\r\n", " ", ""][..]),
        )
            .prop_map(|(codes, message, trace, correlation, separator)| {
                let prefixes: Vec<String> = codes
                    .iter()
                    .map(|code| format!("AADSTS{code}: {message}."))
                    .collect();
                let text = format!(
                    "{}{separator}Trace ID: {trace}{separator}Correlation ID: {correlation}{separator}Timestamp: 2021-06-25 13:16:19Z",
                    prefixes.join(" ")
                );
                (text, codes, trace, correlation)
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn entra_bodies_round_trip_in_any_order(text in entra_like()) {
            let bytes = text.as_bytes();
            assert_lossless!(OAuthErrorBody, bytes);
            if let Ok(body) = OAuthErrorBody::from_slice(bytes) {
                prop_assert_eq!(body.to_json(), text);
                // Every view answers, whatever the members hold.
                let _ = (body.codes().count(), body.known_aadsts(), body.correlation_id());
                let _ = (body.kind(), body.retry(), body.retry_after(), body.to_string());
            }
        }

        #[test]
        fn arbitrary_json_never_panics_the_entra_parser(text in json_text()) {
            assert_lossless!(OAuthErrorBody, text.as_bytes());
        }

        #[test]
        fn arbitrary_bytes_never_panic_the_entra_parser(
            bytes in proptest::collection::vec(any::<u8>(), 0..64),
        ) {
            let _ = OAuthErrorBody::from_slice(&bytes);
        }

        #[test]
        fn the_description_gives_the_codes_and_ids_in_every_form(
            (text, codes, trace, correlation) in description(),
        ) {
            let body = OAuthErrorBody::from_raw("invalid_grant", text.clone());
            prop_assert_eq!(body.codes().collect::<Vec<_>>(), codes);
            prop_assert_eq!(body.trace_id(), Some(trace.as_str()));
            prop_assert_eq!(body.correlation_id(), Some(correlation.as_str()));
            prop_assert_eq!(body.timestamp(), Some("2021-06-25 13:16:19Z"));
            // Setting an id changes it in the description too, and nothing else.
            let set = body.with_correlation_id("c-1");
            prop_assert_eq!(set.description().unwrap(), text.replace(&correlation, "c-1"));
        }
    }

    #[test]
    fn the_entra_strategy_makes_bodies_that_parse_and_bodies_that_do_not() {
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        let strategy = entra_like();
        let mut parsed = [0usize; 2];
        for _ in 0..2_000 {
            let text = strategy.new_tree(&mut runner).unwrap().current();
            parsed[usize::from(OAuthErrorBody::from_slice(text.as_bytes()).is_ok())] += 1;
        }
        assert!(
            parsed.iter().all(|&n| n >= 200),
            "refused, parsed: {parsed:?}"
        );
    }
}

#[cfg(feature = "cognito")]
mod cognito {
    use super::*;
    use identity_errors::cognito::ErrorBody;

    const MEMBERS: [&str; 4] = ["__type", "message", "Message", "reasonCode"];

    /// A value of the type AWS gives the member (`__type` with or without a namespace, as the
    /// fixtures show), or now and then of any type.
    fn member_value(member: &'static str) -> BoxedStrategy<Value> {
        let typed = match member {
            "__type" => "(com\\.amazonaws\\.cognito\\.identity\\.idp\\.model#)?[A-Z][A-Za-z]{0,30}Exception(:http://[a-z/.]{0,20})?"
                .prop_map(Value::from)
                .boxed(),
            _ => "\\PC{0,30}".prop_map(Value::from).boxed(),
        };
        prop_oneof![12 => typed, 1 => json_value()].boxed()
    }

    /// An object shaped like Cognito's error: most of its members, in any order, with others
    /// mixed in.
    fn cognito_like() -> impl Strategy<Value = String> {
        shuffled_object(&MEMBERS, 0.85, member_value, 0..10)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn cognito_bodies_round_trip_in_any_order(text in cognito_like()) {
            let bytes = text.as_bytes();
            assert_lossless!(ErrorBody, bytes);
            if let Ok(body) = ErrorBody::from_slice(bytes) {
                prop_assert_eq!(body.to_json(), text);
                // The name is a part of `__type`, without the cut's separators.
                let name = body.error_name();
                prop_assert!(body.code().contains(name));
                prop_assert!(!name.contains(['#', ':']));
                let _ = (body.known_code(), body.message(), body.correlation_id());
                let _ = (body.kind(), body.retry(), body.retry_after(), body.to_string());
            }
        }

        #[test]
        fn arbitrary_json_never_panics_the_cognito_parser(text in json_text()) {
            assert_lossless!(ErrorBody, text.as_bytes());
        }
    }

    #[test]
    fn the_cognito_strategy_makes_bodies_that_parse_and_bodies_that_do_not() {
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        let strategy = cognito_like();
        let mut parsed = [0usize; 2];
        for _ in 0..2_000 {
            let text = strategy.new_tree(&mut runner).unwrap().current();
            parsed[usize::from(ErrorBody::from_slice(text.as_bytes()).is_ok())] += 1;
        }
        assert!(
            parsed.iter().all(|&n| n >= 200),
            "refused, parsed: {parsed:?}"
        );
    }
}
