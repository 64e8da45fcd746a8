//! `list [CATALOG]`: the catalogs, or the codes of one.

use super::{Ctx, Problem};
use crate::catalog::{all_entries, Ref, CATALOGS};
use crate::json::{Json, Object};
use crate::render::{rows, table, Column};
use crate::style::{HEAD, NOTE};
use std::io;

/// Lists the catalogs (`None`), every code (`all`) or a catalog's codes.
pub fn run(catalog: Option<&str>, ctx: &mut Ctx) -> io::Result<()> {
    let entries: Vec<Ref> = match catalog {
        None => return catalogs(ctx),
        Some(name) if name.eq_ignore_ascii_case("all") => all_entries().collect(),
        Some(name) => match CATALOGS.iter().find(|table| table.is_named(name)) {
            Some(table) => (table.entries)(),
            // clap accepts only the names of CATALOGS.
            None => {
                let message = format!("no catalog is named \"{name}\"");
                ctx.problems.push(Problem::Usage(message));
                return Ok(());
            }
        },
    };
    if ctx.json {
        let rows: Vec<Json> = entries.iter().map(|entry| entry.row().into()).collect();
        ctx.document = Some(Object::new().with("entries", rows));
    } else {
        write!(ctx.out, "{}", rows(&entries, ctx.paint))?;
    }
    Ok(())
}

/// The five catalogs: name, number of codes, and an example of their spelling.
fn catalogs(ctx: &mut Ctx) -> io::Result<()> {
    if ctx.json {
        let catalogs: Vec<Json> = CATALOGS
            .iter()
            .map(|table| {
                Object::new()
                    .with("catalog", table.key)
                    .with("prefix", table.prefix)
                    .with("name", table.name)
                    .with("codes", (table.entries)().len())
                    .into()
            })
            .collect();
        ctx.document = Some(Object::new().with("catalogs", catalogs));
        return Ok(());
    }
    let mut cells = vec![["CATALOG", "CODES", "NAME", "EXAMPLE"].map(str::to_owned)];
    for table in &CATALOGS {
        let entries = (table.entries)();
        let example = entries
            .first()
            .map(|entry| entry.spelling())
            .unwrap_or_default();
        cells.push([
            table.prefix.to_owned(),
            entries.len().to_string(),
            table.name.to_owned(),
            example,
        ]);
    }
    let columns = [
        Column::styled(HEAD),
        Column::RIGHT,
        Column::default(),
        Column::default(),
    ];
    write!(ctx.out, "{}", table(&cells, &columns, ctx.paint))?;
    let hint =
        "identity-errors list <CATALOG> lists a catalog's codes; `list all` lists every code";
    writeln!(ctx.out, "\n{}", ctx.paint.paint(NOTE, hint))?;
    Ok(())
}
