//! Message templates (Okta's summaries): text with `{0}`, `{1}`.. placeholders, filled per
//! response.

/// A piece of a message template: literal text, or the index of a `{n}` placeholder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplatePart {
    Text(String),
    Placeholder(usize),
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
                let mut digits = String::new();
                let mut closed = false;
                for (_, d) in chars.by_ref() {
                    if d == '}' {
                        closed = true;
                        break;
                    }
                    digits.push(d);
                }
                if !closed {
                    let at = start.to_string();
                    return Err(
                        ["unbalanced braces: '{' at byte ", &at, " is never closed"].concat()
                    );
                }
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
            '}' => {
                let at = start.to_string();
                return Err(["unbalanced braces: '}' at byte ", &at, " has no '{'"].concat());
            }
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

/// How many distinct placeholders a template has: they are gap-free from `{0}`, so the highest
/// number says how many there are.
pub fn arity(parts: &[TemplatePart]) -> usize {
    let numbers = parts.iter().filter_map(|part| match part {
        TemplatePart::Placeholder(n) => Some(*n),
        TemplatePart::Text(_) => None,
    });
    numbers.max().map_or(0, |n| n + 1)
}
