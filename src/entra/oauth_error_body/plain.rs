//! The text an Entra body sends for a catalog description: Microsoft's page writes its
//! descriptions in Markdown with some HTML, which the service's own messages never carry. The
//! catalog keeps the page's text verbatim; what [`OAuthErrorBody::try_new`] sends is that text
//! with the markup taken out by the rule of `data/README.md` ("Entra's wire text"), the crate's
//! choice:
//!
//! - a link `[text](target)` is its text;
//! - `**` (bold) and `` ` `` (code) are dropped, their text kept;
//! - a backslash before ASCII punctuation (Markdown's escape: `\"`) is dropped;
//! - the tags `<br>`, `<br />`, `</br>`, `<ul>`, `</ul>`, `<ol>`, `</ol>`, `<li>`, `</li>`, `<p>`
//!   and `</p>` are a space, and the spaces around one are one.
//!
//! Nothing else changes: placeholders, other brackets and angle brackets, typos and double
//! spaces stay as the page writes them.
//!
//! [`OAuthErrorBody::try_new`]: super::OAuthErrorBody::try_new

/// The tags that stand for a space (compared without regard to case).
const TAGS: [&str; 5] = ["br", "ul", "ol", "li", "p"];

/// Writes `text` to `out` without its markup, as the module says. Never longer than `text`.
pub(super) fn write(text: &str, out: &mut String) {
    let mut rest = text;
    // Whether the last thing written stands for a tag, so that spaces after it are dropped.
    let mut after_tag = false;
    while let Some(c) = rest.chars().next() {
        if after_tag && c == ' ' {
            rest = &rest[1..];
            continue;
        }
        after_tag = false;
        if let Some((inner, len)) = link(rest) {
            write(inner, out);
            rest = &rest[len..];
        } else if let Some(stripped) = rest.strip_prefix("**") {
            rest = stripped;
        } else if let Some(stripped) = rest.strip_prefix('`') {
            rest = stripped;
        } else if let Some(len) = tag(rest) {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
            after_tag = true;
            rest = &rest[len..];
        } else if let Some(escaped) = escape(rest) {
            out.push(escaped);
            rest = &rest[2..];
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
}

/// A Markdown link at the start of `text`: its text and the length of the whole link.
fn link(text: &str) -> Option<(&str, usize)> {
    let inner = text.strip_prefix('[')?;
    let close = inner.find(']')?;
    let label = &inner[..close];
    if label.contains('[') {
        return None;
    }
    let target = inner[close + 1..].strip_prefix('(')?;
    let end = target.find(')')?;
    if target[..end].contains(char::is_whitespace) {
        return None;
    }
    // `[` + label + `](` + target + `)`.
    Some((label, 1 + close + 2 + end + 1))
}

/// The length of one of [`TAGS`] at the start of `text`, in any of its forms.
fn tag(text: &str) -> Option<usize> {
    let inner = text.strip_prefix('<')?;
    let end = inner.find('>')?;
    let name = inner[..end].trim_end_matches('/').trim();
    let name = name.strip_prefix('/').unwrap_or(name);
    let known = TAGS.iter().any(|tag| tag.eq_ignore_ascii_case(name));
    known.then_some(end + 2)
}

/// The character a backslash escapes at the start of `text`, if it is ASCII punctuation.
fn escape(text: &str) -> Option<char> {
    let escaped = text.strip_prefix('\\')?.chars().next()?;
    escaped.is_ascii_punctuation().then_some(escaped)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> String {
        let mut out = String::new();
        write(text, &mut out);
        assert!(out.len() <= text.len(), "{text:?}");
        out
    }

    #[test]
    fn markup_goes_and_its_text_stays() {
        // Cells of Microsoft's page (data/sources/entra/reference-error-codes.md).
        assert_eq!(
            plain("To learn more, see [Add B2B users](~/external-id/add-users-administrator.yml)."),
            "To learn more, see Add B2B users."
        );
        assert_eq!(
            plain("Use a certificate instead. See [https://aka.ms/certCreds](./certificate-credentials.md)"),
            "Use a certificate instead. See https://aka.ms/certCreds"
        );
        assert_eq!(
            plain("the `/common` or `/consumers` endpoint"),
            "the /common or /consumers endpoint"
        );
        assert_eq!(plain("**Fix:** do it"), "Fix: do it");
        assert_eq!(
            plain(r#"a service `(\"{name}\")` that your organization `\"{organization}\"`"#),
            r#"a service ("{name}") that your organization "{organization}""#
        );
        assert_eq!(
            plain("Possible causes: <br><ul><li>one</li><li>two</li></ul> More."),
            "Possible causes: one two More."
        );
        assert_eq!(plain("a<br />b </br> c<BR>d"), "a b c d");
    }

    #[test]
    fn what_is_not_markup_stays() {
        for text in [
            "name[/host][@realm]",
            "{tenant} and {appId}",
            "a [b] (c)",
            "[a link with spaces](not a target)",
            "x < y > z, <tenant-id>, <b>",
            "a  b",
            "C:\\path",
            "[unclosed",
            "<li",
            "\\",
            "",
        ] {
            assert_eq!(plain(text), text, "{text:?}");
        }
    }

    #[test]
    fn no_input_panics() {
        for text in [
            "[", "[]", "[](", "[]()", "<", "<>", "</>", "<//>", "**", "`", "\\é", "é<br>é",
        ] {
            plain(text);
        }
        assert_eq!(plain("[]()"), "");
        assert_eq!(plain("é<br>é"), "é é");
    }
}
