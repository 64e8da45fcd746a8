//! Every row of the Cognito tables equals its source, botocore's service model of `cognito-idp`
//! as kept (cut to its operations' error lists and exception shapes) in
//! `data/sources/cognito/service-2.errors.json`.
//!
//! Nothing of the library's API: this test reads the JSON and the tables of `data/` directly
//! and compares them in both directions (nothing missing, nothing extra, every field exact),
//! counts included, so a row is proven before anything is generated from it. The library's own
//! `tests/cognito_sources.rs` proves the generated catalog against the same file through the
//! public API.

use identity_errors::serde_json::{self, Value};
use identity_errors_codegen::table::unescape;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

const MODEL: &str = "data/sources/cognito/service-2.errors.json";
const ERRORS: &str = "data/cognito_errors.tsv";
const OPERATIONS: &str = "data/cognito_operation_errors.tsv";

fn read(relative: &str) -> String {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "..", relative]
        .iter()
        .collect();
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A table's rows: each its line number and its fields by column name, unescaped (the format
/// of data/README.md).
fn table(relative: &str, columns: &[&str]) -> Vec<(usize, BTreeMap<String, String>)> {
    let text = read(relative);
    let mut header_seen = false;
    let mut rows = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        if line.starts_with('#') {
            continue;
        }
        let fields: Vec<String> = line
            .split('\t')
            .map(|field| unescape(field).unwrap_or_else(|e| panic!("{relative}:{number}: {e}")))
            .collect();
        if !header_seen {
            assert_eq!(fields, columns, "{relative}:{number}: the header");
            header_seen = true;
            continue;
        }
        assert_eq!(
            fields.len(),
            columns.len(),
            "{relative}:{number}: field count"
        );
        let fields = columns.iter().map(|c| c.to_string()).zip(fields).collect();
        rows.push((number, fields));
    }
    rows
}

fn model() -> Value {
    serde_json::from_str(&read(MODEL)).expect("the kept model is JSON")
}

/// The exception shapes of the model, by name.
fn exceptions(model: &Value) -> BTreeMap<String, &Value> {
    let shapes = model["shapes"].as_object().expect("shapes");
    shapes
        .iter()
        .filter(|(_, shape)| shape["exception"] == Value::Bool(true))
        .map(|(name, shape)| (name.clone(), shape))
        .collect()
}

#[test]
fn the_kept_model_is_cognito_idp_over_aws_json_1_1() {
    let model = model();
    let metadata = &model["metadata"];
    assert_eq!(metadata["endpointPrefix"], "cognito-idp");
    assert_eq!(metadata["apiVersion"], "2016-04-18");
    assert_eq!(metadata["protocol"], "json");
    assert_eq!(metadata["jsonVersion"], "1.1");
    assert_eq!(
        metadata["targetPrefix"],
        "AWSCognitoIdentityProviderService"
    );
    // The cut keeps only exception shapes, all of them.
    let shapes = model["shapes"].as_object().unwrap();
    assert_eq!(shapes.len(), 59);
    assert_eq!(exceptions(&model).len(), 59);
}

#[test]
fn every_exception_row_is_the_models_shape_and_every_shape_is_a_row() {
    let model = model();
    let shapes = exceptions(&model);
    let columns = [
        "code",
        "name",
        "fault",
        "crate_status",
        "documentation",
        "kind",
        "retry",
        "advice_by",
    ];
    let rows = table(ERRORS, &columns);
    assert_eq!(rows.len(), 59, "{ERRORS}: one row per exception shape");
    let mut seen = BTreeSet::new();
    let mut faults = Vec::new();
    for (line, row) in &rows {
        let code = &row["code"];
        let at = format!("{ERRORS}:{line}");
        let shape = shapes
            .get(code)
            .unwrap_or_else(|| panic!("{at}: {code} is no exception shape of the model"));
        assert!(seen.insert(code.clone()), "{at}: {code} twice");
        assert_eq!(
            Some(row["documentation"].as_str()),
            shape["documentation"].as_str(),
            "{at}: the documentation, exactly"
        );
        let fault = shape.get("fault") == Some(&Value::Bool(true));
        assert_eq!(row["fault"], fault.to_string(), "{at}: fault");
        if fault {
            faults.push(code.as_str());
        }
        // The model gives no status: the crate's rule, 500 for a fault, else 400.
        assert!(
            shape.get("error").is_none(),
            "{at}: the model now gives an `error` trait"
        );
        let status = if fault { "500" } else { "400" };
        assert_eq!(row["crate_status"], status, "{at}: crate_status");
        assert_eq!(
            Some(row["name"].as_str()),
            code.strip_suffix("Exception"),
            "{at}: the name is the shape name without `Exception`"
        );
        // The members the body relies on: `message`, and `reasonCode` for one shape only.
        let members: Vec<&String> = shape["members"].as_object().unwrap().keys().collect();
        let expected: &[&str] = if code == "InvalidParameterException" {
            &["message", "reasonCode"]
        } else {
            &["message"]
        };
        assert_eq!(members, expected, "{at}: members");
        assert_eq!(shape["members"]["message"]["shape"], "MessageType", "{at}");
    }
    assert_eq!(seen.len(), shapes.len(), "every shape is a row");
    assert_eq!(
        faults,
        ["InternalErrorException", "InternalServerException"]
    );
    // Sorted by code, byte order.
    let codes: Vec<&str> = rows.iter().map(|(_, row)| row["code"].as_str()).collect();
    let mut sorted = codes.clone();
    sorted.sort_unstable();
    assert_eq!(codes, sorted);
}

#[test]
fn only_the_codes_botocore_retries_as_throttling_say_botocore() {
    let rows = table(
        ERRORS,
        &[
            "code",
            "name",
            "fault",
            "crate_status",
            "documentation",
            "kind",
            "retry",
            "advice_by",
        ],
    );
    // botocore/retries/standard.py, ThrottledRetryableChecker._THROTTLED_ERROR_CODES (14
    // codes); the two of them Cognito's model has.
    let throttled = ["LimitExceededException", "TooManyRequestsException"];
    let botocore: Vec<&str> = rows
        .iter()
        .filter(|(_, row)| row["advice_by"] == "botocore")
        .map(|(_, row)| row["code"].as_str())
        .collect();
    assert_eq!(botocore, throttled);
    for (line, row) in &rows {
        if row["advice_by"] == "botocore" {
            assert_eq!(
                (row["kind"].as_str(), row["retry"].as_str()),
                ("rate_limited", "after_window"),
                "{ERRORS}:{line}"
            );
        }
    }
}

#[test]
fn every_operation_error_pair_is_the_models_in_its_order() {
    let model = model();
    let operations = model["operations"].as_object().unwrap();
    assert_eq!(operations.len(), 129);
    let mut listed = Vec::new();
    for (name, operation) in operations {
        assert_eq!(operation["name"], name.as_str());
        let errors = operation["errors"].as_array().unwrap();
        assert!(!errors.is_empty(), "{name}: every operation lists an error");
        for error in errors {
            listed.push((name.clone(), error["shape"].as_str().unwrap().to_owned()));
        }
    }
    let rows = table(OPERATIONS, &["operation", "error"]);
    let read: Vec<(String, String)> = rows
        .iter()
        .map(|(_, row)| (row["operation"].clone(), row["error"].clone()))
        .collect();
    assert_eq!(listed.len(), 1_130);
    assert_eq!(read.len(), 1_130);
    // The model's operations are sorted by name, so its map order (sorted or as written) is the
    // model's order.
    for (index, (pair, row)) in listed.iter().zip(&rows).enumerate() {
        assert_eq!(&read[index], pair, "{OPERATIONS}:{}", row.0);
    }
    let distinct: BTreeSet<&(String, String)> = read.iter().collect();
    assert_eq!(distinct.len(), 1_129);
    let mut repeats = read.clone();
    repeats.sort();
    let repeated: Vec<&(String, String)> = repeats
        .windows(2)
        .filter(|pair| pair[0] == pair[1])
        .map(|pair| &pair[0])
        .collect();
    assert_eq!(
        repeated,
        [&(
            "VerifySoftwareToken".to_owned(),
            "NotAuthorizedException".to_owned()
        )]
    );
    // Every error is an exception of the catalog; the most listed as the research counted.
    let shapes = exceptions(&model);
    let mut per_error: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (operation, error) in &read {
        assert!(shapes.contains_key(error), "{error}");
        per_error.entry(error).or_default().insert(operation);
    }
    assert_eq!(per_error["InvalidParameterException"].len(), 129);
    assert_eq!(per_error["InternalErrorException"].len(), 126);
    assert_eq!(per_error["NotAuthorizedException"].len(), 124);
    assert_eq!(per_error["ResourceNotFoundException"].len(), 123);
    assert_eq!(per_error["TooManyRequestsException"].len(), 120);
}
