//! Writing a validated table out as Rust source, as its declaration says: the files under
//! `src/<vendor>/generated/` that the library includes.
//!
//! Each catalog becomes one file of whole items:
//! - the enum, with its documentation (the `.md` file beside its source file, included with
//!   `include_str!` so that editing it needs no new generation) and one documented variant per
//!   row;
//! - one `const` table per declared output, one entry per line with the code in a comment,
//!   indexed by the variant's discriminant, so every accessor is a single array read;
//! - the lookup from the wire code: for numeric codes a dense table, or where the codes are too
//!   sparse for one (`catalog::DENSE_SPAN`) a binary search of them sorted; a `match` for words.
//!
//! Strings are built with `push_str` rather than `format!`; that mattered when this code ran as
//! the library's build script, which every user compiled.

use super::advice::ADVICE_SOURCES;
use super::catalog::{Catalog, Column, Form, Output, Type, DENSE_SPAN};
use super::rust::{self, doc, lit, markdown, push, Entry, Expr};
use super::table::{find, Record, Table};
use super::template::TemplatePart;

/// The generated file for `table` (the other tables are where its links point).
pub fn catalog(table: &Table, tables: &[Table]) -> String {
    let catalog = table.catalog;
    let ty = catalog.enum_name;
    let rows = &table.rows;
    let mut holds = ["the enum `", ty, "`, "].concat();
    if catalog.constants.is_some() {
        holds.push_str("a constant per code, ");
    }
    holds.push_str("a table per column and `lookup`");
    let mut out = header(catalog.file, &holds);

    enum_item(&mut out, &catalog.snake_name(), ty);
    for (i, row) in rows.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        doc(&mut out, "    ", &render(catalog.doc, row, catalog, tables));
        push(&mut out, &["    ", row.text(name_column(catalog)), ",\n"]);
    }
    out.push_str("}\n\n");

    if let Some(template) = catalog.constants {
        push(&mut out, &["impl ", ty, " {\n"]);
        for (i, row) in rows.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            doc(&mut out, "    ", &render(template, row, catalog, tables));
            let (code, name) = (row.code(), row.text(name_column(catalog)));
            let line = ["    pub const ", code, ": Self = Self::", name, ";"].concat();
            if line.len() <= rust::MAX_WIDTH {
                push(&mut out, &[&line, "\n"]);
            } else {
                push(
                    &mut out,
                    &[
                        "    pub const ",
                        code,
                        ": Self =\n        Self::",
                        name,
                        ";\n",
                    ],
                );
            }
        }
        out.push_str("}\n\n");
    }

    let mut all = Vec::with_capacity(rows.len());
    for row in rows {
        let variant = [ty, "::", row.text(name_column(catalog))].concat();
        all.push(Entry::plain(variant, row.code()));
    }
    rust::table(&mut out, "Every variant, in table order.", "ALL", ty, &all);
    for output in catalog.tables {
        output_table(&mut out, output, table, tables);
    }
    let code = &catalog.columns[0];
    match code.ty {
        Type::Integer { .. } | Type::Prefixed { .. } => integer_lookup(&mut out, code, table),
        _ => string_lookup(&mut out, table),
    }
    out
}

/// The body constructors of `table`'s declaration, with the file they go to.
pub fn constructors(table: &Table, tables: &[Table]) -> Option<(&'static str, String)> {
    let catalog = table.catalog;
    let declared = catalog.constructors?;
    let holds = [
        "one `",
        catalog.vendor,
        "::",
        declared.body,
        "` constructor per code",
    ];
    let mut out = header(catalog.file, &holds.concat());
    push(&mut out, &["impl ", declared.body, " {\n"]);
    for (i, row) in table.rows.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let arity = row.arity(declared.template);
        // `arg0: &str, arg1: &str` and `&[arg0, arg1]`.
        let (mut params, mut args) = (String::new(), String::from("&["));
        for i in 0..arity {
            let arg = ["arg", &i.to_string()].concat();
            if i > 0 {
                params.push_str(", ");
                args.push_str(", ");
            }
            push(&mut params, &[&arg, ": &str"]);
            args.push_str(&arg);
        }
        args.push(']');
        let takes = match arity {
            0 => "no arguments".to_owned(),
            1 => "one argument, for `{0}`".to_owned(),
            n => {
                let last = (n - 1).to_string();
                [&n.to_string(), " arguments, for `{0}`..`{", &last, "}`"].concat()
            }
        };
        let name = row.text(name_column(catalog));
        let mut doc_text = render(declared.doc, row, catalog, tables);
        push(
            &mut doc_text,
            &["\n\nTakes ", &takes, "; see [`", catalog.enum_name, "::"],
        );
        push(&mut doc_text, &[name, "`]."]);
        doc(&mut out, "    ", &doc_text);
        let function = super::catalog::snake_case(name);
        let signature = ["    pub fn ", &function, "(", &params, ") -> Self {"].concat();
        if signature.len() <= rust::MAX_WIDTH {
            push(&mut out, &[&signature, "\n"]);
        } else {
            push(&mut out, &["    pub fn ", &function, "(\n"]);
            for param in params.split(", ") {
                push(&mut out, &["        ", param, ",\n"]);
            }
            out.push_str("    ) -> Self {\n");
        }
        let variant = [catalog.enum_name, "::", name].concat();
        let call = ["        Self::filled(", &variant, ", ", &args, ")"].concat();
        if call.len() <= rust::MAX_WIDTH {
            push(&mut out, &[&call, "\n"]);
        } else {
            let parts = [
                "        Self::filled(\n            ",
                &variant,
                ",\n            ",
            ];
            push(&mut out, &parts);
            push(&mut out, &[&args, ",\n        )\n"]);
        }
        out.push_str("    }\n");
    }
    out.push_str("}\n");
    Some((declared.file, out))
}

/// The name of the column of variant names.
fn name_column(catalog: &Catalog) -> &'static str {
    let column = catalog.columns.iter().find(|c| matches!(c.ty, Type::Name));
    column.map_or("name", |c| c.name)
}

/// The generated file's first lines: what it holds and where it comes from.
fn header(table: &str, holds: &str) -> String {
    let mut out = String::new();
    let text = [
        "@generated by identity-errors-codegen (codegen/src/codegen.rs) from data/",
        table,
        ": ",
        holds,
        ". Do not edit: edit the table, then run `cargo run -p identity-errors-codegen`.",
    ]
    .concat();
    let mut line = String::from("//");
    for word in text.split(' ') {
        if line.len() + 1 + word.len() > rust::MAX_WIDTH {
            push(&mut out, &[&line, "\n"]);
            line = String::from("//");
        }
        line.push(' ');
        line.push_str(word);
    }
    push(&mut out, &[&line, "\n\n"]);
    out
}

/// The start of `pub enum NAME {` with its hand-written documentation, the file `<snake>.md`
/// beside the source file that includes the generated one, and the derives every catalog has.
fn enum_item(out: &mut String, snake: &str, name: &str) {
    push(out, &["#[doc = include_str!(\"../", snake, ".md\")]\n"]);
    out.push_str("#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]\n");
    out.push_str("#[non_exhaustive]\n");
    push(out, &["pub enum ", name, " {\n"]);
}

/// A doc template (see `catalog.rs`) filled from `row`.
fn render(template: &str, row: &Record, catalog: &Catalog, tables: &[Table]) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        rest = &rest[start + 1..];
        // The placeholder's end: its matching `}`.
        let mut depth = 1;
        let end = rest
            .char_indices()
            .find(|&(_, c)| {
                depth += i32::from(c == '{') - i32::from(c == '}');
                depth == 0
            })
            .map_or(rest.len(), |(i, _)| i);
        let inside = &rest[..end];
        rest = rest.get(end + 1..).unwrap_or_default();
        let shown = |column: &str| row.get(column).is_some();
        match inside.split_once(':') {
            Some((condition, text)) if condition.starts_with(['?', '!']) => {
                if shown(&condition[1..]) == condition.starts_with('?') {
                    out.push_str(&render(text, row, catalog, tables));
                }
            }
            _ if inside == "advice" => {
                let by = row.text("advice_by");
                let phrase = ADVICE_SOURCES.find(by).map_or(by, |(_, _, phrase)| phrase);
                let parts = [
                    "Kind `",
                    row.text("kind"),
                    "`, retry `",
                    row.text("retry"),
                    "` (",
                ];
                push(&mut out, &parts);
                push(&mut out, &[phrase, ")."]);
            }
            _ => match inside.strip_prefix('@') {
                Some(column) => out.push_str(&link_doc(row, catalog, column, tables)),
                // Between backticks, a field is a code span, where Markdown reads no escapes
                // (`invalid\_grant` would show its backslash): it is written as it is, unless
                // a backtick of its own would end the span early.
                None if out.ends_with('`')
                    && rest.starts_with('`')
                    && !row.text(inside).contains(['`', '\n']) =>
                {
                    out.push_str(row.text(inside));
                }
                None => out.push_str(&field_doc(row, catalog, inside)),
            },
        }
    }
    out.push_str(rest);
    out
}

/// A field as documentation shows it: text as Markdown, a choice as its phrase, anything else
/// (codes, numbers, words) as written.
fn field_doc(row: &Record, catalog: &Catalog, column: &str) -> String {
    let value = row.text(column);
    match catalog.column(column).map(|c| c.ty) {
        Some(Type::Text | Type::Template { .. }) => markdown(value),
        Some(Type::Choice(choices)) => match choices.find(value) {
            Some((_, _, phrase)) if !phrase.is_empty() => (*phrase).to_owned(),
            _ => value.to_owned(),
        },
        _ => value.to_owned(),
    }
}

/// An intra-doc link to the row a link column names: ``[`ErrorCode::E0000007`](crate::okta::
/// ErrorCode::ResourceNotFound)``, shown by its code constant where the catalog has them.
fn link_doc(row: &Record, catalog: &Catalog, column: &str, tables: &[Table]) -> String {
    let code = row.text(column);
    let Some((target, linked)) = linked(catalog, column, code, tables) else {
        return code.to_owned();
    };
    let ty = target.enum_name;
    let name = linked.text(name_column(target));
    let shown = if target.constants.is_some() {
        code
    } else {
        name
    };
    [
        "[`",
        ty,
        "::",
        shown,
        "`](crate::",
        target.vendor,
        "::",
        ty,
        "::",
        name,
        ")",
    ]
    .concat()
}

/// The catalog a link column points to, and its row of `code`.
fn linked<'t>(
    catalog: &Catalog,
    column: &str,
    code: &str,
    tables: &'t [Table],
) -> Option<(&'static Catalog, &'t Record)> {
    let Some(Type::Link { file, .. }) = catalog.column(column).map(|c| c.ty) else {
        return None;
    };
    let table = match file {
        Some(file) => tables.iter().find(|t| t.catalog.file == file)?,
        None => find(tables, catalog)?,
    };
    let row = table.rows.iter().find(|r| r.code() == code)?;
    Some((table.catalog, row))
}

/// The Rust type of an entry of `output`.
fn entry_type(output: &Output, column: &Column, catalog: &Catalog, tables: &[Table]) -> String {
    let base = match (output.form, column.ty) {
        (Form::Is(_), _) | (_, Type::Bool) => "bool",
        (Form::Arity, _) => "u8",
        (Form::Pieces, _) => "&[Piece]",
        (Form::Names, _) => "&[&str]",
        (Form::Prefixed(_), _) => "&str",
        (_, Type::Integer { .. }) => "i64",
        (_, Type::Status) => "::http::StatusCode",
        (_, Type::Choice(choices)) => choices.rust,
        (_, Type::Link { file, .. }) => {
            let file = file.unwrap_or(catalog.file);
            let target = tables.iter().find(|t| t.catalog.file == file);
            target.map_or("", |t| t.catalog.enum_name)
        }
        _ => "&str",
    };
    if is_option(output, column) {
        ["Option<", base, ">"].concat()
    } else {
        base.to_owned()
    }
}

/// Whether `output`'s entries are `Option`s: its column may be empty and nothing stands in.
fn is_option(output: &Output, column: &Column) -> bool {
    column.optional && output.or.is_none() && matches!(output.form, Form::Value | Form::Prefixed(_))
}

/// One declared `const` table.
fn output_table(out: &mut String, output: &Output, table: &Table, tables: &[Table]) {
    let catalog = table.catalog;
    let Some(column) = catalog.column(output.column) else {
        return;
    };
    let mut entries = Vec::with_capacity(table.rows.len());
    for row in &table.rows {
        // The column read for this row: `or` stands in where `column` is empty.
        let source = match (row.get(output.column), output.or) {
            (None, Some(or)) => or,
            _ => output.column,
        };
        let field = row.get(source);
        // A table of the codes names each row by its variant; any other, by its code.
        let label = if output.column == catalog.columns[0].name {
            row.text(name_column(catalog))
        } else {
            row.code()
        };
        let entry = match (output.form, field) {
            (Form::Is(value), _) => Entry::plain((field == Some(value)).to_string(), label),
            (Form::Arity, _) => Entry::plain(row.arity(source).to_string(), label),
            (Form::Pieces, _) => Entry::list(pieces(&row.parts(source)), label),
            (Form::Names, _) => {
                let names = row.template(source).names;
                let names = names.iter().map(|name| Expr::with_str("", name, ""));
                Entry::list(names.collect(), label)
            }
            (Form::Prefixed(_), None) => Entry::plain("None", label),
            (Form::Prefixed(prefix), Some(text)) => {
                Entry::expr(Expr::with_str("", &[prefix, text].concat(), ""), label)
            }
            (Form::Value, None) => Entry::plain("None", label),
            (Form::Value, Some(text)) => {
                let mut expr = value(column, text, catalog, tables);
                if is_option(output, column) {
                    expr.prefix.insert_str(0, "Some(");
                    expr.suffix.push(')');
                }
                Entry::expr(expr, label)
            }
        };
        entries.push(entry);
    }
    let doc_text = match output.doc {
        Some(doc) => doc.to_owned(),
        None => ["The `", output.column, "` column."].concat(),
    };
    let ty = entry_type(output, column, catalog, tables);
    rust::table(out, &doc_text, output.name, &ty, &entries);
}

/// A field as a Rust expression of its column's type.
fn value(column: &Column, text: &str, catalog: &Catalog, tables: &[Table]) -> Expr {
    match column.ty {
        Type::Integer { .. } | Type::Bool => Expr::plain(text),
        Type::Status => Expr::plain(["crate::catalog::status(", text, ")"].concat()),
        Type::Choice(choices) => {
            let variant = choices.find(text).map_or("", |(_, variant, _)| variant);
            Expr::plain([choices.rust, "::", variant].concat())
        }
        Type::Link { .. } => match linked(catalog, column.name, text, tables) {
            Some((target, row)) => {
                let name = row.text(name_column(target));
                Expr::plain([target.enum_name, "::", name].concat())
            }
            None => Expr::plain("None"),
        },
        _ => Expr::with_str("", text, ""),
    }
}

/// `[Text("Not found: "), Arg(0)]`: a template split into its pieces.
fn pieces(parts: &[TemplatePart]) -> Vec<Expr> {
    let mut pieces = Vec::with_capacity(parts.len());
    for part in parts {
        pieces.push(match part {
            TemplatePart::Text(text) => Expr::with_str("Text(", text, ")"),
            TemplatePart::Placeholder(n) => Expr::plain(["Arg(", &n.to_string(), ")"].concat()),
        });
    }
    pieces
}

/// A lookup from a numeric code to a variant: through a dense table indexed by the code (one
/// bounds check and one read, whatever the code) where the codes span at most [`DENSE_SPAN`]
/// values, else by binary search of the codes sorted.
fn integer_lookup(out: &mut String, code: &Column, table: &Table) {
    let ty = table.catalog.enum_name;
    let name = name_column(table.catalog);
    let mut keys = Vec::with_capacity(table.rows.len());
    for row in &table.rows {
        if let Some(number) = row.number(code.name) {
            keys.push((number, row.text(name)));
        }
    }
    let (Some(min), Some(max)) = (
        keys.iter().map(|k| k.0).min(),
        keys.iter().map(|k| k.0).max(),
    ) else {
        panic!("a catalog has rows");
    };
    if max - min >= DENSE_SPAN {
        return sorted_lookup(out, code, ty, keys);
    }
    let span = usize::try_from(max - min + 1).expect("max >= min");
    // Each key's variant, at the key's place in the table.
    let mut variants = vec![None; span];
    for &(key, name) in &keys {
        variants[(key - min) as usize].get_or_insert(name);
    }
    let mut entries = Vec::with_capacity(span);
    for (key, name) in (min..=max).zip(variants) {
        let expr = match name {
            Some(name) => ["Some(", ty, "::", name, ")"].concat(),
            None => "None".to_owned(),
        };
        entries.push(Entry::plain(expr, code_label(code, key)));
    }
    let (min, max) = (min.to_string(), max.to_string());
    push(
        out,
        &["/// The smallest code; [`LOOKUP`] starts with it.\n"],
    );
    push(out, &["const LOOKUP_MIN: i64 = ", &min, ";\n\n"]);
    push(out, &["/// The largest code; [`LOOKUP`] ends with it.\n"]);
    push(out, &["const LOOKUP_MAX: i64 = ", &max, ";\n\n"]);
    rust::table(
        out,
        "Every code from `LOOKUP_MIN` to the largest, with its variant where it has one.",
        "LOOKUP",
        &["Option<", ty, ">"].concat(),
        &entries,
    );
    push(out, &["/// The variant whose code is `key`.\n"]);
    push(out, &["const fn lookup(key: i64) -> Option<", ty, "> {\n"]);
    out.push_str(
        "    if key < LOOKUP_MIN || key > LOOKUP_MAX {
        return None;
    }
    LOOKUP[(key - LOOKUP_MIN) as usize]
}
",
    );
}

/// The lookup of codes too sparse for a dense table: every code with its variant, in increasing
/// order, and a binary search of them.
fn sorted_lookup(out: &mut String, code: &Column, ty: &str, mut keys: Vec<(i64, &str)>) {
    // Codes are unique (the reader checks), so the order is total.
    keys.sort_unstable_by_key(|&(key, _)| key);
    let mut entries = Vec::with_capacity(keys.len());
    for &(key, name) in &keys {
        let expr = ["(", &key.to_string(), ", ", ty, "::", name, ")"].concat();
        entries.push(Entry::plain(expr, code_label(code, key)));
    }
    rust::table(
        out,
        "Every code with its variant, in increasing order of the code (too sparse for a table \
         indexed by the code): [`lookup`] searches it.",
        "LOOKUP",
        &["(i64, ", ty, ")"].concat(),
        &entries,
    );
    push(
        out,
        &["/// The variant whose code is `key`: a binary search of [`LOOKUP`].\n"],
    );
    push(out, &["const fn lookup(key: i64) -> Option<", ty, "> {\n"]);
    out.push_str(
        "    // The last entry whose code is at most `key`, found without a branch on the comparison
    // (the halving runs a fixed number of times), then compared once.
    let (mut base, mut size) = (0, LOOKUP.len());
    while size > 1 {
        let half = size / 2;
        if LOOKUP[base + half].0 <= key {
            base += half;
        }
        size -= half;
    }
    match LOOKUP[base] {
        (code, variant) if code == key => Some(variant),
        _ => None,
    }
}
",
    );
}

/// A code as the table writes it: `E0000007` for the number 7 of an Okta code.
fn code_label(code: &Column, number: i64) -> String {
    let digits = number.to_string();
    match code.ty {
        Type::Prefixed {
            prefix, digits: n, ..
        } => {
            let zeros = "0".repeat(n.saturating_sub(digits.len()));
            [prefix, &zeros, &digits].concat()
        }
        _ => digits,
    }
}

/// A `match` from a wire string to a variant.
fn string_lookup(out: &mut String, table: &Table) {
    let ty = table.catalog.enum_name;
    push(out, &["/// The variant whose wire value is `key`.\n"]);
    push(
        out,
        &[
            "fn lookup(key: &str) -> Option<",
            ty,
            "> {\n    match key {\n",
        ],
    );
    for row in &table.rows {
        let (key, name) = (lit(row.code()), row.text(name_column(table.catalog)));
        let arm = ["        ", &key, " => Some(", ty, "::", name, "),"].concat();
        if arm.len() <= rust::MAX_WIDTH {
            push(out, &[&arm, "\n"]);
        } else {
            push(
                out,
                &["        ", &key, " => {\n            Some(", ty, "::", name],
            );
            out.push_str(")\n        }\n");
        }
    }
    out.push_str("        _ => None,\n    }\n}\n");
}
