//! Maintainer tools, run with `cargo run -p xtask -- <command>`; never compiled by users of the
//! library.
//!
//! ```text
//! cargo run -p xtask -- import okta <error-codes.json> [--table <okta_errors.tsv>]
//! cargo run -p xtask -- import entra <reference-error-codes.md> [--table <entra_errors.tsv>]
//! ```
//!
//! Exit status: 0 on success, 1 when the import cannot be done (a file that cannot be read, a
//! table that would not validate), 2 for a usage error.

#![forbid(unsafe_code)]

mod entra_import;
mod okta_import;

// The library's table reader, declarations and rules, so that an import validates exactly as
// the generator does.
use identity_errors_codegen as codegen;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str =
    "usage: cargo run -p xtask -- import okta <error-codes.json> [--table <okta_errors.tsv>]
       cargo run -p xtask -- import entra <reference-error-codes.md> [--table <entra_errors.tsv>]

okta: adds every code of Okta's error-code table (okta-developer-docs, data/error-codes.json)
that data/okta_errors.tsv lacks, records retitles as former titles, and prints a summary for
CHANGELOG.md.

entra: rewrites data/entra_errors.tsv from a copy of Microsoft's error-code page
(MicrosoftDocs/entra-docs, docs/identity-platform/reference-error-codes.md): the page's texts
for every code, names for new ones by the naming rule, advice by the keyword rule, and prints a
summary for CHANGELOG.md.

Existing rows are never deleted or renamed.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["import", "okta", file] => run(
            Path::new(file),
            &data_dir().join(codegen::catalogs::OKTA_ERRORS.file),
        ),
        ["import", "okta", file, "--table", table] => run(Path::new(file), Path::new(table)),
        ["import", "entra", file] => run_entra(
            Path::new(file),
            &data_dir().join(codegen::catalogs::ENTRA_ERRORS.file),
        ),
        ["import", "entra", file, "--table", table] => run_entra(Path::new(file), Path::new(table)),
        ["--help" | "-h" | "help"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("xtask: unknown command {:?}\n\n{USAGE}", args.join(" "));
            ExitCode::from(2)
        }
    }
}

/// The library's `data/`, beside this crate.
fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("data")
}

fn run(file: &Path, table: &Path) -> ExitCode {
    report(okta_import::import(file, table, &data_dir()))
}

fn run_entra(file: &Path, table: &Path) -> ExitCode {
    report(entra_import::import(file, table, &data_dir()))
}

/// Prints an import's summary, or why it could not be done.
fn report(result: Result<String, String>) -> ExitCode {
    match result {
        Ok(summary) => {
            print!("{summary}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}
