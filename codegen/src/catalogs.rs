//! The catalogs: one declaration per table of `data/` (what `catalog.rs` says a declaration
//! holds). `data/README.md` says how to add one.

use super::advice::{
    check_cognito, check_entra, check_firebase, check_firebase_client, check_okta, ADVICE_BY, KIND,
    RETRY,
};
use super::catalog::{Catalog, Choices, Column, Constructors, Form, Output, Type};
use super::template::Placeholders;

/// Every catalog, in the order its problems are reported.
pub static ALL: [&Catalog; 18] = [
    &OKTA_ERRORS,
    &OKTA_OAUTH_ERRORS,
    &OKTA_LOGIN_FAILURES,
    &IDENTITY_CLOUD_ERRORS,
    &LUSID_ERRORS,
    &ENTRA_ERRORS,
    &ENTRA_OAUTH_ERRORS,
    &ENTRA_SUBERRORS,
    &COGNITO_ERRORS,
    &FIREBASE_CLIENT_ERRORS,
    &FIREBASE_ERRORS,
    &KEYCLOAK_OAUTH_ERRORS,
    &KEYCLOAK_EVENT_ERRORS,
    &AUTH0_AUTH_ERRORS,
    &AUTH0_GUARDIAN_ERRORS,
    &AUTH0_SIGNUP_ERRORS,
    &AUTH0_LOGIN_ERRORS,
    &AUTH0_LOG_EVENT_TYPES,
];

/// `okta::ErrorCode`: Okta API error codes.
pub static OKTA_ERRORS: Catalog = Catalog {
    file: "okta_errors.tsv",
    vendor: "okta",
    feature: "okta",
    enum_name: "ErrorCode",
    columns: &[
        Column::new(
            "code",
            Type::Prefixed {
                prefix: "E",
                digits: 7,
                what: "an Okta code (E and 7 digits)",
            },
        ),
        Column::new("name", Type::Name),
        Column::new("status", Type::Status),
        Column::text("title"),
        Column::new(
            "summary",
            Type::Template {
                arity_of: None,
                placeholders: Placeholders::Numbered,
            },
        ),
        Column::text("description").optional(),
        Column::text("since"),
        Column::text("former_title").optional(),
        Column::new(
            "sent_summary",
            Type::Template {
                arity_of: Some("summary"),
                placeholders: Placeholders::Numbered,
            },
        )
        .optional(),
        Column::new("includes_exception_message", Type::Bool),
        KIND,
        RETRY,
        ADVICE_BY,
    ],
    doc: "`{code}` (HTTP {status}): {title}\n\nSummary template: {summary}\
          {?sent_summary:\n\nSent by real responses as: {sent_summary}}\
          {?description:\n\nDescription: {description}}\n\n{advice}\n\n\
          Listed since Okta release {since}.{?former_title: Formerly titled: {former_title}.}",
    constants: Some("`{code}`: {title} (see [`ErrorCode::{name}`])."),
    tables: &[
        Output::new("CODES", "code"),
        Output::new("TITLES", "title"),
        Output::new("STATUSES", "status"),
        Output::new("SUMMARIES", "summary"),
        Output::new("SENT_SUMMARIES", "sent_summary")
            .or("summary")
            .doc("The `sent_summary` column, or the `summary`."),
        Output::new("DESCRIPTIONS", "description"),
        Output::new("ARITIES", "summary")
            .form(Form::Arity)
            .doc("How many distinct placeholders each summary has."),
        Output::new("PIECES", "sent_summary")
            .or("summary")
            .form(Form::Pieces)
            .doc("Each sent summary split into text and placeholders, for filling."),
        Output::new("SINCE", "since"),
        Output::new("FORMER_TITLES", "former_title"),
        Output::new("INCLUDES_EXCEPTION_MESSAGE", "includes_exception_message"),
        Output::new("KINDS", "kind"),
        Output::new("RETRIES", "retry"),
    ],
    // Okta's own rule, stricter than the status rule: `check_okta`.
    status_rule: None,
    check: Some(check_okta),
    constructors: Some(Constructors {
        file: "error_constructors.rs",
        body: "ErrorBody",
        template: "summary",
        doc: "The `{code}` body (HTTP {status}, {title}): {summary}",
    }),
};

/// `okta::OAuthErrorCode`: the `error` of Okta's OAuth 2.0 and OpenID Connect responses.
pub static OKTA_OAUTH_ERRORS: Catalog = Catalog {
    file: "okta_oauth_errors.tsv",
    vendor: "okta",
    feature: "okta",
    enum_name: "OAuthErrorCode",
    columns: &[
        Column::new(
            "error",
            Type::Word {
                upper: false,
                what: "an OAuth error code (a-z, 0-9, _)",
            },
        ),
        Column::new("name", Type::Name),
        Column::new("status", Type::Status),
        Column::text("title"),
        Column::text("description"),
        Column::new("description_source", Type::Choice(&DESCRIPTION_SOURCES)),
        Column::new(
            "sent_as",
            Type::Link {
                file: None,
                what: "another error of the table",
            },
        )
        .optional(),
        KIND,
        RETRY,
        ADVICE_BY,
    ],
    doc: "`{error}` (HTTP {status}): {title}\n\n{description}\n\n\
          Description from the {description_source}. {advice}\
          {?sent_as:\n\nSent on the wire as `{sent_as}`.}",
    constants: None,
    tables: &[
        Output::new("CODES", "error"),
        Output::new("STATUSES", "status"),
        Output::new("TITLES", "title"),
        Output::new("DESCRIPTIONS", "description"),
        Output::new("SENT_AS", "sent_as")
            .or("error")
            .doc("The `sent_as` column, or the error itself."),
        Output::new("KINDS", "kind"),
        Output::new("RETRIES", "retry"),
    ],
    status_rule: Some("status"),
    check: None,
    constructors: None,
};

/// Where an OAuth description comes from.
static DESCRIPTION_SOURCES: Choices = Choices {
    rust: "",
    values: &[
        ("seed", "", "error-code page"),
        ("table", "", "OAuth error table"),
    ],
};

/// `okta::LoginFailure`: the System Log reasons of a failed sign-in.
pub static OKTA_LOGIN_FAILURES: Catalog = Catalog {
    file: "okta_login_failures.tsv",
    vendor: "okta",
    feature: "okta",
    enum_name: "LoginFailure",
    columns: &[
        Column::new(
            "reason",
            Type::Word {
                upper: true,
                what: "a failure reason (A-Z, 0-9, _)",
            },
        ),
        Column::new("name", Type::Name),
        Column::new(
            "error_code",
            Type::Link {
                file: Some("okta_errors.tsv"),
                what: "a code of okta_errors.tsv",
            },
        )
        .optional(),
        Column::text("description"),
        Column::text("troubleshooting"),
        KIND,
        RETRY,
        ADVICE_BY,
    ],
    doc: "`{reason}` ({?error_code:linked to {@error_code}}{!error_code:no linked error code}): \
          {description}\n\nTroubleshooting: {troubleshooting}\n\n{advice}",
    constants: None,
    tables: &[
        Output::new("CODES", "reason"),
        Output::new("ERROR_CODES", "error_code"),
        Output::new("TITLES", "description")
            .doc("The `description` column: the article's Description."),
        Output::new("DESCRIPTIONS", "troubleshooting")
            .doc("The `troubleshooting` column: the article's Basic troubleshooting steps."),
        Output::new("KINDS", "kind"),
        Output::new("RETRIES", "retry"),
    ],
    // No status: the kind is chosen by meaning, or `linked` from the Okta code.
    status_rule: None,
    check: None,
    constructors: None,
};

/// `identity_cloud::ErrorCode`: Akamai Identity Cloud Registration error codes.
pub static IDENTITY_CLOUD_ERRORS: Catalog = Catalog {
    file: "identity_cloud_errors.tsv",
    vendor: "identity_cloud",
    feature: "identity-cloud",
    enum_name: "ErrorCode",
    columns: &[
        Column::new(
            "code",
            Type::Integer {
                min: 0,
                max: 65535,
                what: "a Registration code (a whole number from 0 to 65535)",
            },
        ),
        Column::new("name", Type::Name),
        // Not unique: the vendor's own table repeats `unknown_application` (codes 221 and 352).
        Column::new(
            "error",
            Type::Word {
                upper: false,
                what: "an error string (a-z, 0-9, _)",
            },
        ),
        Column::new("category", Type::Choice(&CATEGORIES)),
        Column::text("description"),
        KIND,
        RETRY,
        ADVICE_BY,
    ],
    doc: "`{code}` `{error}` ({category} error): {description}\n\n{advice}",
    constants: None,
    tables: &[
        Output::new("CODES", "code"),
        Output::new("ERRORS", "error"),
        Output::new("DESCRIPTIONS", "description"),
        Output::new("CATEGORIES", "category"),
        Output::new("KINDS", "kind"),
        Output::new("RETRIES", "retry"),
    ],
    // No status: the kind is chosen by meaning.
    status_rule: None,
    check: None,
    constructors: None,
};

/// Identity Cloud categories as written in the table, with the `Category` variant each becomes.
pub static CATEGORIES: Choices = Choices {
    rust: "Category",
    values: &[
        ("missing_argument", "MissingArgument", "missing argument"),
        ("invalid_argument", "InvalidArgument", "invalid argument"),
        ("record", "Record", "record"),
        ("data_type", "DataType", "data type"),
        ("constraint", "Constraint", "constraint"),
        ("authentication", "Authentication", "authentication"),
        ("internal", "Internal", "internal"),
    ],
};

/// `lusid::ErrorCode`: FINBOURNE LUSID error codes.
pub static LUSID_ERRORS: Catalog = Catalog {
    file: "lusid_errors.tsv",
    vendor: "lusid",
    feature: "lusid",
    enum_name: "ErrorCode",
    columns: &[
        Column::new(
            "code",
            Type::Integer {
                min: i32::MIN as i64,
                max: i32::MAX as i64,
                what: "a LUSID code (a whole number that fits an i32)",
            },
        ),
        Column::new("name", Type::Name),
        Column::new("name_by", Type::Choice(&NAME_SOURCES)),
        Column::new("crate_status", Type::Status),
        Column::text("title"),
        Column::text("description").optional(),
        KIND,
        RETRY,
        ADVICE_BY,
    ],
    doc: "`{code}`: {title}{?description:\n\nDescription: {description}}\n\nName `{name}`: \
          {name_by}. HTTP {crate_status}: the crate's choice, not published by LUSID. {advice}",
    constants: None,
    tables: &[
        Output::new("CODES", "code"),
        Output::new("NAMES", "name"),
        Output::new("NAMES_PUBLISHED", "name_by")
            .form(Form::Is("finbourne-sdk"))
            .doc("The `name_by` column: whether it is `finbourne-sdk`."),
        Output::new("TITLES", "title"),
        Output::new("DESCRIPTIONS", "description"),
        Output::new("STATUSES", "crate_status"),
        Output::new("KINDS", "kind"),
        Output::new("RETRIES", "retry"),
    ],
    status_rule: Some("crate_status"),
    check: None,
    constructors: None,
};

/// Whether FINBOURNE publishes a LUSID code's name or the crate chose it.
static NAME_SOURCES: Choices = Choices {
    rust: "",
    values: &[
        ("finbourne-sdk", "", "as FINBOURNE publishes it"),
        ("crate", "", "the crate's choice"),
    ],
};

/// `entra::ErrorCode`: Microsoft Entra ID's AADSTS codes. Keyed by the number (`50126`),
/// written `AADSTS50126` in text; the descriptions are templates with Microsoft's named
/// placeholders (`{tenant}`, `{appId}`).
pub static ENTRA_ERRORS: Catalog = Catalog {
    file: "entra_errors.tsv",
    vendor: "entra",
    feature: "entra",
    enum_name: "ErrorCode",
    columns: &[
        Column::new(
            "code",
            Type::Integer {
                min: 0,
                max: i32::MAX as i64,
                what: "an AADSTS number (a whole number from 0 to 2147483647)",
            },
        ),
        Column::new("name", Type::Name),
        Column::new("name_by", Type::Choice(&ENTRA_NAME_SOURCES)),
        Column::text("microsoft_name").optional(),
        Column::new("description", ENTRA_TEMPLATE).optional(),
        Column::new("second_description", ENTRA_TEMPLATE).optional(),
        Column::new("status", Type::Status).optional(),
        KIND,
        RETRY,
        ADVICE_BY,
    ],
    doc: "`AADSTS{code}`{?microsoft_name: {microsoft_name}}{?status: (HTTP {status})}: \
          {?description:{description}}{!description:Microsoft's page gives its name only.}\
          {?second_description:\n\nListed a second time on Microsoft's page, as: \
          {second_description}}\n\nName `{name}`: {name_by}. {advice}",
    constants: None,
    tables: &[
        Output::new("CODES", "code"),
        Output::new("TEXTS", "code")
            .form(Form::Prefixed("AADSTS"))
            .doc("The `code` column as Microsoft writes it in text: `AADSTS` and the number."),
        Output::new("NAMES", "name"),
        Output::new("NAMES_PUBLISHED", "name_by")
            .form(Form::Is("microsoft"))
            .doc("The `name_by` column: whether it is `microsoft`."),
        Output::new("MICROSOFT_NAMES", "microsoft_name"),
        Output::new("DESCRIPTIONS", "description"),
        Output::new("SECOND_DESCRIPTIONS", "second_description"),
        Output::new("PLACEHOLDERS", "description")
            .form(Form::Names)
            .doc("The distinct placeholder names of each description, in order of first use."),
        Output::new("PIECES", "description")
            .form(Form::Pieces)
            .doc("Each description split into text and placeholders, for filling."),
        Output::new("STATUSES", "status"),
        Output::new("KINDS", "kind"),
        Output::new("RETRIES", "retry"),
        Output::new("ADVICE_PUBLISHED", "advice_by")
            .form(Form::Is("microsoft"))
            .doc("The `advice_by` column: whether it is `microsoft`."),
    ],
    // No status to read (Microsoft gives none per code): data/README.md's keyword rule,
    // `check_entra`.
    status_rule: None,
    check: Some(check_entra),
    constructors: None,
};

/// Entra's descriptions: Microsoft's text, with its named placeholders.
const ENTRA_TEMPLATE: Type = Type::Template {
    arity_of: None,
    placeholders: Placeholders::Named,
};

/// Whether Microsoft gives an Entra value (a name, a status) or the crate chose it.
static ENTRA_NAME_SOURCES: Choices = Choices {
    rust: "",
    values: &[
        ("microsoft", "", "Microsoft's"),
        (
            "crate",
            "",
            "the crate's choice, by the naming rule of data/README.md",
        ),
    ],
};

/// `entra::OAuthErrorCode`: the `error` of Entra's OAuth 2.0 responses.
pub static ENTRA_OAUTH_ERRORS: Catalog = Catalog {
    file: "entra_oauth_errors.tsv",
    vendor: "entra",
    feature: "entra",
    enum_name: "OAuthErrorCode",
    columns: &[
        Column::new(
            "error",
            Type::Word {
                upper: false,
                what: "an OAuth error code (a-z, 0-9, _)",
            },
        ),
        Column::new("name", Type::Name),
        Column::new(
            "description_source",
            Type::Choice(&ENTRA_DESCRIPTION_SOURCES),
        ),
        Column::text("description"),
        Column::text("client_action").optional(),
        Column::new("status", Type::Status),
        Column::new("status_by", Type::Choice(&ENTRA_STATUS_SOURCES)),
        KIND,
        RETRY,
        ADVICE_BY,
    ],
    doc: "`{error}` (HTTP {status}, {status_by}): {description}\
          {?client_action:\n\nClient action: {client_action}}\n\n\
          Description from {description_source}. {advice}",
    constants: None,
    tables: &[
        Output::new("CODES", "error"),
        Output::new("TITLES", "description")
            .doc("The `description` column: Microsoft's description of the error."),
        Output::new("DESCRIPTIONS", "client_action")
            .doc("The `client_action` column: the reference table's Client Action."),
        Output::new("FROM_REFERENCE", "description_source")
            .form(Form::Is("reference"))
            .doc("The `description_source` column: whether it is `reference`."),
        Output::new("STATUSES", "status"),
        Output::new("STATUSES_PUBLISHED", "status_by")
            .form(Form::Is("microsoft"))
            .doc("The `status_by` column: whether it is `microsoft`."),
        Output::new("KINDS", "kind"),
        Output::new("RETRIES", "retry"),
        Output::new("ADVICE_PUBLISHED", "advice_by")
            .form(Form::Is("microsoft"))
            .doc("The `advice_by` column: whether it is `microsoft`."),
    ],
    // The kind is chosen by meaning: nearly every status is 400, which says nothing.
    status_rule: None,
    check: None,
    constructors: None,
};

/// Where an Entra OAuth error's description comes from.
static ENTRA_DESCRIPTION_SOURCES: Choices = Choices {
    rust: "",
    values: &[
        (
            "reference",
            "",
            "the error-code reference's table of OAuth errors",
        ),
        ("native-auth", "", "the native authentication API reference"),
    ],
};

/// Whether a Microsoft sample shows an Entra OAuth error's status or the crate chose it.
static ENTRA_STATUS_SOURCES: Choices = Choices {
    rust: "",
    values: &[
        ("microsoft", "", "as Microsoft's samples show"),
        (
            "crate",
            "",
            "the crate's choice, by the status rule of data/README.md",
        ),
    ],
};

/// `entra::Suberror`: the `suberror` of Entra's native authentication responses.
pub static ENTRA_SUBERRORS: Catalog = Catalog {
    file: "entra_suberrors.tsv",
    vendor: "entra",
    feature: "entra",
    enum_name: "Suberror",
    columns: &[
        Column::new(
            "suberror",
            Type::Word {
                upper: false,
                what: "a suberror (a-z, 0-9, _)",
            },
        ),
        Column::new("name", Type::Name),
        Column::text("description"),
        KIND,
        RETRY,
        ADVICE_BY,
    ],
    doc: "`{suberror}`: {description}\n\n{advice}",
    constants: None,
    tables: &[
        Output::new("CODES", "suberror"),
        Output::new("TITLES", "description")
            .doc("The `description` column: Microsoft's description of the suberror."),
        Output::new("KINDS", "kind"),
        Output::new("RETRIES", "retry"),
    ],
    // No status: the kind is chosen by meaning.
    status_rule: None,
    check: None,
    constructors: None,
};

/// `cognito::ErrorCode`: the exceptions of Amazon Cognito user pools, keyed by the `__type` AWS
/// sends (the shape name, `UserNotFoundException`).
pub static COGNITO_ERRORS: Catalog = Catalog {
    file: "cognito_errors.tsv",
    vendor: "cognito",
    feature: "cognito",
    enum_name: "ErrorCode",
    columns: &[
        Column::new(
            "code",
            Type::Pascal {
                what: "a Cognito shape name (PascalCase ASCII letters and digits)",
            },
        ),
        Column::new("name", Type::Name),
        Column::new("fault", Type::Bool),
        Column::new("crate_status", Type::Status),
        Column::text("documentation"),
        KIND,
        RETRY,
        ADVICE_BY,
    ],
    doc: "`{code}` (HTTP {crate_status}, the crate's choice): {documentation}\n\n{advice}",
    constants: None,
    tables: &[
        Output::new("CODES", "code"),
        Output::new("FAULTS", "fault"),
        Output::new("STATUSES", "crate_status"),
        Output::new("DOCUMENTATIONS", "documentation")
            .doc("The `documentation` column: the model's text, its HTML tags kept."),
        Output::new("KINDS", "kind"),
        Output::new("RETRIES", "retry"),
        Output::new("ADVICE_PUBLISHED", "advice_by")
            .form(Form::Is("botocore"))
            .doc("The `advice_by` column: whether it is `botocore`."),
    ],
    // The status says nothing (400 for every error that is no fault): the kind is chosen by
    // meaning, `check_cognito`.
    status_rule: None,
    check: Some(check_cognito),
    constructors: None,
};

/// How the Firebase JS SDK reaches a server code's client code: the `mapped_by` column's values,
/// with the `firebase::Mapping` variant each becomes.
pub static FIREBASE_MAPPINGS: Choices = Choices {
    rust: "Mapping",
    values: &[
        (
            "special_case",
            "SpecialCase",
            "one of the three codes the SDK checks before its map",
        ),
        ("map", "Map", "`SERVER_ERROR_MAP`"),
        ("fallback", "Fallback", "the SDK's fallback rule"),
    ],
};

/// `firebase::ClientCode`: the `AuthErrorCode` values of the Firebase JS SDK, as its errors carry
/// them (`auth/user-not-found`), with their debug messages.
pub static FIREBASE_CLIENT_ERRORS: Catalog = Catalog {
    file: "firebase_client_errors.tsv",
    vendor: "firebase",
    feature: "firebase",
    enum_name: "ClientCode",
    columns: &[
        Column::new(
            "code",
            Type::Kebab {
                prefix: "auth/",
                what: "a Firebase client code (`auth/`, then lower-case words joined by `-`)",
            },
        ),
        Column::new("name", Type::Name),
        Column::new(
            "constant",
            Type::Word {
                upper: true,
                what: "an AuthErrorCode member name (A-Z, 0-9, _)",
            },
        ),
        Column::text("public_map_keys").optional(),
        Column::text("debug_message").optional(),
        KIND,
        RETRY,
        ADVICE_BY,
    ],
    doc: "`{code}` (`AuthErrorCode.{constant}`): {?debug_message:{debug_message}}\
          {!debug_message:the SDK's debug message is empty}\n\n{advice}",
    constants: None,
    tables: &[
        Output::new("CODES", "code"),
        Output::new("CONSTANTS", "constant"),
        Output::new("PUBLIC_MAP_KEYS", "public_map_keys"),
        Output::new("DEBUG_MESSAGES", "debug_message").doc(
            "The `debug_message` column: `_debugErrorMap`'s message, `None` where it is empty.",
        ),
        Output::new("KINDS", "kind"),
        Output::new("RETRIES", "retry"),
        Output::new("ADVICE_PUBLISHED", "advice_by")
            .form(Form::Is("vendor-text"))
            .doc("The `advice_by` column: whether it is `vendor-text`."),
    ],
    // Client codes have no status (most are thrown by the SDK itself): the kind is chosen by
    // meaning, `check_firebase_client`.
    status_rule: None,
    check: Some(check_firebase_client),
    constructors: None,
};

/// `firebase::ErrorCode`: the server error codes of Firebase Auth (Google Identity Toolkit), as
/// the JS SDK's `ServerError` enum lists them, with the client code the SDK throws for each.
pub static FIREBASE_ERRORS: Catalog = Catalog {
    file: "firebase_errors.tsv",
    vendor: "firebase",
    feature: "firebase",
    enum_name: "ErrorCode",
    columns: &[
        Column::new(
            "code",
            Type::Word {
                upper: true,
                what: "a Firebase server code (A-Z, 0-9, _)",
            },
        ),
        Column::new("name", Type::Name),
        Column::new(
            "client_code",
            Type::Kebab {
                prefix: "auth/",
                what: "a Firebase client code (`auth/`, then lower-case words joined by `-`)",
            },
        ),
        Column::new(
            "client",
            Type::Link {
                file: Some("firebase_client_errors.tsv"),
                what: "a code of firebase_client_errors.tsv",
            },
        )
        .optional(),
        Column::new("mapped_by", Type::Choice(&FIREBASE_MAPPINGS)),
        Column::new("crate_status", Type::Status),
        KIND,
        RETRY,
        ADVICE_BY,
    ],
    doc: "`{code}` (HTTP {crate_status}, the crate's choice): the JS SDK throws `{client_code}` \
          ({?client:{@client}}{!client:no `AuthErrorCode` value}), by {mapped_by}.\n\n{advice}",
    constants: None,
    tables: &[
        Output::new("CODES", "code"),
        Output::new("CLIENT_CODES", "client_code"),
        Output::new("CLIENTS", "client"),
        Output::new("MAPPINGS", "mapped_by"),
        Output::new("STATUSES", "crate_status"),
        Output::new("KINDS", "kind"),
        Output::new("RETRIES", "retry"),
        Output::new("ADVICE_PUBLISHED", "advice_by")
            .form(Form::Is("vendor-text"))
            .doc("The `advice_by` column: whether it is `vendor-text`."),
    ],
    // The status says nothing (400 for every code): the kind is chosen by meaning,
    // `check_firebase`.
    status_rule: None,
    check: Some(check_firebase),
    constructors: None,
};

/// `keycloak::OAuthErrorCode`: the `error` values of Keycloak's `OAuthErrorException`.
pub static KEYCLOAK_OAUTH_ERRORS: Catalog = Catalog {
    file: "keycloak_oauth_errors.tsv",
    vendor: "keycloak",
    feature: "keycloak",
    enum_name: "OAuthErrorCode",
    columns: &[
        Column::new(
            "error",
            Type::Word {
                upper: false,
                what: "an OAuth error code (a-z, 0-9, _)",
            },
        ),
        Column::new("name", Type::Name),
        Column::text("constant"),
        Column::text("section"),
        Column::new("status", Type::Status),
        Column::new("status_by", Type::Choice(&KEYCLOAK_STATUS_SOURCES)),
        KIND,
        RETRY,
        ADVICE_BY,
    ],
    doc: "`{error}` (HTTP {status}, {status_by}): Keycloak's `OAuthErrorException.{constant}`, \
          under `// {section}`.\n\n{advice}",
    constants: None,
    tables: &[
        Output::new("CODES", "error"),
        Output::new("CONSTANTS", "constant")
            .doc("The `constant` column: the Java constant's name."),
        Output::new("SECTIONS", "section")
            .doc("The `section` column: the comment the constant stands under."),
        Output::new("STATUSES", "status"),
        Output::new("STATUSES_PUBLISHED", "status_by")
            .form(Form::Is("rfc"))
            .doc("The `status_by` column: whether it is `rfc`."),
        Output::new("KINDS", "kind"),
        Output::new("RETRIES", "retry"),
    ],
    status_rule: Some("status"),
    check: None,
    constructors: None,
};

/// Whether an RFC gives a Keycloak OAuth error's status or the crate chose it.
static KEYCLOAK_STATUS_SOURCES: Choices = Choices {
    rust: "",
    values: &[
        (
            "rfc",
            "",
            "as RFC 6749 (section 5.2) or RFC 6750 (section 3.1) says",
        ),
        (
            "crate",
            "",
            "the crate's choice, by the status rule of data/README.md",
        ),
    ],
};

/// `keycloak::EventError`: the error strings of Keycloak's `org.keycloak.events.Errors`.
pub static KEYCLOAK_EVENT_ERRORS: Catalog = Catalog {
    file: "keycloak_event_errors.tsv",
    vendor: "keycloak",
    feature: "keycloak",
    enum_name: "EventError",
    columns: &[
        Column::new(
            "error",
            Type::Word {
                upper: false,
                what: "an event error string (a-z, 0-9, _)",
            },
        ),
        Column::new("name", Type::Name),
        Column::text("constant"),
        KIND,
        RETRY,
        ADVICE_BY,
    ],
    doc: "`{error}`: Keycloak's `Errors.{constant}`.\n\n{advice}",
    constants: None,
    tables: &[
        Output::new("CODES", "error"),
        Output::new("CONSTANTS", "constant")
            .doc("The `constant` column: the Java constant's name."),
        Output::new("KINDS", "kind"),
        Output::new("RETRIES", "retry"),
    ],
    // No status: the kind is chosen by the value's words (data/README.md, "Keycloak").
    status_rule: None,
    check: None,
    constructors: None,
};

/// `auth0::AuthErrorCode`: the `error` values of Auth0's Authentication API error page.
pub static AUTH0_AUTH_ERRORS: Catalog = Catalog {
    file: "auth0_auth_errors.tsv",
    vendor: "auth0",
    feature: "auth0",
    enum_name: "AuthErrorCode",
    columns: &[
        // Text, not `Word`: Auth0's values hold dots and capitals (`bad.authParams`).
        Column::text("error"),
        Column::new("name", Type::Name),
        Column::text("endpoint"),
        Column::new("status", Type::Status),
        Column::new(
            "rows",
            Type::Integer {
                min: 1,
                max: 100,
                what: "a count of the page's rows",
            },
        ),
        Column::text("example"),
        Column::text("description"),
        KIND,
        RETRY,
        ADVICE_BY,
    ],
    doc: "`{error}` (HTTP {status}, `{endpoint}`): {description}\n\n{advice}",
    constants: None,
    tables: &[
        Output::new("CODES", "error"),
        Output::new("ENDPOINTS", "endpoint")
            .doc("The `endpoint` column: the heading the value first stands under."),
        Output::new("STATUSES", "status"),
        Output::new("EXAMPLES", "example")
            .doc("The `example` column: the `error_description` of the value's first row."),
        Output::new("DESCRIPTIONS", "description")
            .doc("The `description` column: the Description cell of the value's first row."),
        Output::new("KINDS", "kind"),
        Output::new("RETRIES", "retry"),
    ],
    status_rule: Some("status"),
    check: None,
    constructors: None,
};

/// `auth0::GuardianErrorCode`: the codes of Auth0's Guardian error code reference.
pub static AUTH0_GUARDIAN_ERRORS: Catalog = Catalog {
    file: "auth0_guardian_errors.tsv",
    vendor: "auth0",
    feature: "auth0",
    enum_name: "GuardianErrorCode",
    columns: &[
        Column::new(
            "error",
            Type::Word {
                upper: false,
                what: "a Guardian error code (a-z, 0-9, _)",
            },
        ),
        Column::new("name", Type::Name),
        Column::text("description"),
        KIND,
        RETRY,
        ADVICE_BY,
    ],
    doc: "`{error}`: {description}\n\n{advice}",
    constants: None,
    tables: &[
        Output::new("CODES", "error"),
        Output::new("DESCRIPTIONS", "description")
            .doc("The `description` column: the page's Description cell."),
        Output::new("KINDS", "kind"),
        Output::new("RETRIES", "retry"),
    ],
    // No status: the kind is chosen by the code's words (data/README.md, "Auth0").
    status_rule: None,
    check: None,
    constructors: None,
};

/// `auth0::SignupErrorCode`: the "Sign up" table of Auth0's library authentication errors.
pub static AUTH0_SIGNUP_ERRORS: Catalog = Catalog {
    file: "auth0_signup_errors.tsv",
    vendor: "auth0",
    feature: "auth0",
    enum_name: "SignupErrorCode",
    columns: &[
        Column::new(
            "error",
            Type::Word {
                upper: false,
                what: "a sign-up error (a-z, 0-9, _)",
            },
        ),
        Column::new("name", Type::Name),
        Column::text("description"),
        KIND,
        RETRY,
        ADVICE_BY,
    ],
    doc: "`{error}`: {description}\n\n{advice}",
    constants: None,
    tables: &[
        Output::new("CODES", "error"),
        Output::new("DESCRIPTIONS", "description")
            .doc("The `description` column: the page's Description cell."),
        Output::new("KINDS", "kind"),
        Output::new("RETRIES", "retry"),
    ],
    // No status: the kind is chosen by the code's words (data/README.md, "Auth0").
    status_rule: None,
    check: None,
    constructors: None,
};

/// `auth0::LoginErrorCode`: the "Log in" table of Auth0's library authentication errors.
pub static AUTH0_LOGIN_ERRORS: Catalog = Catalog {
    file: "auth0_login_errors.tsv",
    vendor: "auth0",
    feature: "auth0",
    enum_name: "LoginErrorCode",
    columns: &[
        // Text, not `Word`: two values are PascalCase (`PasswordStrengthError`).
        Column::text("error"),
        Column::new("name", Type::Name),
        Column::new(
            "auth_error",
            Type::Link {
                file: Some("auth0_auth_errors.tsv"),
                what: "a code of auth0_auth_errors.tsv",
            },
        )
        .optional(),
        Column::text("description"),
        KIND,
        RETRY,
        ADVICE_BY,
    ],
    doc: "`{error}`{?auth_error: (the Authentication API's {@auth_error})}: {description}\n\n\
          {advice}",
    constants: None,
    tables: &[
        Output::new("CODES", "error"),
        Output::new("AUTH_ERRORS", "auth_error"),
        Output::new("DESCRIPTIONS", "description")
            .doc("The `description` column: the page's Description cell."),
        Output::new("KINDS", "kind"),
        Output::new("RETRIES", "retry"),
    ],
    // No status: the kind is linked from the Authentication API's value, or chosen by the code's
    // words (data/README.md, "Auth0").
    status_rule: None,
    check: None,
    constructors: None,
};

/// `auth0::LogEventType`: Auth0's log event type codes. A reference table, not a catalog of
/// errors: many of its codes are successes (`s`, a successful login), so it has no advice
/// columns, and the enum does not implement `Catalog`.
pub static AUTH0_LOG_EVENT_TYPES: Catalog = Catalog {
    file: "auth0_log_event_types.tsv",
    vendor: "auth0",
    feature: "auth0",
    enum_name: "LogEventType",
    columns: &[
        Column::new(
            "code",
            Type::Word {
                upper: false,
                what: "a log event type code (a-z, 0-9, _)",
            },
        ),
        Column::new("name", Type::Name),
        Column::text("event"),
        Column::text("description").optional(),
        Column::text("schema_description").optional(),
    ],
    doc: "`{code}`: {event}{?description:. {description}}\
          {?schema_description:\n\nThe logs schema: {schema_description}}",
    constants: None,
    tables: &[
        Output::new("CODES", "code"),
        Output::new("EVENTS", "event").doc("The `event` column: the page's Event cell."),
        Output::new("DESCRIPTIONS", "description")
            .doc("The `description` column: the page's Event Description cell, if any."),
        Output::new("SCHEMA_DESCRIPTIONS", "schema_description")
            .doc("The `schema_description` column: the description of the code's logs schema."),
    ],
    status_rule: None,
    check: None,
    constructors: None,
};
