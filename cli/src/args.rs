//! The command line: subcommands, arguments and their help.

use crate::catalog::CATALOGS;
use clap::builder::{PossibleValue, PossibleValuesParser};
use clap::{Parser, Subcommand};

/// What an error code of Okta, Akamai Identity Cloud, FINBOURNE LUSID or Microsoft Entra ID
/// means, and what the vendor sends for it.
#[derive(Parser, Debug)]
#[command(name = "identity-errors", version, after_help = EXAMPLES)]
#[command(arg_required_else_help = true)]
pub struct Cli {
    /// Print JSON for tools instead of text; failures too, in its `errors` member.
    #[arg(long, global = true)]
    pub json: bool,

    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Explain codes of any catalog: what each means, its status and an example body.
    #[command(after_help = SPELLINGS)]
    Explain {
        /// A code in any spelling (see below); several are explained in turn.
        #[arg(value_name = "CODE", required = true, allow_negative_numbers = true)]
        #[arg(value_parser = non_blank)]
        codes: Vec<String>,
    },

    /// Find codes by words in their codes, titles and descriptions, best match first.
    Search {
        /// Words to look for, such as: rate limit.
        #[arg(value_name = "WORDS", required = true, value_parser = non_blank)]
        words: Vec<String>,

        /// Show at most this many codes; 0 shows all (--json always lists all).
        #[arg(short = 'n', long, value_name = "N", default_value_t = 20)]
        limit: usize,
    },

    /// Print the exact response the vendor sends for a code: status, headers and body.
    #[command(after_help = BODY_NOTES)]
    Body {
        /// The code, in any spelling `explain` takes.
        #[arg(value_name = "CODE", allow_negative_numbers = true, value_parser = non_blank)]
        code: String,

        /// For an Okta API code, the values of its summary template's {0}, {1}..; for an Entra
        /// AADSTS code, the OAuth error it comes with, then its placeholders as name=value
        /// (after `--` if one begins with `-`)
        #[arg(value_name = "ARGS", allow_negative_numbers = true)]
        args: Vec<String>,
    },

    /// List the catalogs, or the codes of one (`all` lists every code).
    List {
        /// The catalog to list.
        #[arg(value_name = "CATALOG", value_parser = catalog_names(), ignore_case = true)]
        catalog: Option<String>,
    },

    /// Print every catalog as one JSON object, for tools.
    Dump,
}

/// A code or word that says something: an empty one (`explain ""`, a shell variable left
/// unset) is a usage error, not a code that does not exist.
fn non_blank(value: &str) -> Result<String, &'static str> {
    match value.trim() {
        "" => Err("it is empty"),
        _ => Ok(value.to_owned()),
    }
}

/// The names `list` takes: each catalog's prefix, and `all`.
fn catalog_names() -> PossibleValuesParser {
    let catalogs = CATALOGS.iter().map(|table| {
        PossibleValue::new(table.prefix)
            .alias(table.key)
            .help(table.name)
    });
    PossibleValuesParser::new(catalogs.chain([PossibleValue::new("all").help("every catalog")]))
}

const EXAMPLES: &str = "\
Examples:
  identity-errors explain E0000007            what Okta's E0000007 means, with an example body
  identity-errors search rate limit           codes about rate limits, best match first
  identity-errors body E0000007 'User 00u1'   the exact response Okta sends
  identity-errors list okta                   every Okta API error code
  identity-errors dump > catalogs.json        every catalog as JSON

Exit status: 0 when something was found, 1 when there is no such code or nothing matches, 2 for
a usage error. With --json, standard output is one JSON document even then, and standard error
says the same for a person.";

const SPELLINGS: &str = "\
Spellings:
  E0000007  e0000007  0000007  7  E7    an Okta API error code
  access_denied  ACCESS-DENIED          an OAuth error: Okta's, Keycloak's and Auth0's (and a
                                        Keycloak event error) are all shown
  LOCKED_OUT  locked_out                an Okta sign-in failure reason
  identity-cloud:415  415               an Identity Cloud Registration error, also by its
  access_token_expired                  error string
  identity-cloud:215                    a code Identity Cloud's catalog lacks: shown as the
                                        code its catch-all rule treats it as
  lusid:657  657  lusid:-1  -1          a LUSID error
  AADSTS50126  aadsts50126  50126       a Microsoft Entra ID error (AADSTS) code
  invalid_grant                         an Okta, an Entra ID, a Keycloak and an Auth0 OAuth
                                        error: all are shown
  password_too_weak                     an Entra ID suberror
  UserNotFoundException                 an Amazon Cognito exception
  EMAIL_NOT_FOUND                       a Firebase Auth server code
  auth/user-not-found                   a Firebase JS SDK client code
  keycloak:invalid_grant                a Keycloak OAuth error
  user_not_found  keycloak-event:user_not_found
                                        a Keycloak event error
  invalid_user_password  auth0:invalid_grant
                                        an Auth0 Authentication API error
  invalid_otp  auth0-guardian:invalid_otp
                                        an Auth0 Guardian (MFA) error code
  user_exists  auth0-signup:user_exists
                                        an Auth0 sign-up error its libraries report
  mfa_required  auth0-login:mfa_required
                                        an Auth0 login error its libraries report
  404                                   an HTTP status: the codes answered with it

A code is never read as another: digits with leading zeros that are not seven (E00000070,
E000007), integers with + or leading zeros (0415, -01) and AADSTS numbers with leading zeros
(AADSTS050126) are refused, with the codes they may have meant; so is a word a keystroke away
from a code (invalid_clent).

A prefix picks one catalog: okta:, okta-oauth:, okta-login:, identity-cloud:, lusid:, entra:,
entra-oauth:, entra-suberror:, cognito:, firebase:, firebase-client:, keycloak:,
keycloak-event:, auth0:, auth0-guardian:, auth0-signup:, auth0-login:. Without one, every
catalog is tried and every reading shown (okta-oauth:invalid_grant, entra-oauth:invalid_grant, keycloak:invalid_grant and
auth0:invalid_grant); where the input is a code exactly as its vendor writes it, readings in another case are left out (invalid_token is the OAuth error,
INVALID_TOKEN the sign-in failure).";

const BODY_NOTES: &str = "\
Without ARGS, an Okta code whose summary is a template is printed with its placeholders unfilled
({0}), and standard error (--json: `unfilled`) says so. Okta's answers carry its rate-limit
headers and Date: their values are a sample and this machine's clock, which standard error
(--json: `samples`) lists. Generated ids (Okta's errorId, Identity Cloud's request_id, any
request id header) are new on every run.

An Okta sign-in failure reason has no body of its own: for one that Okta links to an API error
code, body prints that code's response (and says so on standard error); for the others it is a
usage error.

An Entra body pairs an OAuth error with an AADSTS code, and no catalog says which go together:
name the error after the code (body AADSTS50126 invalid_grant), then the code's placeholders by
name (body AADSTS500011 invalid_resource name=https://vault.azure.net tenant=contoso); without
them, the text is printed as Microsoft writes it, placeholders unfilled. Its trace_id,
correlation_id and timestamp are new on every run. An Entra OAuth error or sub-error alone makes
no body (a usage error); a word Okta and Entra both use (invalid_client) prints Okta's.";
