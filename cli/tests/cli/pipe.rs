//! A reader that goes away (`| head -1`): the output stops quietly, no panic.

use assert_cmd::cargo::cargo_bin;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

/// The binary running with `args`, its standard output and error piped to this test.
fn spawn(args: &[&str]) -> Child {
    Command::new(cargo_bin!("identity-errors"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs")
}

/// Runs the binary with its standard output closed before it writes a byte; its exit status
/// and standard error.
fn closed_pipe(args: &[&str]) -> (Option<i32>, String) {
    let mut child = spawn(args);
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("it ends");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn no_panic_when_the_reader_has_gone() {
    for args in [
        &["dump"][..],
        &["list", "all"],
        &["search", "password"],
        &["explain", "404"],
        &["explain", "--json", "E0000007"],
        &["body", "E0000007", "x"],
        &["--help"],
    ] {
        let (code, err) = closed_pipe(args);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert_eq!(code, Some(0), "{args:?}: {err}");
    }
}

#[test]
fn a_closed_pipe_keeps_the_exit_status() {
    // A code that does not exist still makes status 1 when nobody reads the others' output
    // (the status was 0: the write error hid it).
    for args in [
        &["explain", "E0000007", "E9999999"][..],
        &["explain", "--json", "E0000007", "E9999999"],
    ] {
        let (code, err) = closed_pipe(args);
        assert_eq!(code, Some(1), "{args:?}: {err}");
        assert!(
            err.starts_with("error: no catalog lists \"E9999999\""),
            "{args:?}: {err}"
        );
    }
    let (code, _) = closed_pipe(&["body", "E0000007", "x", "y"]);
    assert_eq!(code, Some(2));
}

#[test]
fn head_reads_the_first_line() {
    // The reader takes one line and goes while the rest (100 KB of JSON) is being written.
    for args in [&["dump"][..], &["list", "all"], &["search", "password"]] {
        let mut child = spawn(args);
        let mut first = String::new();
        let stdout = child.stdout.take().expect("stdout");
        BufReader::new(stdout)
            .read_line(&mut first)
            .expect("a line");
        assert!(!first.is_empty());
        let output = child.wait_with_output().expect("it ends");
        let err = String::from_utf8_lossy(&output.stderr);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert!(output.status.success(), "{args:?}: {err}");
    }
}
