//! Usage errors (exit status 2) and codes that do not exist (exit status 1): each names what is
//! wrong.

use crate::{fails, ok};

/// A usage error: nothing on standard output, and standard error starting with `message`.
fn usage(args: &[&str], message: &str) -> String {
    let (out, err) = fails(args, 2);
    assert_eq!(out, "", "{args:?}");
    assert!(err.starts_with(message), "{args:?}: {err}");
    err
}

#[test]
fn missing_arguments() {
    usage(&[], "What an error code");
    usage(
        &["explain"],
        "error: the following required arguments were not provided:\n  <CODE>...",
    );
    usage(
        &["search"],
        "error: the following required arguments were not provided:\n  <WORDS>...",
    );
    usage(
        &["body"],
        "error: the following required arguments were not provided:\n  <CODE>",
    );
}

#[test]
fn bad_flags_and_subcommands() {
    let err = usage(
        &["explain", "--bogus", "E0000007"],
        "error: unexpected argument '--bogus' found",
    );
    assert!(err.contains("Usage: identity-errors explain"), "{err}");
    usage(&["--dump"], "error: unexpected argument '--dump' found");
    usage(
        &["search", "-n", "many", "x"],
        "error: invalid value 'many' for '--limit <N>'",
    );
    let err = usage(&["serch", "rate"], "error: unrecognized subcommand 'serch'");
    assert!(
        err.contains("tip: a similar subcommand exists: 'search'"),
        "{err}"
    );
    let err = usage(&["E0000007"], "error: unrecognized subcommand 'E0000007'");
    assert!(
        err.contains("tip: to explain it: identity-errors explain E0000007"),
        "{err}"
    );
    let err = usage(
        &["list", "nope"],
        "error: invalid value 'nope' for '[CATALOG]'",
    );
    assert!(
        err.contains("[possible values: okta, okta-oauth, okta-login, identity-cloud, lusid, entra, entra-oauth, entra-suberror, cognito, firebase, firebase-client, keycloak, keycloak-event, auth0, auth0-guardian, auth0-signup, auth0-login, all]"),
        "{err}"
    );
}

#[test]
fn wrong_number_of_body_arguments() {
    // None at all prints the template, said to be one (see body.rs); any other wrong count is a
    // usage error.
    let err = usage(
        &["body", "E0000007", "x", "y"],
        "error: E0000007 takes 1 argument, 2 given (its summary template is \"Not found: {0}\")\n",
    );
    assert!(
        err.contains("Usage: identity-errors body [OPTIONS] <CODE> [ARGS]..."),
        "{err}"
    );
    // No padded row inside the sentence.
    usage(
        &["body", "okta-oauth:invalid_client", "x"],
        "error: okta-oauth:invalid_client (Okta OAuth error) takes no arguments, 1 given\n",
    );
    // Entra's bodies: see entra_body.rs.
    usage(
        &["body", "lusid:657", "x"],
        "error: lusid:657 (LUSID error) takes no arguments, 1 given\n",
    );
    usage(&["body", "UNKNOWN_USER", "x", "y"], "error: UNKNOWN_USER has no body of its own and Okta answers it with E0000007: E0000007 takes 1 argument, 2 given");
}

#[test]
fn an_empty_argument_is_a_usage_error() {
    // Before, `explain ""` said that no catalog lists "", with exit status 1.
    usage(
        &["explain", ""],
        "error: invalid value '' for '<CODE>...': it is empty\n",
    );
    usage(
        &["explain", "E0000007", "  "],
        "error: invalid value '  ' for '<CODE>...': it is empty\n",
    );
    usage(
        &["search", ""],
        "error: invalid value '' for '<WORDS>...': it is empty\n",
    );
    usage(
        &["body", ""],
        "error: invalid value '' for '<CODE>': it is empty\n",
    );
    // An argument to fill a template may be empty: Okta's summary then ends there.
    let assert = crate::run(&["body", "E0000007", ""]).success();
    let out = String::from_utf8_lossy(&assert.get_output().stdout);
    assert!(out.contains("\"errorSummary\":\"Not found: \""), "{out}");
}

#[test]
fn ambiguous_and_unknown_prefixes() {
    usage(
        &["body", "100"],
        "error: \"100\" names 2 codes: E0000100, identity-cloud:100; write one of them\n",
    );
    ok(&["body", "identity-cloud:100"]);
    let message = "error: no catalog is named \"nope\"; a prefix is one of okta:, okta-oauth:, okta-login:, identity-cloud:, lusid:, entra:, entra-oauth:, entra-suberror:, cognito:, firebase:, firebase-client:, keycloak:, keycloak-event:, auth0:, auth0-guardian:, auth0-signup:, auth0-login:\n";
    usage(&["explain", "nope:7"], message);
    usage(&["body", "nope:7"], message);
}

#[test]
fn no_such_code() {
    let (out, err) = fails(&["explain", "E9999999"], 1);
    assert_eq!(out, "");
    assert_eq!(err, "error: no catalog lists \"E9999999\"\n  hint: to find codes by words: identity-errors search <WORDS>..\n");
    // The old `explain search ..` form: a hint at the command.
    let (_, err) = fails(&["explain", "search"], 1);
    assert_eq!(err, "error: no catalog lists \"search\"\n  hint: `search` is a command of its own: identity-errors search --help\n");
    let (_, err) = fails(&["body", "E9999999"], 1);
    assert!(
        err.starts_with("error: no catalog lists \"E9999999\""),
        "{err}"
    );
    let (_, err) = fails(&["body", "identity-cloud:215"], 1);
    assert!(err.starts_with("error: identity-cloud:215 is not in the catalog (Identity Cloud treats it as 210 invalid_credentials), so its exact body is unknown\n  hint: the body of 210: identity-errors body identity-cloud:210\n"), "{err}");
    let (_, err) = fails(&["body", "404"], 1);
    assert!(
        err.starts_with("error: 404 Not Found is an HTTP status, not a code\n"),
        "{err}"
    );
}

#[test]
fn help_on_every_subcommand() {
    for command in ["explain", "search", "body", "list", "dump"] {
        let out = ok(&[command, "--help"]);
        let usage = format!("Usage: identity-errors {command} [OPTIONS]");
        assert!(out.contains(&usage), "{command}: {out}");
        assert!(out.contains("--json"), "{command}: {out}");
    }
    let out = ok(&["--help"]);
    for command in ["explain", "search", "body", "list", "dump"] {
        assert!(
            out.contains(&format!("\n  {command}  ")),
            "{command}: {out}"
        );
    }
    assert!(ok(&["explain", "--help"]).contains("identity-cloud:215"));
    assert_eq!(
        ok(&["--version"]),
        format!("identity-errors {}\n", env!("CARGO_PKG_VERSION"))
    );
}
