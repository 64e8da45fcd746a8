//! `xtask import okta`, run as a maintainer runs it: from the 2024.08.1 table, importing Okta's
//! 2026.08.1 file gives today's `data/okta_errors.tsv`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn release_2026() -> PathBuf {
    repo().join("data/sources/okta-developer-docs_error-codes.json")
}

fn xtask(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .output()
        .expect("xtask runs")
}

/// The columns of a row of the table.
fn fields(line: &str) -> Vec<&str> {
    line.split('\t').collect()
}

/// Today's table as it stood at release 2024.08.1: only the rows listed since then, with the
/// titles of that release (a retitled row's former title).
fn table_2024(today: &str) -> String {
    let mut out = String::new();
    for line in today.lines() {
        let f = fields(line);
        let is_row = f.len() > 7 && f[0].starts_with('E') && f[0] != "code";
        if is_row && f[6] != "2024.08.1" {
            continue;
        }
        if is_row && !f[7].is_empty() {
            let mut f: Vec<&str> = f.clone();
            f[3] = f[7];
            f[7] = "";
            out.push_str(&f.join("\t"));
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

/// The names the naming rule's mechanical part (which the importer applies) gives, where the
/// table's reviewed names differ by rules 3 and 6 (data/README.md).
const REVIEWED: [(&str, &str, &str); 5] = [
    (
        "E0000250",
        "IdpInUseByAsopGspPolicy",
        "IdpInUseByAppSignOnAndGlobalSessionPolicies",
    ),
    (
        "E0000251",
        "IdpInUseByGspPolicy",
        "IdpInUseByGlobalSessionPolicy",
    ),
    (
        "E0000252",
        "IdpInUseByAsopPolicy",
        "IdpInUseByAppSignOnPolicy",
    ),
    (
        "E0000255",
        "AppInstanceWithPublishedVersionStatusCannotBeDeleted",
        "PublishedAppInstanceCannotBeDeleted",
    ),
    (
        "E0000264",
        "RequiredActiveCustomTelephonyProviderCredentialForPhoneAuthenticator",
        "PhoneAuthenticatorRequiresTelephonyProvider",
    ),
];

#[test]
fn importing_2026_08_1_into_the_2024_08_1_table_gives_todays_table() {
    let today = std::fs::read_to_string(repo().join("data/okta_errors.tsv")).unwrap();
    let start = table_2024(&today);
    // The reconstruction is the 2024.08.1 release: every title as Okta listed it then.
    let old: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            repo().join("data/sources/okta-developer-docs_error-codes_2024.08.1.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let old = old["errors"].as_array().unwrap();
    let rows: Vec<Vec<&str>> = start
        .lines()
        .map(fields)
        .filter(|f| f.len() > 7 && f[0] != "code")
        .collect();
    assert_eq!(rows.len(), 228);
    for row in &rows {
        let entry = old.iter().find(|e| e["errorCode"] == row[0]).unwrap();
        assert_eq!(entry["title"], row[3], "{}", row[0]);
    }

    let dir = tempfile::tempdir().unwrap();
    let table = dir.path().join("okta_errors.tsv");
    std::fs::write(&table, &start).unwrap();
    let run = xtask(&[
        "import",
        "okta",
        release_2026().to_str().unwrap(),
        "--table",
        table.to_str().unwrap(),
    ]);
    let summary = String::from_utf8(run.stdout).unwrap();
    assert!(
        run.status.success(),
        "{summary}{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let imported = std::fs::read_to_string(&table).unwrap();

    // Line by line, today's table, but for the reviewed names of five new codes.
    let (imported, today): (Vec<&str>, Vec<&str>) =
        (imported.lines().collect(), today.lines().collect());
    assert_eq!(imported.len(), today.len());
    let mut renamed = 0;
    for (got, want) in imported.iter().zip(&today) {
        if got == want {
            continue;
        }
        let (got, want) = (fields(got), fields(want));
        let reviewed = REVIEWED.iter().find(|(code, _, _)| *code == want[0]);
        let (_, mechanical, chosen) =
            reviewed.unwrap_or_else(|| panic!("differs:\n{got:?}\n{want:?}"));
        assert_eq!((got[1], want[1]), (*mechanical, *chosen));
        assert_eq!(
            (&got[..1], &got[2..]),
            (&want[..1], &want[2..]),
            "only the name differs"
        );
        renamed += 1;
    }
    assert_eq!(renamed, REVIEWED.len());

    assert!(
        summary.starts_with("### Okta error codes, release 2026.08.1\n"),
        "{summary}"
    );
    assert!(
        summary.contains("Added 23 codes to `okta::ErrorCode`:"),
        "{summary}"
    );
    assert!(summary.contains("- `E0000250` `IdpInUseByAsopGspPolicy`: Idp in use by asop gsp policy exception (HTTP 403, 4 arguments)"), "{summary}");
    assert!(summary.contains(
        "- `E0000167` `DeactivateIdpInUseByAuthenticator`: \"Deactivate idp in use exception\" is now \"Deactivate idp in use by authenticator exception\""
    ), "{summary}");
    assert!(summary.contains("over 48 characters (rule 6): AppInstanceWithPublishedVersionStatusCannotBeDeleted, RequiredActiveCustomTelephonyProviderCredentialForPhoneAuthenticator."), "{summary}");

    // Again: nothing changes.
    let before = std::fs::read_to_string(&table).unwrap();
    let again = xtask(&[
        "import",
        "okta",
        release_2026().to_str().unwrap(),
        "--table",
        table.to_str().unwrap(),
    ]);
    assert!(again.status.success());
    assert!(String::from_utf8(again.stdout)
        .unwrap()
        .contains("No new or retitled codes."));
    assert_eq!(std::fs::read_to_string(&table).unwrap(), before);
}

#[test]
fn a_file_it_cannot_read_is_refused_with_a_clear_message_and_nothing_written() {
    let dir = tempfile::tempdir().unwrap();
    let table = dir.path().join("okta_errors.tsv");
    let today = std::fs::read_to_string(repo().join("data/okta_errors.tsv")).unwrap();
    std::fs::write(&table, &today).unwrap();
    let table = table.to_str().unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path.to_str().unwrap().to_owned()
    };
    let cases = [
        (
            dir.path().join("missing.json").to_str().unwrap().to_owned(),
            "cannot read",
        ),
        (write("html.json", "<html>not json</html>"), "not JSON"),
        (
            write("shape.json", r#"{"release":"2027.01.0"}"#),
            "no \"errors\" array",
        ),
        (
            write(
                "field.json",
                r#"{"release":"2027.01.0","errors":[{"errorCode":"E0000999","title":"t"}]}"#,
            ),
            "errors[0] (E0000999): no \"statusCode\" number",
        ),
        (
            write(
                "code.json",
                r#"{"release":"2027.01.0","errors":[{"errorCode":"X1","title":"t","statusCode":400,"errorSummary":"s"}]}"#,
            ),
            "errorCode \"X1\" is not E and 7 digits",
        ),
    ];
    for (file, message) in cases {
        let run = xtask(&["import", "okta", &file, "--table", table]);
        let stderr = String::from_utf8(run.stderr).unwrap();
        assert_eq!(run.status.code(), Some(1), "{file}: {stderr}");
        assert!(
            stderr.starts_with("xtask: ") && stderr.contains(message),
            "{file}: {stderr}"
        );
    }
    assert_eq!(
        std::fs::read_to_string(table).unwrap(),
        today,
        "nothing was written"
    );
    let usage = xtask(&["import", "lusid", "x.json"]);
    assert_eq!(usage.status.code(), Some(2));
}

#[test]
fn a_new_code_gets_its_row_and_a_retitle_its_former_title() {
    let dir = tempfile::tempdir().unwrap();
    let table = dir.path().join("okta_errors.tsv");
    let today = std::fs::read_to_string(repo().join("data/okta_errors.tsv")).unwrap();
    std::fs::write(&table, &today).unwrap();
    let mut release: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(release_2026()).unwrap()).unwrap();
    release["release"] = "2027.01.0".into();
    let errors = release["errors"].as_array_mut().unwrap();
    errors[6]["title"] = "Resource missing exception".into(); // E0000007
    errors.push(serde_json::json!({
        "title": "Widget quota exceeded exception", "includesExceptionMessage": false,
        "statusCode": 403, "statusReasonPhrase": "Forbidden", "errorCode": "E0000270",
        "errorSummary": "You have reached the limit of widgets, please try again later.",
        "errorDescription": null
    }));
    let file = dir.path().join("release.json");
    std::fs::write(&file, release.to_string()).unwrap();
    let run = xtask(&[
        "import",
        "okta",
        file.to_str().unwrap(),
        "--table",
        table.to_str().unwrap(),
    ]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let imported = std::fs::read_to_string(&table).unwrap();
    let row = |code: &str| {
        imported
            .lines()
            .find(|l| l.starts_with(code))
            .unwrap()
            .to_owned()
    };
    assert_eq!(
        row("E0000270"),
        "E0000270\tWidgetQuotaExceeded\t403\tWidget quota exceeded exception\tYou have reached the limit of widgets, please try again later.\t\t2027.01.0\t\t\tfalse\trate_limited\tafter_window\tvendor-text"
    );
    let e7 = fields(&row("E0000007"))
        .iter()
        .map(|f| f.to_string())
        .collect::<Vec<_>>();
    assert_eq!(
        (e7[1].as_str(), e7[3].as_str(), e7[7].as_str()),
        (
            "ResourceNotFound",
            "Resource missing exception",
            "Resource not found exception"
        )
    );
    // Every other line is untouched.
    let changed = imported
        .lines()
        .zip(today.lines())
        .filter(|(a, b)| a != b)
        .count();
    assert_eq!(
        changed, 1,
        "only E0000007's line changed before the new row"
    );
}
