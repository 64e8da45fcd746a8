//! The generated Firebase catalogs, read through the library's API, equal the Firebase JS SDK's
//! sources as kept in `data/sources/firebase/`: every `ServerError` member with the client code
//! the SDK throws for it (its three special cases, `SERVER_ERROR_MAP`, then its fallback rule, all
//! read from the kept files), every `AuthErrorCode` member with its debug message and public map
//! keys, and nothing more. The test parses the TypeScript itself; it reads no table of `data/`.

use identity_errors::firebase::{ClientCode, ErrorCode, Mapping};
use identity_errors::{Catalog, Vendor};
use std::collections::BTreeMap;

const API_ERRORS: &str = include_str!("../data/sources/firebase/api-errors.ts");
const CORE_ERRORS: &str = include_str!("../data/sources/firebase/core-errors.ts");
const API_INDEX: &str = include_str!("../data/sources/firebase/api-index.ts");

/// The text between `start` (which must occur once) and the `}` that closes the brace it opens.
fn block<'a>(text: &'a str, start: &str) -> &'a str {
    assert_eq!(text.matches(start).count(), 1, "{start}");
    let from = text.find(start).unwrap() + start.len();
    let mut depth = 1;
    for (i, c) in text[from..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return &text[from..from + i];
                }
            }
            _ => {}
        }
    }
    panic!("{start}: unclosed");
}

/// The lines of `body` without `//` comment lines, joined by spaces.
fn code_only(body: &str) -> String {
    body.lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A `const enum`'s members, in order: name and string value.
fn enum_members(text: &str, name: &str) -> Vec<(String, String)> {
    let body = block(text, &["export const enum ", name, " {"].concat());
    code_only(body)
        .split(',')
        .map(str::trim)
        .filter(|entry| !entry.is_empty())
        .map(|entry| {
            let (member, value) = entry.split_once(" = ").unwrap_or_else(|| panic!("{entry}"));
            let value = value
                .trim()
                .strip_prefix('\'')
                .unwrap()
                .strip_suffix('\'')
                .unwrap();
            (member.trim().to_owned(), value.to_owned())
        })
        .collect()
}

/// Reads one JS string literal (`'..'` or `".."`) at the start of `s`: its value (escapes
/// decoded) and the rest.
fn literal(s: &str) -> (String, &str) {
    let quote = s.chars().next().unwrap();
    assert!(quote == '\'' || quote == '"', "a literal: {s:.40}");
    let mut out = String::new();
    let mut chars = s[1..].char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => {
                let (_, escaped) = chars.next().unwrap();
                out.push(match escaped {
                    'n' => '\n',
                    't' => '\t',
                    other => other,
                });
            }
            c if c == quote => return (out, &s[1 + i + 1..]),
            c => out.push(c),
        }
    }
    panic!("unclosed literal");
}

/// `_debugErrorMap`'s entries: the `AuthErrorCode` member and its message, literals joined.
fn debug_messages() -> Vec<(String, String)> {
    let body = block(
        CORE_ERRORS,
        "function _debugErrorMap(): ErrorMap<AuthErrorCode> {\n  return {",
    );
    let mut out = Vec::new();
    for entry in body.split("[AuthErrorCode.").skip(1) {
        let (member, rest) = entry.split_once("]:").unwrap();
        let mut rest = rest.trim_start();
        let mut message = String::new();
        loop {
            let (part, after) = literal(rest);
            message.push_str(&part);
            rest = after.trim_start();
            match rest.strip_prefix('+') {
                Some(more) => rest = more.trim_start(),
                None => break,
            }
        }
        let rest = rest.trim_start_matches(',').trim();
        assert!(rest.is_empty(), "{member}: after the message: {rest:.40}");
        out.push((member.to_owned(), message));
    }
    out
}

/// `SERVER_ERROR_MAP`'s entries, in order: `ServerError` member and `AuthErrorCode` member.
fn server_error_map() -> Vec<(String, String)> {
    let body = block(
        API_ERRORS,
        "export const SERVER_ERROR_MAP: Partial<ServerErrorMap<ServerError>> = {",
    );
    code_only(body)
        .split(',')
        .map(str::trim)
        .filter(|entry| !entry.is_empty())
        .map(|entry| {
            let (key, value) = entry.split_once("]:").unwrap_or_else(|| panic!("{entry}"));
            let key = key.trim().strip_prefix("[ServerError.").unwrap();
            let value = value.trim().strip_prefix("AuthErrorCode.").unwrap();
            (key.to_owned(), value.to_owned())
        })
        .collect()
}

/// `AUTH_ERROR_CODES_MAP_DO_NOT_USE_INTERNALLY`'s entries, in order: key and code.
fn public_map() -> Vec<(String, String)> {
    let body = block(
        CORE_ERRORS,
        "export const AUTH_ERROR_CODES_MAP_DO_NOT_USE_INTERNALLY = {",
    );
    code_only(body)
        .split(',')
        .map(str::trim)
        .filter(|entry| !entry.is_empty())
        .map(|entry| {
            let (key, value) = entry.split_once(": ").unwrap_or_else(|| panic!("{entry}"));
            (key.to_owned(), literal(value.trim()).0)
        })
        .collect()
}

/// The special cases of `_performFetchWithErrorHandling`, in order: the `ServerError` member
/// compared and the `AuthErrorCode` member thrown.
fn special_cases() -> Vec<(String, String)> {
    let start = API_INDEX
        .find("export async function _performFetchWithErrorHandling")
        .unwrap();
    let body = &API_INDEX[start..];
    let body = &body[..body.find("const authError").unwrap()];
    body.split("serverErrorCode === ServerError.")
        .skip(1)
        .map(|case| {
            let code = &case[..case.find(')').unwrap()];
            let thrown = case.split("AuthErrorCode.").nth(1).unwrap();
            let end = thrown.find(|c: char| c != '_' && !c.is_ascii_alphanumeric());
            (code.to_owned(), thrown[..end.unwrap()].to_owned())
        })
        .collect()
}

/// The SDK's fallback as its source writes it: `.toLowerCase().replace(/[_\s]+/g, '-')`.
fn fallback(code: &str) -> String {
    let mut out = String::new();
    let mut run = false;
    for c in code.to_lowercase().chars() {
        if c == '_' || c.is_whitespace() {
            if !run {
                out.push('-');
            }
            run = true;
        } else {
            out.push(c);
            run = false;
        }
    }
    out
}

#[test]
fn the_sdk_cuts_the_message_and_falls_back_as_this_test_reads_it() {
    // What this test's reading of the mapping rests on, as the kept source writes it.
    for text in [
        "const errorMap = { ...SERVER_ERROR_MAP, ...customErrorMap };",
        "const errorMessage = response.ok ? json.errorMessage : json.error.message;",
        "const [serverErrorCode, serverErrorMessage] = errorMessage.split(' : ');",
        "errorMap[serverErrorCode as ServerError] ||",
        ".toLowerCase()\n          .replace(/[_\\s]+/g, '-') as unknown as AuthErrorCode);",
    ] {
        assert!(API_INDEX.contains(text), "{text}");
    }
    assert_eq!(fallback("MISSING_CODE"), "missing-code");
}

#[test]
fn every_server_error_is_a_code_with_the_client_code_the_sdk_throws() {
    let servers = enum_members(API_ERRORS, "ServerError");
    assert_eq!(servers.len(), 81);
    assert_eq!(ErrorCode::ALL.len(), 81);
    let clients: BTreeMap<String, String> = enum_members(CORE_ERRORS, "AuthErrorCode")
        .into_iter()
        .collect();
    let map = server_error_map();
    assert_eq!(map.len(), 48);
    let map: BTreeMap<&str, &str> = map.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let special = special_cases();
    assert_eq!(
        special,
        [
            (
                "FEDERATED_USER_ID_ALREADY_LINKED",
                "CREDENTIAL_ALREADY_IN_USE"
            ),
            ("EMAIL_EXISTS", "EMAIL_EXISTS"),
            ("USER_DISABLED", "USER_DISABLED"),
        ]
        .map(|(a, b)| (a.to_owned(), b.to_owned()))
    );
    let mut counts = BTreeMap::new();
    for (i, (member, value)) in servers.iter().enumerate() {
        assert_eq!(member, value, "ServerError.{member}");
        let code = ErrorCode::from_code(value).unwrap_or_else(|| panic!("{value}: not a code"));
        assert_eq!(ErrorCode::ALL[i], code, "the enum's order");
        assert_eq!(code.code(), value.as_str());
        assert_eq!(code.to_string(), value.as_str());
        let (how, client) = if let Some((_, to)) = special.iter().find(|(s, _)| s == value) {
            (Mapping::SpecialCase, clients[to].clone())
        } else if let Some(to) = map.get(value.as_str()) {
            (Mapping::Map, clients[*to].clone())
        } else {
            (Mapping::Fallback, fallback(value))
        };
        let client = ["auth/", &client].concat();
        assert_eq!(code.mapping(), how, "{value}");
        assert_eq!(code.client_code(), client, "{value}");
        let known = clients.values().any(|c| ["auth/", c].concat() == client);
        assert_eq!(
            code.client().map(ClientCode::code),
            known.then_some(client.as_str())
        );
        assert_eq!(code.status(), 400);
        assert_eq!(Catalog::status(code), Some(code.status()));
        *counts.entry(format!("{how:?}")).or_insert(0) += 1;
    }
    let counts: Vec<(&str, i32)> = counts.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    assert_eq!(counts, [("Fallback", 32), ("Map", 46), ("SpecialCase", 3)]);
    // The one client code that is no AuthErrorCode value.
    let unknown: Vec<&str> = ErrorCode::ALL
        .iter()
        .filter(|code| code.client().is_none())
        .map(|code| code.client_code())
        .collect();
    assert_eq!(unknown, ["auth/missing-code"]);
    assert_eq!(ErrorCode::VENDOR, Vendor::Firebase);
}

#[test]
fn every_auth_error_code_is_a_client_code_with_its_debug_message() {
    let members = enum_members(CORE_ERRORS, "AuthErrorCode");
    assert_eq!(members.len(), 108);
    assert_eq!(ClientCode::ALL.len(), 108);
    let messages: BTreeMap<String, String> = debug_messages().into_iter().collect();
    assert_eq!(messages.len(), 108, "one message per member");
    let public = public_map();
    assert_eq!(public.len(), 106);
    let mut empty = Vec::new();
    let mut placeholders = Vec::new();
    for (i, (member, value)) in members.iter().enumerate() {
        let wire = ["auth/", value].concat();
        let code = ClientCode::from_code(&wire).unwrap_or_else(|| panic!("{wire}: not a code"));
        assert_eq!(ClientCode::ALL[i], code, "the enum's order");
        assert_eq!(code.code(), wire);
        assert_eq!(code.to_string(), wire);
        assert_eq!(code.constant(), member.as_str());
        let message = &messages[member];
        if message.is_empty() {
            assert_eq!(code.debug_message(), None, "{wire}");
            assert_eq!(code.title(), "Error");
            empty.push(member.as_str());
        } else {
            assert_eq!(code.debug_message(), Some(message.as_str()), "{wire}");
            assert_eq!(code.title(), message.as_str());
        }
        if message.contains("{$") {
            placeholders.push(member.as_str());
        }
        let keys: Vec<&str> = public
            .iter()
            .filter(|(_, to)| *to == wire)
            .map(|(key, _)| key.as_str())
            .collect();
        assert_eq!(code.public_map_keys().collect::<Vec<_>>(), keys, "{wire}");
        assert_eq!(Catalog::status(code), None);
        assert_eq!(Catalog::description(code), None);
    }
    assert_eq!(empty, ["ARGUMENT_ERROR", "USER_SIGNED_OUT"]);
    assert_eq!(placeholders, ["LOGIN_BLOCKED"]);
    assert_eq!(
        ClientCode::LoginBlocked.title(),
        "Login blocked by user-provided method: {$originalMessage}"
    );
    // Every public map value is a member's code.
    for (key, code) in &public {
        assert!(ClientCode::from_code(code).is_some(), "{key}: {code}");
    }
    assert_eq!(ClientCode::VENDOR, Vendor::Firebase);
}
