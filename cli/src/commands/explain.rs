//! `explain <CODE>..`: what each code means, its status and an example body.

use super::{Ctx, Problem};
use crate::catalog::Ref;
use crate::json::{Json, Object};
use crate::lookup::{self, Reading};
use crate::render::{fields, rows, status_line};
use crate::style::{Paint, HEAD, LABEL};
use std::io;

/// Explains every input in turn.
pub fn run(inputs: &[String], ctx: &mut Ctx) -> io::Result<()> {
    let mut results: Vec<Json> = Vec::new();
    let mut texts: Vec<String> = Vec::new();
    for input in inputs {
        let readings = match lookup::readings(input) {
            Ok(readings) if readings.is_empty() => {
                ctx.problems
                    .push(Problem::NotFound(lookup::not_found(input)));
                readings
            }
            Ok(readings) => readings,
            Err(prefix) => {
                ctx.problems
                    .push(Problem::Usage(lookup::unknown_prefix(&prefix)));
                Vec::new()
            }
        };
        if ctx.json {
            let readings: Vec<Json> = readings.iter().map(reading_json).collect();
            let result = Object::new()
                .with("input", input.as_str())
                .with("readings", readings);
            results.push(result.into());
        } else if !readings.is_empty() {
            texts.push(text(input, &readings, ctx.paint));
        }
    }
    if ctx.json {
        ctx.document = Some(Object::new().with("results", results));
    } else {
        write!(ctx.out, "{}", texts.join("\n"))?;
    }
    Ok(())
}

/// Every reading of an input, for a person.
fn text(input: &str, readings: &[Reading], paint: Paint) -> String {
    // A code linked to another reading of the same input (Auth0's `unauthorized` as a library
    // login error, and as the Authentication API's) names it rather than showing it twice.
    let shown: Vec<String> = readings
        .iter()
        .filter_map(|reading| match reading {
            Reading::Entry(entry) => Some(entry.spelling()),
            _ => None,
        })
        .collect();
    let texts: Vec<String> = readings
        .iter()
        .map(|r| reading_text(r, &shown, paint))
        .collect();
    match texts.as_slice() {
        [one] => one.clone(),
        several => {
            let head = format!("{} has {} readings:", input.trim(), several.len());
            format!("{}\n\n{}", paint.paint(HEAD, &head), several.join("\n"))
        }
    }
}

fn reading_text(reading: &Reading, shown: &[String], paint: Paint) -> String {
    match reading {
        Reading::Entry(entry) => entry_text(*entry, shown, paint),
        Reading::CatchAll { given, entry } => {
            let head = format!(
                "identity-cloud:{given} is not in the catalog; Identity Cloud treats it as {} {}",
                entry.code(),
                entry.title()
            );
            format!(
                "{}\n\n{}",
                paint.paint(HEAD, &head),
                entry_text(*entry, &[], paint)
            )
        }
        Reading::Range { given, category } => {
            let head = format!(
                "identity-cloud:{given} is not in the catalog, and Identity Cloud lists no \
                 catch-all code for it"
            );
            let range = format!("{category}: {}", category.description());
            format!(
                "{}\n{}",
                paint.paint(HEAD, &head),
                fields(&[("range", range)], paint)
            )
        }
        Reading::Status { status, entries } => {
            let head = format!(
                "HTTP {} is the status of {}:",
                status_line(*status),
                count(entries.len())
            );
            format!("{}\n{}", paint.paint(HEAD, &head), rows(entries, paint))
        }
    }
}

/// `1 code`, `23 codes`.
fn count(n: usize) -> String {
    match n {
        1 => "1 code".to_owned(),
        n => format!("{n} codes"),
    }
}

/// One code for a person: its fields, then an example body or the code it is linked to (named
/// only, where it is among `shown`, the other readings printed).
fn entry_text(entry: Ref, shown: &[String], paint: Paint) -> String {
    let code = paint.paint(HEAD, &entry.code());
    let head = match entry.title_label() {
        None => format!("{code}  {}", paint.paint(HEAD, entry.title())),
        Some(_) => code,
    };
    let mut lines = vec![(entry.short(), head), ("variant", entry.variant())];
    if let Some(status) = entry.status() {
        let note = entry.status_note().map(|note| format!("  ({note})"));
        lines.push(("status", status_line(status) + &note.unwrap_or_default()));
    }
    lines.push(("kind", entry.kind().as_str().to_owned()));
    lines.push(("retry", entry.retry().as_str().to_owned()));
    if let Some(label) = entry.title_label() {
        lines.push((label, entry.title().to_owned()));
    }
    if let Some(description) = entry.description() {
        lines.push((entry.description_label(), description.to_owned()));
    }
    for (label, value) in entry.details() {
        lines.push((label, paint.template(&value)));
    }
    let linked = entry.linked();
    let linked_above = linked.filter(|linked| shown.contains(&linked.spelling()));
    if let Some(linked) = linked_above {
        lines.push((
            "answered as",
            format!("{}, another reading above", linked.spelling()),
        ));
    }
    let mut text = fields(&lines, paint);
    if let Some(example) = entry.example() {
        let note = example
            .note
            .map(|note| format!("; {note}"))
            .unwrap_or_default();
        let head = format!("Example body (HTTP {}{note}):", status_line(example.status));
        text.push_str(&format!(
            "\n{}\n{}\n",
            paint.paint(LABEL, &head),
            example.body
        ));
    }
    if let (Some(linked), None) = (linked, linked_above) {
        text.push('\n');
        text.push_str(&entry_text(linked, &[], paint));
    }
    text
}

/// A reading for tools.
fn reading_json(reading: &Reading) -> Json {
    let object = match reading {
        Reading::Entry(entry) => Object::new()
            .with("reading", "code")
            .with("entry", entry_json(*entry)),
        Reading::CatchAll { given, entry } => Object::new()
            .with("reading", "catch_all")
            .with("given", *given)
            .with("entry", entry_json(*entry)),
        Reading::Range { given, category } => Object::new()
            .with("reading", "range")
            .with("given", *given)
            .with("catalog", "identity_cloud")
            .with("category", category.as_str())
            .with("description", category.description()),
        Reading::Status { status, entries } => {
            let entries: Vec<Json> = entries.iter().map(|entry| entry.row().into()).collect();
            Object::new()
                .with("reading", "http_status")
                .with("status", status.as_u16())
                .with("reason", status.canonical_reason())
                .with("entries", entries)
        }
    };
    object.into()
}

/// A code for tools: its `dump` row with its catalog, and the catalog's extras.
fn entry_json(entry: Ref) -> Object {
    let mut object = entry.row();
    object.extend([
        ("kind", entry.kind().as_str().into()),
        ("retry", entry.retry().as_str().into()),
    ]);
    object.extend(entry.json_details());
    object
}
