//! The catalogs seen through one interface.
//!
//! The library's [`Catalog`](lib::Catalog) trait gives what every catalog has (code, title,
//! description, status, kind, retry); a catalog's [`Spec`] says what this tool needs beyond it
//! (its JSON key and prefix, its `dump` row, its extra lines, the response the vendor sends).
//! [`CATALOGS`] is the registry, the only list of the catalogs; [`Entry`] (any code of any
//! catalog) is implemented once for every registered catalog, and everything else in the tool
//! is written over it. Adding a catalog is a `Spec` in a file of its own and a line here.

mod auth0;
mod cognito;
mod entra;
mod entra_oauth;
mod entra_suberror;
mod entry;
mod firebase;
mod identity_cloud;
mod keycloak;
mod lusid;
mod okta;
mod okta_login;
mod okta_oauth;
mod rate_limit;
mod spec;

pub use entry::Entry;
pub use spec::{Body, Field, Filled, Registered, Spec};

use identity_errors as lib;
use identity_errors::http::{Response, StatusCode};

/// The registry: every catalog, in the order `dump`, `list` and searches use.
pub static CATALOGS: [Table; 17] = [
    Table::of::<lib::okta::ErrorCode>(),
    Table::of::<lib::okta::OAuthErrorCode>(),
    Table::of::<lib::okta::LoginFailure>(),
    Table::of::<lib::identity_cloud::ErrorCode>(),
    Table::of::<lib::lusid::ErrorCode>(),
    Table::of::<lib::entra::ErrorCode>(),
    Table::of::<lib::entra::OAuthErrorCode>(),
    Table::of::<lib::entra::Suberror>(),
    Table::of::<lib::cognito::ErrorCode>(),
    Table::of::<lib::firebase::ErrorCode>(),
    Table::of::<lib::firebase::ClientCode>(),
    Table::of::<lib::keycloak::OAuthErrorCode>(),
    Table::of::<lib::keycloak::EventError>(),
    Table::of::<lib::auth0::AuthErrorCode>(),
    Table::of::<lib::auth0::GuardianErrorCode>(),
    Table::of::<lib::auth0::SignupErrorCode>(),
    Table::of::<lib::auth0::LoginErrorCode>(),
];

/// How an input was read as a code, the closest reading first.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub enum How {
    /// The input is the code exactly as the vendor writes it.
    Exact,
    /// The input is the code in another case (or with `-` for `_`).
    CaseFolded,
    /// Another documented spelling: the digits of an Okta code (`0000007`, `7`, `E7`).
    Other,
}

/// An input written like a code of a catalog but not as any code of it is written (`E00000070`,
/// `0415`): what is wrong with it and how the catalog's codes are written, and the codes it may
/// have meant. Such an input is never read as one of them, since the command must not turn a
/// typo into another code.
pub struct Misspelling<C> {
    /// What is wrong, and how the catalog's codes are written.
    pub rule: String,
    /// The codes the input may have meant, closest first: the code of the same number, then
    /// the codes one keystroke away.
    pub suggestions: Vec<C>,
}

/// An example body for `explain`.
pub struct Example {
    /// The status it is sent with.
    pub status: StatusCode,
    /// The body, pretty-printed.
    pub body: String,
    /// What to know about it (such as an unfilled template).
    pub note: Option<String>,
}

impl Example {
    /// `body`, pretty-printed, sent with `status`.
    pub fn of(status: StatusCode, body: &impl serde::Serialize, note: Option<String>) -> Self {
        Example {
            status,
            body: serde_json::to_string_pretty(body).unwrap_or_default(),
            note,
        }
    }
}

/// Texts a search looks in.
#[derive(Default)]
pub struct Texts {
    /// Short texts that name the code: the code, its title, its summary.
    pub names: Vec<String>,
    /// Longer texts: descriptions, troubleshooting steps.
    pub notes: Vec<String>,
}

/// The response a vendor sends.
pub struct Answer {
    /// The HTTP response: status, headers and body.
    pub response: Response<String>,
    /// The entry whose body it is, where that is not the one asked for.
    pub via: Option<Ref>,
    /// The headers whose values are this run's rather than the vendor's (a sample, this
    /// machine's clock, a generated id), each with why.
    pub samples: Vec<(&'static str, &'static str)>,
    /// The template placeholders left in the body (`{0}`), where no arguments were given.
    pub unfilled: Vec<String>,
    /// The member whose text is the template (`errorSummary`) and the arguments that fill
    /// [`unfilled`](Self::unfilled), where some are left.
    pub template: Option<(&'static str, String)>,
}

/// Why `body` cannot give a response.
pub enum BodyError {
    /// The code's template takes another number of arguments.
    Arity(String),
    /// The code has no body (a sign-in failure reason without an API code).
    NoBody(String),
}

/// A catalog, for listing and lookup.
pub struct Table {
    /// The catalog's name for a person, from the library.
    pub name: &'static str,
    /// The vendor's name for a person, from the library.
    pub vendor: &'static str,
    /// See [`Spec::key`].
    pub key: &'static str,
    /// See [`Spec::prefix`].
    pub prefix: &'static str,
    /// See [`Spec::numbered`].
    pub numbered: Option<&'static [&'static str]>,
    /// Every code of the catalog, in its order.
    pub entries: fn() -> Vec<Ref>,
    /// The codes an input (without a catalog prefix) may mean in the catalog.
    pub read: fn(&str) -> Vec<(Ref, How)>,
    /// Whether an input the catalog reads as no code looks like one of its codes written
    /// wrong.
    pub misspelling: fn(&str) -> Option<Misspelling<Ref>>,
}

impl Table {
    const fn of<C: Registered>() -> Self {
        Table {
            name: C::NAME,
            vendor: C::VENDOR.name(),
            key: C::SPEC.key,
            prefix: C::SPEC.prefix,
            numbered: C::SPEC.numbered,
            entries: entries::<C>,
            read: read::<C>,
            misspelling: misspelling::<C>,
        }
    }

    /// Whether `name` (any case, `-` or `_`) names this catalog: its prefix or its key.
    pub fn is_named(&self, name: &str) -> bool {
        let name = name.to_ascii_lowercase().replace('_', "-");
        name == self.prefix || name == self.key.replace('_', "-")
    }
}

fn entries<C: Registered>() -> Vec<Ref> {
    C::ALL.iter().map(|code| code as Ref).collect()
}

fn read<C: Registered>(input: &str) -> Vec<(Ref, How)> {
    entry::read::<C>(input)
        .into_iter()
        .filter_map(|(code, how)| Some((entry(code)?, how)))
        .collect()
}

fn misspelling<C: Registered>(input: &str) -> Option<Misspelling<Ref>> {
    let Misspelling { rule, suggestions } = entry::misspelling::<C>(input)?;
    let suggestions = suggestions.into_iter().filter_map(entry).collect();
    Some(Misspelling { rule, suggestions })
}

/// Every entry of every catalog, in catalog order.
pub fn all_entries() -> impl Iterator<Item = Ref> {
    CATALOGS.iter().flat_map(|table| (table.entries)())
}

/// The entry of a code.
pub fn entry<C: Registered>(code: C) -> Option<Ref> {
    C::ALL.iter().find(|&&c| c == code).map(|c| c as Ref)
}

/// Any code of any catalog.
pub type Ref = &'static dyn Entry;

/// How many edits (a character added, dropped or changed, or two swapped) turn `a` into `b`, if
/// `most` or fewer. Lengths are compared first: a long input (an argument may be 128 KiB) costs
/// no edit-distance table, which took a minute over every code.
pub fn edits(a: &str, b: &str, most: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > most {
        return None;
    }
    Some(strsim::damerau_levenshtein(a, b)).filter(|&edits| edits <= most)
}

/// `input` as an integer, if it is written as `Display` writes one: `415`, `-1`, not `0415`,
/// `+415` or `-0` (the library's `FromStr` refuses those too).
pub fn canonical_integer(input: &str) -> Option<i64> {
    input
        .parse::<i64>()
        .ok()
        .filter(|number| number.to_string() == input)
}
