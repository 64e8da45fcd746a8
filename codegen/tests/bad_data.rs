//! The build's table validation, fed corrupt tables: every problem is reported, all at once, as
//! `data/<file>:<line>: <what is wrong>`.

use identity_errors_codegen::catalog::Catalog;
use identity_errors_codegen::catalogs::{
    ALL, AUTH0_AUTH_ERRORS, AUTH0_GUARDIAN_ERRORS, COGNITO_ERRORS, ENTRA_ERRORS,
    ENTRA_OAUTH_ERRORS, ENTRA_SUBERRORS, IDENTITY_CLOUD_ERRORS, KEYCLOAK_EVENT_ERRORS,
    KEYCLOAK_OAUTH_ERRORS, LUSID_ERRORS, OKTA_ERRORS, OKTA_LOGIN_FAILURES, OKTA_OAUTH_ERRORS,
};
use identity_errors_codegen::codegen;
use identity_errors_codegen::table::{find, parse, Problem, Record, Table};
use identity_errors_codegen::template::{named_parts, template_parts, Template, TemplatePart};

const OKTA: &str = "\
# comment lines are skipped
code\tname\tstatus\ttitle\tsummary\tdescription\tsince\tformer_title\tsent_summary\tincludes_exception_message\tkind\tretry\tadvice_by
E0000001\tApiValidation\t400\tAPI validation exception\tApi validation failed: {0}\tLonger text\t2024.08.1\t\t\ttrue\tinvalid_request\tnever\tcrate
E0000007\tResourceNotFound\t404\tResource not found exception\tNot found: {0}\t\t2024.08.1\t\t\tfalse\tnot_found\tnever\tcrate
";
const OAUTH: &str = "\
error\tname\tstatus\ttitle\tdescription\tdescription_source\tsent_as\tkind\tretry\tadvice_by
invalid_client\tInvalidClient\t401\tInvalid client\tThe specified client isn't valid.\tseed\t\tunauthenticated\tafter_reauthenticating\tcrate
";
const LOGIN: &str = "\
reason\tname\terror_code\tdescription\ttroubleshooting\tkind\tretry\tadvice_by
UNKNOWN_USER\tUnknownUser\tE0000007\tThe system cannot find the user\tVerify the username.\\nCheck for typos.\tnot_found\tnever\tlinked
PASSWORD_EXPIRED\tPasswordExpired\t\tUser's password has expired\tReset it.\tunauthenticated\tafter_reauthenticating\tcrate
";
const IDENTITY_CLOUD: &str = "\
code\tname\terror\tcategory\tdescription\tkind\tretry\tadvice_by
100\tMissingArgument\tmissing_argument\tmissing_argument\tA required argument wasn't supplied.\tinvalid_request\tnever\tcrate
221\tUnknownApplication\tunknown_application\tinvalid_argument\tThe application ID doesn't exist.\tnot_found\tnever\tcrate
352\tUnknownApplication352\tunknown_application\tdata_type\tA repeated error string is allowed.\tnot_found\tnever\tcrate
";
const LUSID: &str = "\
code\tname\tname_by\tcrate_status\ttitle\tdescription\tkind\tretry\tadvice_by
657\tUserDoesNotExist\tcrate\t404\tUser does not exist\tThe specified user does not exist\tnot_found\tnever\tcrate
-1\tUnknownError\tcrate\t500\tUnknown error\t\tserver_fault\twith_backoff\tcrate
";

const ENTRA: &str = "\
code\tname\tname_by\tmicrosoft_name\tdescription\tsecond_description\tstatus\tkind\tretry\tadvice_by
50126\tInvalidUserNameOrPassword\tmicrosoft\tInvalidUserNameOrPassword\tError validating credentials due to invalid username or password.\t\t400\tunauthenticated\tafter_reauthenticating\tcrate
9002341\tSsoPermissionRequired\tcrate\t\tThe user '{user}' is required to permit single sign-On to {app} in '{user}'.\t\t\tinvalid_request\tnever\tcrate
90024\tRequestBudgetExceededError\tmicrosoft\tRequestBudgetExceededError\tA transient error has occurred. Try again.\t\t\trate_limited\tafter_window\tmicrosoft
51005\tTemporaryRedirect\tmicrosoft\tTemporaryRedirect\tEquivalent to HTTP status 307. Follow the location header.\tA second text.\t307\tinvalid_request\tnever\tcrate
";
const ENTRA_OAUTH: &str = "\
error\tname\tdescription_source\tdescription\tclient_action\tstatus\tstatus_by\tkind\tretry\tadvice_by
invalid_grant\tInvalidGrant\treference\tSome authentication material was invalid.\tTry a new request.\t400\tmicrosoft\tunauthenticated\tafter_reauthenticating\tmicrosoft
user_not_found\tUserNotFound\tnative-auth\tThe username doesn't exist.\t\t400\tcrate\tnot_found\tnever\tcrate
";
const ENTRA_SUBERRORS_TSV: &str = "\
suberror\tname\tdescription\tkind\tretry\tadvice_by
password_too_weak\tPasswordTooWeak\tPassword is too weak.\tinvalid_request\tnever\tcrate
";

const COGNITO: &str = "\
code\tname\tfault\tcrate_status\tdocumentation\tkind\tretry\tadvice_by
InternalErrorException\tInternalError\ttrue\t500\t<p>An internal error.</p>\tserver_fault\twith_backoff\tcrate
TooManyRequestsException\tTooManyRequests\tfalse\t400\t<p>Too many requests.</p>\trate_limited\tafter_window\tbotocore
UserNotFoundException\tUserNotFound\tfalse\t400\t<p>A user isn't found.</p>\tnot_found\tnever\tcrate
";

/// A small valid Keycloak OAuth table.
const KEYCLOAK_OAUTH: &str = "\
error\tname\tconstant\tsection\tstatus\tstatus_by\tkind\tretry\tadvice_by
invalid_grant\tInvalidGrant\tINVALID_GRANT\tOthers\t400\trfc\tinvalid_request\tnever\tcrate
invalid_client\tInvalidClient\tINVALID_CLIENT\tOthers\t401\trfc\tunauthenticated\tafter_reauthenticating\tcrate
slow_down\tSlowDown\tSLOW_DOWN\tOAuth2 Device Authorization Grant\t400\tcrate\trate_limited\tafter_window\trfc8628
";

/// A small valid Keycloak event error table.
const KEYCLOAK_EVENTS: &str = "\
error\tname\tconstant\tkind\tretry\tadvice_by
user_not_found\tUserNotFound\tUSER_NOT_FOUND\tnot_found\tnever\tcrate
invalid_user_credentials\tInvalidUserCredentials\tINVALID_USER_CREDENTIALS\tunauthenticated\tafter_reauthenticating\tcrate
";

/// A small valid Auth0 Authentication API table.
const AUTH0_AUTH: &str = "\
error\tname\tendpoint\tstatus\trows\texample\tdescription\tkind\tretry\tadvice_by
bad.authParams\tBadAuthParams\t/passwordless/start\t400\t1\terror in authParams\tInvalid authParams\tinvalid_request\tnever\tcrate
too_many_logins\tTooManyLogins\t/oauth/ro\t429\t1\t...\tSome anomaly detections will return this error.\trate_limited\tafter_window\tcrate
";

/// A small valid Auth0 Guardian table.
const AUTH0_GUARDIAN: &str = "\
error\tname\tdescription\tkind\tretry\tadvice_by
invalid_otp\tInvalidOtp\tProvided otp code was not valid\tunauthenticated\tafter_reauthenticating\tcrate
too_many_sms\tTooManySms\tYou have exeed the amount of SMSs assigned to your user\trate_limited\tafter_window\tcrate
";

/// The valid tables above, with the `replaced` texts standing in for theirs.
fn texts<'a>(replaced: &[(&'static Catalog, &'a str)]) -> Vec<(&'static Catalog, &'a str)> {
    let valid: [(&'static Catalog, &'a str); 13] = [
        (&OKTA_ERRORS, OKTA),
        (&OKTA_OAUTH_ERRORS, OAUTH),
        (&OKTA_LOGIN_FAILURES, LOGIN),
        (&IDENTITY_CLOUD_ERRORS, IDENTITY_CLOUD),
        (&LUSID_ERRORS, LUSID),
        (&ENTRA_ERRORS, ENTRA),
        (&ENTRA_OAUTH_ERRORS, ENTRA_OAUTH),
        (&ENTRA_SUBERRORS, ENTRA_SUBERRORS_TSV),
        (&COGNITO_ERRORS, COGNITO),
        (&KEYCLOAK_OAUTH_ERRORS, KEYCLOAK_OAUTH),
        (&KEYCLOAK_EVENT_ERRORS, KEYCLOAK_EVENTS),
        (&AUTH0_AUTH_ERRORS, AUTH0_AUTH),
        (&AUTH0_GUARDIAN_ERRORS, AUTH0_GUARDIAN),
    ];
    let replacement = |catalog: &Catalog| replaced.iter().find(|(r, _)| r.file == catalog.file);
    valid
        .iter()
        .map(|&(catalog, text)| replacement(catalog).copied().unwrap_or((catalog, text)))
        .collect()
}

/// The rows of `catalog`'s table.
fn rows<'t>(tables: &'t [Table], catalog: &Catalog) -> &'t [Record] {
    &find(tables, catalog).expect("every table is parsed").rows
}

/// The problems reported with the `replaced` tables, as the build prints them.
fn problems(replaced: &[(&'static Catalog, &str)]) -> Vec<String> {
    match parse(&texts(replaced)) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.iter().map(Problem::to_string).collect(),
    }
}

/// Asserts exactly one problem, at `file:line`, whose message contains `needle`.
fn assert_one_problem(replaced: &[(&'static Catalog, &str)], location: &str, needle: &str) {
    let found = problems(replaced);
    assert_eq!(found.len(), 1, "expected one problem, got {found:#?}");
    assert!(
        found[0].starts_with(&format!("{location}: ")) && found[0].contains(needle),
        "expected `{location}: ..{needle}..`, got {:?}",
        found[0]
    );
}

/// `text` with line `line` (1-based) replaced.
fn with_line(text: &str, line: usize, replacement: &str) -> String {
    let mut lines: Vec<&str> = text.lines().collect();
    lines[line - 1] = replacement;
    lines.join("\n") + "\n"
}

#[test]
fn valid_tables_parse_with_every_field() {
    let tables = parse(&texts(&[])).expect("valid");
    let first = &rows(&tables, &OKTA_ERRORS)[0];
    assert_eq!(first.line, 3);
    assert_eq!(first.code(), "E0000001");
    assert_eq!(first.number("code"), Some(1));
    assert_eq!(first.arity("summary"), 1);
    assert_eq!(
        rows(&tables, &OKTA_OAUTH_ERRORS)[0].text("title"),
        "Invalid client"
    );
    assert_eq!(first.get("description"), Some("Longer text"));
    assert_eq!(first.get("former_title"), None);
    let login = rows(&tables, &OKTA_LOGIN_FAILURES);
    assert_eq!(
        login[0].text("troubleshooting"),
        "Verify the username.\nCheck for typos."
    );
    assert_eq!(login[1].get("error_code"), None);
    let identity_cloud = rows(&tables, &IDENTITY_CLOUD_ERRORS);
    assert_eq!(identity_cloud[2].text("error"), "unknown_application");
    let lusid = rows(&tables, &LUSID_ERRORS);
    assert_eq!(lusid[1].number("code"), Some(-1));
    assert_eq!(lusid[1].get("description"), None);
}

#[test]
fn the_real_tables_are_valid() {
    let read = |catalog: &Catalog| {
        let path = format!("{}/../data/{}", env!("CARGO_MANIFEST_DIR"), catalog.file);
        std::fs::read_to_string(path).unwrap()
    };
    let texts: Vec<String> = ALL.iter().map(|catalog| read(catalog)).collect();
    let texts: Vec<(&Catalog, &str)> = ALL
        .iter()
        .copied()
        .zip(texts.iter().map(String::as_str))
        .collect();
    let tables = parse(&texts).unwrap_or_else(|problems| panic!("{problems:#?}"));
    assert_eq!(rows(&tables, &OKTA_ERRORS).len(), 251);
    assert_eq!(rows(&tables, &OKTA_OAUTH_ERRORS).len(), 57);
    assert_eq!(rows(&tables, &OKTA_LOGIN_FAILURES).len(), 12);
    assert_eq!(rows(&tables, &IDENTITY_CLOUD_ERRORS).len(), 43);
    assert_eq!(rows(&tables, &LUSID_ERRORS).len(), 36);
    assert_eq!(rows(&tables, &ENTRA_ERRORS).len(), 345);
    assert_eq!(rows(&tables, &ENTRA_OAUTH_ERRORS).len(), 15);
    assert_eq!(rows(&tables, &ENTRA_SUBERRORS).len(), 9);
    assert_eq!(rows(&tables, &COGNITO_ERRORS).len(), 59);
    assert_eq!(rows(&tables, &KEYCLOAK_OAUTH_ERRORS).len(), 26);
    assert_eq!(rows(&tables, &KEYCLOAK_EVENT_ERRORS).len(), 84);
    assert_eq!(rows(&tables, &AUTH0_AUTH_ERRORS).len(), 16);
    assert_eq!(rows(&tables, &AUTH0_GUARDIAN_ERRORS).len(), 33);
}

#[test]
fn auth0_rows_follow_the_status_rule_and_count_their_rows() {
    // A 429 that the crate calls a bad request: the status rule says rate limited.
    let text = AUTH0_AUTH.replace("rate_limited\tafter_window", "invalid_request\tnever");
    let found = problems(&[(&AUTH0_AUTH_ERRORS, &text)]);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].starts_with("data/auth0_auth_errors.tsv:3: "),
        "{found:?}"
    );
    // A count of rows that is no number.
    let text = AUTH0_AUTH.replace("\t429\t1\t", "\t429\tone\t");
    assert_one_problem(
        &[(&AUTH0_AUTH_ERRORS, &text)],
        "data/auth0_auth_errors.tsv:3",
        "one",
    );
}

#[test]
fn auth0_guardian_codes_are_lower_case_words() {
    let text = AUTH0_GUARDIAN.replace("too_many_sms\tTooManySms", "too-many-sms\tTooManySms");
    assert_one_problem(
        &[(&AUTH0_GUARDIAN_ERRORS, &text)],
        "data/auth0_guardian_errors.tsv:3",
        "too-many-sms",
    );
}

#[test]
fn keycloak_oauth_rows_of_the_crate_follow_the_status_rule() {
    // A 401 that the crate calls a bad request: the status rule says unauthenticated.
    let text = KEYCLOAK_OAUTH.replace(
        "401\trfc\tunauthenticated\tafter_reauthenticating",
        "401\trfc\tinvalid_request\tnever",
    );
    let found = problems(&[(&KEYCLOAK_OAUTH_ERRORS, &text)]);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].starts_with("data/keycloak_oauth_errors.tsv:3: "),
        "{found:?}"
    );
    // A status_by no one defined.
    let text = KEYCLOAK_OAUTH.replace("400\trfc", "400\tkeycloak");
    assert_one_problem(
        &[(&KEYCLOAK_OAUTH_ERRORS, &text)],
        "data/keycloak_oauth_errors.tsv:2",
        "keycloak",
    );
}

#[test]
fn duplicate_code() {
    let okta = format!("{OKTA}E0000001\tApiValidationAgain\t400\tAgain\tAgain\t\t2024.08.1\t\t\tfalse\tinvalid_request\tnever\tcrate\n");
    assert_one_problem(
        &[(&OKTA_ERRORS, &okta)],
        "data/okta_errors.tsv:5",
        "duplicate code \"E0000001\" (first on line 3)",
    );
    let lusid = with_line(
        LUSID,
        3,
        "657\tUnknownError\tcrate\t500\tUnknown error\t\tserver_fault\twith_backoff\tcrate",
    );
    assert_one_problem(
        &[(&LUSID_ERRORS, &lusid)],
        "data/lusid_errors.tsv:3",
        "duplicate code 657 (first on line 2)",
    );
}

#[test]
fn duplicate_variant_name() {
    let identity_cloud = with_line(
        IDENTITY_CLOUD,
        4,
        "352\tUnknownApplication\tunknown_application\tdata_type\tSame name as line 3.\tnot_found\tnever\tcrate",
    );
    assert_one_problem(
        &[(&IDENTITY_CLOUD_ERRORS, &identity_cloud)],
        "data/identity_cloud_errors.tsv:4",
        "duplicate name \"UnknownApplication\" (first on line 3)",
    );
}

#[test]
fn non_identifier_variant_name() {
    for bad in [
        "resourceNotFound",
        "Resource-Not-Found",
        "Resource NotFound",
        "9Lives",
        "Self",
        "Ünicode",
    ] {
        let okta = with_line(
            OKTA,
            4,
            &format!("E0000007\t{bad}\t404\tResource not found exception\tNot found: {{0}}\t\t2024.08.1\t\t\tfalse\tnot_found\tnever\tcrate"),
        );
        assert_one_problem(
            &[(&OKTA_ERRORS, &okta)],
            "data/okta_errors.tsv:4",
            "is not a Rust identifier in PascalCase",
        );
    }
    let okta = with_line(
        OKTA,
        4,
        "E0000007\tE0000001\t404\tResource not found exception\tNot found: {0}\t\t2024.08.1\t\t\tfalse\tnot_found\tnever\tcrate",
    );
    assert_one_problem(
        &[(&OKTA_ERRORS, &okta)],
        "data/okta_errors.tsv:4",
        "would clash",
    );
}

#[test]
fn status_outside_100_to_599() {
    for bad in ["99", "600", "4O4", "-404", "65536"] {
        let oauth = with_line(
            OAUTH,
            2,
            &format!(
                "invalid_client\tInvalidClient\t{bad}\tInvalid client\tThe specified client isn't valid.\tseed\t\tunauthenticated\tafter_reauthenticating\tcrate"
            ),
        );
        assert_one_problem(
            &[(&OKTA_OAUTH_ERRORS, &oauth)],
            "data/okta_oauth_errors.tsv:2",
            "an HTTP status must be a number from 100 to 599",
        );
    }
}

#[test]
fn placeholder_gap_and_unbalanced_braces() {
    let cases = [
        ("Can't {0} {2}", "placeholder gap: uses {0} {2} but not {1}"),
        ("Only {1}", "placeholder gap: uses {1} but not {0}"),
        (
            "Open {0",
            "unbalanced braces: '{' at byte 5 is never closed",
        ),
        ("Close 0}", "unbalanced braces: '}' at byte 7 has no '{'"),
        ("Empty {}", "malformed placeholder {}"),
        ("Named {name}", "malformed placeholder {name}"),
        ("Signed {+1}", "malformed placeholder {+1}"),
    ];
    for (summary, message) in cases {
        let okta = with_line(
            OKTA,
            4,
            &format!("E0000007\tResourceNotFound\t404\tResource not found exception\t{summary}\t\t2024.08.1\t\t\tfalse\tnot_found\tnever\tcrate"),
        );
        assert_one_problem(&[(&OKTA_ERRORS, &okta)], "data/okta_errors.tsv:4", message);
    }
}

#[test]
fn templates_split_into_text_and_placeholders() {
    use TemplatePart::{Placeholder, Text};
    assert_eq!(template_parts(""), Ok(vec![]));
    assert_eq!(
        template_parts("Not found: {0}"),
        Ok(vec![Text("Not found: ".into()), Placeholder(0)])
    );
    assert_eq!(
        template_parts("{1}é{0}{1}"),
        Ok(vec![
            Placeholder(1),
            Text("é".into()),
            Placeholder(0),
            Placeholder(1)
        ])
    );
}

#[test]
fn arity_counts_distinct_placeholders() {
    let arity = |summary: &str| {
        let okta = with_line(
            OKTA,
            4,
            &format!("E0000007\tResourceNotFound\t404\tResource not found exception\t{summary}\t\t2024.08.1\t\t\tfalse\tnot_found\tnever\tcrate"),
        );
        let tables = parse(&texts(&[(&OKTA_ERRORS, &okta)])).expect("valid");
        rows(&tables, &OKTA_ERRORS)[1].arity("summary")
    };
    assert_eq!(arity("no placeholders"), 0);
    assert_eq!(arity("{0}"), 1);
    assert_eq!(arity("You can't {0} {1}. To {0} it, see {2} and {3}."), 4);
    assert_eq!(arity("{1} then {0}"), 2);
}

#[test]
fn empty_required_fields() {
    let okta = with_line(
        OKTA,
        4,
        "E0000007\tResourceNotFound\t404\t\tNot found: {0}\t\t2024.08.1\t\t\tfalse\tnot_found\tnever\tcrate",
    );
    assert_one_problem(
        &[(&OKTA_ERRORS, &okta)],
        "data/okta_errors.tsv:4",
        "empty required field `title`",
    );
    let login = with_line(
        LOGIN,
        3,
        "PASSWORD_EXPIRED\tPasswordExpired\t\tUser's password has expired\t\tunauthenticated\tafter_reauthenticating\tcrate",
    );
    assert_one_problem(
        &[(&OKTA_LOGIN_FAILURES, &login)],
        "data/okta_login_failures.tsv:3",
        "empty required field `troubleshooting`",
    );
    let lusid = with_line(
        LUSID,
        2,
        "657\tUserDoesNotExist\tcrate\t404\t \tThe specified user does not exist\tnot_found\tnever\tcrate",
    );
    assert_one_problem(
        &[(&LUSID_ERRORS, &lusid)],
        "data/lusid_errors.tsv:2",
        "empty required field `title`",
    );
}

#[test]
fn malformed_lines() {
    let oauth = format!("{OAUTH}invalid_scope\tInvalidScope\t400\n");
    assert_one_problem(
        &[(&OKTA_OAUTH_ERRORS, &oauth)],
        "data/okta_oauth_errors.tsv:3",
        "3 fields where the header has 10",
    );
    let oauth = format!("{OAUTH}\n");
    assert_one_problem(
        &[(&OKTA_OAUTH_ERRORS, &oauth)],
        "data/okta_oauth_errors.tsv:3",
        "blank line",
    );
    let oauth = with_line(OAUTH, 1, "error\tname\tstatus\tdescription");
    assert_one_problem(
        &[(&OKTA_OAUTH_ERRORS, &oauth)],
        "data/okta_oauth_errors.tsv:1",
        "header is",
    );
    assert_one_problem(
        &[(&OKTA_OAUTH_ERRORS, "# only a comment\n")],
        "data/okta_oauth_errors.tsv:1",
        "no header line",
    );
    let login = with_line(
        LOGIN,
        3,
        "PASSWORD_EXPIRED\tPasswordExpired\t\tExpired\tReset it.\\q\tunauthenticated\tafter_reauthenticating\tcrate",
    );
    assert_one_problem(
        &[(&OKTA_LOGIN_FAILURES, &login)],
        "data/okta_login_failures.tsv:3",
        "field `troubleshooting`: unknown escape \\q",
    );
}

#[test]
fn a_missing_okta_code_is_also_reported_where_it_is_linked() {
    let okta = with_line(OKTA, 4, "E000007\tResourceNotFound\t404\tResource not found exception\tNot found: {0}\t\t2024.08.1\t\t\tfalse\tnot_found\tnever\tcrate");
    let found = problems(&[(&OKTA_ERRORS, &okta)]);
    assert_eq!(
        found,
        [
            "data/okta_errors.tsv:4: `code` \"E000007\" is not an Okta code (E and 7 digits)",
            "data/okta_login_failures.tsv:2: `error_code` \"E0000007\" is not a code of okta_errors.tsv",
        ]
    );
}

#[test]
fn wrong_codes_and_references() {
    let okta =
        format!("{OKTA}E000008\tNotFound\t404\tNot found exception\tNot found\t\t2024.08.1\t\t\tfalse\tnot_found\tnever\tcrate\n");
    assert_one_problem(
        &[(&OKTA_ERRORS, &okta)],
        "data/okta_errors.tsv:5",
        "is not an Okta code",
    );
    let identity_cloud = with_line(
        IDENTITY_CLOUD,
        2,
        "70000\tMissingArgument\tmissing_argument\tmissing_argument\tToo big.\tinvalid_request\tnever\tcrate",
    );
    assert_one_problem(
        &[(&IDENTITY_CLOUD_ERRORS, &identity_cloud)],
        "data/identity_cloud_errors.tsv:2",
        "is not a Registration code",
    );
    let identity_cloud = with_line(
        IDENTITY_CLOUD,
        2,
        "100\tMissingArgument\tmissing_argument\tmissing\tUnknown category.\tinvalid_request\tnever\tcrate",
    );
    assert_one_problem(
        &[(&IDENTITY_CLOUD_ERRORS, &identity_cloud)],
        "data/identity_cloud_errors.tsv:2",
        "`category` \"missing\" is not one of",
    );
    let login = with_line(
        LOGIN,
        2,
        "UNKNOWN_USER\tUnknownUser\tE0000069\tNot in the Okta table\tSee above.\tnot_found\tnever\tlinked",
    );
    assert_one_problem(
        &[(&OKTA_LOGIN_FAILURES, &login)],
        "data/okta_login_failures.tsv:2",
        "`error_code` \"E0000069\" is not a code of okta_errors.tsv",
    );
    let oauth = with_line(
        OAUTH,
        2,
        "Invalid-Client\tInvalidClient\t401\tInvalid client\tBad.\tseed\t\tunauthenticated\tafter_reauthenticating\tcrate",
    );
    assert_one_problem(
        &[(&OKTA_OAUTH_ERRORS, &oauth)],
        "data/okta_oauth_errors.tsv:2",
        "is not an OAuth error code",
    );
    let oauth = with_line(
        OAUTH,
        2,
        "invalid_client\tInvalidClient\t401\tInvalid client\tBad.\tguess\t\tunauthenticated\tafter_reauthenticating\tcrate",
    );
    assert_one_problem(
        &[(&OKTA_OAUTH_ERRORS, &oauth)],
        "data/okta_oauth_errors.tsv:2",
        "`description_source` \"guess\"",
    );
}

#[test]
fn every_problem_of_every_table_is_reported_at_once() {
    let okta =
        format!("{OKTA}E0000007\tResourceNotFound\t999\t\tNot found: {{1}}\t\t2024.08.1\t\t\tfalse\tinvalid_request\tnever\tcrate\n");
    let lusid = format!("{LUSID}x\tlower\tcrate\t200\tTitle\t\tinvalid_request\tnever\tcrate\n");
    let found = problems(&[(&OKTA_ERRORS, &okta), (&LUSID_ERRORS, &lusid)]);
    // In table order, line by line, and on a line in column order.
    let expected = [
        "data/okta_errors.tsv:5: duplicate code \"E0000007\" (first on line 4)",
        "data/okta_errors.tsv:5: duplicate name \"ResourceNotFound\" (first on line 4)",
        "data/okta_errors.tsv:5: `status` is \"999\": an HTTP status must be a number from 100 to 599",
        "data/okta_errors.tsv:5: empty required field `title`",
        "data/okta_errors.tsv:5: `summary`: placeholder gap: uses {1} but not {0}",
        "data/lusid_errors.tsv:4: `code` \"x\" is not a LUSID code (a whole number that fits an i32)",
        "data/lusid_errors.tsv:4: `name` \"lower\" is not a Rust identifier in PascalCase (ASCII letters and digits, starting with a capital)",
    ];
    assert_eq!(found, expected);
}

#[test]
fn advice_follows_the_rule_unless_a_source_is_named() {
    let okta_row = |summary: &str, tail: &str| {
        // E0000001, which no sign-in failure links to.
        format!("E0000001\tApiValidation\t400\tAPI validation exception\t{summary}\t\t2024.08.1\t\t\t{tail}")
    };
    let rule = "the rule of data/README.md gives";
    let cases = [
        (
            "Api validation failed: {0}",
            "false\tconflict\tnever\tcrate",
            rule,
        ),
        (
            "Api validation failed: {0}",
            "false\tinvalid_request\twith_backoff\tvendor-text",
            rule,
        ),
        (
            "Please try again later: {0}",
            "false\tinvalid_request\tnever\tcrate",
            rule,
        ),
        (
            "You have reached the limit: {0}",
            "false\tinvalid_request\tnever\tcrate",
            rule,
        ),
        (
            "Api validation failed: {0}",
            "false\tmissing\tnever\tcrate",
            "`kind` \"missing\" is not one of",
        ),
        (
            "Api validation failed: {0}",
            "false\tinvalid_request\tsoon\tcrate",
            "`retry` \"soon\" is not one of",
        ),
        (
            "Api validation failed: {0}",
            "false\tinvalid_request\tnever\tguess",
            "`advice_by` \"guess\" is not one of",
        ),
        (
            "Api validation failed: {0}",
            "yes\tinvalid_request\tnever\tcrate",
            "`includes_exception_message` \"yes\" is not true or false",
        ),
    ];
    for (summary, tail, message) in cases {
        let okta = with_line(OKTA, 3, &okta_row(summary, tail));
        assert_one_problem(&[(&OKTA_ERRORS, &okta)], "data/okta_errors.tsv:3", message);
    }
    // What the rule gives for each: the status's kind, or the text's advice.
    for (summary, tail) in [
        (
            "Please try again later: {0}",
            "false\tinvalid_request\twith_backoff\tvendor-text",
        ),
        (
            "Please wait, then {0}",
            "false\tinvalid_request\tafter_window\tvendor-text",
        ),
        (
            "You have reached the limit: {0}",
            "false\trate_limited\tafter_window\tvendor-text",
        ),
    ] {
        let okta = with_line(OKTA, 3, &okta_row(summary, tail));
        let found = problems(&[(&OKTA_ERRORS, &okta)]);
        assert!(found.is_empty(), "{summary}: {found:?}");
    }
    // Elsewhere a `crate` row must follow the status rule, and a named source frees it.
    let oauth_row = |tail: &str| {
        format!("invalid_client\tInvalidClient\t401\tInvalid client\tBad.\tseed\t\t{tail}")
    };
    let oauth = with_line(OAUTH, 2, &oauth_row("unauthenticated\tnever\tcrate"));
    assert_one_problem(
        &[(&OKTA_OAUTH_ERRORS, &oauth)],
        "data/okta_oauth_errors.tsv:2",
        "`retry` \"never\" is not \"after_reauthenticating\", the rule's for kind \"unauthenticated\"",
    );
    let oauth = with_line(OAUTH, 2, &oauth_row("unavailable\twith_backoff\trfc6749"));
    assert!(problems(&[(&OKTA_OAUTH_ERRORS, &oauth)]).is_empty());
    // A linked sign-in failure takes its code's advice.
    let login = with_line(
        LOGIN,
        2,
        "UNKNOWN_USER\tUnknownUser\tE0000007\tNot found\tCheck.\tunauthenticated\tafter_reauthenticating\tlinked",
    );
    assert_one_problem(
        &[(&OKTA_LOGIN_FAILURES, &login)],
        "data/okta_login_failures.tsv:2",
        "`advice_by` is \"linked\" but `kind` and `retry` are not E0000007's (not_found and never)",
    );
    let login = with_line(
        LOGIN,
        3,
        "PASSWORD_EXPIRED\tPasswordExpired\t\tExpired\tReset it.\tunauthenticated\tafter_reauthenticating\tlinked",
    );
    assert_one_problem(
        &[(&OKTA_LOGIN_FAILURES, &login)],
        "data/okta_login_failures.tsv:3",
        "`advice_by` is \"linked\" but no `error_code` is linked",
    );
}

#[test]
fn sent_forms_must_match_what_they_replace() {
    let oauth = with_line(
        OAUTH,
        2,
        "invalid_client\tInvalidClient\t401\tInvalid client\tBad.\tseed\tno_such_error\tunauthenticated\tafter_reauthenticating\tcrate",
    );
    assert_one_problem(
        &[(&OKTA_OAUTH_ERRORS, &oauth)],
        "data/okta_oauth_errors.tsv:2",
        "`sent_as` \"no_such_error\" is not another error of the table",
    );
    let okta = with_line(
        OKTA,
        4,
        "E0000007\tResourceNotFound\t404\tResource not found exception\tNot found: {0}\t\t2024.08.1\t\tNot found\tfalse\tnot_found\tnever\tcrate",
    );
    assert_one_problem(
        &[(&OKTA_ERRORS, &okta)],
        "data/okta_errors.tsv:4",
        "`sent_summary` takes another number of arguments than `summary`",
    );
}

/// An Entra AADSTS row: `code`, `name`, `name_by`, `microsoft_name`, `description`, then the
/// advice (`kind\tretry\tadvice_by`).
fn entra_row(head: &str, description: &str, advice: &str) -> String {
    format!("{head}\t{description}\t\t\t{advice}")
}

#[test]
fn entra_rows_parse_with_named_placeholders_and_status_307() {
    let tables = parse(&texts(&[])).expect("valid");
    let entra = rows(&tables, &ENTRA_ERRORS);
    assert_eq!(entra[0].number("status"), Some(400));
    assert_eq!(entra[1].get("microsoft_name"), None);
    assert_eq!(entra[1].get("status"), None);
    // Named placeholders: each name once, in order of first use.
    let template = entra[1].template("description");
    assert_eq!(template.names, ["user", "app"]);
    assert_eq!(entra[1].arity("description"), 2);
    // A redirect status, which no kind rule reads: the catalog has no `status_rule`.
    assert_eq!(entra[3].number("status"), Some(307));
    assert_eq!(entra[3].get("second_description"), Some("A second text."));
    let oauth = rows(&tables, &ENTRA_OAUTH_ERRORS);
    assert_eq!(oauth[1].get("client_action"), None);
}

#[test]
fn entra_advice_follows_the_keyword_rule() {
    let head = "9002341\tSsoPermissionRequired\tcrate\t";
    let rule = "the rule of data/README.md gives";
    let cases = [
        // Rule 3's keywords: "password" is unauthenticated.
        (
            "Wrong password.",
            "invalid_request\tnever\tcrate",
            "are invalid_request never crate; the rule of data/README.md gives unauthenticated \
             after_reauthenticating crate",
        ),
        // A sentence that starts with "Try again" is Microsoft's advice to retry.
        (
            "It failed. Try again.",
            "invalid_request\tnever\tcrate",
            "gives unavailable with_backoff microsoft",
        ),
        // An action first is no retry.
        (
            "The value is malformed. Correct it and try again.",
            "unavailable\twith_backoff\tmicrosoft",
            "gives invalid_request never crate",
        ),
        // With a limit, a retry is after the window.
        (
            "Limit reached. Please try again in a few minutes.",
            "unavailable\twith_backoff\tmicrosoft",
            "gives rate_limited after_window microsoft",
        ),
        (
            "A non-retryable error has occurred.",
            "unavailable\twith_backoff\tmicrosoft",
            "gives server_fault never microsoft",
        ),
        (
            "The request was throttled.",
            "rate_limited\tafter_window\tmicrosoft",
            "gives rate_limited after_window crate",
        ),
    ];
    for (description, advice, message) in cases {
        let entra = with_line(ENTRA, 3, &entra_row(head, description, advice));
        assert_one_problem(
            &[(&ENTRA_ERRORS, &entra)],
            "data/entra_errors.tsv:3",
            message,
        );
        let found = problems(&[(&ENTRA_ERRORS, &entra)]);
        assert!(found[0].contains(rule), "{found:?}");
    }
    // What the rule gives for each is accepted.
    for (description, advice) in [
        (
            "Wrong password.",
            "unauthenticated\tafter_reauthenticating\tcrate",
        ),
        (
            "It failed. Try again.",
            "unavailable\twith_backoff\tmicrosoft",
        ),
        (
            "The value is malformed. Correct it and try again.",
            "invalid_request\tnever\tcrate",
        ),
        (
            "Polling: the client will retry polling.",
            "unavailable\tafter_window\tmicrosoft",
        ),
        (
            "A server error occurred. Try again.",
            "server_fault\twith_backoff\tmicrosoft",
        ),
        ("Access is blocked by policy.", "forbidden\tnever\tcrate"),
        ("The tenant doesn't exist.", "not_found\tnever\tcrate"),
        ("It already exists.", "conflict\tnever\tcrate"),
    ] {
        let entra = with_line(ENTRA, 3, &entra_row(head, description, advice));
        let found = problems(&[(&ENTRA_ERRORS, &entra)]);
        assert!(found.is_empty(), "{description}: {found:?}");
    }
    // Microsoft's name is read too: `LoopDetected` is rate limited.
    let entra = with_line(
        ENTRA,
        3,
        "50196\tLoopDetected\tmicrosoft\tLoopDetected\tA client loop has been detected.\t\t\tinvalid_request\tnever\tcrate",
    );
    assert_one_problem(
        &[(&ENTRA_ERRORS, &entra)],
        "data/entra_errors.tsv:3",
        "gives rate_limited after_window crate",
    );
}

#[test]
fn entra_names_are_microsofts_exactly_where_name_by_says() {
    let cases = [
        (
            "50126\tInvalidPassword\tmicrosoft\tInvalidUserNameOrPassword",
            "`name_by` is \"microsoft\" but `name` is not `microsoft_name`",
        ),
        (
            "50126\tInvalidUserNameOrPassword\tcrate\tInvalidUserNameOrPassword",
            "`name_by` is \"crate\" but `name` is `microsoft_name`",
        ),
        (
            "50126\tInvalidUserNameOrPassword\tmicrosoft\t",
            "`name_by` is \"microsoft\" but the row has no `microsoft_name`",
        ),
        (
            "50126\tInvalidUserNameOrPassword\tmaybe\tInvalidUserNameOrPassword",
            "`name_by` \"maybe\" is not one of [\"microsoft\", \"crate\"]",
        ),
    ];
    for (head, message) in cases {
        let row = entra_row(
            head,
            "Wrong password.",
            "unauthenticated\tafter_reauthenticating\tcrate",
        );
        let entra = with_line(ENTRA, 2, &row);
        assert_one_problem(
            &[(&ENTRA_ERRORS, &entra)],
            "data/entra_errors.tsv:2",
            message,
        );
    }
}

#[test]
fn entra_placeholders_are_names() {
    let head = "9002341\tSsoPermissionRequired\tcrate\t";
    let cases = [
        (
            "Bad {0} here.",
            "`description`: malformed placeholder {0} at byte 4: expected a name such as {tenant}",
        ),
        ("Empty {} here.", "malformed placeholder {} at byte 6"),
        ("Spaced {a b} here.", "malformed placeholder {a b}"),
        (
            "Open {tenant here.",
            "`description`: unbalanced braces: '{' at byte 5 is never closed",
        ),
        (
            "Close tenant} here.",
            "unbalanced braces: '}' at byte 12 has no '{'",
        ),
    ];
    for (description, message) in cases {
        let row = entra_row(head, description, "invalid_request\tnever\tcrate");
        let entra = with_line(ENTRA, 3, &row);
        assert_one_problem(
            &[(&ENTRA_ERRORS, &entra)],
            "data/entra_errors.tsv:3",
            message,
        );
    }
    // The second text is a template too; a status must be one.
    let entra = with_line(
        ENTRA,
        5,
        "51005\tTemporaryRedirect\tmicrosoft\tTemporaryRedirect\tEquivalent to HTTP status 307.\tA {bad\t30x\tinvalid_request\tnever\tcrate",
    );
    let found = problems(&[(&ENTRA_ERRORS, &entra)]);
    assert_eq!(
        found,
        [
            "data/entra_errors.tsv:5: `second_description`: unbalanced braces: '{' at byte 2 is never closed",
            "data/entra_errors.tsv:5: `status` is \"30x\": an HTTP status must be a number from 100 to 599",
        ]
    );
}

#[test]
fn named_templates_split_into_text_and_names() {
    use TemplatePart::{Placeholder, Text};
    assert_eq!(named_parts(""), Ok(Template::default()));
    let template = named_parts("{appId} in {tenant-ID}, {appid} and {appId}").unwrap();
    assert_eq!(template.names, ["appId", "tenant-ID", "appid"]);
    assert_eq!(
        template.parts,
        [
            Placeholder(0),
            Text(" in ".into()),
            Placeholder(1),
            Text(", ".into()),
            Placeholder(2),
            Text(" and ".into()),
            Placeholder(0),
        ]
    );
    // Microsoft's quoting around a placeholder stays text (AADSTS650052).
    let template = named_parts("a service `(\\\"{name}\\\")`").unwrap();
    assert_eq!(template.names, ["name"]);
    assert_eq!(template.parts[0], Text("a service `(\\\"".into()));
}

/// The generated source of `catalog`'s table among `tables`.
fn generated(tables: &[Table], catalog: &Catalog) -> String {
    codegen::catalog(find(tables, catalog).expect("parsed"), tables)
}

#[test]
fn sparse_codes_are_looked_up_by_binary_search_dense_ones_by_index() {
    let tables = parse(&texts(&[])).expect("valid");
    // Entra's codes span 50126 to 9002341: sorted, in increasing order.
    let entra = generated(&tables, &ENTRA_ERRORS);
    let sorted = "const LOOKUP: &[(i64, ErrorCode); 4] = &[
    (50126, ErrorCode::InvalidUserNameOrPassword),  // 50126
    (51005, ErrorCode::TemporaryRedirect),          // 51005
    (90024, ErrorCode::RequestBudgetExceededError), // 90024
    (9002341, ErrorCode::SsoPermissionRequired),    // 9002341
];";
    assert!(entra.contains(sorted), "{entra}");
    assert!(!entra.contains("LOOKUP_MIN"));
    // The rule is the span, whatever the catalog: 65,536 values dense, one more sorted.
    for (last, dense) in [(65534, true), (65535, false)] {
        let lusid = with_line(
            LUSID,
            2,
            &format!("{last}\tUserDoesNotExist\tcrate\t404\tUser does not exist\t\tnot_found\tnever\tcrate"),
        );
        let tables = parse(&texts(&[(&LUSID_ERRORS, &lusid)])).expect("valid");
        let source = generated(&tables, &LUSID_ERRORS);
        assert_eq!(
            source.contains("const LOOKUP_MIN: i64 = -1;"),
            dense,
            "{last}"
        );
        assert_eq!(
            source.contains("const LOOKUP: &[(i64, ErrorCode); 2]"),
            !dense,
            "{last}"
        );
    }
}

#[test]
fn cognito_rows_follow_the_rule_of_kind_status_and_name() {
    // The valid table parses.
    assert_eq!(problems(&[]), Vec::<String>::new());
    let cases = [
        // A throttling code botocore retries, said to be the crate's.
        (
            3,
            "TooManyRequestsException\tTooManyRequests\tfalse\t400\t<p>x</p>\trate_limited\tafter_window\tcrate",
            "gives rate_limited after_window botocore",
        ),
        // A kind the keywords do not give.
        (
            4,
            "UserNotFoundException\tUserNotFound\tfalse\t400\t<p>x</p>\tinvalid_request\tnever\tcrate",
            "gives not_found never crate",
        ),
        // A fault's status.
        (
            2,
            "InternalErrorException\tInternalError\ttrue\t400\t<p>x</p>\tserver_fault\twith_backoff\tcrate",
            "`crate_status` is not 500",
        ),
        // A name that is not the code without `Exception`.
        (
            4,
            "UserNotFoundException\tNoSuchUser\tfalse\t400\t<p>x</p>\tnot_found\tnever\tcrate",
            "`name` is not \"UserNotFound\"",
        ),
        // A code that is not PascalCase.
        (
            4,
            "userNotFoundException\tUserNotFound\tfalse\t400\t<p>x</p>\tnot_found\tnever\tcrate",
            "is not a Cognito shape name",
        ),
    ];
    for (line, row, needle) in cases {
        let text = with_line(COGNITO, line, row);
        let location = format!("data/cognito_errors.tsv:{line}");
        assert_one_problem(&[(&COGNITO_ERRORS, &text)], &location, needle);
    }
}
