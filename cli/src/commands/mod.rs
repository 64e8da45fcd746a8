//! The subcommands. Each writes its text to `out`, or leaves its JSON document in `document`,
//! and records what went wrong in `problems`, for `main` to print (the JSON with an `errors`
//! member) and report on standard error with the right exit status.

mod body;
mod dump;
mod explain;
mod list;
mod search;

use crate::args::Command;
use crate::catalog::Ref;
use crate::json::Object;
use crate::style::Paint;
use std::io::{self, Write};

/// Where a subcommand writes, and how.
pub struct Ctx<'a> {
    /// Standard output.
    pub out: &'a mut dyn Write,
    /// Color for standard output, or none.
    pub paint: Paint,
    /// Whether to print JSON.
    pub json: bool,
    /// With `--json`, the document to print.
    pub document: Option<Object>,
    /// What went wrong, or is worth knowing.
    pub problems: Vec<Problem>,
}

/// Something to say on standard error.
pub enum Problem {
    /// No such code, or nothing matches: exit status 1.
    NotFound(Failure),
    /// A wrong argument: exit status 2.
    Usage(String),
    /// Worth knowing, and no failure.
    Note(String),
}

/// Why an input has no answer.
pub struct Failure {
    /// The input, as given (trimmed).
    pub input: String,
    /// What is wrong, on one line.
    pub message: String,
    /// What to try instead.
    pub hint: Option<String>,
    /// The codes the input may have meant, closest first.
    pub suggestions: Vec<Ref>,
}

/// Runs `command`.
pub fn run(command: &Command, ctx: &mut Ctx) -> io::Result<()> {
    match command {
        Command::Explain { codes } => explain::run(codes, ctx),
        Command::Search { words, limit } => search::run(words, *limit, ctx),
        Command::Body { code, args } => body::run(code, args, ctx),
        Command::List { catalog } => list::run(catalog.as_deref(), ctx),
        Command::Dump => dump::run(ctx),
    }
}

impl Command {
    /// The subcommand's name, as typed.
    pub fn name(&self) -> &'static str {
        match self {
            Command::Explain { .. } => "explain",
            Command::Search { .. } => "search",
            Command::Body { .. } => "body",
            Command::List { .. } => "list",
            Command::Dump => "dump",
        }
    }
}
