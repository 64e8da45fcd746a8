//! Variant names freeze at release: every catalog's names must equal the reviewed list in
//! `tests/names.txt`. A rename (or a new code) changes that file in the same commit, so a review
//! always sees it. The rule the names follow is in `data/README.md`.

#[cfg(feature = "auth0")]
use identity_errors::auth0;
#[cfg(feature = "cognito")]
use identity_errors::cognito;
#[cfg(feature = "entra")]
use identity_errors::entra;
#[cfg(feature = "firebase")]
use identity_errors::firebase;
#[cfg(feature = "keycloak")]
use identity_errors::keycloak;
use identity_errors::{identity_cloud, lusid, okta, Catalog};

/// The catalogs of the Entra feature, whose lines `tests/names.txt` holds too.
const ENTRA: [&str; 3] = [
    "Entra ID error",
    "Entra ID OAuth error",
    "Entra ID suberror",
];

/// The catalog of the Cognito feature, whose lines `tests/names.txt` holds too.
const COGNITO: [&str; 1] = ["Cognito exception"];

/// The catalogs of the Firebase feature, whose lines `tests/names.txt` holds too.
const FIREBASE: [&str; 2] = ["Firebase server code", "Firebase client code"];
/// The catalogs of the Keycloak feature, whose lines `tests/names.txt` holds too.
const KEYCLOAK: [&str; 2] = ["Keycloak OAuth error", "Keycloak event error"];

/// The catalogs of the Auth0 feature, whose lines `tests/names.txt` holds too.
const AUTH0: [&str; 5] = [
    "Auth0 Authentication API error",
    "Auth0 Guardian error",
    "Auth0 sign-up error",
    "Auth0 login error",
    "Auth0 log event type",
];

/// The lines of `tests/names.txt` of the catalogs built.
fn frozen() -> Vec<&'static str> {
    include_str!("names.txt")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .filter(|line| {
            let catalog = line.split('\t').next().unwrap_or_default();
            (cfg!(feature = "entra") || !ENTRA.contains(&catalog))
                && (cfg!(feature = "cognito") || !COGNITO.contains(&catalog))
                && (cfg!(feature = "firebase") || !FIREBASE.contains(&catalog))
                && (cfg!(feature = "keycloak") || !KEYCLOAK.contains(&catalog))
                && (cfg!(feature = "auth0") || !AUTH0.contains(&catalog))
        })
        .collect()
}

/// `catalog<TAB>code<TAB>Name` for every code of `C`.
fn lines<C: Catalog>() -> Vec<String> {
    C::ALL
        .iter()
        .map(|code| format!("{}\t{code}\t{code:?}", C::NAME))
        .collect()
}

#[test]
fn every_variant_name_is_the_reviewed_one() {
    let mut actual = lines::<okta::ErrorCode>();
    actual.extend(lines::<okta::OAuthErrorCode>());
    actual.extend(lines::<okta::LoginFailure>());
    actual.extend(lines::<identity_cloud::ErrorCode>());
    actual.extend(lines::<lusid::ErrorCode>());
    #[cfg(feature = "entra")]
    {
        actual.extend(lines::<entra::ErrorCode>());
        actual.extend(lines::<entra::OAuthErrorCode>());
        actual.extend(lines::<entra::Suberror>());
    }
    let entra = if cfg!(feature = "entra") {
        345 + 15 + 9
    } else {
        0
    };
    #[cfg(feature = "cognito")]
    actual.extend(lines::<cognito::ErrorCode>());
    let cognito = if cfg!(feature = "cognito") { 59 } else { 0 };
    #[cfg(feature = "firebase")]
    {
        actual.extend(lines::<firebase::ErrorCode>());
        actual.extend(lines::<firebase::ClientCode>());
    }
    let firebase = if cfg!(feature = "firebase") {
        81 + 108
    } else {
        0
    };
    #[cfg(feature = "keycloak")]
    {
        actual.extend(lines::<keycloak::OAuthErrorCode>());
        actual.extend(lines::<keycloak::EventError>());
    }
    let keycloak = if cfg!(feature = "keycloak") {
        26 + 84
    } else {
        0
    };
    #[cfg(feature = "auth0")]
    {
        actual.extend(lines::<auth0::AuthErrorCode>());
        actual.extend(lines::<auth0::GuardianErrorCode>());
        actual.extend(lines::<auth0::SignupErrorCode>());
        actual.extend(lines::<auth0::LoginErrorCode>());
        // Not a catalog (no kind or retry), but its names are frozen too.
        let events = auth0::LogEventType::ALL.iter();
        actual.extend(events.map(|code| format!("Auth0 log event type\t{code}\t{code:?}")));
    }
    let auth0 = if cfg!(feature = "auth0") {
        16 + 33 + 8 + 10 + 165
    } else {
        0
    };
    let count = 251 + 57 + 12 + 43 + 36 + entra + cognito + firebase + keycloak + auth0;
    let frozen = frozen();
    let missing: Vec<&&str> = frozen
        .iter()
        .filter(|l| !actual.iter().any(|a| a == **l))
        .collect();
    let unreviewed: Vec<&String> = actual
        .iter()
        .filter(|a| !frozen.contains(&a.as_str()))
        .collect();
    assert!(
        missing.is_empty() && unreviewed.is_empty(),
        "variant names differ from tests/names.txt (a rename breaks users' code: review it, then \
         update the file)\nin the file, not in the crate: {missing:#?}\nin the crate, not in the \
         file: {unreviewed:#?}"
    );
    assert_eq!(frozen.len(), actual.len());
    assert_eq!(actual.len(), count);
}

#[test]
fn every_name_follows_the_mechanical_parts_of_the_rule() {
    for line in frozen() {
        let mut fields = line.split('\t');
        let (catalog, code) = (fields.next().unwrap(), fields.next().unwrap());
        let name = line.rsplit('\t').next().unwrap();
        if ENTRA.contains(&catalog) {
            entra_rule(catalog, code, name, line);
            continue;
        }
        assert!(name.len() <= 48, "rule 6: {line}");
        assert!(!name.contains("Exception"), "rule 2: {line}");
        assert!(
            !name.ends_with(|c: char| c.is_ascii_digit()) || name == "UnknownApplication352",
            "rule 2: {line}"
        );
        assert!(
            !name.contains("TimeOut") && !name.contains("Callback"),
            "rule 3: {line}"
        );
    }
}

/// The mechanical parts of the Entra naming rule (data/README.md, "Entra"): Microsoft's names as
/// published, whatever their length; the crate's at most 48 characters; a trailing number only
/// where a repeated name adds its code (rule 2).
#[cfg(feature = "entra")]
fn entra_rule(catalog: &str, code: &str, name: &str, line: &str) {
    let published = match catalog {
        "Entra ID error" => code
            .parse::<entra::ErrorCode>()
            .unwrap()
            .is_name_published(),
        _ => false,
    };
    assert!(published || name.len() <= 48, "rule 6: {line}");
    if name.ends_with(|c: char| c.is_ascii_digit()) {
        let number = code.trim_start_matches("AADSTS");
        assert!(!published && name.ends_with(number), "rule 2: {line}");
    }
}

/// Without the feature, the Entra lines are not read (`frozen` leaves them out).
#[cfg(not(feature = "entra"))]
fn entra_rule(_: &str, _: &str, _: &str, _: &str) {
    unreachable!("Entra lines are read only with the entra feature")
}
