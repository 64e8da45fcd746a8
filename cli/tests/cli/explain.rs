//! `explain`: every documented spelling, the catch-all rule, bare numbers and statuses.

use crate::{fails, json, ok};
use identity_errors::{auth0, cognito, entra, firebase, identity_cloud, keycloak, lusid, okta};

/// The catalog and code of every reading of `input`.
fn readings(input: &str) -> Vec<(String, String)> {
    let out = json(&["explain", input]);
    out["results"][0]["readings"]
        .as_array()
        .expect("readings")
        .iter()
        .map(|reading| {
            let entry = &reading["entry"];
            // The wire code, under the member its catalog's row names it by.
            let code = ["code", "error", "reason", "suberror"]
                .iter()
                .map(|key| &entry[key])
                .find(|code| !code.is_null())
                .map(ToString::to_string)
                .unwrap_or_default();
            let code = code.trim_matches('"').to_owned();
            (entry["catalog"].as_str().unwrap_or("?").to_owned(), code)
        })
        .collect()
}

#[test]
fn every_documented_spelling() {
    let cases: &[(&[&str], &str, &str, &str)] = &[
        (
            &[
                "E0000007",
                "e0000007",
                "0000007",
                "7",
                "E7",
                "okta:E0000007",
                "OKTA:7",
            ],
            "okta",
            "E0000007",
            "Okta API error    E0000007  Resource not found exception",
        ),
        (
            &["okta-oauth:invalid_client", "OKTA-OAUTH:INVALID-CLIENT"],
            "okta_oauth",
            "invalid_client",
            "Okta OAuth error  invalid_client  Invalid client",
        ),
        (
            &[
                "okta-oauth:unsupported_response_type",
                "OKTA-OAUTH:UNSUPPORTED-RESPONSE-TYPE",
            ],
            "okta_oauth",
            "unsupported_response_type",
            "Okta OAuth error  unsupported_response_type  Unsupported response type",
        ),
        (
            &["LOCKED_OUT", "locked_out", "okta-login:LOCKED_OUT"],
            "okta_login_failures",
            "LOCKED_OUT",
            "Okta sign-in      LOCKED_OUT",
        ),
        (
            &[
                "identity-cloud:415",
                "415",
                "identity_cloud:415",
                "authorization_code_expired",
            ],
            "identity_cloud",
            "415",
            "Identity Cloud    415  authorization_code_expired",
        ),
        (
            &["lusid:657", "657"],
            "lusid",
            "657",
            "LUSID error       657  User does not exist",
        ),
        (
            &["lusid:-1", "-1"],
            "lusid",
            "-1",
            "LUSID error       -1  Unknown error",
        ),
        (
            &[
                "AADSTS50126",
                "aadsts50126",
                "50126",
                "entra:50126",
                "entra:AADSTS50126",
            ],
            "entra",
            "50126",
            "Entra ID error    AADSTS50126  InvalidUserNameOrPassword",
        ),
        (
            &["entra-oauth:invalid_grant", "entra_oauth:INVALID_GRANT"],
            "entra_oauth",
            "invalid_grant",
            "Entra OAuth error  invalid_grant",
        ),
        (
            &["entra-oauth:user_not_found", "entra-oauth:USER-NOT-FOUND"],
            "entra_oauth",
            "user_not_found",
            "Entra OAuth error  user_not_found",
        ),
        (
            &["password_too_weak", "entra-suberror:PASSWORD_TOO_WEAK"],
            "entra_suberrors",
            "password_too_weak",
            "Entra suberror    password_too_weak",
        ),
        (
            &["keycloak:invalid_grant", "KEYCLOAK:INVALID-GRANT"],
            "keycloak",
            "invalid_grant",
            "Keycloak OAuth error  invalid_grant",
        ),
        (
            &[
                "invalid_user_credentials",
                "INVALID-USER-CREDENTIALS",
                "keycloak-event:invalid_user_credentials",
            ],
            "keycloak_events",
            "invalid_user_credentials",
            "Keycloak event error  invalid_user_credentials",
        ),
    ];
    // Without a prefix, a spelling in neither vendor's case reads as both.
    assert_eq!(
        readings("USER-NOT-FOUND"),
        [
            ("entra_oauth".to_owned(), "user_not_found".to_owned()),
            ("firebase".to_owned(), "USER_NOT_FOUND".to_owned()),
            ("keycloak_events".to_owned(), "user_not_found".to_owned()),
        ]
    );
    // A word as Entra and Keycloak write it: both, not Firebase's in another case.
    assert_eq!(
        readings("user_not_found"),
        [
            ("entra_oauth".to_owned(), "user_not_found".to_owned()),
            ("keycloak_events".to_owned(), "user_not_found".to_owned()),
        ]
    );
    for (spellings, catalog, code, first_line) in cases {
        for spelling in *spellings {
            let expected = vec![(catalog.to_string(), code.to_string())];
            assert_eq!(readings(spelling), expected, "{spelling}");
            let out = ok(&["explain", spelling]);
            assert_eq!(out.lines().next(), Some(*first_line), "{spelling}");
        }
    }
}

#[test]
fn every_listed_spelling_reads_back_as_its_code_alone() {
    let list = json(&["list", "all"]);
    let rows = list["entries"].as_array().expect("entries");
    let total = okta::ErrorCode::ALL.len()
        + okta::OAuthErrorCode::ALL.len()
        + okta::LoginFailure::ALL.len()
        + identity_cloud::ErrorCode::ALL.len()
        + lusid::ErrorCode::ALL.len()
        + entra::ErrorCode::ALL.len()
        + entra::OAuthErrorCode::ALL.len()
        + entra::Suberror::ALL.len()
        + cognito::ErrorCode::ALL.len()
        + firebase::ErrorCode::ALL.len()
        + firebase::ClientCode::ALL.len()
        + keycloak::OAuthErrorCode::ALL.len()
        + keycloak::EventError::ALL.len()
        + auth0::AuthErrorCode::ALL.len()
        + auth0::GuardianErrorCode::ALL.len()
        + auth0::SignupErrorCode::ALL.len()
        + auth0::LoginErrorCode::ALL.len();
    assert_eq!(rows.len(), total);
    // The text list's first column, fed back to explain in one run.
    let text = ok(&["list", "all"]);
    let spellings: Vec<&str> = text
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert_eq!(spellings.len(), total);
    let mut args = vec!["explain"];
    args.extend(&spellings);
    let out = json(&args);
    let results = out["results"].as_array().expect("results");
    assert_eq!(results.len(), total);
    for (result, row) in results.iter().zip(rows) {
        let readings = result["readings"].as_array().expect("readings");
        assert_eq!(readings.len(), 1, "{}", result["input"]);
        let entry = &readings[0]["entry"];
        assert_eq!(entry["catalog"], row["catalog"], "{}", result["input"]);
        for key in ["code", "error", "reason", "suberror"] {
            assert_eq!(entry[key], row[key], "{}", result["input"]);
        }
    }
}

#[test]
fn identity_cloud_catch_all() {
    let out = ok(&["explain", "identity-cloud:215"]);
    let mut lines = out.lines();
    assert_eq!(
        lines.next(),
        Some("identity-cloud:215 is not in the catalog; Identity Cloud treats it as 210 invalid_credentials")
    );
    assert!(
        out.contains("Identity Cloud    210  invalid_credentials\n"),
        "{out}"
    );
    let out = ok(&["explain", "299"]);
    let head = "identity-cloud:299 is not in the catalog; Identity Cloud treats it as 200 invalid_argument";
    assert_eq!(out.lines().next(), Some(head));
    // Neither 410 nor 400 is listed: the range, with the prefix.
    let out = ok(&["explain", "identity-cloud:418"]);
    assert_eq!(
        out,
        "identity-cloud:418 is not in the catalog, and Identity Cloud lists no catch-all code for it\n\
         range             authentication: Authentication and permission errors, including expired tokens and codes, and OAuth errors.\n"
    );
    // Whatever the library's rule gives, shown as such.
    for given in [150, 355, 371, 375, 392, 999] {
        let input = format!("identity-cloud:{given}");
        match identity_cloud::ErrorCode::catch_all(given) {
            Some(code) => {
                let out = ok(&["explain", &input]);
                let head = format!(
                    "{input} is not in the catalog; Identity Cloud treats it as {} {}",
                    code.code(),
                    code.error()
                );
                assert_eq!(out.lines().next(), Some(head.as_str()));
                let entry = format!("\nIdentity Cloud    {}  {}\n", code.code(), code.error());
                assert!(out.contains(&entry), "{out}");
            }
            None => match identity_cloud::Category::of(given) {
                Some(category) => {
                    let out = ok(&["explain", &input]);
                    let head = format!(
                        "{input} is not in the catalog, and Identity Cloud lists no catch-all code for it\n\
                         range             {category}: "
                    );
                    assert!(out.starts_with(&head), "{out}");
                }
                None => {
                    let (out, err) = fails(&["explain", &input], 1);
                    assert_eq!(out, "", "{err}");
                }
            },
        }
    }
    let out = json(&["explain", "identity-cloud:215"]);
    let reading = &out["results"][0]["readings"][0];
    assert_eq!(reading["reading"], "catch_all");
    assert_eq!(reading["given"], 215);
    assert_eq!(reading["entry"]["code"], 210);
    // A listed code is never a catch-all; another catalog's prefix never applies the rule.
    assert_eq!(
        readings("identity-cloud:210"),
        [("identity_cloud".into(), "210".into())]
    );
    let (out, err) = fails(&["explain", "lusid:215"], 1);
    assert_eq!(out, "");
    assert!(
        err.starts_with("error: no LUSID error has the code \"215\""),
        "{err}"
    );
}

#[test]
fn a_bare_http_status_lists_the_codes_answered_with_it() {
    let answered: Vec<String> = okta::ErrorCode::ALL
        .iter()
        .filter(|code| code.status() == 404)
        .map(|code| code.to_string())
        .chain(
            lusid::ErrorCode::ALL
                .iter()
                .filter(|code| code.status() == 404)
                .map(|code| format!("lusid:{code}")),
        )
        .collect();
    let out = ok(&["explain", "404"]);
    let mut lines = out.lines();
    let head = format!(
        "HTTP 404 Not Found is the status of {} codes:",
        answered.len()
    );
    assert_eq!(lines.next(), Some(head.as_str()));
    let listed: Vec<&str> = lines
        .map(|l| l.split_whitespace().next().unwrap_or(""))
        .collect();
    assert_eq!(listed, answered);
    // A number in a catalog and a status no code has: the code alone, no empty status.
    let out = ok(&["explain", "415"]);
    assert!(!out.contains("HTTP 415"), "{out}");
    assert!(!out.contains("readings"), "{out}");
    // A number that is not a valid status never prints as one.
    let out = ok(&["explain", "657"]);
    assert!(
        !out.contains("HTTP 657") && !out.contains("status 657"),
        "{out}"
    );
    let (_, err) = fails(&["explain", "418"], 1);
    assert!(
        err.contains(
            "no catalog lists \"418\", and no code is answered with HTTP 418 I'm a teapot"
        ),
        "{err}"
    );
    // Whether a catalog's rule reads them or not.
    for number in ["777", "999", "1000"] {
        let assert = crate::run(&["explain", number]);
        let output = assert.get_output();
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        let as_status = [format!("HTTP {number}"), format!("status {number}")];
        assert!(
            as_status.iter().all(|s| !all.contains(s)),
            "{number}: {all}"
        );
    }
}

#[test]
fn a_number_in_two_catalogs_shows_both() {
    let out = ok(&["explain", "100"]);
    assert!(
        out.starts_with("100 has 2 readings:\n\nOkta API error    E0000100  "),
        "{out}"
    );
    assert!(
        out.contains("\nIdentity Cloud    100  missing_argument\n"),
        "{out}"
    );
    assert_eq!(
        readings("100"),
        [
            ("okta".into(), "E0000100".into()),
            ("identity_cloud".into(), "100".into())
        ]
    );
}

#[test]
fn a_word_two_vendors_use_shows_both() {
    // An OAuth `error` Okta, Entra and Keycloak all send (and Auth0 its invalid_grant): every
    // reading (Keycloak's event error of the same name too), as for a number in two catalogs; a
    // prefix picks one.
    for (word, count) in [
        ("invalid_grant", 4),
        ("invalid_client", 4),
        ("INVALID-CLIENT", 4),
    ] {
        let out = ok(&["explain", word]);
        assert!(
            out.starts_with(&format!(
                "{word} has {count} readings:\n\nOkta OAuth error  "
            )),
            "{out}"
        );
        assert!(out.contains("\n\nEntra OAuth error  "), "{out}");
        assert!(out.contains("\n\nKeycloak OAuth error  "), "{out}");
    }
    assert_eq!(
        readings("invalid_grant"),
        [
            ("okta_oauth".into(), "invalid_grant".into()),
            ("entra_oauth".into(), "invalid_grant".into()),
            ("keycloak".into(), "invalid_grant".into()),
            ("auth0".into(), "invalid_grant".into())
        ]
    );
    let out = ok(&["explain", "invalid_grant"]);
    assert!(
        out.contains("\n\nAuth0 error       invalid_grant\nvariant           auth0::AuthErrorCode::InvalidGrant\n"),
        "{out}"
    );
    let out = ok(&["explain", "entra-oauth:invalid_grant"]);
    assert!(
        out.contains("\nclient action     Try a new request to the `/authorize` endpoint"),
        "{out}"
    );
    assert!(
        out.contains("\nstatus by         as Microsoft's samples show it\n"),
        "{out}"
    );
}

#[test]
fn entra_codes_say_whose_name_and_advice_they_have() {
    let out = ok(&["explain", "AADSTS50126"]);
    assert!(
        out.contains("\nstatus            400 Bad Request\n"),
        "{out}"
    );
    assert!(
        out.contains("\nname              InvalidUserNameOrPassword  (Microsoft's)\n"),
        "{out}"
    );
    // No Entra body yet: no example.
    assert!(!out.contains("Example body"), "{out}");
    let out = ok(&["explain", "AADSTS700016"]);
    assert!(
        out.contains("\nname              UnauthorizedClientDoesNotMatchRequest  (the crate's choice; Microsoft's is UnauthorizedClient_DoesNotMatchRequest)\n"),
        "{out}"
    );
    let out = ok(&["explain", "AADSTS500011"]);
    assert!(
        out.contains("\nplaceholders      {name}, {tenant}\n"),
        "{out}"
    );
    assert!(
        out.contains(
            "\nstatus            none of its own: the response's status is its OAuth error's\n"
        ),
        "{out}"
    );
    let out = ok(&["explain", "AADSTS90024"]);
    assert!(
        out.contains("\nadvice            Microsoft's words on retrying\n"),
        "{out}"
    );
    assert!(out.contains("\nretry             after_window\n"), "{out}");
    let out = ok(&["explain", "AADSTS50147"]);
    assert!(
        out.contains("\nalso listed as    Invalid size of the code challenge parameter."),
        "{out}"
    );
    // Leading zeros are no code, but the number is suggested.
    let (_, err) = fails(&["explain", "AADSTS050126"], 1);
    assert!(
        err.contains("an Entra ID error code is AADSTS and its number, or the number alone, without leading zeros (AADSTS50126, 50126)"),
        "{err}"
    );
    assert!(
        err.contains("\n    AADSTS50126  Entra ID error  400  InvalidUserNameOrPassword\n"),
        "{err}"
    );
}

#[test]
fn several_codes_in_one_run() {
    let out = ok(&["explain", "E0000007", "okta-oauth:invalid_client"]);
    assert!(out.starts_with("Okta API error    E0000007"), "{out}");
    assert!(
        out.contains("\n\nOkta OAuth error  invalid_client  Invalid client\n"),
        "{out}"
    );
    // One missing: the others are still explained, and the exit status says so.
    let (out, err) = fails(&["explain", "E0000007", "E9999999"], 1);
    assert!(out.starts_with("Okta API error    E0000007"), "{out}");
    assert!(
        err.starts_with("error: no catalog lists \"E9999999\"\n  hint: "),
        "{err}"
    );
}

#[test]
fn catalog_specific_lines() {
    let out = ok(&["explain", "LOCKED_OUT"]);
    // The article's Description and troubleshooting steps, labelled as such, then the API code.
    assert!(
        out.contains("\ndescription       The user exceeded the allowed number"),
        "{out}"
    );
    assert!(
        out.contains("\ntroubleshooting   This article discusses"),
        "{out}"
    );
    assert!(
        out.contains("\nAPI error code    E0000069 (Factor user locked exception)\n"),
        "{out}"
    );
    assert!(
        out.contains("\nOkta API error    E0000069  Factor user locked exception\n"),
        "{out}"
    );
    let out = ok(&["explain", "E0000167"]);
    assert!(
        out.contains("\nformer title      Deactivate idp in use exception\n"),
        "{out}"
    );
    let out = ok(&["explain", "E0000047"]);
    assert!(
        out.contains("\nsign-in failure   MFA_REQUIRED, RATE_LIMIT_EXCEEDED\n"),
        "{out}"
    );
    assert!(out.contains("\ntakes             no arguments\n"), "{out}");
    let out = ok(&["explain", "lusid:657"]);
    assert!(
        out.contains("\nstatus            404 Not Found  (the crate's choice)\n"),
        "{out}"
    );
    assert!(
        out.contains("\nname              UserDoesNotExist  (the crate's choice)\n"),
        "{out}"
    );
    let out = ok(&["explain", "identity-cloud:414"]);
    assert!(
        out.contains("\ncategory          authentication: "),
        "{out}"
    );
    assert!(out.contains("Example body (HTTP 200 OK; "), "{out}");
}

#[test]
fn no_color_through_a_pipe() {
    for args in [
        &["explain", "E0000007"][..],
        &["search", "rate", "limit"],
        &["list"],
    ] {
        assert!(!ok(args).contains('\x1b'), "{args:?}");
    }
}

#[test]
fn what_each_code_means_for_a_client() {
    // Kind and retry advice, as the library gives them, for a code of every catalog.
    let cases: [(&str, identity_errors::Kind, identity_errors::Retry); 5] = [
        (
            "E0000047",
            okta::ErrorCode::E0000047.kind(),
            okta::ErrorCode::E0000047.retry(),
        ),
        (
            "invalid_client",
            okta::OAuthErrorCode::InvalidClient.kind(),
            okta::OAuthErrorCode::InvalidClient.retry(),
        ),
        (
            "LOCKED_OUT",
            okta::LoginFailure::LockedOut.kind(),
            okta::LoginFailure::LockedOut.retry(),
        ),
        (
            "identity-cloud:414",
            identity_cloud::ErrorCode::AccessTokenExpired.kind(),
            identity_cloud::ErrorCode::AccessTokenExpired.retry(),
        ),
        (
            "lusid:-1",
            lusid::ErrorCode::UnknownError.kind(),
            lusid::ErrorCode::UnknownError.retry(),
        ),
    ];
    for (input, kind, retry) in cases {
        let out = ok(&["explain", input]);
        let lines = format!(
            "\nkind              {}\nretry             {}\n",
            kind.as_str(),
            retry.as_str()
        );
        assert!(out.contains(&lines), "{input}: {out}");
        let entry = &json(&["explain", input])["results"][0]["readings"][0]["entry"];
        assert_eq!(entry["kind"], kind.as_str(), "{input}");
        assert_eq!(entry["retry"], retry.as_str(), "{input}");
    }
    assert_eq!(okta::ErrorCode::E0000047.retry().as_str(), "after_window");
    // RFC 9449: sent again once, with the nonce the answer carries.
    let out = ok(&["explain", "use_dpop_nonce"]);
    assert!(out.contains("\nretry             with_nonce\n"), "{out}");
    let entry = &json(&["explain", "use_dpop_nonce"])["results"][0]["readings"][0]["entry"];
    assert_eq!(entry["retry"], "with_nonce");
}

#[test]
fn what_okta_puts_on_the_wire() {
    // Okta's OAuth table: user_canceled_request goes out as access_denied.
    let out = ok(&["explain", "user_canceled_request"]);
    assert!(
        out.contains(
            "\nsent as           access_denied  (what Okta puts in `error` for this one)\n"
        ),
        "{out}"
    );
    assert!(out.contains("\n  \"error\": \"access_denied\",\n"), "{out}");
    let entry = &json(&["explain", "user_canceled_request"])["results"][0]["readings"][0]["entry"];
    assert_eq!(entry["sent_as"], "access_denied");
    assert!(!ok(&["explain", "invalid_client"]).contains("sent as"));
    // E0000019's template has a double space; the recorded response
    // (tests/fixtures/okta_error_examples.json of the library) has one.
    let recorded =
        "Bad request. Accept and/or Content-Type headers likely do not match supported values.";
    let out = ok(&["explain", "E0000019"]);
    let line = format!("\nsent summary      {recorded}  (as recorded responses send it)\n");
    assert!(out.contains(&line), "{out}");
    assert!(
        out.contains(&format!("\"errorSummary\": \"{recorded}\"")),
        "{out}"
    );
    let entry = &json(&["explain", "E0000019"])["results"][0]["readings"][0]["entry"];
    assert_eq!(entry["sent_summary"], recorded);
    assert!(!ok(&["explain", "E0000007"]).contains("sent summary"));
    // A name FINBOURNE publishes is not called the crate's choice.
    let out = ok(&["explain", "lusid:157"]);
    assert!(
        out.contains(
            "\nname              InvalidRequestFailure  (as FINBOURNE's SDKs publish it)\n"
        ),
        "{out}"
    );
    let entry = &json(&["explain", "lusid:157"])["results"][0]["readings"][0]["entry"];
    assert_eq!(entry["crate_choice"], serde_json::json!(["status"]));
}

#[test]
fn an_example_body_with_placeholders_says_it_is_a_template() {
    let out = ok(&["explain", "E0000007"]);
    assert!(
        out.contains(
            "\nExample body (HTTP 404 Not Found; errorSummary is the template, {0} unfilled: \
             `identity-errors body E0000007 ARG` fills it):\n"
        ),
        "{out}"
    );
    assert!(
        out.contains("\"errorSummary\": \"Not found: {0}\""),
        "{out}"
    );
    // Several placeholders, each named once ({0} stands twice in E0000251's summary).
    let out = ok(&["explain", "E0000251"]);
    let note = "errorSummary is the template, {0}, {1}, {2} unfilled: \
                `identity-errors body E0000251 ARG ARG ARG` fills it";
    assert!(out.contains(note), "{out}");
    // None: no word of templates.
    assert!(!ok(&["explain", "E0000047"]).contains("template"));
}

#[test]
fn a_cognito_exception_is_explained_with_its_documentation_and_operations() {
    let out = ok(&["explain", "UserNotFoundException"]);
    assert!(
        out.starts_with("Cognito error     UserNotFoundException\n"),
        "{out}"
    );
    assert!(
        out.contains("variant           cognito::ErrorCode::UserNotFound\n"),
        "{out}"
    );
    assert!(
        out.contains("status            400 Bad Request  (the crate's choice"),
        "{out}"
    );
    assert!(
        out.contains(
            "documentation     <p>This exception is thrown when a user isn't found.</p>\n"
        ),
        "{out}"
    );
    let listed = cognito::Operation::ALL
        .iter()
        .filter(|op| op.may_raise(cognito::ErrorCode::UserNotFound))
        .count();
    assert!(
        out.contains(&format!("operations        {listed} of 129: ")),
        "{out}"
    );
    assert!(out.contains("InitiateAuth"), "{out}");
    assert!(
        out.contains(r#""__type": "UserNotFoundException""#),
        "{out}"
    );
    // With its prefix, and a fault's status.
    let out = ok(&["explain", "cognito:InternalErrorException"]);
    assert!(
        out.contains("status            500 Internal Server Error"),
        "{out}"
    );
}

#[test]
fn a_firebase_server_code_is_explained_with_the_client_code_the_sdk_throws() {
    let out = ok(&["explain", "EMAIL_NOT_FOUND"]);
    assert!(
        out.starts_with("Firebase error    EMAIL_NOT_FOUND\n"),
        "{out}"
    );
    assert!(
        out.contains("variant           firebase::ErrorCode::EmailNotFound\n"),
        "{out}"
    );
    assert!(
        out.contains("status            400 Bad Request  (the crate's choice"),
        "{out}"
    );
    assert!(
        out.contains("client code       auth/user-not-found  (by SERVER_ERROR_MAP)\n"),
        "{out}"
    );
    assert!(out.contains(r#""message": "EMAIL_NOT_FOUND""#), "{out}");
    // The one fallback code that is no AuthErrorCode value, with its prefix.
    let out = ok(&["explain", "firebase:MISSING_CODE"]);
    assert!(out.contains("auth/missing-code"), "{out}");
    assert!(out.contains("no AuthErrorCode value"), "{out}");
    // A client code: its member name and the server codes that become it.
    let out = ok(&["explain", "auth/invalid-credential"]);
    assert!(
        out.starts_with("Firebase client   auth/invalid-credential\n"),
        "{out}"
    );
    assert!(
        out.contains("constant          AuthErrorCode.INVALID_CREDENTIAL\n"),
        "{out}"
    );
    assert!(
        out.contains("server codes      INVALID_IDP_RESPONSE, INVALID_LOGIN_CREDENTIALS, INVALID_PENDING_TOKEN, INVALID_TEMPORARY_PROOF\n"),
        "{out}"
    );
}

#[test]
fn a_keycloak_error_is_explained_with_its_constant_section_and_status_source() {
    let out = ok(&["explain", "keycloak:insufficient_scope"]);
    assert!(
        out.starts_with("Keycloak OAuth error  insufficient_scope\n"),
        "{out}"
    );
    assert!(
        out.contains("variant           keycloak::OAuthErrorCode::InsufficientScope\n"),
        "{out}"
    );
    assert!(out.contains("status            403 Forbidden\n"), "{out}");
    assert!(
        out.contains("constant          INSUFFICIENT_SCOPE\n"),
        "{out}"
    );
    assert!(
        out.contains("section           OAuth2 Bearer Token Usage\n"),
        "{out}"
    );
    assert!(
        out.contains("status by         the RFC's (RFC 6749"),
        "{out}"
    );
    assert!(out.contains(r#""error": "insufficient_scope""#), "{out}");
    // A status the RFC does not give is said to be the crate's choice.
    let out = ok(&["explain", "keycloak:access_denied"]);
    assert!(out.contains("status            403 Forbidden\n"), "{out}");
    assert!(
        out.contains("status by         the crate's choice, by the status rule"),
        "{out}"
    );
    let entry = &json(&["explain", "keycloak:access_denied"])["results"][0]["readings"][0]["entry"];
    assert_eq!(entry["crate_choice"], serde_json::json!(["status"]));
    assert_eq!(entry["status_published"], false);
    // An event error: its constant, no status or body, and the OAuth error of its name.
    let out = ok(&["explain", "keycloak-event:access_denied"]);
    assert!(
        out.starts_with("Keycloak event error  access_denied\n"),
        "{out}"
    );
    assert!(
        out.contains("recorded as       Errors.ACCESS_DENIED  (the event's `error`)\n"),
        "{out}"
    );
    assert!(
        out.contains(
            "also              keycloak:access_denied, the OAuth error of the same name\n"
        ),
        "{out}"
    );
    assert!(!out.contains("Example body"), "{out}");
    assert!(!out.contains("\nstatus "), "{out}");
    let out = ok(&["explain", "keycloak-event:user_not_found"]);
    assert!(!out.contains("also "), "{out}");
}

#[test]
fn an_auth0_library_error_names_its_linked_reading_rather_than_repeating_it() {
    let out = ok(&["explain", "unauthorized"]);
    assert!(out.starts_with("unauthorized has 3 readings:\n"), "{out}");
    assert!(out.contains("Auth0 sign-up error  unauthorized\n"), "{out}");
    assert!(
        out.contains("answered as       auth0:unauthorized, another reading above\n"),
        "{out}"
    );
    // The Authentication API's body and the sign-up body, once each; the login error shows none.
    assert_eq!(out.matches("Example body").count(), 2, "{out}");
    // Alone, the login error shows the code it is answered as.
    let out = ok(&["explain", "auth0-login:unauthorized"]);
    assert!(!out.contains("answered as"), "{out}");
    assert!(out.contains("\nAuth0 error       unauthorized\n"), "{out}");
    assert!(
        out.contains("Example body (HTTP 401 Unauthorized):"),
        "{out}"
    );
    // One the Authentication API page lacks: the crate's advice, no status, no body.
    let out = ok(&["explain", "PasswordHistoryError"]);
    assert!(
        out.starts_with("Auth0 login error  PasswordHistoryError\n"),
        "{out}"
    );
    assert!(out.contains("kind              invalid_request\n"), "{out}");
    assert!(!out.contains("status "), "{out}");
}

#[test]
fn an_auth0_error_is_explained_with_its_endpoint_and_example() {
    let out = ok(&["explain", "auth0:invalid_user_password"]);
    assert!(
        out.starts_with("Auth0 error       invalid_user_password\n"),
        "{out}"
    );
    assert!(
        out.contains("variant           auth0::AuthErrorCode::InvalidUserPassword\n"),
        "{out}"
    );
    assert!(
        out.contains("status            401 Unauthorized\n"),
        "{out}"
    );
    assert!(out.contains("endpoint          /oauth/ro\n"), "{out}");
    assert!(
        out.contains("example           Wrong email or password.\n"),
        "{out}"
    );
    // The example body carries the page's error_description.
    assert!(
        out.contains(r#""error_description": "Wrong email or password.""#),
        "{out}"
    );
    // Where the page gives no description, the body has none and the line says so.
    let out = ok(&["explain", "auth0:invalid_grant"]);
    assert!(
        out.contains("example           none: the page writes `...`\n"),
        "{out}"
    );
    assert!(!out.contains("error_description"), "{out}");
    let out = ok(&["explain", "auth0:bad.authParams"]);
    assert!(
        out.contains("endpoint          /passwordless/start\n"),
        "{out}"
    );
    let entry =
        &json(&["explain", "auth0:too_many_attempts"])["results"][0]["readings"][0]["entry"];
    assert_eq!(entry["status"], 429);
    assert_eq!(entry["endpoint"], "/oauth/ro");
    assert_eq!(entry["crate_choice"], serde_json::json!(["kind", "retry"]));
    // A Guardian code: its description, no status or body.
    let out = ok(&["explain", "invalid_otp"]);
    assert!(
        out.starts_with("Auth0 Guardian error  invalid_otp\n"),
        "{out}"
    );
    assert!(
        out.contains("description       Provided otp code was not valid\n"),
        "{out}"
    );
    assert!(!out.contains("Example body"), "{out}");
    assert!(!out.contains("\nstatus "), "{out}");
    // Guardian's invalid_token is one reading among Okta's and Keycloak's.
    assert!(readings("invalid_token")
        .contains(&("auth0_guardian".to_owned(), "invalid_token".to_owned())));
}
