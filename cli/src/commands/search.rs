//! `search <WORDS>..`: codes by words, best match first.

use super::{Ctx, Failure, Problem};
use crate::catalog::Ref;
use crate::json::{Json, Object};
use crate::rank;
use crate::render::rows;
use std::io;

/// Prints the codes matching `words`, at most `limit` of them in text (0: all).
pub fn run(words: &[String], limit: usize, ctx: &mut Ctx) -> io::Result<()> {
    let query = words.join(" ");
    let hits = rank::search(words);
    if hits.is_empty() {
        ctx.problems.push(Problem::NotFound(Failure {
            input: query.clone(),
            message: format!("no code matches \"{query}\""),
            hint: Some("fewer or other words; `identity-errors list all` lists every code".into()),
            suggestions: Vec::new(),
        }));
    }
    if ctx.json {
        let results: Vec<Json> = hits
            .iter()
            .map(|hit| {
                let mut row = hit.entry.row();
                let score = Object::new()
                    .with("words", hit.words)
                    .with("closeness", f64::from(hit.closeness) / 1000.0);
                row.push("score", score);
                row.into()
            })
            .collect();
        let output = Object::new().with("query", query).with("results", results);
        ctx.document = Some(output);
        return Ok(());
    }
    let shown = match limit {
        0 => hits.len(),
        limit => limit.min(hits.len()),
    };
    let entries: Vec<Ref> = hits.iter().take(shown).map(|hit| hit.entry).collect();
    write!(ctx.out, "{}", rows(&entries, ctx.paint))?;
    if shown < hits.len() {
        let more = match hits.len() - shown {
            1 => "1 more code matches".to_owned(),
            n => format!("{n} more codes match"),
        };
        ctx.problems
            .push(Problem::Note(format!("{more}; `--limit 0` shows all")));
    }
    Ok(())
}
