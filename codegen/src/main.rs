//! `cargo run -p identity-errors-codegen [-- --check]`: writes the catalogs' source under
//! `src/<vendor>/generated/` from the tables of `data/` (the crate's documentation says why
//! they are committed); with `--check`, writes nothing and fails if a committed file differs.
//!
//! Exit status: 0 when every file was written (or, with `--check`, is current); 1 when a table
//! has problems (each printed as `data/<file>:<line>: <what is wrong>`), a file cannot be
//! written, or a file is stale; 2 for a usage error.

#![forbid(unsafe_code)]

use std::path::Path;
use std::process::ExitCode;
use std::{env, fs};

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let check = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        [] => false,
        ["--check"] => true,
        _ => {
            eprintln!("usage: cargo run -p identity-errors-codegen [-- --check]");
            return ExitCode::from(2);
        }
    };
    // The library is this crate's parent folder.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let files = match identity_errors_codegen::generate(&root) {
        Ok(files) => files,
        Err(problems) => {
            eprintln!(
                "error: cannot generate the catalogs ({} problems):",
                problems.len()
            );
            for problem in &problems {
                eprintln!("{problem}");
            }
            return ExitCode::FAILURE;
        }
    };
    let mut failed = false;
    for file in &files {
        let path = root.join(&file.path);
        let current = fs::read_to_string(&path).ok();
        if current.as_deref() == Some(file.text.as_str()) {
            continue;
        }
        if check {
            eprintln!(
                "{}: stale (run `cargo run -p identity-errors-codegen`)",
                file.path
            );
            failed = true;
            continue;
        }
        let written = path
            .parent()
            .map_or(Ok(()), fs::create_dir_all)
            .and_then(|()| fs::write(&path, &file.text));
        match written {
            Ok(()) => println!("wrote {}", file.path),
            Err(e) => {
                eprintln!("{}: {e}", file.path);
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
