//! `xtask import entra`, run as a maintainer runs it on a copy of Microsoft's error-code page.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn page() -> PathBuf {
    repo().join("data/sources/entra/reference-error-codes.md")
}

fn today() -> String {
    std::fs::read_to_string(repo().join("data/entra_errors.tsv")).unwrap()
}

fn xtask(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .output()
        .expect("xtask runs")
}

/// Imports `page` into a copy of `table` in a temporary folder: the run and the table after it.
fn import(page: &Path, table: &str) -> (Output, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("entra_errors.tsv");
    std::fs::write(&path, table).unwrap();
    let run = xtask(&[
        "import",
        "entra",
        page.to_str().unwrap(),
        "--table",
        path.to_str().unwrap(),
    ]);
    let after = std::fs::read_to_string(&path).unwrap();
    (run, after)
}

/// The rows of a table (not its comments or header), each split into fields.
fn rows(table: &str) -> Vec<Vec<&str>> {
    table
        .lines()
        .filter(|line| !line.starts_with('#'))
        .skip(1)
        .map(|line| line.split('\t').collect())
        .collect()
}

#[test]
fn importing_the_kept_snapshot_changes_nothing() {
    let today = today();
    let (run, after) = import(&page(), &today);
    let summary = String::from_utf8(run.stdout).unwrap();
    assert!(
        run.status.success(),
        "{summary}{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert_eq!(after, today, "byte for byte");
    assert!(summary.contains("Microsoft's page lists 345 codes; the table had 345."));
    assert!(summary.contains("No new or changed codes."), "{summary}");
}

#[test]
fn from_an_empty_table_the_rules_give_every_column_but_the_reviewed_names_and_statuses() {
    let today = today();
    let header: String = today
        .lines()
        .take_while(|line| line.starts_with('#') || line.starts_with("code\t"))
        .map(|line| format!("{line}\n"))
        .collect();
    let (run, after) = import(&page(), &header);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let summary = String::from_utf8(run.stdout).unwrap();
    assert!(summary.contains("Added 345 codes"), "{summary}");
    let (imported, kept) = (rows(&after), rows(&today));
    assert_eq!(imported.len(), kept.len());
    let (mut names, mut statuses) = (0, 0);
    for (got, want) in imported.iter().zip(&kept) {
        // Code, texts and advice: as the table has them, so the rules reproduce its choices.
        for column in [0, 2, 3, 4, 5, 7, 8, 9] {
            assert_eq!(got[column], want[column], "{}: column {column}", want[0]);
        }
        if got[1] != want[1] {
            // Rule 3 (a code without a name on the page) needs a person: only those differ.
            assert_eq!((want[2], want[3]), ("crate", ""), "{}", want[0]);
            names += 1;
        }
        if got[6] != want[6] {
            // The two statuses come from other sources than the page.
            assert_eq!(got[6], "");
            statuses += 1;
        }
    }
    assert_eq!((names, statuses), (89, 2));
}

#[test]
fn a_new_page_keeps_names_takes_texts_and_applies_the_rules() {
    let original = std::fs::read_to_string(page()).unwrap();
    let mut lines: Vec<String> = original.lines().map(str::to_owned).collect();
    let find = |lines: &[String], code: &str| {
        lines
            .iter()
            .position(|line| line.starts_with(&format!("| {code} |")))
            .unwrap_or_else(|| panic!("{code}"))
    };
    // Microsoft renames a code and edits its text; drops a row; adds two.
    let at = find(&lines, "AADSTS50126");
    lines[at] = "| AADSTS50126 | InvalidCredentials - The credentials aren't valid. |".to_owned();
    let at = find(&lines, "AADSTS16001");
    lines.remove(at);
    let at = find(&lines, "AADSTS16002");
    lines.insert(
        at + 1,
        "| AADSTS16005 | SessionTemporarilyUnavailable - The session store is temporarily unavailable. |"
            .to_owned(),
    );
    lines.insert(
        at + 2,
        "| AADSTS16006 | Provided value for '{widget}' isn't supported. Pick another. |".to_owned(),
    );
    let dir = tempfile::tempdir().unwrap();
    let edited = dir.path().join("reference-error-codes.md");
    std::fs::write(&edited, lines.join("\n") + "\n").unwrap();

    let today = today();
    let (run, after) = import(&edited, &today);
    let summary = String::from_utf8(run.stdout).unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let row = |code: &str| {
        after
            .lines()
            .find(|line| line.starts_with(&format!("{code}\t")))
            .unwrap_or_else(|| panic!("{code}"))
            .to_owned()
    };
    // The name stays (names freeze), and is now the crate's; the text and advice follow.
    assert_eq!(
        row("50126"),
        "50126\tInvalidUserNameOrPassword\tcrate\tInvalidCredentials\tThe credentials aren't valid.\t\t400\tunauthenticated\tafter_reauthenticating\tcrate"
    );
    assert_eq!(
        row("16005"),
        "16005\tSessionTemporarilyUnavailable\tmicrosoft\tSessionTemporarilyUnavailable\tThe session store is temporarily unavailable.\t\t\tunavailable\twith_backoff\tcrate"
    );
    assert_eq!(
        row("16006"),
        "16006\tProvidedValueForIsntSupported\tcrate\t\tProvided value for '{widget}' isn't supported. Pick another.\t\t\tunsupported\tnever\tcrate"
    );
    // A code the page dropped stays where it was.
    let order: Vec<&str> = rows(&after).iter().take(6).map(|r| r[0]).collect();
    assert_eq!(
        order,
        ["16000", "16001", "16002", "16005", "16006", "160021"]
    );
    // Every other line is untouched.
    let changed = after.lines().filter(|line| !today.contains(line)).count();
    assert_eq!(changed, 3, "50126 and the two new rows");
    for expected in [
        "Added 2 codes to `entra::ErrorCode`:",
        "- `AADSTS16005` `SessionTemporarilyUnavailable`: Microsoft's name",
        "- `AADSTS16006` `ProvidedValueForIsntSupported`: the crate's name, from the description (review: rule 3)",
        "- `AADSTS50126` `InvalidUserNameOrPassword`: Microsoft now names it `InvalidCredentials`",
        "Texts or advice changed: AADSTS50126.",
        "No longer on Microsoft's page, kept (codes are never removed): AADSTS16001.",
    ] {
        assert!(summary.contains(expected), "{expected}\n{summary}");
    }
}

#[test]
fn a_page_it_cannot_read_is_refused_and_nothing_written() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    };
    let today = today();
    let cases = [
        (dir.path().join("missing.md"), "cannot read"),
        (
            write("other.md", "# Some other page\n"),
            "not Microsoft's error-code page",
        ),
        (
            write("code.md", "| AADSTS5O126 | Name - text |\n"),
            "\"AADSTS5O126\" is not AADSTS and a number",
        ),
        (
            write("cells.md", "| AADSTS50126 | Name - text | more |\n"),
            "line 1: an AADSTS row must be",
        ),
        (
            write("braces.md", "| AADSTS50126 | Name - text {tenant |\n"),
            "would not validate; nothing was written",
        ),
    ];
    for (page, message) in cases {
        let (run, after) = import(&page, &today);
        let stderr = String::from_utf8(run.stderr).unwrap();
        assert_eq!(run.status.code(), Some(1), "{}: {stderr}", page.display());
        assert!(stderr.contains(message), "{}: {stderr}", page.display());
        assert_eq!(after, today, "nothing was written");
    }
}
