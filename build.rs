//! Generates the catalog enums from the tables in `data/`.
//!
//! Every table is validated before anything is written; a malformed table stops the build with
//! every problem listed as `data/<file>:<line>: <what is wrong>`.

#[path = "build/codegen.rs"]
mod codegen;
#[path = "build/tables.rs"]
mod tables;

use std::path::{Path, PathBuf};
use std::{env, fs, process};

fn main() {
    let data = Path::new("data");
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=build");
    let files = [
        tables::OKTA_ERRORS,
        tables::OKTA_OAUTH_ERRORS,
        tables::OKTA_LOGIN_FAILURES,
        tables::IDENTITY_CLOUD_ERRORS,
        tables::LUSID_ERRORS,
    ];
    let texts: Vec<String> = files
        .iter()
        .map(|file| {
            let path = data.join(file);
            println!("cargo:rerun-if-changed={}", path.display());
            fs::read_to_string(&path)
                .unwrap_or_else(|e| fail(&[format!("{}: {e}", path.display())]))
        })
        .collect();
    let catalogs = tables::parse(tables::Texts {
        okta: &texts[0],
        oauth: &texts[1],
        login_failures: &texts[2],
        identity_cloud: &texts[3],
        lusid: &texts[4],
    })
    .unwrap_or_else(|problems| fail(&problems.iter().map(ToString::to_string).collect::<Vec<_>>()));

    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts"));
    let outputs = [
        (
            "okta_error_code.rs",
            codegen::okta_error_code(&catalogs.okta),
        ),
        (
            "okta_error_constructors.rs",
            codegen::okta_error_constructors(&catalogs.okta),
        ),
        (
            "okta_oauth_error_code.rs",
            codegen::oauth_error_code(&catalogs.oauth),
        ),
        (
            "okta_login_failure.rs",
            codegen::login_failure(&catalogs.login_failures, &catalogs.okta),
        ),
        (
            "identity_cloud_error_code.rs",
            codegen::identity_cloud_error_code(&catalogs.identity_cloud),
        ),
        (
            "lusid_error_code.rs",
            codegen::lusid_error_code(&catalogs.lusid),
        ),
    ];
    for (name, code) in outputs {
        let path = out.join(name);
        fs::write(&path, code).unwrap_or_else(|e| fail(&[format!("{}: {e}", path.display())]));
    }
}

/// Stops the build, listing every problem.
fn fail(problems: &[String]) -> ! {
    eprintln!(
        "error: the catalog tables in data/ are invalid ({} problems):",
        problems.len()
    );
    for problem in problems {
        // `cargo:warning` makes each line show in cargo's own output, not only in the build log.
        println!("cargo:warning={problem}");
        eprintln!("{problem}");
    }
    process::exit(1);
}
