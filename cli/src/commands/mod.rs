//! The subcommands. Each writes its output to `out` and returns what went wrong, for `main` to
//! report on standard error with the right exit status.

mod body;
mod dump;
mod explain;
mod list;
mod search;

use crate::args::Command;
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
}

/// Something to say on standard error.
#[derive(Debug, PartialEq, Eq)]
pub enum Problem {
    /// No such code, or nothing matches: exit status 1.
    NotFound(String),
    /// A wrong argument: exit status 2.
    Usage(String),
    /// Worth knowing, and no failure.
    Note(String),
}

/// Runs `command`.
pub fn run(command: &Command, ctx: &mut Ctx) -> io::Result<Vec<Problem>> {
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
