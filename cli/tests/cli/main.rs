//! Integration tests of the `identity-errors` binary: one test crate, a module per concern.

mod body;
mod entra_body;
mod explain;
mod json;
mod pipe;
mod search;
mod spelling;
mod usage;

use assert_cmd::assert::Assert;
use assert_cmd::cargo::cargo_bin_cmd;

/// Runs the binary with `args`, as from a pipe (no terminal, `NO_COLOR` unset).
pub fn run(args: &[&str]) -> Assert {
    cargo_bin_cmd!("identity-errors")
        .args(args)
        .env_remove("NO_COLOR")
        .assert()
}

/// Standard output of a run that must succeed with nothing on standard error.
pub fn ok(args: &[&str]) -> String {
    let assert = run(args).success().stderr("");
    text(&assert.get_output().stdout)
}

/// Standard output and standard error of a run that must exit with `code`.
pub fn fails(args: &[&str], code: i32) -> (String, String) {
    let assert = run(args).code(code);
    let output = assert.get_output();
    (text(&output.stdout), text(&output.stderr))
}

/// Standard output of a successful `--json` run, parsed.
pub fn json(args: &[&str]) -> serde_json::Value {
    let mut args = args.to_vec();
    args.push("--json");
    let out = ok(&args);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{args:?}: {e}\n{out}"))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("the output is UTF-8")
}
