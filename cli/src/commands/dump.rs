//! `dump`: every catalog as one JSON object, `{"okta": [rows..], "okta_oauth": [..], ..}`.

use super::Ctx;
use crate::catalog::CATALOGS;
use crate::json::{Json, Object};
use std::io;

/// Prints the dump (always JSON).
pub fn run(ctx: &mut Ctx) -> io::Result<()> {
    let mut dump = Object::new();
    for table in &CATALOGS {
        let rows: Vec<Json> = (table.entries)()
            .iter()
            .map(|entry| entry.dump_row().into())
            .collect();
        dump.push(table.key, rows);
    }
    ctx.document = Some(dump);
    Ok(())
}
