//! Generates the catalog enums from the tables in `data/`, as the declarations in
//! `build/catalogs.rs` say.
//!
//! Every table is validated before anything is written; a malformed table stops the build with
//! every problem listed as `data/<file>:<line>: <what is wrong>`. Each enum's own documentation
//! is the `.md` file beside the source file that includes it.

// The build code, shared as source with xtask and the tests (build/mod.rs says why).
#[path = "build/mod.rs"]
mod build;

use build::catalog::Catalog;
use build::{catalogs, codegen, rust, table};
use std::path::{Path, PathBuf};
use std::{env, fs, process};

/// Whether `catalog` is to be generated: its feature is on (cargo sets `CARGO_FEATURE_<NAME>`).
fn enabled(catalog: &Catalog) -> bool {
    let mut var = String::from("CARGO_FEATURE_");
    var.push_str(&catalog.feature.to_ascii_uppercase().replace('-', "_"));
    env::var_os(var).is_some()
}

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=build");
    let read = |path: &str| {
        println!("cargo:rerun-if-changed={path}");
        fs::read_to_string(path).unwrap_or_else(|e| fail(&[[path, ": ", &e.to_string()].concat()]))
    };
    // Every table is validated, generated or not: a broken table fails every build.
    let mut texts = Vec::with_capacity(catalogs::ALL.len());
    for catalog in catalogs::ALL {
        texts.push((catalog, read(&["data/", catalog.file].concat())));
    }
    let texts: Vec<(&Catalog, &str)> = texts.iter().map(|(c, t)| (*c, t.as_str())).collect();
    let tables = table::parse(&texts).unwrap_or_else(|problems| {
        fail(&problems.iter().map(ToString::to_string).collect::<Vec<_>>())
    });

    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts"));
    for table in &tables {
        if !enabled(table.catalog) {
            continue;
        }
        let type_doc = read(&table.catalog.doc_file());
        let code = codegen::catalog(table, &tables, &type_doc);
        write(&out, &table.catalog.out_file(), &code);
        if let Some((file, code)) = codegen::constructors(table, &tables) {
            write(&out, file, &code);
        }
    }
}

fn write(out: &Path, name: &str, code: &str) {
    rust::check_width(name, code);
    let path = out.join(name);
    fs::write(&path, code).unwrap_or_else(|e| fail(&[format!("{}: {e}", path.display())]));
}

/// Stops the build, listing every problem.
fn fail(problems: &[String]) -> ! {
    eprintln!(
        "error: cannot generate the catalogs from data/ ({} problems):",
        problems.len()
    );
    for problem in problems {
        // `cargo:warning` makes each line show in cargo's own output, not only in the build log.
        println!("cargo:warning={problem}");
        eprintln!("{problem}");
    }
    process::exit(1);
}
