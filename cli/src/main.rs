//! `identity-errors`: what an error code of Okta, Akamai Identity Cloud or FINBOURNE LUSID
//! means, and what the vendor sends for it, in the spirit of `rustc --explain`.
//!
//! ```text
//! identity-errors explain E0000007          # any code of any catalog, in any spelling
//! identity-errors search rate limit         # codes by words, best match first
//! identity-errors body E0000007 'User 00u1' # the exact status, headers and body
//! identity-errors list [CATALOG]            # the catalogs, or the codes of one
//! identity-errors dump                      # every catalog as JSON
//! ```
//!
//! Exit status: 0 when something was found, 1 when no such code or nothing matches (or the
//! output could not be written), 2 for a usage error. With `--json`, standard output is one
//! JSON document even when the command fails (clap's refusals included), the failures in its
//! `errors` member, and standard error says the same for a person; `--help` and `--version`
//! print text. A closed pipe ends the output quietly, and the
//! exit status still tells whether every code was found.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod args;
mod catalog;
mod commands;
mod json;
mod lookup;
mod rank;
mod render;
mod style;

use args::Cli;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{CommandFactory, Parser};
use commands::{Ctx, Failure, Problem};
use json::{Json, Object};
use render::rows;
use std::ffi::OsString;
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;
use style::{Paint, ERROR, NOTE};

/// How many codes a "did you mean" shows on standard error (`--json` lists them all).
const SHOWN_SUGGESTIONS: usize = 5;

fn main() -> ExitCode {
    let json = wants_json(std::env::args_os().skip(1));
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => return clap_failure(suggest_explain(error), json),
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut ctx = Ctx {
        out: &mut out,
        paint: Paint::stdout(),
        json: cli.json,
        document: None,
        problems: Vec::new(),
    };
    let written = commands::run(&cli.command, &mut ctx).and_then(|()| {
        let mut document = ctx.document.take();
        let errors = errors_json(&ctx.problems);
        if ctx.json && !errors.is_empty() {
            document
                .get_or_insert_with(Object::new)
                .push("errors", errors);
        }
        if let Some(document) = document {
            json::print(ctx.out, &document)?;
        }
        ctx.out.flush()
    });
    let status = report(cli.command.name(), &ctx.problems);
    match written {
        Ok(()) => ExitCode::from(status),
        // The reader went away (`| head -1`): nothing more to say, and the status still tells
        // whether every code was found.
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::from(status),
        Err(error) => {
            let paint = Paint::stderr();
            let _ = writeln!(
                io::stderr(),
                "{} cannot write the output: {error}",
                paint.paint(ERROR, "error:")
            );
            ExitCode::from(status.max(1))
        }
    }
}

/// Whether the command line asks for `--json` (before any `--`), so that even an error clap
/// finds in it is answered in JSON.
fn wants_json(args: impl IntoIterator<Item = OsString>) -> bool {
    args.into_iter()
        .take_while(|arg| arg != "--")
        .any(|arg| arg == "--json" || arg.to_string_lossy().starts_with("--json="))
}

/// A command line clap refused (or `--help`, `--version`): clap's own text, and with `--json`
/// an `errors` document on standard output too.
fn clap_failure(error: clap::Error, json: bool) -> ExitCode {
    if json && error.use_stderr() {
        let message = clap_message(&error);
        let errors = vec![Json::from(
            Object::new().with("kind", "usage").with("message", message),
        )];
        let document = Object::new().with("errors", errors);
        let mut stdout = io::stdout().lock();
        // A closed standard output: the exit status still tells.
        let _ = json::print(&mut stdout, &document).and_then(|()| stdout.flush());
    }
    let _ = error.print();
    // 0 for --help and --version, 2 for a usage error.
    ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2))
}

/// What clap says is wrong, without `error:`, the tips and the usage: its first paragraph, on
/// one line.
fn clap_message(error: &clap::Error) -> String {
    let text = error.render().to_string();
    let text = text.strip_prefix("error: ").unwrap_or(&text);
    let first = text.split("\n\n").next().unwrap_or_default();
    first.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The `errors` member of `--json` output: every failure, as on standard error.
fn errors_json(problems: &[Problem]) -> Vec<Json> {
    problems
        .iter()
        .filter_map(|problem| match problem {
            Problem::NotFound(failure) => {
                let suggestions: Vec<Json> = failure
                    .suggestions
                    .iter()
                    .map(|entry| entry.row().into())
                    .collect();
                let object = Object::new()
                    .with("kind", "not_found")
                    .with("input", failure.input.as_str())
                    .with("message", failure.message.as_str())
                    .with("hint", failure.hint.as_deref())
                    .with("suggestions", suggestions);
                Some(object.into())
            }
            Problem::Usage(message) => Some(
                Object::new()
                    .with("kind", "usage")
                    .with("message", message.as_str())
                    .into(),
            ),
            Problem::Note(_) => None,
        })
        .collect()
}

/// Writes the problems on standard error; the exit status they make.
fn report(command: &str, problems: &[Problem]) -> u8 {
    let paint = Paint::stderr();
    let mut stderr = io::stderr().lock();
    let mut status = 0;
    for problem in problems {
        // Standard error closed too: the exit status still tells.
        let _ = match problem {
            Problem::Note(note) => {
                writeln!(stderr, "{}", paint.paint(NOTE, &format!("note: {note}")))
            }
            Problem::NotFound(failure) => {
                status = status.max(1);
                write!(stderr, "{}", failure_text(failure, paint))
            }
            Problem::Usage(message) => {
                status = 2;
                usage_error(command, message).print()
            }
        };
    }
    status
}

/// A failure for a person: what is wrong, the codes meant (a few), and a hint.
fn failure_text(failure: &Failure, paint: Paint) -> String {
    let mut text = format!("{} {}\n", paint.paint(ERROR, "error:"), failure.message);
    if !failure.suggestions.is_empty() {
        text.push_str("  did you mean:\n");
        let shown = &failure.suggestions[..failure.suggestions.len().min(SHOWN_SUGGESTIONS)];
        for line in rows(shown, paint).lines() {
            text.push_str(&format!("    {line}\n"));
        }
        let more = failure.suggestions.len() - shown.len();
        if more > 0 {
            text.push_str(&format!("    and {more} more (--json lists them all)\n"));
        }
    }
    if let Some(hint) = &failure.hint {
        text.push_str(&format!("  hint: {hint}\n"));
    }
    text
}

/// `identity-errors E0000007`: the error says how to explain it.
fn suggest_explain(mut error: clap::Error) -> clap::Error {
    if let (ErrorKind::InvalidSubcommand, Some(ContextValue::String(input))) =
        (error.kind(), error.get(ContextKind::InvalidSubcommand))
    {
        if lookup::readings(input).is_ok_and(|readings| !readings.is_empty()) {
            let tip = format!("to explain it: identity-errors explain {input}");
            error.insert(
                ContextKind::Suggested,
                ContextValue::StyledStrs(vec![tip.into()]),
            );
        }
    }
    error
}

/// A usage error of `command`, as clap writes its own: the message, the subcommand's usage and
/// where to find more.
fn usage_error(command: &str, message: &str) -> clap::Error {
    let mut cli = Cli::command();
    cli.build();
    match cli.find_subcommand_mut(command) {
        Some(subcommand) => subcommand.error(ErrorKind::InvalidValue, message),
        None => cli.error(ErrorKind::InvalidValue, message),
    }
}
