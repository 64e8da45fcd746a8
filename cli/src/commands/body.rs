//! `body <CODE> [ARGS]..`: the exact response the vendor sends.

use super::{Ctx, Problem};
use crate::catalog::{Answer, BodyError, Ref};
use crate::json::{self, Json, Object};
use crate::lookup::{self, Reading};
use crate::render::status_line;
use std::io;

/// Prints the response for `code`, its template filled with `args`.
pub fn run(code: &str, args: &[String], ctx: &mut Ctx) -> io::Result<Vec<Problem>> {
    let entry = match one_entry(code) {
        Ok(entry) => entry,
        Err(problem) => return Ok(vec![problem]),
    };
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let answer = match entry.response(&args) {
        Ok(answer) => answer,
        Err(BodyError::Arity(message) | BodyError::NoBody(message)) => {
            return Ok(vec![Problem::Usage(message)]);
        }
    };
    let mut problems = Vec::new();
    if ctx.json {
        json::print(ctx.out, &answer_json(entry, &answer))?;
    } else {
        write!(ctx.out, "{}", answer_text(&answer))?;
        if let Some(via) = answer.via {
            problems.push(Problem::Note(format!(
                "{} is an {}, which has no body of its own; Okta answers it with {} ({})",
                entry.code(),
                entry.catalog_name(),
                via.code(),
                via.title()
            )));
        }
    }
    Ok(problems)
}

/// The one code `input` names, or what is wrong.
fn one_entry(input: &str) -> Result<Ref, Problem> {
    let readings = lookup::readings(input)
        .map_err(|prefix| Problem::Usage(lookup::unknown_prefix(&prefix)))?;
    let entries: Vec<Ref> = readings
        .iter()
        .filter_map(|reading| match reading {
            Reading::Entry(entry) => Some(*entry),
            _ => None,
        })
        .collect();
    match entries.as_slice() {
        [entry] => Ok(*entry),
        [] => Err(Problem::NotFound(no_body(input, &readings))),
        several => {
            let spellings: Vec<String> = several.iter().map(|e| e.spelling()).collect();
            Err(Problem::Usage(format!(
                "\"{}\" names {} codes: {}; write one of them",
                input.trim(),
                several.len(),
                spellings.join(", ")
            )))
        }
    }
}

/// Why there is no body for an input with no code among its readings.
fn no_body(input: &str, readings: &[Reading]) -> String {
    for reading in readings {
        match reading {
            Reading::CatchAll { given, entry } => {
                return format!(
                    "identity-cloud:{given} is not in the catalog (Identity Cloud treats it as {} \
                     {}), so its exact body is unknown\n  hint: the body of {0}: \
                     identity-errors body {}",
                    entry.code(),
                    entry.title(),
                    entry.spelling()
                )
            }
            Reading::Range { given, .. } => {
                return format!(
                    "identity-cloud:{given} is not in the catalog, and Identity Cloud lists no \
                     catch-all code for it"
                )
            }
            Reading::Status { status, .. } => {
                return format!(
                    "{} is an HTTP status, not a code\n  hint: the codes answered with it: \
                     identity-errors explain {}",
                    status_line(*status),
                    status.as_u16()
                )
            }
            Reading::Entry(_) => {}
        }
    }
    lookup::not_found(input)
}

/// `HTTP/1.1 404 Not Found`, the headers, a blank line and the body, as on the wire.
fn answer_text(answer: &Answer) -> String {
    let response = &answer.response;
    let mut text = format!(
        "{:?} {}\n",
        response.version(),
        status_line(response.status())
    );
    for (name, value) in response.headers() {
        text.push_str(&format!(
            "{name}: {}\n",
            String::from_utf8_lossy(value.as_bytes())
        ));
    }
    text.push('\n');
    text.push_str(response.body());
    text.push('\n');
    text
}

/// The response for tools: the code, status, headers and the body as a JSON object.
fn answer_json(asked: Ref, answer: &Answer) -> Object {
    let response = &answer.response;
    let mut headers = Object::new();
    for (name, value) in response.headers() {
        headers.push(
            name.as_str().to_owned(),
            String::from_utf8_lossy(value.as_bytes()).into_owned(),
        );
    }
    let entry = answer.via.unwrap_or(asked);
    let mut object = Object::new()
        .with("catalog", entry.key())
        .with("code", code_json(entry));
    if answer.via.is_some() {
        let asked = Object::new()
            .with("catalog", asked.key())
            .with("code", code_json(asked));
        object.push("for", asked);
    }
    object
        .with("status", response.status().as_u16())
        .with("reason", response.status().canonical_reason())
        .with("headers", headers)
        .with("body", Json::raw(response.body().clone()))
}

/// The code as its `dump` row writes it: a string, or a number for the integer catalogs.
fn code_json(entry: Ref) -> Json {
    match entry.code().parse::<i64>() {
        Ok(number) => number.into(),
        Err(_) => entry.code().into(),
    }
}
