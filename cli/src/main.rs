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
//! output could not be written), 2 for a usage error. A closed pipe ends the output quietly.

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
use commands::{Ctx, Problem};
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;
use style::{Paint, ERROR, NOTE};

fn main() -> ExitCode {
    // Usage errors exit with status 2 here; --help and --version with 0.
    let cli = Cli::try_parse().unwrap_or_else(|error| suggest_explain(error).exit());
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut ctx = Ctx {
        out: &mut out,
        paint: Paint::stdout(),
        json: cli.json,
    };
    let problems = commands::run(&cli.command, &mut ctx).and_then(|problems| {
        out.flush()?;
        Ok(problems)
    });
    match problems {
        Ok(problems) => report(cli.command.name(), &problems),
        // The reader went away (`| head -1`): nothing more to say.
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            let paint = Paint::stderr();
            let _ = writeln!(
                io::stderr(),
                "{} cannot write the output: {error}",
                paint.paint(ERROR, "error:")
            );
            ExitCode::FAILURE
        }
    }
}

/// Writes the problems on standard error; the exit status they make.
fn report(command: &str, problems: &[Problem]) -> ExitCode {
    let paint = Paint::stderr();
    let mut stderr = io::stderr().lock();
    let mut status = 0;
    for problem in problems {
        // Standard error closed too: the exit status still tells.
        let _ = match problem {
            Problem::Note(note) => {
                writeln!(stderr, "{}", paint.paint(NOTE, &format!("note: {note}")))
            }
            Problem::NotFound(message) => {
                status = status.max(1);
                writeln!(stderr, "{} {message}", paint.paint(ERROR, "error:"))
            }
            Problem::Usage(message) => {
                status = 2;
                usage_error(command, message).print()
            }
        };
    }
    ExitCode::from(status)
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
