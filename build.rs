//! Generates the catalog enums from the tables in `data/`.
//!
//! Every table is validated before anything is written; a malformed table stops the build with
//! every problem listed as `data/<file>:<line>: <what is wrong>`. Each enum's own documentation
//! is the `.md` file beside the source file that includes it.

#[path = "build/catalogs.rs"]
mod catalogs;
#[path = "build/codegen.rs"]
mod codegen;
#[path = "build/rust.rs"]
mod rust;
#[path = "build/table.rs"]
mod table;

use std::path::{Path, PathBuf};
use std::{env, fs, process};

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=build");
    let read = |path: &str| {
        println!("cargo:rerun-if-changed={path}");
        fs::read_to_string(path).unwrap_or_else(|e| fail(&[format!("{path}: {e}")]))
    };
    let table = |file: &str| read(&format!("data/{file}"));
    let okta = table(catalogs::OKTA_ERRORS);
    let oauth = table(catalogs::OKTA_OAUTH_ERRORS);
    let login_failures = table(catalogs::OKTA_LOGIN_FAILURES);
    let identity_cloud = table(catalogs::IDENTITY_CLOUD_ERRORS);
    let lusid = table(catalogs::LUSID_ERRORS);
    let catalogs = catalogs::parse(catalogs::Texts {
        okta: &okta,
        oauth: &oauth,
        login_failures: &login_failures,
        identity_cloud: &identity_cloud,
        lusid: &lusid,
    })
    .unwrap_or_else(|problems| fail(&problems.iter().map(ToString::to_string).collect::<Vec<_>>()));

    let outputs = [
        (
            "okta_error_code.rs",
            codegen::okta_error_code(&catalogs.okta, &read("src/okta/error_code.md")),
        ),
        (
            "okta_error_constructors.rs",
            codegen::okta_error_constructors(&catalogs.okta),
        ),
        (
            "okta_oauth_error_code.rs",
            codegen::oauth_error_code(&catalogs.oauth, &read("src/okta/oauth_error_code.md")),
        ),
        (
            "okta_login_failure.rs",
            codegen::login_failure(
                &catalogs.login_failures,
                &catalogs.okta,
                &read("src/okta/login_failure.md"),
            ),
        ),
        (
            "identity_cloud_error_code.rs",
            codegen::identity_cloud_error_code(
                &catalogs.identity_cloud,
                &read("src/identity_cloud/error_code.md"),
            ),
        ),
        (
            "lusid_error_code.rs",
            codegen::lusid_error_code(&catalogs.lusid, &read("src/lusid/error_code.md")),
        ),
    ];
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts"));
    for (name, code) in outputs {
        rust::check_width(name, &code);
        write(&out.join(name), &code);
    }
}

fn write(path: &Path, code: &str) {
    fs::write(path, code).unwrap_or_else(|e| fail(&[format!("{}: {e}", path.display())]));
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
