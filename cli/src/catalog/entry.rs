//! [`Entry`], a code of any catalog, implemented once for every registered catalog from the
//! library's [`Catalog`] and the catalog's [`Spec`](super::Spec): how a code is read and
//! spelt, its `dump` row, its search texts and the response the vendor sends.

use super::{canonical_integer, Answer, Body, BodyError, Example, Field, How, Misspelling};
use super::{Ref, Registered, Texts, CATALOGS};
use crate::json::{Json, Object};
use identity_errors::http::{Response, StatusCode};
use identity_errors::{self as lib, Catalog};

/// A code of any catalog: what its [`Catalog`] and [`Spec`](super::Spec) give, without the
/// type.
pub trait Entry: Sync {
    /// See [`Spec::key`](super::Spec::key).
    fn key(&self) -> &'static str;
    /// See [`Spec::short`](super::Spec::short).
    fn short(&self) -> &'static str;
    /// The catalog's name, such as `Okta API error`.
    fn catalog_name(&self) -> &'static str;
    /// The vendor's name, such as `Okta`.
    fn vendor(&self) -> &'static str;
    /// The wire code, as text.
    fn code(&self) -> String;
    /// The spelling that `explain` reads back as this code alone: the code, or
    /// [`qualified`](Self::qualified) for an integer code and for a code another catalog also
    /// reads (`invalid_grant` is an Okta and an Entra OAuth error).
    fn spelling(&self) -> String;
    /// The spelling with its catalog prefix, `prefix:code`, which names the code alone even
    /// where another catalog has a code of the same name (`okta-oauth:invalid_grant`).
    fn qualified(&self) -> String;
    /// What a person types to name the code, as a typo of it is compared: the code, and its
    /// title where that is a name too (Identity Cloud's `error` string).
    fn names(&self) -> Vec<String>;
    /// See [`Catalog::title`].
    fn title(&self) -> &'static str;
    /// See [`Spec::title_label`](super::Spec::title_label).
    fn title_label(&self) -> Option<&'static str>;
    /// See [`Catalog::description`].
    fn description(&self) -> Option<&'static str>;
    /// See [`Spec::description_label`](super::Spec::description_label).
    fn description_label(&self) -> &'static str;
    /// See [`Catalog::status`].
    fn status(&self) -> Option<StatusCode>;
    /// See [`Spec::status_note`](super::Spec::status_note).
    fn status_note(&self) -> Option<&'static str>;
    /// See [`Catalog::kind`].
    fn kind(&self) -> lib::Kind;
    /// See [`Catalog::retry`].
    fn retry(&self) -> lib::Retry;
    /// The library's name for it, such as `okta::ErrorCode::ResourceNotFound`.
    fn variant(&self) -> String;
    /// The code's row of `dump`, its members in a fixed order.
    fn dump_row(&self) -> Object;
    /// See [`Spec::details`](super::Spec::details).
    fn details(&self) -> Vec<(&'static str, String)>;
    /// See [`Spec::json_details`](super::Spec::json_details).
    fn json_details(&self) -> Vec<(&'static str, Json)>;
    /// See [`Spec::example`](super::Spec::example).
    fn example(&self) -> Option<Example>;
    /// The entry whose body the vendor answers this one with (the API code of a sign-in
    /// failure).
    fn linked(&self) -> Option<Ref>;
    /// Whether the code makes a body: its own, or that of the code it is [`linked`](Self::linked)
    /// to.
    fn makes_body(&self) -> bool;
    /// Short texts that name the code, and longer ones that describe it, for `search`.
    fn texts(&self) -> Texts;
    /// The response the vendor sends for the code, its template filled with `args`.
    fn response(&self, args: &[&str]) -> Result<Answer, BodyError>;

    /// The `dump` row with the catalog first: a row of `--json` output.
    fn row(&self) -> Object {
        let mut row = Object::new().with("catalog", self.key());
        row.extend(self.dump_row());
        row
    }

    /// Whether both are the same code of the same catalog.
    fn is(&self, other: Ref) -> bool {
        self.key() == other.key() && self.code() == other.code()
    }
}

impl<C: Registered> Entry for C {
    fn key(&self) -> &'static str {
        C::SPEC.key
    }
    fn short(&self) -> &'static str {
        C::SPEC.short
    }
    fn catalog_name(&self) -> &'static str {
        C::NAME
    }
    fn vendor(&self) -> &'static str {
        C::VENDOR.name()
    }
    fn code(&self) -> String {
        self.to_string()
    }
    fn spelling(&self) -> String {
        if C::SPEC.numbered.is_some() || read_elsewhere::<C>(&self.to_string()) {
            return self.qualified();
        }
        self.to_string()
    }
    fn qualified(&self) -> String {
        format!("{}:{self}", C::SPEC.prefix)
    }
    fn names(&self) -> Vec<String> {
        names(*self)
    }
    fn title(&self) -> &'static str {
        Catalog::title(*self)
    }
    fn title_label(&self) -> Option<&'static str> {
        C::SPEC.title_label
    }
    fn description(&self) -> Option<&'static str> {
        Catalog::description(*self)
    }
    fn description_label(&self) -> &'static str {
        C::SPEC.description_label
    }
    fn status(&self) -> Option<StatusCode> {
        Catalog::status(*self)
    }
    fn status_note(&self) -> Option<&'static str> {
        C::SPEC.status_note
    }
    fn kind(&self) -> lib::Kind {
        Catalog::kind(*self)
    }
    fn retry(&self) -> lib::Retry {
        Catalog::retry(*self)
    }
    fn variant(&self) -> String {
        format!("{}::{self:?}", C::SPEC.type_path)
    }
    fn dump_row(&self) -> Object {
        let mut row = Object::new();
        for (name, field) in C::SPEC.row {
            row.push(*name, value(*self, field));
        }
        row
    }
    fn details(&self) -> Vec<(&'static str, String)> {
        (C::SPEC.details)(*self)
    }
    fn json_details(&self) -> Vec<(&'static str, Json)> {
        (C::SPEC.json_details)(*self)
    }
    fn example(&self) -> Option<Example> {
        (C::SPEC.example)(*self)
    }
    fn linked(&self) -> Option<Ref> {
        match C::SPEC.body {
            Body::Linked { to, .. } => to(*self),
            Body::Own(_) | Body::Template { .. } => None,
        }
    }
    fn makes_body(&self) -> bool {
        match C::SPEC.body {
            Body::Linked { to, .. } => to(*self).is_some(),
            Body::Own(_) | Body::Template { .. } => true,
        }
    }
    fn texts(&self) -> Texts {
        let mut names = vec![self.to_string(), Catalog::title(*self).to_owned()];
        names.extend((C::SPEC.more_names)(*self));
        Texts {
            names,
            notes: Catalog::description(*self)
                .map(str::to_owned)
                .into_iter()
                .collect(),
        }
    }
    fn response(&self, args: &[&str]) -> Result<Answer, BodyError> {
        response(*self, args)
    }
}

/// Whether a catalog other than `C` reads `code` as one of its codes, in a way `explain` shows
/// beside `C`'s (not only in another case).
fn read_elsewhere<C: Registered>(code: &str) -> bool {
    CATALOGS
        .iter()
        .filter(|table| table.key != C::SPEC.key)
        .any(|table| {
            (table.read)(code)
                .iter()
                .any(|&(_, how)| how != How::CaseFolded)
        })
}

/// What a `dump` row holds for `field`.
fn value<C: Registered>(code: C, field: &Field<C>) -> Json {
    match field {
        Field::Code => serde_json::to_value(code).map_or(Json::from(None::<&str>), Json::Value),
        Field::Variant => format!("{code:?}").into(),
        Field::Title => Catalog::title(code).into(),
        Field::Description => Catalog::description(code).into(),
        Field::Status => Catalog::status(code).map(|status| status.as_u16()).into(),
        Field::Of(of) => of(code),
    }
}

/// The names a code is read by: its wire code, and its title where that is a name too.
fn names<C: Registered>(code: C) -> Vec<String> {
    let mut names = vec![code.to_string()];
    if C::SPEC.title_is_name {
        names.push(Catalog::title(code).to_owned());
    }
    names
}

/// The codes `input` (without a catalog prefix) may mean in catalog `C`, each with how: every
/// code one of whose [`names`] it is, exactly or in another case (`-` read as `_`); failing
/// those, [`Spec::read_other`](super::Spec::read_other). A name without letters (an integer
/// code) is read only exactly: `-01` and `_1` are not `-1`.
pub fn read<C: Registered>(input: &str) -> Vec<(C, How)> {
    let found: Vec<(C, How)> = C::ALL
        .iter()
        .filter_map(|&code| {
            let how = names(code)
                .iter()
                .filter_map(|name| reads_as(input, name))
                .min()?;
            Some((code, how))
        })
        .collect();
    if !found.is_empty() {
        return found;
    }
    (C::SPEC.read_other)(input)
        .map(|code| vec![(code, How::Other)])
        .unwrap_or_default()
}

/// Whether `input` is `name`, exactly or folded.
fn reads_as(input: &str, name: &str) -> Option<How> {
    let fold = |b: u8| match b {
        b'-' => b'_',
        b => b.to_ascii_lowercase(),
    };
    if input == name {
        Some(How::Exact)
    } else if name.bytes().any(|b| b.is_ascii_alphabetic())
        && input.len() == name.len()
        && input.bytes().map(fold).eq(name.bytes().map(fold))
    {
        Some(How::CaseFolded)
    } else {
        None
    }
}

/// Whether `input`, which [`read`] does not read, looks like a code of catalog `C` written
/// wrong: for an integer catalog, a number with a `+` or leading zeros (`0415`, `+415`, `-01`),
/// which may have meant the code of that number (codes a keystroke away are not offered: `-01`
/// is no typo of `201`); else as [`Spec::misspelling`](super::Spec::misspelling) says.
pub fn misspelling<C: Registered>(input: &str) -> Option<Misspelling<C>> {
    if C::SPEC.numbered.is_none() {
        return (C::SPEC.misspelling)(input);
    }
    let number = input.parse::<i64>().ok()?;
    if canonical_integer(input).is_some() {
        return None;
    }
    Some(Misspelling {
        rule: integer_rule(),
        suggestions: number.to_string().parse::<C>().into_iter().collect(),
    })
}

/// How every integer catalog's codes are written, said once for all of them: `an Identity
/// Cloud or LUSID code is a number without + or leading zeros (415, 657, -1)`.
fn integer_rule() -> String {
    let mut vendors: Vec<&str> = Vec::new();
    let mut examples: Vec<&str> = Vec::new();
    for table in &CATALOGS {
        let Some(numbered) = table.numbered else {
            continue;
        };
        if !vendors.contains(&table.vendor) {
            vendors.push(table.vendor);
        }
        examples.extend(numbered);
    }
    let vendors = match vendors.split_last() {
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    };
    let article = match vendors.chars().next() {
        Some('A' | 'E' | 'I' | 'O' | 'U') => "an",
        _ => "a",
    };
    format!(
        "{article} {vendors} code is a number without + or leading zeros ({})",
        examples.join(", ")
    )
}

/// The response for `code` with `args`, as its [`Body`] gives it.
fn response<C: Registered>(code: C, args: &[&str]) -> Result<Answer, BodyError> {
    // A template's member and usage go with its fill, from the one match: they are shown only
    // where a placeholder was left unfilled.
    let (response, unfilled, template) = match C::SPEC.body {
        Body::Own(own) if args.is_empty() => (own(code), Vec::new(), None),
        Body::Own(_) => {
            return Err(BodyError::Arity(format!(
                "{} ({}) takes no arguments, {} given",
                code.spelling(),
                C::NAME,
                args.len()
            )))
        }
        Body::Template {
            fill,
            member,
            usage,
        } => {
            let (response, unfilled) = fill(code, args)?;
            let template = (!unfilled.is_empty()).then(|| (member, usage(args, &unfilled)));
            (response, unfilled, template)
        }
        Body::Linked { to, none } => return linked(code, to(code), none, args),
    };
    Ok(Answer {
        template,
        ..answer::<C>(response, unfilled)
    })
}

/// The response of `code`'s catalog, with the samples among its headers and body members.
fn answer<C: Registered>(response: Response<String>, unfilled: Vec<String>) -> Answer {
    let members = serde_json::from_str::<serde_json::Value>(response.body()).ok();
    let samples = C::SPEC
        .samples
        .iter()
        .filter(|(name, _)| {
            response.headers().contains_key(*name)
                || members
                    .as_ref()
                    .is_some_and(|body| body.get(*name).is_some())
        })
        .copied()
        .collect();
    Answer {
        response,
        via: None,
        samples,
        unfilled,
        template: None,
    }
}

/// The response for `code`, which has no body of its own: that of `linked`.
fn linked<C: Registered>(
    code: C,
    linked: Option<Ref>,
    none: &str,
    args: &[&str],
) -> Result<Answer, BodyError> {
    let Some(linked) = linked else {
        return Err(BodyError::NoBody(format!("{code} {none}")));
    };
    match linked.response(args) {
        Ok(answer) => Ok(Answer {
            via: Some(linked),
            ..answer
        }),
        Err(BodyError::Arity(message)) => Err(BodyError::Arity(format!(
            "{code} has no body of its own and {} answers it with {}: {message}",
            C::VENDOR.name(),
            linked.code()
        ))),
        Err(other) => Err(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The readings of `input` in the catalog `key`, as `code how`.
    fn read_in(key: &str, input: &str) -> Vec<String> {
        let table = CATALOGS.iter().find(|table| table.key == key).expect(key);
        (table.read)(input)
            .iter()
            .map(|(entry, how)| format!("{} {how:?}", entry.code()))
            .collect()
    }

    /// The codes a misspelt `input` of the catalog `key` may have meant; `None` for no
    /// misspelling.
    fn meant_in(key: &str, input: &str) -> Option<Vec<String>> {
        let table = CATALOGS.iter().find(|table| table.key == key).expect(key);
        let misspelling = (table.misspelling)(input)?;
        Some(misspelling.suggestions.iter().map(|e| e.code()).collect())
    }

    #[test]
    fn every_catalog_reads_its_codes_exactly_or_folded() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("okta_oauth", "invalid_client", &["invalid_client Exact"]),
            (
                "okta_oauth",
                "INVALID_CLIENT",
                &["invalid_client CaseFolded"],
            ),
            (
                "okta_oauth",
                "invalid-client",
                &["invalid_client CaseFolded"],
            ),
            (
                "okta_oauth",
                "Invalid_Client",
                &["invalid_client CaseFolded"],
            ),
            ("okta_oauth", "invalid client", &[]),
            ("okta_login_failures", "LOCKED_OUT", &["LOCKED_OUT Exact"]),
            (
                "okta_login_failures",
                "locked_out",
                &["LOCKED_OUT CaseFolded"],
            ),
            (
                "okta_login_failures",
                "locked-out",
                &["LOCKED_OUT CaseFolded"],
            ),
            (
                "okta_login_failures",
                "Locked_Out",
                &["LOCKED_OUT CaseFolded"],
            ),
            ("identity_cloud", "415", &["415 Exact"]),
            (
                "identity_cloud",
                "authorization_code_expired",
                &["415 Exact"],
            ),
            (
                "identity_cloud",
                "AUTHORIZATION_CODE_EXPIRED",
                &["415 CaseFolded"],
            ),
            // Two codes share this `error` string.
            (
                "identity_cloud",
                "unknown_application",
                &["221 Exact", "352 Exact"],
            ),
            ("identity_cloud", "215", &[]),
            ("lusid", "657", &["657 Exact"]),
            ("lusid", "-1", &["-1 Exact"]),
            // A number is read only as `Display` writes it: not folded, never padded.
            ("lusid", "0", &[]),
            ("lusid", "_1", &[]),
            ("lusid", "-01", &[]),
        ];
        for (key, input, expected) in cases {
            assert_eq!(read_in(key, input), *expected, "{key} {input}");
        }
    }

    #[test]
    fn a_misspelt_integer_is_read_as_nothing_and_may_mean_its_number() {
        let cases: &[(&str, &str, &str)] = &[
            ("identity_cloud", "0415", "415"),
            ("identity_cloud", "+415", "415"),
            ("identity_cloud", "00415", "415"),
            ("lusid", "0657", "657"),
            ("lusid", "+657", "657"),
            ("lusid", "-01", "-1"),
        ];
        for (key, input, meant) in cases {
            assert_eq!(read_in(key, input), Vec::<String>::new(), "{key} {input}");
            let suggestions = meant_in(key, input).unwrap_or_default();
            assert_eq!(suggestions.first().map(String::as_str), Some(*meant));
        }
        // `-0` is no code of LUSID's, but written wrong all the same.
        assert_eq!(meant_in("lusid", "-0"), Some(Vec::new()));
        assert_eq!(meant_in("identity_cloud", "415"), None);
        assert_eq!(
            integer_rule(),
            "an Identity Cloud or LUSID code is a number without + or leading zeros (415, 657, -1)"
        );
    }
}
