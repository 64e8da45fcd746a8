//! `body <CODE> [ARGS]..`: the exact response the vendor sends.

use super::{Ctx, Failure, Problem};
use crate::catalog::{Answer, BodyError, Ref};
use crate::json::{Json, Object};
use crate::lookup::{self, Reading};
use crate::render::status_line;
use std::io;

/// Prints the response for `code`, its template filled with `args`.
pub fn run(code: &str, args: &[String], ctx: &mut Ctx) -> io::Result<()> {
    let entry = match one_entry(code) {
        Ok(entry) => entry,
        Err(problem) => {
            ctx.problems.push(problem);
            return Ok(());
        }
    };
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let answer = match entry.response(&args) {
        Ok(answer) => answer,
        Err(BodyError::Arity(message) | BodyError::NoBody(message)) => {
            ctx.problems.push(Problem::Usage(message));
            return Ok(());
        }
    };
    if ctx.json {
        ctx.document = Some(answer_json(entry, &answer));
        return Ok(());
    }
    write!(ctx.out, "{}", answer_text(&answer))?;
    if let Some(via) = answer.via {
        ctx.problems.push(Problem::Note(format!(
            "{} is an {}, which has no body of its own; {} answers it with {} ({})",
            entry.code(),
            entry.catalog_name(),
            entry.vendor(),
            via.code(),
            via.title()
        )));
    }
    if let Some((member, usage)) = &answer.template {
        let body_of = answer.via.unwrap_or(entry);
        ctx.problems.push(Problem::Note(format!(
            "no arguments given: {member} is {}'s template, {} unfilled; \
             `identity-errors body {} {usage}` fills it",
            body_of.code(),
            answer.unfilled.join(", "),
            entry.spelling(),
        )));
    }
    let (headers, members): (Vec<_>, Vec<_>) = answer
        .samples
        .iter()
        .partition(|(name, _)| answer.response.headers().contains_key(*name));
    for (what, samples) in [("header", headers), ("body member", members)] {
        if samples.is_empty() {
            continue;
        }
        let samples: Vec<String> = samples
            .iter()
            .map(|(name, why)| format!("{name} ({why})"))
            .collect();
        ctx.problems.push(Problem::Note(format!(
            "{what} values of this run, not the vendor's: {}",
            samples.join(", ")
        )));
    }
    Ok(())
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
    // A word several vendors use names the codes among them that make a body (`access_denied`:
    // Okta's and Keycloak's; Entra's needs an AADSTS code too, Keycloak's event error has none):
    // one is printed, several are named.
    let with_body: Vec<Ref> = entries.iter().copied().filter(|e| e.makes_body()).collect();
    let entries = match with_body.as_slice() {
        [] => entries,
        _ => with_body,
    };
    // Readings that answer with one code's body (Auth0's `too_many_attempts` as a library
    // login error is the Authentication API's code) are one body, not a choice to make.
    let answered = |e: &Ref| e.linked().unwrap_or(*e).spelling();
    if entries.len() > 1 && entries.iter().all(|e| answered(e) == answered(&entries[0])) {
        return Ok(entries[0]);
    }
    match entries.as_slice() {
        [entry] => Ok(*entry),
        [] => Err(no_body(input, &readings)),
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
fn no_body(input: &str, readings: &[Reading]) -> Problem {
    let failure = |message: String, hint: Option<String>, suggestions: Vec<Ref>| {
        Problem::NotFound(Failure {
            input: input.trim().to_owned(),
            message,
            hint,
            suggestions,
        })
    };
    for reading in readings {
        match reading {
            Reading::CatchAll { given, entry } => {
                return failure(
                    format!(
                        "identity-cloud:{given} is not in the catalog (Identity Cloud treats it \
                         as {} {}), so its exact body is unknown",
                        entry.code(),
                        entry.title(),
                    ),
                    Some(format!(
                        "the body of {}: identity-errors body {}",
                        entry.code(),
                        entry.spelling()
                    )),
                    Vec::new(),
                )
            }
            Reading::Range { given, .. } => {
                return failure(
                    format!(
                        "identity-cloud:{given} is not in the catalog, and Identity Cloud lists \
                         no catch-all code for it"
                    ),
                    None,
                    Vec::new(),
                )
            }
            Reading::Status { status, .. } => {
                return failure(
                    format!("{} is an HTTP status, not a code", status_line(*status)),
                    Some(format!(
                        "the codes answered with it: identity-errors explain {}",
                        status.as_u16()
                    )),
                    Vec::new(),
                )
            }
            Reading::Entry(_) => {}
        }
    }
    Problem::NotFound(lookup::not_found(input))
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
    let mut samples = Object::new();
    for (name, why) in &answer.samples {
        samples.push(*name, *why);
    }
    object
        .with("status", response.status().as_u16())
        .with("reason", response.status().canonical_reason())
        .with("headers", headers)
        .with("samples", samples)
        .with("body", Json::raw(response.body().clone()))
        .with("unfilled", answer.unfilled.clone())
}

/// The code as its `dump` row writes it: a string, or a number for the integer catalogs.
fn code_json(entry: Ref) -> Json {
    match entry.code().parse::<i64>() {
        Ok(number) => number.into(),
        Err(_) => entry.code().into(),
    }
}
