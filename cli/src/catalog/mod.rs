//! The five catalogs seen through one interface.
//!
//! The library's [`Catalog`] trait gives what every catalog has (code, title, description,
//! status); [`Described`] adds what this tool needs to say about each one (its JSON key and
//! prefix, its `dump` row, its extra lines, the response the vendor sends). Everything else in
//! the tool is written once, over [`Entry`] (any code of any catalog) and [`CATALOGS`], the only
//! list of the five catalogs.

mod identity_cloud;
mod lusid;
mod okta;
mod okta_login;
mod okta_oauth;
mod rate_limit;

use crate::json::{Json, Object};
use identity_errors::http::{Response, StatusCode};
use identity_errors::{self as lib, Catalog};

/// The five catalogs, in the order `dump`, `list` and searches use.
pub static CATALOGS: [Table; 5] = [
    Table::of::<lib::okta::ErrorCode>(),
    Table::of::<lib::okta::OAuthErrorCode>(),
    Table::of::<lib::okta::LoginFailure>(),
    Table::of::<lib::identity_cloud::ErrorCode>(),
    Table::of::<lib::lusid::ErrorCode>(),
];

/// How an input was read as a code.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum How {
    /// The input is the code exactly as the vendor writes it.
    Exact,
    /// The input is the code in another case (or with `-` for `_`).
    CaseFolded,
    /// Another documented spelling: the digits of an Okta code (`0000007`, `7`, `E7`).
    Other,
}

/// An input written like a code of a catalog but not as any code of it is written (`E00000070`,
/// `0415`): what the catalog's codes look like, and the codes it may have meant. Such an input
/// is never read as one of them, since the command must not turn a typo into another code.
pub struct Misspelling<C> {
    /// How the catalog's codes are written.
    pub rule: &'static str,
    /// The codes the input may have meant, closest first: the code of the same number, then
    /// the codes one keystroke away.
    pub suggestions: Vec<C>,
}

/// What the tool says about one catalog, beyond the library's [`Catalog`].
pub trait Described: Catalog {
    /// The catalog's key in JSON output (`okta`, `okta_oauth`, ..), as `dump` writes it.
    const KEY: &'static str;
    /// What a person writes before a colon to name the catalog (`okta`, `okta-oauth`, ..).
    const PREFIX: &'static str;
    /// A short label for columns and the first line of an explanation.
    const SHORT: &'static str;
    /// The library type's path, for the `variant` line.
    const TYPE_PATH: &'static str;
    /// Where the title is not a title, the label it is shown under instead.
    const TITLE_LABEL: Option<&'static str> = None;
    /// The label of [`Catalog::description`].
    const DESCRIPTION_LABEL: &'static str = "description";
    /// A note on where [`Catalog::status`] comes from, when it is not the vendor's.
    const STATUS_NOTE: Option<&'static str> = None;

    /// The codes `input` (without a catalog prefix) may mean in this catalog.
    fn read(input: &str) -> Vec<(Self, How)>;

    /// Whether `input`, which [`read`](Self::read) does not read, looks like a code of this
    /// catalog written wrong (a number with leading zeros or too many digits).
    fn misspelling(_input: &str) -> Option<Misspelling<Self>> {
        None
    }

    /// The spelling that `explain` reads back as this code alone.
    fn spelling(self) -> String {
        self.to_string()
    }

    /// What a person types to name the code, as a typo of it is compared: the code, and any
    /// other name [`read`](Self::read) takes (Identity Cloud's `error` string).
    fn names(self) -> Vec<String> {
        vec![self.to_string()]
    }

    /// The code's row of `dump`, its members in a fixed order.
    fn dump_row(self) -> Object;

    /// Lines of `explain` after the status and before the description.
    fn details(self) -> Vec<(&'static str, String)> {
        Vec::new()
    }

    /// Members of `explain --json` beyond the `dump` row.
    fn json_details(self) -> Vec<(&'static str, Json)> {
        Vec::new()
    }

    /// The body `explain` shows as an example, pretty-printed, with its status and a note.
    fn example(self) -> Option<Example>;

    /// Another entry that explains this one (the API code of a sign-in failure).
    fn linked(self) -> Option<Ref> {
        None
    }

    /// Short texts that name the code, and longer ones that describe it, for `search`.
    fn texts(self) -> Texts;

    /// The response the vendor sends for the code, its template filled with `args`.
    fn response(self, args: &[&str]) -> Result<Answer, BodyError>;
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
    /// The headers whose values are this run's rather than the vendor's (a sample, or this
    /// machine's clock), each with why.
    pub samples: &'static [(&'static str, &'static str)],
    /// The template placeholders left in the body (`{0}`), where no arguments were given.
    pub unfilled: Vec<String>,
}

impl Answer {
    /// The response for the code asked for, every header the vendor's.
    fn direct(response: Response<String>) -> Result<Self, BodyError> {
        Ok(Answer {
            response,
            via: None,
            samples: &[],
            unfilled: Vec::new(),
        })
    }
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
    /// See [`Described::KEY`].
    pub key: &'static str,
    /// See [`Described::PREFIX`].
    pub prefix: &'static str,
    /// Every code of the catalog, in its order.
    pub entries: fn() -> Vec<Ref>,
    /// See [`Described::read`].
    pub read: fn(&str) -> Vec<(Ref, How)>,
    /// See [`Described::misspelling`].
    pub misspelling: fn(&str) -> Option<Misspelling<Ref>>,
}

impl Table {
    const fn of<C: Described>() -> Self {
        Table {
            name: C::NAME,
            key: C::KEY,
            prefix: C::PREFIX,
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

fn entries<C: Described>() -> Vec<Ref> {
    C::ALL.iter().map(|code| code as Ref).collect()
}

fn read<C: Described>(input: &str) -> Vec<(Ref, How)> {
    C::read(input)
        .into_iter()
        .filter_map(|(code, how)| Some((entry(code)?, how)))
        .collect()
}

fn misspelling<C: Described>(input: &str) -> Option<Misspelling<Ref>> {
    let Misspelling { rule, suggestions } = C::misspelling(input)?;
    let suggestions = suggestions.into_iter().filter_map(entry).collect();
    Some(Misspelling { rule, suggestions })
}

/// Every entry of every catalog, in catalog order.
pub fn all_entries() -> impl Iterator<Item = Ref> {
    CATALOGS.iter().flat_map(|table| (table.entries)())
}

/// The entry of a code.
pub fn entry<C: Described>(code: C) -> Option<Ref> {
    C::ALL.iter().find(|&&c| c == code).map(|c| c as Ref)
}

/// Any code of any catalog.
pub type Ref = &'static dyn Entry;

/// A code of any catalog: what [`Described`] and [`Catalog`] give, without the type.
pub trait Entry: Sync {
    /// See [`Described::KEY`].
    fn key(&self) -> &'static str;
    /// See [`Described::SHORT`].
    fn short(&self) -> &'static str;
    /// The catalog's name, such as `Okta API error`.
    fn catalog_name(&self) -> &'static str;
    /// The wire code, as text.
    fn code(&self) -> String;
    /// See [`Described::spelling`].
    fn spelling(&self) -> String;
    /// See [`Described::names`].
    fn names(&self) -> Vec<String>;
    /// See [`Catalog::title`].
    fn title(&self) -> &'static str;
    /// See [`Described::TITLE_LABEL`].
    fn title_label(&self) -> Option<&'static str>;
    /// See [`Catalog::description`].
    fn description(&self) -> Option<&'static str>;
    /// See [`Described::DESCRIPTION_LABEL`].
    fn description_label(&self) -> &'static str;
    /// See [`Catalog::status`].
    fn status(&self) -> Option<StatusCode>;
    /// See [`Described::STATUS_NOTE`].
    fn status_note(&self) -> Option<&'static str>;
    /// See [`Catalog::kind`].
    fn kind(&self) -> lib::Kind;
    /// See [`Catalog::retry`].
    fn retry(&self) -> lib::Retry;
    /// The library's name for it, such as `okta::ErrorCode::ResourceNotFound`.
    fn variant(&self) -> String;
    /// See [`Described::dump_row`].
    fn dump_row(&self) -> Object;
    /// See [`Described::details`].
    fn details(&self) -> Vec<(&'static str, String)>;
    /// See [`Described::json_details`].
    fn json_details(&self) -> Vec<(&'static str, Json)>;
    /// See [`Described::example`].
    fn example(&self) -> Option<Example>;
    /// See [`Described::linked`].
    fn linked(&self) -> Option<Ref>;
    /// See [`Described::texts`].
    fn texts(&self) -> Texts;
    /// See [`Described::response`].
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

impl<C: Described> Entry for C {
    fn key(&self) -> &'static str {
        C::KEY
    }
    fn short(&self) -> &'static str {
        C::SHORT
    }
    fn catalog_name(&self) -> &'static str {
        C::NAME
    }
    fn code(&self) -> String {
        self.to_string()
    }
    fn spelling(&self) -> String {
        Described::spelling(*self)
    }
    fn names(&self) -> Vec<String> {
        Described::names(*self)
    }
    fn title(&self) -> &'static str {
        Catalog::title(*self)
    }
    fn title_label(&self) -> Option<&'static str> {
        C::TITLE_LABEL
    }
    fn description(&self) -> Option<&'static str> {
        Catalog::description(*self)
    }
    fn description_label(&self) -> &'static str {
        C::DESCRIPTION_LABEL
    }
    fn status(&self) -> Option<StatusCode> {
        Catalog::status(*self)
    }
    fn status_note(&self) -> Option<&'static str> {
        C::STATUS_NOTE
    }
    fn kind(&self) -> lib::Kind {
        Catalog::kind(*self)
    }
    fn retry(&self) -> lib::Retry {
        Catalog::retry(*self)
    }
    fn variant(&self) -> String {
        format!("{}::{self:?}", C::TYPE_PATH)
    }
    fn dump_row(&self) -> Object {
        Described::dump_row(*self)
    }
    fn details(&self) -> Vec<(&'static str, String)> {
        Described::details(*self)
    }
    fn json_details(&self) -> Vec<(&'static str, Json)> {
        Described::json_details(*self)
    }
    fn example(&self) -> Option<Example> {
        Described::example(*self)
    }
    fn linked(&self) -> Option<Ref> {
        Described::linked(*self)
    }
    fn texts(&self) -> Texts {
        Described::texts(*self)
    }
    fn response(&self, args: &[&str]) -> Result<Answer, BodyError> {
        Described::response(*self, args)
    }
}

/// `args` must be empty: the message when it is not.
fn no_arguments<C: Described>(code: C, args: &[&str]) -> Result<(), BodyError> {
    match args.len() {
        0 => Ok(()),
        given => Err(BodyError::Arity(format!(
            "{} ({}) takes no arguments, {given} given",
            Described::spelling(code),
            C::NAME
        ))),
    }
}

/// A body pretty-printed, as `explain` shows it.
fn pretty(body: &impl serde::Serialize) -> String {
    serde_json::to_string_pretty(body).unwrap_or_default()
}

/// The input folded for a catalog whose codes are `snake_case` (`upper` false) or
/// `SCREAMING_SNAKE_CASE` (`upper` true): `-` read as `_`.
fn fold(input: &str, upper: bool) -> String {
    let input = input.replace('-', "_");
    if upper {
        input.to_ascii_uppercase()
    } else {
        input.to_ascii_lowercase()
    }
}

/// `code` read exactly, else folded: the readings of a catalog of string codes.
fn read_folded<C: Described>(
    input: &str,
    upper: bool,
    from_code: fn(&str) -> Option<C>,
) -> Vec<(C, How)> {
    if let Some(code) = from_code(input) {
        return vec![(code, How::Exact)];
    }
    from_code(&fold(input, upper))
        .map(|code| vec![(code, How::CaseFolded)])
        .unwrap_or_default()
}

/// An integer code, written as its vendor writes it: no `+`, no leading zero (`415`, `-1`).
fn read_integer<C: Described>(input: &str, from_code: fn(i64) -> Option<C>) -> Vec<(C, How)> {
    canonical_integer(input)
        .and_then(from_code)
        .map(|code| vec![(code, How::Exact)])
        .unwrap_or_default()
}

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

/// How Identity Cloud and LUSID codes are written (one rule, said once for both).
const INTEGER_RULE: &str =
    "an Identity Cloud or LUSID code is a number without + or leading zeros (415, 657, -1)";

/// An integer written with a `+` or leading zeros (`0415`, `+415`, `-01`): a misspelling of an
/// integer catalog, which may have meant the code of that number. (Codes a keystroke away are
/// not offered: `-01` is no typo of `201`.)
fn integer_misspelling<C: Described>(
    input: &str,
    from_code: fn(i64) -> Option<C>,
) -> Option<Misspelling<C>> {
    let number = input.parse::<i64>().ok()?;
    if canonical_integer(input).is_some() {
        return None;
    }
    Some(Misspelling {
        rule: INTEGER_RULE,
        suggestions: from_code(number).into_iter().collect(),
    })
}
