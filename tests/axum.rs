//! The axum integration through a real server: a router answering with each vendor's errors is
//! served on 127.0.0.1 (an OS-chosen port) and called with a real HTTP client over loopback.

use axum::routing::get;
use axum::Router;
use http_body_util::BodyExt;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use identity_errors::{identity_cloud, lusid, okta};
use std::net::SocketAddr;

fn router() -> Router {
    Router::new()
        .route(
            "/okta",
            get(|| async {
                Err::<String, _>(
                    okta::ErrorBody::resource_not_found("Resource not found: 00u1 (User)")
                        .with_error_id("oaeMzddieo5QvW8lOZVv0uV6w"),
                )
            }),
        )
        .route(
            "/okta-code",
            get(|| async {
                okta::ErrorBody::new(okta::ErrorCode::E0000004, &[]).expect("no arguments")
            }),
        )
        .route(
            "/oauth",
            get(|| async { okta::OAuthErrorCode::InvalidToken }),
        )
        .route(
            "/identity-cloud",
            get(|| async {
                identity_cloud::ErrorBody::new(identity_cloud::ErrorCode::AccessTokenExpired)
                    .with_request_id("h7yyk55jjnc39bw2")
            }),
        )
        .route(
            "/lusid",
            get(|| async {
                lusid::ProblemDetails::new(lusid::ErrorCode::UserDoesNotExist)
                    .with_instance("https://example.lusid.com/app/insights/logs/0HN1:00000001")
            }),
        )
        .route(
            "/oauth-long",
            get(|| async { okta::OAuthErrorBody::from_raw("invalid_token", long_description()) }),
        )
        .route(
            "/lusid-code",
            get(|| async { lusid::ErrorCode::AccessDenied }),
        )
}

/// A 1 MB description, quotes and backslashes in it (each escaped in the header).
fn long_description() -> String {
    let unit = "The \"access\" token \\ ";
    unit.repeat(1_000_000 / unit.len() + 1)
}

/// Serves the router on 127.0.0.1 and returns its address.
async fn serve() -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    assert!(address.ip().is_loopback());
    tokio::spawn(async move { axum::serve(listener, router()).await.unwrap() });
    address
}

struct Answer {
    status: u16,
    content_type: String,
    www_authenticate: Option<String>,
    body: String,
}

async fn get_path(address: SocketAddr, path: &str) -> Answer {
    let client = Client::builder(TokioExecutor::new()).build_http::<String>();
    let uri: http::Uri = format!("http://{address}{path}").parse().unwrap();
    let response = tokio::time::timeout(std::time::Duration::from_secs(10), client.get(uri))
        .await
        .expect("the server answers within 10 s")
        .unwrap();
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .map(|v| v.to_str().unwrap().to_owned())
    };
    let content_type = header("content-type").unwrap();
    let www_authenticate = header("www-authenticate");
    let status = response.status().as_u16();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    Answer {
        status,
        content_type,
        www_authenticate,
        body: String::from_utf8(bytes.to_vec()).unwrap(),
    }
}

#[tokio::test]
async fn each_vendor_answers_through_a_real_socket() {
    let address = serve().await;

    let okta = get_path(address, "/okta").await;
    assert_eq!(
        (okta.status, okta.content_type.as_str()),
        (404, "application/json")
    );
    assert_eq!(
        okta.body,
        r#"{"errorCode":"E0000007","errorSummary":"Not found: Resource not found: 00u1 (User)","errorLink":"E0000007","errorId":"oaeMzddieo5QvW8lOZVv0uV6w","errorCauses":[]}"#
    );
    assert_eq!(okta.www_authenticate, None);

    let code = get_path(address, "/okta-code").await;
    assert_eq!(code.status, 401);
    assert!(code.body.starts_with(r#"{"errorCode":"E0000004","errorSummary":"Authentication failed","errorLink":"E0000004","errorId":"oae"#));

    let oauth = get_path(address, "/oauth").await;
    assert_eq!(
        (oauth.status, oauth.content_type.as_str()),
        (401, "application/json;charset=UTF-8")
    );
    let description = okta::OAuthErrorCode::InvalidToken.description();
    assert_eq!(
        oauth.www_authenticate.as_deref(),
        Some(
            format!(r#"Bearer error="invalid_token", error_description="{description}""#).as_str()
        )
    );
    assert_eq!(
        oauth.body,
        format!(r#"{{"error":"invalid_token","error_description":"{description}"}}"#)
    );

    let identity_cloud = get_path(address, "/identity-cloud").await;
    assert_eq!(
        (identity_cloud.status, identity_cloud.content_type.as_str()),
        (200, "application/json")
    );
    assert_eq!(
        identity_cloud.body,
        r#"{"stat":"error","code":414,"error":"access_token_expired","error_description":"The supplied access token has expired.","request_id":"h7yyk55jjnc39bw2"}"#
    );

    let lusid = get_path(address, "/lusid").await;
    assert_eq!(
        (lusid.status, lusid.content_type.as_str()),
        (404, "application/problem+json")
    );
    assert_eq!(
        lusid.body,
        r#"{"name":"UserDoesNotExist","errorDetails":[],"code":657,"type":"https://docs.lusid.com/#section/Error-Codes/657","title":"User does not exist","status":404,"detail":"The specified user does not exist","instance":"https://example.lusid.com/app/insights/logs/0HN1:00000001","extensions":{}}"#
    );

    let lusid_code = get_path(address, "/lusid-code").await;
    assert_eq!(lusid_code.status, 403);
    assert!(lusid_code.body.contains(r#""code":186"#));
}

/// A 1 MB description went whole into `WWW-Authenticate`, and hyper's client (which refuses a
/// response head over about 400 KiB) got neither the status nor the body. The challenge is now
/// bounded; the JSON body carries the whole text.
#[tokio::test]
async fn a_megabyte_description_is_read_by_a_real_client_with_its_status_and_body() {
    let address = serve().await;
    let answer = get_path(address, "/oauth-long").await;
    assert_eq!(answer.status, 401);
    let description = long_description();
    assert!(description.len() > 1_000_000);
    let json: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
    assert_eq!(json["error"], "invalid_token");
    assert_eq!(json["error_description"], description.as_str());
    let challenge = answer.www_authenticate.expect("a 401 carries a challenge");
    assert!(challenge.len() <= okta::OAuthErrorBody::MAX_WWW_AUTHENTICATE_LEN);
    let read = okta::OAuthErrorBody::from_www_authenticate(challenge.as_bytes()).unwrap();
    assert_eq!(read.code(), "invalid_token");
    assert!(description.starts_with(read.description().unwrap()));
}
