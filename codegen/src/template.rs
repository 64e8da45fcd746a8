//! Message templates, filled per response: text with numbered placeholders `{0}`, `{1}`..
//! (Okta's summaries), or with named ones `{tenant}`, `{appId}`.. (Entra's descriptions).

/// How a template writes its placeholders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placeholders {
    /// `{0}`, `{1}`..: gap-free from `{0}`, the arguments in order.
    Numbered,
    /// `{name}`: an ASCII letter, then ASCII letters, digits, `_` and `-` (`{tenant-ID}`),
    /// compared case-sensitively (`{appId}` and `{appid}` are two); the arguments are the
    /// distinct names in order of first appearance.
    Named,
}

/// A piece of a message template: literal text, or a placeholder's argument: the `n` of `{n}`,
/// or the index of a named placeholder among the template's distinct names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplatePart {
    Text(String),
    Placeholder(usize),
}

/// A template split into pieces, with its placeholders' names (empty for a numbered template).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Template {
    /// The pieces, in order.
    pub parts: Vec<TemplatePart>,
    /// The distinct placeholder names in order of first appearance; `Placeholder(i)` is
    /// `names[i]`.
    pub names: Vec<String>,
}

/// Whether `name` is a placeholder name (see [`Placeholders::Named`]).
fn is_placeholder_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// Splits a template whose placeholders are written as `placeholders` says.
pub fn parse(template: &str, placeholders: Placeholders) -> Result<Template, String> {
    match placeholders {
        Placeholders::Numbered => template_parts(template).map(|parts| Template {
            parts,
            names: Vec::new(),
        }),
        Placeholders::Named => named_parts(template),
    }
}

/// Splits a template with `{name}` placeholders into pieces and names.
///
/// Fails on an unmatched brace or a brace pair without a name.
pub fn named_parts(template: &str) -> Result<Template, String> {
    let mut out = Template::default();
    let mut text = String::new();
    let mut chars = template.char_indices();
    while let Some((start, c)) = chars.next() {
        match c {
            '{' => {
                let inside = braced(&mut chars, start)?;
                if !is_placeholder_name(&inside) {
                    let at = start.to_string();
                    let expected = ": expected a name such as {tenant}";
                    return Err([
                        "malformed placeholder {",
                        &inside,
                        "} at byte ",
                        &at,
                        expected,
                    ]
                    .concat());
                }
                if !text.is_empty() {
                    out.parts
                        .push(TemplatePart::Text(std::mem::take(&mut text)));
                }
                let index = match out.names.iter().position(|name| *name == inside) {
                    Some(index) => index,
                    None => {
                        out.names.push(inside);
                        out.names.len() - 1
                    }
                };
                out.parts.push(TemplatePart::Placeholder(index));
            }
            '}' => return Err(lone_close(start)),
            c => text.push(c),
        }
    }
    if !text.is_empty() {
        out.parts.push(TemplatePart::Text(text));
    }
    Ok(out)
}

/// What stands between the `{` at byte `start` and its `}`, which `chars` is read past.
fn braced(chars: &mut std::str::CharIndices<'_>, start: usize) -> Result<String, String> {
    let mut inside = String::new();
    for (_, d) in chars.by_ref() {
        if d == '}' {
            return Ok(inside);
        }
        inside.push(d);
    }
    let at = start.to_string();
    Err(["unbalanced braces: '{' at byte ", &at, " is never closed"].concat())
}

/// The problem of a `}` at byte `at` with no `{`.
fn lone_close(at: usize) -> String {
    let at = at.to_string();
    ["unbalanced braces: '}' at byte ", &at, " has no '{'"].concat()
}

/// Splits a message template into literal text and `{n}` placeholders.
///
/// Fails on anything that is not a clean placeholder set: an unmatched brace, a brace pair
/// without a number, or numbers that leave a gap (`{0} {2}`).
pub fn template_parts(template: &str) -> Result<Vec<TemplatePart>, String> {
    let mut parts = Vec::new();
    let mut text = String::new();
    let mut chars = template.char_indices();
    while let Some((start, c)) = chars.next() {
        match c {
            '{' => {
                let digits = braced(&mut chars, start)?;
                match digits.parse::<usize>() {
                    Ok(n) if digits.bytes().all(|b| b.is_ascii_digit()) => {
                        if !text.is_empty() {
                            parts.push(TemplatePart::Text(std::mem::take(&mut text)));
                        }
                        parts.push(TemplatePart::Placeholder(n));
                    }
                    _ => {
                        let at = start.to_string();
                        let expected = ": expected {0}, {1}, ..";
                        return Err([
                            "malformed placeholder {",
                            &digits,
                            "} at byte ",
                            &at,
                            expected,
                        ]
                        .concat());
                    }
                }
            }
            '}' => return Err(lone_close(start)),
            c => text.push(c),
        }
    }
    if !text.is_empty() {
        parts.push(TemplatePart::Text(text));
    }
    // The distinct placeholder numbers, in increasing order (a template has a few).
    let mut seen: Vec<usize> = Vec::new();
    for part in &parts {
        if let TemplatePart::Placeholder(n) = part {
            if let Err(at) = seen.binary_search(n) {
                seen.insert(at, *n);
            }
        }
    }
    match seen.iter().enumerate().find(|&(i, &n)| i != n) {
        Some((missing, _)) => {
            let mut used = String::new();
            for n in &seen {
                if !used.is_empty() {
                    used.push(' ');
                }
                used.push('{');
                used.push_str(&n.to_string());
                used.push('}');
            }
            let missing = missing.to_string();
            Err(["placeholder gap: uses ", &used, " but not {", &missing, "}"].concat())
        }
        None => Ok(parts),
    }
}

/// How many distinct placeholders a template has: they are gap-free from `{0}` (named ones are
/// numbered by first appearance), so the highest number says how many there are.
pub fn arity(parts: &[TemplatePart]) -> usize {
    let numbers = parts.iter().filter_map(|part| match part {
        TemplatePart::Placeholder(n) => Some(*n),
        TemplatePart::Text(_) => None,
    });
    numbers.max().map_or(0, |n| n + 1)
}
