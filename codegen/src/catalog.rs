//! What a catalog declaration says: its table's columns and what each holds, and the Rust it
//! becomes. One generic reader (`table.rs`) validates every table from its declaration, and one
//! generic generator (`codegen.rs`) writes every enum; the declarations are in `catalogs.rs`.
//!
//! A *doc template* is documentation text with `{column}` for a row's field (text shown as
//! Markdown, or as written between backticks, a choice as its phrase, anything else as written), `{@column}` for an intra-doc
//! link to the row a link column names, `{advice}` for the sentence on kind and retry, and
//! `{?column:...}` or `{!column:...}` for text shown only where the field is present or absent.

use super::table::Row;
use super::template::Placeholders;

/// One catalog: a table of `data/` and the enum generated from it.
pub struct Catalog {
    /// The table's file name inside `data/`.
    pub file: &'static str,
    /// The module under `src/` that includes the enum: `okta` for `crate::okta::ErrorCode`. The
    /// enum's documentation is `src/<vendor>/<enum in snake_case>.md`, and the generated file
    /// `src/<vendor>/generated/<enum in snake_case>.rs`.
    pub vendor: &'static str,
    /// The cargo feature that compiles the catalog.
    pub feature: &'static str,
    /// The enum's name.
    pub enum_name: &'static str,
    /// The table's columns, in order. The first is the wire code, whose type says how a code is
    /// looked up: for numbers, a dense table where the codes span at most [`DENSE_SPAN`] values,
    /// else a binary search of them sorted; a `match` for words. One column has the type
    /// [`Type::Name`]: the variant names. Codes and names are unique in the table. The last
    /// three are `advice::{KIND, RETRY, ADVICE_BY}`, except in a reference table, whose codes
    /// are not errors (Auth0's log event types): it has none, and its enum is no `Catalog`.
    pub columns: &'static [Column],
    /// Each variant's documentation: a doc template.
    pub doc: &'static str,
    /// Where set, one associated constant per code, named by the code (`ErrorCode::E0000001`),
    /// documented by this doc template.
    pub constants: Option<&'static str>,
    /// The `const` tables generated, one entry per row, in this order.
    pub tables: &'static [Output],
    /// The status column by which a row whose `advice_by` is `crate` must have the kind of
    /// data/README.md's status rule; `None` where the kind is chosen by meaning (or by `check`).
    pub status_rule: Option<&'static str>,
    /// A rule of this catalog's own on each row, run after its columns are read.
    pub check: Option<fn(&mut Row<'_>)>,
    /// Where set, one body constructor per code, generated into a file of its own.
    pub constructors: Option<Constructors>,
}

/// A column of a table.
#[derive(Clone, Copy)]
pub struct Column {
    /// Its name in the header.
    pub name: &'static str,
    /// What its fields hold.
    pub ty: Type,
    /// Whether a field may be empty (absent).
    pub optional: bool,
}

impl Column {
    /// A required column.
    pub const fn new(name: &'static str, ty: Type) -> Self {
        Self {
            name,
            ty,
            optional: false,
        }
    }

    /// A required column of text.
    pub const fn text(name: &'static str) -> Self {
        Self::new(name, Type::Text)
    }

    /// The column, with empty fields allowed.
    pub const fn optional(self) -> Self {
        Self {
            optional: true,
            ..self
        }
    }
}

/// What a column's fields hold. Every field is text without white space at its ends; `what`
/// says what a field must be, for problems (`` `code` "x" is not <what> ``).
#[derive(Clone, Copy)]
pub enum Type {
    /// Any text.
    Text,
    /// The Rust variant name: PascalCase ASCII, unique in the table.
    Name,
    /// An HTTP status, 100 to 599.
    Status,
    /// `true` or `false`.
    Bool,
    /// A word of ASCII letters of one case, digits and `_` (`invalid_client`, `LOCKED_OUT`).
    Word { upper: bool, what: &'static str },
    /// A word in PascalCase: ASCII letters and digits, starting with a capital
    /// (`UserNotFoundException`), as AWS names its errors.
    Pascal { what: &'static str },
    /// `prefix`, then words of lower-case ASCII letters and digits joined by single `-`
    /// (`auth/user-not-found`), as Firebase writes its client codes.
    Kebab {
        prefix: &'static str,
        what: &'static str,
    },
    /// A whole number from `min` to `max`, written plainly (no sign `+`, no leading zeros).
    Integer {
        min: i64,
        max: i64,
        what: &'static str,
    },
    /// `prefix` and exactly `digits` decimal digits (`E0000001`); its number is the digits'.
    Prefixed {
        prefix: &'static str,
        digits: usize,
        what: &'static str,
    },
    /// One of a fixed set of values.
    Choice(&'static Choices),
    /// A message with placeholders written as `placeholders` says (`{0}` or `{name}`); where
    /// `arity_of` names another column, with as many placeholders as that column's.
    Template {
        arity_of: Option<&'static str>,
        placeholders: Placeholders,
    },
    /// The code of a row of the catalog in `file`, or, where `file` is `None`, of another row of
    /// this one. A row whose `advice_by` is `linked` must have the kind and retry of the row its
    /// (first) link to another catalog names.
    Link {
        file: Option<&'static str>,
        what: &'static str,
    },
}

/// The values a [`Type::Choice`] column allows.
pub struct Choices {
    /// The Rust enum a value becomes in a generated table (`Kind`); empty if none.
    pub rust: &'static str,
    /// Each value, the variant of `rust` it becomes, and its phrase in documentation (empty:
    /// the value itself).
    pub values: &'static [(&'static str, &'static str, &'static str)],
}

impl Choices {
    /// The entry of `value`.
    pub fn find(&self, value: &str) -> Option<&(&'static str, &'static str, &'static str)> {
        self.values.iter().find(|(known, _, _)| *known == value)
    }
}

/// The most values a numeric code column may span (largest code minus smallest, plus one) and
/// still be looked up through a dense table indexed by the code, one read whatever the code: at
/// one byte an entry (two past 255 variants), at most 64 KiB. Codes that span more (Entra's
/// AADSTS codes, 16000 to 9002341) are looked up by binary search of a table of them sorted, at
/// most `log2(rows) + 1` comparisons.
pub const DENSE_SPAN: i64 = 1 << 16;

/// A generated `const` table: one entry per row, from a column.
#[derive(Clone, Copy)]
pub struct Output {
    /// The constant's name.
    pub name: &'static str,
    /// The column read.
    pub column: &'static str,
    /// The column read where `column`'s field is empty, if any.
    pub or: Option<&'static str>,
    /// The constant's documentation; `None`: "The `<column>` column."
    pub doc: Option<&'static str>,
    /// What an entry is made of the field.
    pub form: Form,
}

/// What a generated table's entry is made of a field.
#[derive(Clone, Copy)]
pub enum Form {
    /// The value, as its column's type writes it (`"text"`, `Some("text")`, `404`, a status, a
    /// choice's variant, a linked code's variant).
    Value,
    /// Whether the field is this value (`bool`).
    Is(&'static str),
    /// How many distinct placeholders the template has (`u8`).
    Arity,
    /// The template split into text and placeholders (`&[Piece]`).
    Pieces,
    /// The template's distinct placeholder names, in order of first appearance (`&[&str]`):
    /// what `Piece::Arg(i)` stands for.
    Names,
    /// The field as text after this prefix (`&str`): `AADSTS50126` of the integer `50126`.
    Prefixed(&'static str),
}

impl Output {
    /// The table `name` of the column `column`'s values.
    pub const fn new(name: &'static str, column: &'static str) -> Self {
        Self {
            name,
            column,
            or: None,
            doc: None,
            form: Form::Value,
        }
    }

    /// The table, with `column` read where the field is empty.
    pub const fn or(self, column: &'static str) -> Self {
        Self {
            or: Some(column),
            ..self
        }
    }

    /// The table, documented by `doc`.
    pub const fn doc(self, doc: &'static str) -> Self {
        Self {
            doc: Some(doc),
            ..self
        }
    }

    /// The table, of `form` entries.
    pub const fn form(self, form: Form) -> Self {
        Self { form, ..self }
    }
}

/// One constructor per code on a body type: `fn <variant in snake_case>(arg0: &str, ..) -> Self`,
/// taking exactly as many arguments as the template has placeholders, so a wrong count is a
/// compile error. Each calls `Self::filled(<enum>::<variant>, &[arg0, ..])`.
#[derive(Clone, Copy)]
pub struct Constructors {
    /// The generated file's name in `src/<vendor>/generated/`.
    pub file: &'static str,
    /// The body type.
    pub body: &'static str,
    /// The template column whose placeholders are the arguments.
    pub template: &'static str,
    /// Each constructor's documentation, a doc template; a sentence on the arguments follows.
    pub doc: &'static str,
}

impl Catalog {
    /// The index of the column `name`.
    pub fn index(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.name == name)
    }

    /// The column `name`.
    pub fn column(&self, name: &str) -> Option<&'static Column> {
        self.index(name).map(|i| &self.columns[i])
    }

    /// The enum's name in snake_case: `OAuthErrorCode` is `oauth_error_code`.
    pub fn snake_name(&self) -> String {
        snake_case(self.enum_name)
    }

    /// The folder of the vendor's generated files, from the crate's root: `src/okta/generated`.
    pub fn generated_dir(&self) -> String {
        ["src/", self.vendor, "/generated"].concat()
    }

    /// The generated file, from the crate's root: `src/okta/generated/error_code.rs`.
    pub fn out_file(&self) -> String {
        [&self.generated_dir(), "/", &self.snake_name(), ".rs"].concat()
    }

    /// The enum's hand-written documentation: `src/okta/error_code.md`.
    pub fn doc_file(&self) -> String {
        let mut path = String::from("src/");
        path.push_str(self.vendor);
        path.push('/');
        path.push_str(&self.snake_name());
        path.push_str(".md");
        path
    }
}

/// `snake_case` for a PascalCase name: `ResourceNotFound` is `resource_not_found`.
pub fn snake_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 8);
    let mut previous_lower = false;
    for c in name.chars() {
        if c.is_ascii_uppercase() && previous_lower {
            out.push('_');
        }
        previous_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        out.push(c.to_ascii_lowercase());
    }
    out
}
