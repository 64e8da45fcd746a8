//! Variant names freeze at release: every catalog's names must equal the reviewed list in
//! `tests/names.txt`. A rename (or a new code) changes that file in the same commit, so a review
//! always sees it. The rule the names follow is in `data/README.md`.

use identity_errors::{identity_cloud, lusid, okta, Catalog};

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
    let frozen: Vec<&str> = include_str!("names.txt")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .collect();
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
    assert_eq!(actual.len(), 251 + 57 + 12 + 43 + 36);
}

#[test]
fn every_name_follows_the_mechanical_parts_of_the_rule() {
    for line in include_str!("names.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
    {
        let name = line.rsplit('\t').next().unwrap();
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
