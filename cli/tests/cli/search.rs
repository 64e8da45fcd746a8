//! `search`: the closest match first, for queries a person would type.

use crate::{fails, json, ok};

/// The first column (the code) of each line of `search WORDS`.
fn codes(words: &[&str]) -> Vec<String> {
    let mut args = vec!["search", "--limit", "0"];
    args.extend(words);
    ok(&args)
        .lines()
        .map(|line| line.split_whitespace().next().unwrap_or("").to_owned())
        .collect()
}

#[test]
fn rate_limit_puts_okta_s_rate_limit_error_first() {
    let found = codes(&["rate", "limit"]);
    assert_eq!(
        found[..6],
        [
            "E0000047",
            "RATE_LIMIT_EXCEEDED",
            "E0000150",
            "E0000151",
            "E0000204",
            "E0000205"
        ]
    );
    // Both words are needed: nothing about "rate" alone or "limit" alone.
    assert!(found.iter().all(|code| code != "E0000146"), "{found:?}");
}

#[test]
fn password() {
    let found = codes(&["password"]);
    // Keycloak's event errors and Firebase's server codes named by the word alone first (the
    // shortest names, their titles the word too), then Okta's sign-in failure.
    assert_eq!(
        found[..5],
        [
            "password_missing",
            "password_rejected",
            "MISSING_PASSWORD",
            "WEAK_PASSWORD",
            "PASSWORD_EXPIRED"
        ]
    );
    // Every code that names passwords, before the codes that only mention them.
    let named = [
        "identity-cloud:211",
        "identity-cloud:213",
        "identity-cloud:214",
        "E0000064",
    ];
    let mentioned = found
        .iter()
        .position(|code| code == "identity-cloud:212")
        .expect("212");
    for code in named {
        let at = found.iter().position(|c| c == code).expect(code);
        assert!(
            at < mentioned,
            "{code} at {at}, 212 at {mentioned}: {found:?}"
        );
    }
}

#[test]
fn token_expired() {
    let found = codes(&["token", "expired"]);
    // Firebase's TOKEN_EXPIRED, the words as its code; then Okta, Keycloak and Entra all send
    // `expired_token`: each under its catalog's prefix.
    assert_eq!(
        found[..6],
        [
            "TOKEN_EXPIRED",
            "okta-oauth:expired_token",
            "keycloak:expired_token",
            "entra-oauth:expired_token",
            "identity-cloud:414",
            "identity-cloud:417"
        ]
    );
    // "expired" also finds "expire" and "expiry"; "token expires" is the same query.
    assert_eq!(codes(&["token", "expires"]), found);
}

#[test]
fn user_not_found() {
    let found = codes(&["user", "not", "found"]);
    // Keycloak's event error, Firebase's server code and Entra's OAuth error of that name
    // first, then the SDK's client code and Keycloak's user_session_not_found; then Okta
    // answers "Not found: User .." with E0000007, and reports UNKNOWN_USER with it.
    assert_eq!(
        found[..6],
        [
            "keycloak-event:user_not_found",
            "USER_NOT_FOUND",
            "entra-oauth:user_not_found",
            "auth/user-not-found",
            "user_session_not_found",
            "E0000007"
        ]
    );
    // Codes holding two of the three words follow.
    assert!(found.contains(&"lusid:657".to_owned()), "{found:?}");
    assert!(found.contains(&"E0000008".to_owned()), "{found:?}");
}

#[test]
fn locked_out() {
    let found = codes(&["locked", "out"]);
    assert_eq!(found[..2], ["E0000069", "LOCKED_OUT"]);
    assert_eq!(codes(&["locked out"]), found, "one argument or two");
    assert_eq!(codes(&["LOCKED_OUT"]), found, "the code itself");
}

#[test]
fn more_queries() {
    for (query, first) in [
        (&["invalid", "client"][..], "okta-oauth:invalid_client"),
        (&["E0000047"], "E0000047"),
        (&["access", "token", "expired"], "identity-cloud:414"),
        (&["user", "does", "not", "exist"], "lusid:657"),
        // Okta's API code for it first, then its sign-in failure and the OAuth error.
        (&["the", "token", "is", "invalid"], "E0000011"),
    ] {
        assert_eq!(codes(query)[0], first, "{query:?}");
    }
    let invalid_token = codes(&["invalid", "token"]);
    assert_eq!(
        invalid_token[..4],
        [
            "E0000011",
            "okta-oauth:invalid_token",
            "keycloak:invalid_token",
            "keycloak-event:invalid_token"
        ]
    );
}

#[test]
fn limit_and_the_rest() {
    let all = codes(&["password"]);
    let out = crate::run(&["search", "password", "-n", "3"]).success();
    let shown = String::from_utf8_lossy(&out.get_output().stdout)
        .lines()
        .count();
    let note = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert_eq!(shown, 3);
    assert_eq!(
        note,
        format!(
            "note: {} more codes match; `--limit 0` shows all\n",
            all.len() - 3
        )
    );
    // JSON lists all, best first, with how each matched.
    let out = json(&["search", "password", "-n", "3"]);
    let results = out["results"].as_array().expect("results");
    assert_eq!(results.len(), all.len());
    assert_eq!(results[0]["error"], "password_missing");
    assert_eq!(results[0]["score"]["words"], 1);
    assert_eq!(out["query"], "password");
}

#[test]
fn columns_line_up() {
    // Firebase's client codes are the widest codes here
    // (auth/unsupported-password-policy-schema-version, 47 characters); every row has its
    // title too.
    let out = ok(&["search", "password", "-n", "0"]);
    assert!(out.contains(
        "platformsso_invalid_password_credentials         Okta OAuth error      400  Platform sso invalid password credentials\n"
    ), "{out}");
    assert!(
        out.contains("auth/unsupported-password-policy-schema-version  Firebase client"),
        "{out}"
    );
    let catalogs = [
        "Okta API error",
        "Okta OAuth error",
        "Okta sign-in",
        "Identity Cloud",
        "LUSID error",
        "Entra ID error",
        "Entra OAuth error",
        "Entra suberror",
        "Cognito error",
        "Firebase error",
        "Firebase client",
        "Keycloak OAuth error",
        "Keycloak event error",
        "Auth0 error",
        "Auth0 Guardian error",
        "Auth0 sign-up error",
        "Auth0 login error",
    ];
    let columns: Vec<(usize, usize)> = out
        .lines()
        .map(|line| {
            let (at, name) = catalogs
                .iter()
                .filter_map(|name| Some((line.find(name)?, *name)))
                .min()
                .expect("a catalog column");
            let rest = &line[at + name.len()..];
            let status = rest.trim_start();
            let title =
                at + name.len() + (rest.len() - status.len()) + status.find("  ").expect("a title");
            (at, title)
        })
        .collect();
    assert!(columns.len() > 10);
    assert!(
        columns.windows(2).all(|pair| pair[0] == pair[1]),
        "{columns:?}\n{out}"
    );
}

#[test]
fn nothing_matches() {
    let (out, err) = fails(&["search", "zzzzqqq"], 1);
    assert_eq!(out, "");
    assert!(
        err.starts_with("error: no code matches \"zzzzqqq\""),
        "{err}"
    );
}
