//! A typo is never read as another code: a code written with too many or too few digits, or an
//! integer with leading zeros or a `+`, is refused (exit status 1) with the codes it may have
//! meant, while every documented spelling still reads.

use crate::{fails, json, ok};
use identity_errors::okta;
use serde_json::Value;

/// The `catalog:code` of each suggestion of the first error of a failed `--json` run.
fn suggested(out: &Value) -> Vec<String> {
    out["errors"][0]["suggestions"]
        .as_array()
        .expect("suggestions")
        .iter()
        .map(|row| format!("{}:{}", row["catalog"].as_str().unwrap_or("?"), row["code"]))
        .map(|s| s.replace('"', ""))
        .collect()
}

#[test]
fn a_misspelt_code_is_refused_with_the_codes_meant() {
    let cases: &[(&str, &[&str])] = &[
        // The case: eight digits, which read as E0000070 before.
        ("E00000070", &["okta:E0000070", "okta:E0000007"]),
        ("okta:E00000070", &["okta:E0000070", "okta:E0000007"]),
        ("e00000070", &["okta:E0000070", "okta:E0000007"]),
        ("00000007", &["okta:E0000007"]),
        ("E10000007", &["okta:E0000007"]),
        // Integers as their vendors never write them.
        ("0415", &["identity_cloud:415"]),
        ("+415", &["identity_cloud:415"]),
        ("identity-cloud:0415", &["identity_cloud:415"]),
        ("lusid:0657", &["lusid:657"]),
        ("-01", &["lusid:-1"]),
    ];
    for (input, meant) in cases {
        let (out, err) = fails(&["explain", input], 1);
        assert_eq!(out, "", "{input}");
        let head = format!("error: \"{input}\" is not a code as written: ");
        assert!(err.starts_with(&head), "{input}: {err}");
        assert!(err.contains("\n  did you mean:\n    "), "{input}: {err}");
        let (out, _) = fails(&["explain", input, "--json"], 1);
        let out: Value = serde_json::from_str(&out).expect("JSON");
        assert_eq!(
            out["results"][0]["readings"],
            serde_json::json!([]),
            "{input}"
        );
        assert_eq!(out["errors"][0]["kind"], "not_found", "{input}");
        assert_eq!(out["errors"][0]["input"], *input);
        assert_eq!(suggested(&out), *meant, "{input}");
        // `body` refuses it the same way.
        let (out, err) = fails(&["body", input], 1);
        assert_eq!(out, "", "{input}");
        assert!(err.starts_with(&head), "{input}: {err}");
    }
    let (_, err) = fails(&["explain", "E00000070"], 1);
    assert_eq!(
        err,
        "error: \"E00000070\" is not a code as written: an Okta API error code has seven \
         digits, not 8 (E0000007, 0000007), or is its number without leading zeros (7, E7)\n  \
         did you mean:\n    \
         E0000070  Okta API error  202  Factor waiting for ack exception\n    \
         E0000007  Okta API error  404  Resource not found exception\n"
    );
    // Too few digits for the leading zeros: said so, with the spellings that work.
    let (_, err) = fails(&["explain", "E000007"], 1);
    let head = err.lines().next().unwrap_or_default();
    assert_eq!(
        head,
        "error: \"E000007\" is not a code as written: an Okta API error code with leading zeros \
         has seven digits, not 6 (E0000007, 0000007), and without them is its number (7, E7)"
    );
    for works in ["E0000007", "0000007", "7", "E7"] {
        ok(&["explain", works]);
    }
}

#[test]
fn no_okta_code_reads_with_a_digit_too_many_or_too_few() {
    // Every code with a zero added after the E, and with the first zero dropped: never a code.
    let mut inputs: Vec<String> = Vec::new();
    for code in okta::ErrorCode::ALL {
        let digits = &code.code()[1..];
        inputs.push(format!("E0{digits}"));
        inputs.push(format!("0{digits}"));
        inputs.push(format!("E{}", &digits[1..]));
    }
    let mut args = vec!["explain", "--json"];
    args.extend(inputs.iter().map(String::as_str));
    let (out, _) = fails(&args, 1);
    let out: Value = serde_json::from_str(&out).expect("JSON");
    let results = out["results"].as_array().expect("results");
    assert_eq!(results.len(), inputs.len());
    for result in results {
        assert_eq!(
            result["readings"],
            serde_json::json!([]),
            "{}",
            result["input"]
        );
    }
    assert_eq!(out["errors"].as_array().map(Vec::len), Some(inputs.len()));
}

#[test]
fn the_documented_spellings_still_read() {
    for spelling in [
        "E0000007", "e0000007", "0000007", "7", "E7", "okta:7", "OKTA:e7",
    ] {
        let out = json(&["explain", spelling]);
        let readings = out["results"][0]["readings"].as_array().expect("readings");
        assert_eq!(readings.len(), 1, "{spelling}");
        assert_eq!(readings[0]["entry"]["code"], "E0000007", "{spelling}");
    }
    assert!(ok(&["explain", "415"]).starts_with("Identity Cloud    415  "));
    assert!(ok(&["explain", "-1"]).starts_with("LUSID error       -1  "));
}

#[test]
fn a_misspelt_number_is_no_status_and_no_catch_all() {
    // 0404 was read as HTTP 404, 0299 by Identity Cloud's catch-all rule.
    let (out, err) = fails(&["explain", "0404"], 1);
    assert_eq!(out, "");
    assert!(
        err.ends_with(
            "\n  hint: the codes answered with HTTP 404 Not Found: identity-errors explain 404\n"
        ),
        "{err}"
    );
    let (out, _) = fails(&["explain", "0299"], 1);
    assert_eq!(out, "");
    let (out, _) = fails(&["explain", "identity-cloud:+299"], 1);
    assert_eq!(out, "");
}

#[test]
fn a_word_a_keystroke_away_is_suggested() {
    let (out, err) = fails(&["explain", "invalid_clent"], 1);
    assert_eq!(out, "");
    assert!(
        err.starts_with(
            "error: no catalog lists \"invalid_clent\"\n  did you mean:\n    okta-oauth:invalid_client      Okta OAuth error      401  Invalid client\n    entra-oauth:invalid_client     Entra OAuth error     401  Client authentication failed.\n    keycloak:invalid_client        Keycloak OAuth error  401  INVALID_CLIENT\n    keycloak-event:invalid_client  Keycloak event error    -  INVALID_CLIENT\n"
        ),
        "{err}"
    );
    // The right code under another catalog's prefix.
    let (_, err) = fails(&["explain", "okta:invalid_client"], 1);
    assert!(
        err.contains("did you mean:\n    okta-oauth:invalid_client      Okta OAuth error      401"),
        "{err}"
    );
    // A number that is no code is not a typo of one a digit away.
    let (_, err) = fails(&["explain", "418"], 1);
    assert!(!err.contains("did you mean"), "{err}");
}

#[test]
fn a_long_input_is_answered_at_once() {
    // 100,000 characters (an argument may be 128 KiB): comparing it with every code took a
    // minute, an edit-distance table per code.
    let started = std::time::Instant::now();
    for input in ["a".repeat(100_000), format!("E{}", "1".repeat(100_000))] {
        let (out, err) = fails(&["explain", &input], 1);
        assert_eq!(out, "");
        assert!(err.starts_with("error: "), "{}", &err[..80]);
    }
    let took = started.elapsed();
    assert!(took < std::time::Duration::from_secs(5), "{took:?}");
}
