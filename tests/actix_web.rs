//! The `actix-web` feature: an actix-web server and an axum server on 127.0.0.1 answer the same
//! routes with the same bodies, codes and errors, and a client receives the same status,
//! headers and body bytes from both. The headers come in another order: actix-web keeps them
//! in a hash map, and HTTP gives the order of fields of different names no meaning (that of a
//! repeated name's values, which it does, is kept by both).

use actix_web::{web, App, HttpServer};
use identity_errors::http::{HeaderMap, HeaderValue, StatusCode};
use identity_errors::{identity_cloud, lusid, okta, Error, Vendor};
use std::net::{SocketAddr, TcpListener};
use std::time::{Duration, UNIX_EPOCH};

/// A 404 Okta answered, recorded in okta/okta-sdk-python@f6850979's cassette
/// `tests/integration/cassettes/test_users_it/TestUsersResource.test_create_get_user.yaml`.
const OKTA_404: &str = r#"{"errorCode":"E0000007","errorSummary":"Not found: Resource not found: 00usfhrjbkppPBkoY4x6 (User)","errorLink":"E0000007","errorId":"oaeMzddieo5QvW8lOZVv0uV6w","errorCauses":[]}"#;

/// An Okta 429 with every generated value fixed, its `Date` included.
fn rate_limited() -> okta::ErrorBody {
    let date = UNIX_EPOCH + Duration::from_secs(1_795_428_000);
    okta::ErrorBody::too_many_requests()
        .with_error_id("oae_A2-4_P9RtWIEh-N4O0qfg")
        .with_request_id("aGk2ZXR4c2Vk")
        .with_rate_limit(
            okta::RateLimit::new(600, 0, date + Duration::from_secs(30)).with_date(date),
        )
}

/// The error a gateway received from Okta and passes on.
fn relayed() -> Error {
    let mut headers = HeaderMap::new();
    headers.insert("content-type", HeaderValue::from_static("application/json"));
    headers.insert(
        "x-okta-request-id",
        HeaderValue::from_static("aGk2ZXR4c2Vk"),
    );
    Error::from_parts(
        Vendor::Okta,
        StatusCode::NOT_FOUND,
        &headers,
        OKTA_404.as_bytes(),
    )
    .expect("a 404 is an error")
}

/// The routes, each with the headers and body members not compared: a `Date` each server adds
/// by its own clock (where the answer carries none), and the ids generated anew for each
/// answer to a code.
/// Then the vendor's status for it: Okta's 429 for E0000047 and 401 for `invalid_client`,
/// Identity Cloud's 200 (Capture answers its errors so), the 400 of LUSID's code 151 in
/// `data/lusid_errors.tsv`, and the 404 received.
type Route = (
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    u16,
);
const ROUTES: &[Route] = &[
    ("/body", &[], &[], 429),
    ("/result", &[], &[], 429),
    ("/oauth-code", &["date", "x-okta-request-id"], &[], 401),
    ("/identity-cloud-code", &["date"], &["request_id"], 200),
    ("/lusid-code", &["date"], &[], 400),
    ("/relayed", &["date"], &[], 404),
    ("/relayed-result", &["date"], &[], 404),
];

/// `body` without its top-level `members` (the JSON otherwise as it came, byte for byte), and
/// the body's length (its `content-length`) then not compared either.
fn without(body: Vec<u8>, members: &[&str]) -> Vec<u8> {
    if members.is_empty() {
        return body;
    }
    let mut value: serde_json::Value = serde_json::from_slice(&body).unwrap();
    for member in members {
        assert!(
            value.as_object_mut().unwrap().remove(*member).is_some(),
            "{member}"
        );
    }
    value.to_string().into_bytes()
}

fn start_actix() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            HttpServer::new(|| {
                App::new()
                    .route("/body", web::get().to(|| async { rate_limited() }))
                    .route(
                        "/result",
                        web::get().to(|| async { Err::<String, _>(rate_limited()) }),
                    )
                    .route(
                        "/oauth-code",
                        web::get().to(|| async { okta::OAuthErrorCode::InvalidClient }),
                    )
                    .route(
                        "/identity-cloud-code",
                        web::get().to(|| async { identity_cloud::ErrorCode::MissingArgument }),
                    )
                    .route(
                        "/lusid-code",
                        web::get().to(|| async { lusid::ErrorCode::InvalidParameterValue }),
                    )
                    .route("/relayed", web::get().to(|| async { relayed() }))
                    .route(
                        "/relayed-result",
                        web::get().to(|| async { Err::<String, _>(relayed()) }),
                    )
            })
            .workers(1)
            .listen(listener)
            .unwrap()
            .run()
            .await
            .unwrap();
        });
    });
    address
}

async fn start_axum() -> SocketAddr {
    use axum::routing::get;
    let app = axum::Router::new()
        .route("/body", get(|| async { rate_limited() }))
        .route(
            "/result",
            get(|| async { Err::<String, _>(rate_limited()) }),
        )
        .route(
            "/oauth-code",
            get(|| async { okta::OAuthErrorCode::InvalidClient }),
        )
        .route(
            "/identity-cloud-code",
            get(|| async { identity_cloud::ErrorCode::MissingArgument }),
        )
        .route(
            "/lusid-code",
            get(|| async { lusid::ErrorCode::InvalidParameterValue }),
        )
        .route("/relayed", get(|| async { relayed() }))
        .route(
            "/relayed-result",
            get(|| async { Err::<String, _>(relayed()) }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    address
}

/// Status, headers (by name, each name's values in the order received, those of `skip` left
/// out) and body of `GET url`.
async fn get(url: &str, skip: &[&str]) -> (u16, Vec<(String, Vec<u8>)>, Vec<u8>) {
    let mut tries = 0;
    let response = loop {
        // The actix-web server starts on its own thread: it may not listen yet.
        match reqwest::get(url).await {
            Ok(response) => break response,
            Err(_) if tries < 50 => {
                tries += 1;
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            Err(error) => panic!("{url}: {error}"),
        }
    };
    let status = response.status().as_u16();
    let mut headers: Vec<(String, Vec<u8>)> = response
        .headers()
        .iter()
        .filter(|(name, _)| !skip.contains(&name.as_str()))
        .map(|(name, value)| (name.to_string(), value.as_bytes().to_vec()))
        .collect();
    // Stable: a repeated name's values stay in the order received.
    headers.sort_by(|a, b| a.0.cmp(&b.0));
    (status, headers, response.bytes().await.unwrap().to_vec())
}

#[tokio::test]
async fn actix_web_answers_what_axum_answers() {
    let actix = start_actix();
    let axum = start_axum().await;
    for &(route, headers, members, expected) in ROUTES {
        let mut headers = headers.to_vec();
        if !members.is_empty() {
            headers.push("content-length");
        }
        let (status, axum_headers, body) = get(&format!("http://{axum}{route}"), &headers).await;
        let from_axum = (status, axum_headers, without(body, members));
        let (status, actix_headers, body) = get(&format!("http://{actix}{route}"), &headers).await;
        let from_actix = (status, actix_headers, without(body, members));
        assert_eq!(from_actix, from_axum, "{route}");
        assert_eq!(from_actix.0, expected, "{route}");
    }
    // The relayed error is what was received, byte for byte.
    let (status, headers, body) = get(&format!("http://{actix}/relayed"), &[]).await;
    assert_eq!(status, 404);
    assert_eq!(body, OKTA_404.as_bytes());
    assert!(headers.contains(&("x-okta-request-id".to_owned(), b"aGk2ZXR4c2Vk".to_vec())));
    // A Date the body sets is the only one sent.
    let (_, headers, _) = get(&format!("http://{actix}/body"), &[]).await;
    let dates: Vec<_> = headers.iter().filter(|(name, _)| name == "date").collect();
    assert_eq!(
        dates,
        [&("date".to_owned(), b"Mon, 23 Nov 2026 10:00:00 GMT".to_vec())]
    );
}
