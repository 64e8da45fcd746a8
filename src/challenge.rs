//! `WWW-Authenticate` challenges (RFC 9110, section 11), for any vendor whose errors come in one:
//! reading auth-params (names in any case, quoted strings unescaped, each name once), several
//! challenges in one header value, a challenge's scheme as written and every auth-param in its
//! place, and writing one back as a valid header value within [`MAX_LEN`] bytes.
//!
//! A vendor's challenge type keeps its own members (`error`, `claims`, ..) as [`Param::Member`]
//! and every other auth-param as [`Param::Other`], and says which may be cut or left out when
//! the whole is too long ([`Fit`]).

use http::header::HeaderValue;
use std::collections::HashSet;
use std::fmt;

/// The longest challenge written, in bytes: 2 KiB, which every ordinary client and proxy reads
/// (`headers::MAX_VALUE_LEN`, whose public names say why).
pub(crate) const MAX_LEN: usize = crate::headers::MAX_VALUE_LEN;

/// A challenge: its scheme as written and its auth-params in order.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct Challenge<M> {
    pub(crate) scheme: String,
    pub(crate) params: Vec<Param<M>>,
}

/// One auth-param of a [`Challenge`].
#[derive(Clone, PartialEq, Eq)]
pub(crate) enum Param<M> {
    /// One of the owner's members, whose value the owner keeps: written with its current value.
    Member(M),
    /// Any other auth-param.
    Other(Other),
}

/// An auth-param the challenge keeps itself.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct Other {
    /// The name as read (or set).
    pub(crate) name: String,
    /// The value, unquoted and unescaped.
    pub(crate) value: String,
    /// Where the auth-param was read by a lossless reader: the text before it and its own text
    /// as written. The text is dropped when the value changes; the gap stays.
    pub(crate) written: Option<Written>,
}

/// An auth-param's text as read.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct Written {
    /// What stood before the name: ` ` after the scheme, `, ` or `,` between auth-params.
    pub(crate) gap: String,
    /// The name, `=` and the value as written (quotes and escapes included), while unchanged.
    pub(crate) text: Option<String>,
}

/// Where [`Challenge::set`] puts an auth-param the challenge does not have yet.
#[derive(Clone, Copy)]
pub(crate) enum At {
    /// First.
    Front,
    /// Before the other auth-param of this name (in any case), else last.
    Before(&'static str),
    /// Last.
    End,
}

impl Other {
    /// An auth-param with no text as read: written as `name="value"`.
    pub(crate) fn new(name: &str, value: String) -> Self {
        Self {
            name: name.to_owned(),
            value,
            written: None,
        }
    }

    /// An auth-param as [`challenges`] read it, keeping its text.
    pub(crate) fn read(param: Read<'_>) -> Self {
        Self {
            name: param.name.to_owned(),
            value: param.value,
            written: Some(Written {
                gap: param.gap.to_owned(),
                text: Some(param.text.to_owned()),
            }),
        }
    }
}

impl<M: Copy + PartialEq> Challenge<M> {
    /// Whether a member has a place.
    pub(crate) fn has(&self, member: M) -> bool {
        self.params.contains(&Param::Member(member))
    }

    /// The value of the other auth-param `name`, in any case.
    pub(crate) fn other(&self, name: &str) -> Option<&str> {
        self.others()
            .find(|(other, _)| other.eq_ignore_ascii_case(name))
            .map(|(_, value)| value)
    }

    /// The other auth-params, in order: name as read, value unquoted.
    pub(crate) fn others(&self) -> impl Iterator<Item = (&str, &str)> {
        self.params.iter().filter_map(|param| match param {
            Param::Other(other) => Some((other.name.as_str(), other.value.as_str())),
            Param::Member(_) => None,
        })
    }

    /// Sets an auth-param: in place (keeping the name as read) if it is there, else `at`.
    pub(crate) fn set(&mut self, name: &str, value: String, at: At) {
        let existing = self.params.iter_mut().find_map(|param| match param {
            Param::Other(other) if other.name.eq_ignore_ascii_case(name) => Some(other),
            _ => None,
        });
        if let Some(other) = existing {
            other.value = value;
            if let Some(written) = &mut other.written {
                written.text = None;
            }
            return;
        }
        let index = match at {
            At::Front => 0,
            At::End => self.params.len(),
            At::Before(next) => self
                .params
                .iter()
                .position(
                    |param| matches!(param, Param::Other(o) if o.name.eq_ignore_ascii_case(next)),
                )
                .unwrap_or(self.params.len()),
        };
        self.params
            .insert(index, Param::Other(Other::new(name, value)));
    }
}

impl<M> fmt::Debug for Challenge<M> {
    /// The scheme and the other auth-params, in order: `DPoP { realm: "api" }`. Where the
    /// members stand is bookkeeping, left out.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut debug = f.debug_struct(&self.scheme);
        for param in &self.params {
            if let Param::Other(other) = param {
                debug.field(&other.name, &other.value);
            }
        }
        debug.finish()
    }
}

/// Refuses a name given twice in any case: RFC 9110, section 11.2, allows each name at most once
/// per challenge. Two would be two answers to one question (and, written back, two `error`s).
pub(crate) fn once_each<'a>(names: impl ExactSizeIterator<Item = &'a str>) -> Result<(), String> {
    let mut seen = HashSet::with_capacity(names.len());
    for name in names {
        if !seen.insert(name.to_ascii_lowercase()) {
            return Err(format!("`{name}` is given twice"));
        }
    }
    Ok(())
}

// ---- writing ----

/// How an auth-param gives way when a challenge is over [`MAX_LEN`].
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fit {
    /// Never cut nor left out.
    Keep,
    /// Left out, from the last one back.
    Drop,
    /// Cut first (at a character, never inside an escape), then left out like [`Fit::Drop`].
    Cut,
    /// Cut last, when every auth-param that may be left out is.
    CutLast,
}

/// An auth-param about to be written, and how many bytes of quoted text it may take.
pub(crate) struct Shown<'a> {
    pub(crate) name: &'a str,
    pub(crate) text: &'a str,
    pub(crate) fit: Fit,
    budget: usize,
}

impl<'a> Shown<'a> {
    /// `name="text"`, given way as `fit` says.
    pub(crate) fn new(name: &'a str, text: &'a str, fit: Fit) -> Self {
        Self {
            name,
            text,
            fit,
            budget: usize::MAX,
        }
    }

    /// Its length in the header: `, name=""` and the quoted text within its budget.
    fn len(&self) -> usize {
        5 + self.name.len() + quoted_len(self.text).min(self.budget)
    }
}

/// `scheme name="text", ..`, as a header value of at most [`MAX_LEN`] bytes where the
/// auth-params that must be kept allow it: the first [`Fit::Cut`] is cut, then the auth-params
/// that may be left out are, from the last one back, and at last the first [`Fit::CutLast`] is
/// cut. `scheme` and the names must be tokens.
///
/// Values are quoted strings: `"` and `\` are escaped with a backslash, and any control
/// character (CR, LF, tab, ..) becomes a space, so no value can end the header or start another.
pub(crate) fn write(scheme: &str, mut params: Vec<Shown<'_>>) -> HeaderValue {
    fit(&mut params, scheme.len());
    let mut value = String::with_capacity(64);
    value.push_str(scheme);
    for (i, param) in params.iter().enumerate() {
        value.push_str(if i == 0 { " " } else { ", " });
        value.push_str(param.name);
        value.push_str("=\"");
        push_quoted(&mut value, param.text, param.budget);
        value.push('"');
    }
    // No control characters remain and the scheme and names are tokens, so the bytes are a
    // valid header value.
    HeaderValue::from_bytes(value.as_bytes()).unwrap_or_else(|_| HeaderValue::from_static("Bearer"))
}

/// The length of `scheme` and `params` as [`write`] writes them in full.
pub(crate) fn written_len(scheme: &str, params: &[Shown<'_>]) -> usize {
    let len: usize = params.iter().map(Shown::len).sum();
    scheme.len() + len.saturating_sub(1)
}

/// Shortens `params` as [`write`] documents.
fn fit(params: &mut Vec<Shown<'_>>, scheme: usize) {
    // The first parameter follows the scheme after one space, not `, `.
    let over = |params: &[Shown<'_>]| {
        let len: usize = params.iter().map(Shown::len).sum();
        (scheme + len.saturating_sub(1)).saturating_sub(MAX_LEN)
    };
    let cut = |param: &mut Shown<'_>, excess: usize| {
        param.budget = quoted_len(param.text).saturating_sub(excess);
    };
    if let Some(first) = params.iter().position(|param| param.fit == Fit::Cut) {
        let excess = over(params);
        cut(&mut params[first], excess);
    }
    while over(params) > 0 {
        match params
            .iter()
            .rposition(|p| matches!(p.fit, Fit::Drop | Fit::Cut))
        {
            Some(at) => drop(params.remove(at)),
            None => break,
        }
    }
    let excess = over(params);
    if let Some(last) = params
        .iter_mut()
        .find(|param| param.fit == Fit::CutLast)
        .filter(|_| excess > 0)
    {
        cut(last, excess);
    }
}

/// How many bytes `text` takes as a quoted string's content.
pub(crate) fn quoted_len(text: &str) -> usize {
    text.chars().map(quoted_char_len).sum()
}

fn quoted_char_len(c: char) -> usize {
    match c {
        '"' | '\\' => 2,
        c if c.is_control() => 1,
        c => c.len_utf8(),
    }
}

/// Writes `text` as a quoted string's content, in at most `budget` bytes: whole characters and
/// whole escapes only.
pub(crate) fn push_quoted(out: &mut String, text: &str, mut budget: usize) {
    for c in text.chars() {
        let len = quoted_char_len(c);
        if len > budget {
            return;
        }
        budget -= len;
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
}

// ---- reading ----

/// One auth-param as read.
pub(crate) struct Read<'a> {
    /// What stood between the part before and the name (` `, `, `, `,`).
    pub(crate) gap: &'a str,
    /// The name as written.
    pub(crate) name: &'a str,
    /// The name, `=` and the value as written (quotes and escapes included).
    pub(crate) text: &'a str,
    /// The value, unquoted and unescaped.
    pub(crate) value: String,
}

/// One challenge of a header value as read.
pub(crate) struct ReadChallenge<'a> {
    /// Where it stands in the header value: from its scheme to the end of its last part, in
    /// bytes.
    pub(crate) span: std::ops::Range<usize>,
    /// The scheme as written.
    pub(crate) scheme: &'a str,
    /// A token68 in place of auth-params (`Negotiate dG9rZW4=`), as written.
    pub(crate) token68: Option<&'a str>,
    /// The auth-params, in order.
    pub(crate) params: Vec<Read<'a>>,
}

/// Splits a challenge's `name=value, name="quoted value"` auth-params (RFC 9110, section 11.2),
/// unescaping quoted values. `text` is what follows the scheme.
pub(crate) fn params(text: &str) -> Result<Vec<Read<'_>>, &'static str> {
    read_params(text, false).map(|(params, _)| params)
}

/// Splits a header value into its challenges (RFC 9110, section 11.6.1:
/// `#( auth-scheme [ 1*SP ( token68 / #auth-param ) ] )`), each with its auth-params as
/// [`params`] reads them. A name followed by `=` after a comma is an auth-param of the challenge
/// before it; a name followed by anything else starts the next challenge.
pub(crate) fn challenges(text: &str) -> Result<Vec<ReadChallenge<'_>>, &'static str> {
    let offset = |part: &str| part.as_ptr() as usize - text.as_ptr() as usize;
    let mut out = Vec::new();
    let mut rest = text;
    loop {
        rest = rest.trim_start_matches([' ', '\t', ',']);
        if rest.is_empty() {
            return Ok(out);
        }
        let start = offset(rest);
        let scheme_len = rest.bytes().take_while(|&b| is_token_byte(b)).count();
        if scheme_len == 0 {
            return Err("a challenge that does not start with a scheme");
        }
        let (scheme, after) = rest.split_at(scheme_len);
        let spaced = after.trim_start_matches([' ', '\t']);
        let mut challenge = ReadChallenge {
            span: start..start + scheme_len,
            scheme,
            token68: None,
            params: Vec::new(),
        };
        rest = after;
        if spaced.is_empty() || spaced.starts_with(',') {
            // A scheme alone.
        } else if spaced.len() == after.len() {
            return Err("a scheme not followed by a space");
        } else if let Some(len) = token68_len(spaced) {
            challenge.token68 = Some(&spaced[..len]);
            challenge.span.end = offset(spaced) + len;
            rest = &spaced[len..];
        } else {
            let (params, left) = read_params(after, true)?;
            if let Some(last) = params.last() {
                challenge.span.end = offset(last.text) + last.text.len();
            }
            challenge.params = params;
            rest = left;
        }
        out.push(challenge);
    }
}

/// The length of the token68 (`1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="`)
/// at the start of `text`, if that is all the challenge holds.
fn token68_len(text: &str) -> Option<usize> {
    let chars = text
        .bytes()
        .take_while(|&b| b.is_ascii_alphanumeric() || b"-._~+/".contains(&b))
        .count();
    if chars == 0 {
        return None;
    }
    let len = chars + text[chars..].bytes().take_while(|&b| b == b'=').count();
    let after = text[len..].trim_start_matches([' ', '\t']);
    (after.is_empty() || after.starts_with(',')).then_some(len)
}

/// Reads auth-params from `text` until its end or, with `several` (several challenges in one
/// value), until a comma followed by the next challenge's scheme. Returns them and the text left
/// (separators, then the next challenge).
fn read_params(text: &str, several: bool) -> Result<(Vec<Read<'_>>, &str), &'static str> {
    let mut params = Vec::new();
    let mut rest = text;
    loop {
        let trimmed = rest.trim_start_matches([' ', '\t', ',']);
        if trimmed.is_empty() {
            return Ok((params, rest));
        }
        let gap = &rest[..rest.len() - trimmed.len()];
        if several && gap.contains(',') && starts_challenge(trimmed) {
            return Ok((params, rest));
        }
        let (name, after) = trimmed.split_once('=').ok_or("a parameter without `=`")?;
        let name = name.trim_end();
        if name.is_empty() || !name.bytes().all(is_token_byte) {
            return Err("a parameter name that is not a token");
        }
        let after = after.trim_start();
        let (value, after) = if let Some(quoted) = after.strip_prefix('"') {
            let mut value = String::new();
            let mut chars = quoted.char_indices();
            let end = loop {
                match chars.next() {
                    Some((i, '"')) => break i + 1,
                    Some((_, '\\')) => {
                        value.push(chars.next().ok_or("a quoted value ends in `\\`")?.1)
                    }
                    Some((_, c)) => value.push(c),
                    None => return Err("an unterminated quoted value"),
                }
            };
            (value, &quoted[end..])
        } else {
            let end = after.find([',', ' ', '\t']).unwrap_or(after.len());
            let token = &after[..end];
            if token.is_empty() || !token.bytes().all(is_token_byte) {
                return Err("a value that is neither a token nor a quoted string");
            }
            (token.to_owned(), &after[end..])
        };
        let next = after.trim_start_matches([' ', '\t']);
        if !(next.is_empty() || next.starts_with(',')) {
            return Err("parameters not separated by commas");
        }
        params.push(Read {
            gap,
            name,
            text: &trimmed[..trimmed.len() - after.len()],
            value,
        });
        rest = after;
    }
}

/// Whether `text`, after a comma, starts a challenge: a token not followed by `=`.
fn starts_challenge(text: &str) -> bool {
    let len = text.bytes().take_while(|&b| is_token_byte(b)).count();
    len > 0 && !text[len..].trim_start_matches([' ', '\t']).starts_with('=')
}

/// RFC 9110 `tchar`.
pub(crate) fn is_token_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}
