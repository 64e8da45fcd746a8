//! A small mock of Okta, Identity Cloud and LUSID endpoints that answers with catalog errors, as
//! a test double for a client under test would.
//!
//! ```text
//! cargo run --example service --features axum                    # listens on 127.0.0.1:3000
//! cargo run --example service --features axum -- 127.0.0.1:0     # any free port
//! curl -i http://127.0.0.1:3000/api/v1/users/00u1
//! ```
//!
//! | endpoint | answers |
//! |---|---|
//! | `GET /api/v1/users/{id}` | Okta `E0000007` (404) for any id but `00u1ok` |
//! | `GET /api/v1/apps` | Okta `E0000047` rate limit (429), with `X-Rate-Limit-*` headers |
//! | `POST /oauth2/v1/token` | Okta OAuth `invalid_client` (401, `WWW-Authenticate`) |
//! | `GET /oauth2/v1/authorize?redirect_uri=..&state=..` | a 302 redirect with `error=access_denied` (a 400 `invalid_request` for a redirect URI the error cannot be added to) |
//! | `POST /entity` | Identity Cloud `access_token_expired` (code 414, HTTP 200) |
//! | `GET /identity/api/users/{id}` | LUSID `657` User does not exist (404) |

use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use identity_errors::{identity_cloud, lusid, okta};
use std::collections::HashMap;
use std::time::{Duration, SystemTime};

async fn okta_user(Path(id): Path<String>) -> Result<String, okta::ErrorBody> {
    if id == "00u1ok" {
        return Ok(r#"{"id":"00u1ok","status":"ACTIVE"}"#.to_owned());
    }
    Err(okta::ErrorBody::resource_not_found(&format!(
        "Resource not found: {id} (User)"
    )))
}

async fn okta_apps() -> okta::ErrorBody {
    let reset = SystemTime::now() + Duration::from_secs(60);
    okta::ErrorBody::too_many_requests().with_rate_limit(okta::RateLimit::new(50, 0, reset))
}

async fn okta_token() -> okta::OAuthErrorBody {
    okta::OAuthErrorBody::new(okta::OAuthErrorCode::InvalidClient)
}

async fn okta_authorize(Query(query): Query<HashMap<String, String>>) -> Response {
    let Some(redirect_uri) = query.get("redirect_uri") else {
        return okta::OAuthErrorBody::from_raw(
            "invalid_request",
            "The 'redirect_uri' parameter is required.",
        )
        .into_response();
    };
    let mut error = okta::OAuthErrorBody::new(okta::OAuthErrorCode::AccessDenied);
    if let Some(state) = query.get("state") {
        error = error.with_state(state);
    }
    // A redirect URI the error cannot be added to is not redirected to (RFC 6749, section
    // 3.1.2.4): the RedirectError answers HTTP 400 `invalid_request` itself.
    error
        .into_redirect_response(redirect_uri, okta::ResponseMode::Query)
        .into_response()
}

async fn identity_cloud_entity() -> identity_cloud::ErrorBody {
    identity_cloud::ErrorBody::new(identity_cloud::ErrorCode::AccessTokenExpired)
}

async fn lusid_user(Path(_id): Path<String>) -> lusid::ProblemDetails {
    lusid::ProblemDetails::new(lusid::ErrorCode::UserDoesNotExist)
        .with_instance("https://example.lusid.com/app/insights/logs/0HN00000000:00000001")
}

fn router() -> Router {
    Router::new()
        .route("/api/v1/users/{id}", get(okta_user))
        .route("/api/v1/apps", get(okta_apps))
        .route("/oauth2/v1/token", post(okta_token))
        .route("/oauth2/v1/authorize", get(okta_authorize))
        .route("/entity", post(identity_cloud_entity))
        .route("/identity/api/users/{id}", get(lusid_user))
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let address = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:3000".to_owned());
    let listener = tokio::net::TcpListener::bind(&address).await?;
    println!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, router()).await
}
