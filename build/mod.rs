//! The build's catalog code: the table reader and validator, the catalog declarations and the
//! generator of the catalog enums.
//!
//! A build script cannot depend on its own crate, nor share a crate with it without making every
//! user compile that crate too, so the code is shared as source: `build.rs`, `xtask` (which
//! validates an import exactly as the build does), `tests/bad_data.rs` (which feeds the reader
//! corrupt tables) and `tests/status_rule.rs` (which compares the advice rule with the
//! runtime's) each include this file, once, with `#[path]`. Everything here is `std` only.
//!
//! - `catalog.rs`: what a catalog declaration holds;
//! - `catalogs.rs`: the declarations, one per table of `data/`;
//! - `advice.rs`: the kind and retry columns every table has, and their rules;
//! - `table.rs`: the table format, and the one reader that validates every table;
//! - `template.rs`: message templates with `{0}` placeholders;
//! - `codegen.rs` and `rust.rs`: the one generator, and the Rust source layout it writes.

pub mod advice;
pub mod catalog;
pub mod catalogs;
pub mod codegen;
pub mod rust;
pub mod table;
pub mod template;
