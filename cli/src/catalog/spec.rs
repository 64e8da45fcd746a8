//! [`Spec`]: what the tool needs to know of a catalog that the library's [`Catalog`] trait does
//! not say. A catalog's `Spec` is its entry in the registry; everything else is derived, once,
//! in `entry.rs`.

use super::{BodyError, Example, Misspelling, Ref};
use crate::json::Json;
use identity_errors::http::Response;
use identity_errors::Catalog;

/// A catalog the tool knows: the library's [`Catalog`] and its [`Spec`].
pub trait Registered: Catalog {
    /// What the tool says about the catalog.
    const SPEC: Spec<Self>;
}

/// What the tool says about one catalog, beyond the library's [`Catalog`].
///
/// Built with [`Spec::new`], which takes what every catalog must say and leaves the rest at
/// "nothing more"; a catalog sets the other fields it needs.
pub struct Spec<C: 'static> {
    /// The catalog's key in JSON output (`okta`, `okta_oauth`, ..), as `dump` writes it.
    pub key: &'static str,
    /// What a person writes before a colon to name the catalog (`okta`, `okta-oauth`, ..).
    pub prefix: &'static str,
    /// A short label for columns and the first line of an explanation.
    pub short: &'static str,
    /// The library type's path, for the `variant` line.
    pub type_path: &'static str,
    /// The code's row of `dump`: each member's name and what it holds, in order.
    pub row: &'static [(&'static str, Field<C>)],
    /// The response the vendor sends for a code.
    pub body: Body<C>,
    /// The headers, and the members of the JSON body, of [`body`](Self::body)'s responses whose
    /// values are this run's rather than the vendor's (a sample, this machine's clock, a
    /// generated id), each with why; those a response carries are listed with it.
    pub samples: &'static [(&'static str, &'static str)],
    /// For a catalog of integer codes, examples of them (`415`), for the rule a misspelt
    /// integer is told. Such a code is read only as `Display` writes it, and shown with its
    /// catalog prefix, since a bare number also reads as a status or another catalog's code.
    pub numbered: Option<&'static [&'static str]>,
    /// Whether the title is also a name a person writes for the code, read as the code is
    /// (Identity Cloud's `error` string).
    pub title_is_name: bool,
    /// Where the title is not a title, the label it is shown under instead.
    pub title_label: Option<&'static str>,
    /// The label of [`Catalog::description`].
    pub description_label: &'static str,
    /// A note on where [`Catalog::status`] comes from, when it is not the vendor's.
    pub status_note: Option<&'static str>,
    /// Another documented spelling of a code, tried when the input is no code's name in any
    /// case (the digits of an Okta code: `0000007`, `7`, `E7`).
    pub read_other: fn(&str) -> Option<C>,
    /// Whether the input, which is read as no code, looks like a code of the catalog written
    /// wrong, and which codes it may have meant (integer catalogs are covered by
    /// [`numbered`](Self::numbered)).
    pub misspelling: fn(&str) -> Option<Misspelling<C>>,
    /// Names and words of the code that `search` weighs as names, beyond its code and title.
    pub more_names: fn(C) -> Vec<String>,
    /// Lines of `explain` after the status and before the description.
    pub details: fn(C) -> Vec<(&'static str, String)>,
    /// Members of `explain --json` beyond the `dump` row.
    pub json_details: fn(C) -> Vec<(&'static str, Json)>,
    /// The body `explain` shows as an example.
    pub example: fn(C) -> Option<Example>,
}

/// A member of a catalog's `dump` row.
pub enum Field<C> {
    /// The wire code, a string or a number as the catalog's serde writes it.
    Code,
    /// The variant's name (`ResourceNotFound`).
    Variant,
    /// [`Catalog::title`].
    Title,
    /// [`Catalog::description`], or null.
    Description,
    /// [`Catalog::status`] as a number, or null.
    Status,
    /// Something only this catalog has.
    Of(fn(C) -> Json),
}

/// The response a vendor sends for a code.
pub enum Body<C: 'static> {
    /// The code's own response, which takes no arguments.
    Own(fn(C) -> Response<String>),
    /// The code's own response from a template the arguments fill.
    Template {
        /// The response, and the placeholders left unfilled (none given).
        fill: fn(C, &[&str]) -> Result<Filled, BodyError>,
        /// The body's member whose text is the template (`errorSummary`), for the note on
        /// placeholders left unfilled.
        member: &'static str,
        /// The arguments that fill the placeholders left unfilled, for that note, from the
        /// arguments given and the placeholders (`ARG ARG` for `{0}`, `{1}`).
        usage: fn(&[&str], &[String]) -> String,
    },
    /// No body of its own: the vendor answers with the body of the code `to` gives, which
    /// `explain` shows too. Where it gives none, `none` says why, after the code.
    Linked {
        /// The code answered with.
        to: fn(C) -> Option<Ref>,
        /// Why there is no body, after the code (`is a .., which has no body`).
        none: &'static str,
    },
}

/// A filled template: the response, and the placeholders left unfilled.
pub type Filled = (Response<String>, Vec<String>);

impl<C: Registered> Spec<C> {
    /// A catalog with a key, a prefix, a short label, a library path, a `dump` row and a body,
    /// and nothing more to say.
    pub const fn new(
        [key, prefix, short, type_path]: [&'static str; 4],
        row: &'static [(&'static str, Field<C>)],
        body: Body<C>,
    ) -> Self {
        Spec {
            key,
            prefix,
            short,
            type_path,
            row,
            body,
            samples: &[],
            numbered: None,
            title_is_name: false,
            title_label: None,
            description_label: "description",
            status_note: None,
            read_other: |_| None,
            misspelling: |_| None,
            more_names: |_| Vec::new(),
            details: |_| Vec::new(),
            json_details: |_| Vec::new(),
            example: |_| None,
        }
    }
}
