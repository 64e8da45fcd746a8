//! The catalogs' source generator: reads every table of `data/`, validates it as its declaration
//! says, and writes the enums the library includes from `src/<vendor>/generated/`.
//!
//! The generated files are committed, as rust-postgres commits its `SqlState` table: a user of the
//! library compiles them as they are, with no build script (whose compile alone cost more than half
//! of the whole `http` crate's), and a reader lands in them with "go to definition". After editing
//! a table, run `cargo run -p identity-errors-codegen`: it lists every problem of every table at
//! once as `data/<file>:<line>: <what is wrong>` and writes nothing until all are fixed.
//! `tests/current.rs` fails while a committed file differs from what the tables give, so a table
//! edited without a new generation cannot land. `xtask` uses this crate to validate an import
//! exactly as the generator does. Everything here is `std` only.
//!
//! - `catalog.rs`: what a catalog declaration holds;
//! - `catalogs.rs`: the declarations, one per table of `data/`;
//! - `advice.rs`: the kind and retry columns every table has, and their rules;
//! - `table.rs`: the table format, and the one reader that validates every table;
//! - `template.rs`: message templates with `{0}` placeholders;
//! - `codegen.rs` and `rust.rs`: the one generator, and the Rust source layout it writes;
//! - `operations.rs`: a vendor's operations and the errors each may raise (Cognito's).

#![forbid(unsafe_code)]

pub mod advice;
pub mod catalog;
pub mod catalogs;
pub mod codegen;
pub mod operations;
pub mod rust;
pub mod table;
pub mod template;

use std::fs;
use std::path::Path;

/// One generated file: its path from the library's root (`src/okta/generated/error_code.rs`)
/// and its text.
pub struct File {
    /// The path from the library's root.
    pub path: String,
    /// The file's whole text.
    pub text: String,
}

/// Every generated file, from the tables under `root/data/` (`root` is the library's folder);
/// or every problem found, each a line such as `data/okta_errors.tsv:12: <what is wrong>`.
pub fn generate(root: &Path) -> Result<Vec<File>, Vec<String>> {
    let mut problems = Vec::new();
    let mut texts = Vec::with_capacity(catalogs::ALL.len());
    for catalog in catalogs::ALL {
        let path = ["data/", catalog.file].concat();
        match fs::read_to_string(root.join(&path)) {
            Ok(text) => texts.push((catalog, text)),
            Err(e) => problems.push([&path, ": ", &e.to_string()].concat()),
        }
        let doc = catalog.doc_file();
        if !root.join(&doc).is_file() {
            problems.push([&doc, ": missing (the enum's documentation)"].concat());
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let texts: Vec<(&catalog::Catalog, &str)> =
        texts.iter().map(|(c, t)| (*c, t.as_str())).collect();
    let tables = table::parse(&texts)
        .map_err(|found| found.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    let mut files = Vec::new();
    for table in &tables {
        let catalog = table.catalog;
        files.push(File {
            path: catalog.out_file(),
            text: codegen::catalog(table, &tables),
        });
        if let Some((name, text)) = codegen::constructors(table, &tables) {
            files.push(File {
                path: [&catalog.generated_dir(), "/", name].concat(),
                text,
            });
        }
    }
    for operations in &operations::ALL {
        let path = ["data/", operations.file].concat();
        let text = match fs::read_to_string(root.join(&path)) {
            Ok(text) => text,
            Err(e) => {
                problems.push([&path, ": ", &e.to_string()].concat());
                continue;
            }
        };
        if !root.join(operations.doc_file).is_file() {
            problems.push([operations.doc_file, ": missing (the enum's documentation)"].concat());
        }
        match operations::generate(operations, &text, &tables) {
            Ok(text) => files.push(File {
                path: operations.out_file.to_owned(),
                text,
            }),
            Err(found) => problems.extend(found),
        }
    }
    for file in &files {
        problems.extend(rust::too_wide(&file.path, &file.text));
    }
    if problems.is_empty() {
        Ok(files)
    } else {
        Err(problems)
    }
}
