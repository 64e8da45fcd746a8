//! The `tracing` feature: `Error::emit` writes one event whose fields are the error's parts,
//! and, with `reqwest-middleware` or `tower`, each retry decision is a debug event. A subscriber
//! written here records what `tracing` hands it, so the test reads the events as a log backend
//! would.

use identity_errors::http::Response;
use identity_errors::{Error, Vendor};
use std::collections::BTreeMap;
use std::fmt::Debug;
use std::sync::{Arc, Mutex};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Level, Metadata, Subscriber};

/// One event as received: its level, target and each field's value as text.
#[derive(Debug, Clone)]
struct Seen {
    level: Level,
    target: String,
    fields: BTreeMap<String, String>,
}

/// Records every event; spans are not used by the crate.
#[derive(Clone, Default)]
struct Recorder(Arc<Mutex<Vec<Seen>>>);

impl Recorder {
    /// The crate's events (hyper's and reqwest's own are left out).
    fn events(&self) -> Vec<Seen> {
        let seen = self.0.lock().unwrap();
        seen.iter()
            .filter(|e| e.target == "identity_errors")
            .cloned()
            .collect()
    }
}

/// Keeps each field as text: a string as it is (not quoted), anything else by `Debug`, which
/// for `display(..)` values is their `Display`.
struct Fields<'a>(&'a mut BTreeMap<String, String>);

impl Visit for Fields<'_> {
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_owned(), value.to_owned());
    }

    fn record_debug(&mut self, field: &Field, value: &dyn Debug) {
        self.0.insert(field.name().to_owned(), format!("{value:?}"));
    }
}

impl Subscriber for Recorder {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }

    fn new_span(&self, _: &Attributes<'_>) -> Id {
        Id::from_u64(1)
    }

    fn record(&self, _: &Id, _: &Record<'_>) {}

    fn record_follows_from(&self, _: &Id, _: &Id) {}

    fn event(&self, event: &Event<'_>) {
        let mut fields = BTreeMap::new();
        event.record(&mut Fields(&mut fields));
        self.0.lock().unwrap().push(Seen {
            level: *event.metadata().level(),
            target: event.metadata().target().to_owned(),
            fields,
        });
    }

    fn enter(&self, _: &Id) {}

    fn exit(&self, _: &Id) {}
}

/// Okta's E0000047 answer with its rate-limit headers: the reset 30 s after the `Date`.
fn okta_429() -> Response<&'static str> {
    Response::builder()
        .status(429)
        .header("content-type", "application/json")
        .header("date", "Mon, 23 Nov 2026 10:00:00 GMT")
        .header("x-rate-limit-limit", "600")
        .header("x-rate-limit-remaining", "0")
        .header("x-rate-limit-reset", "1795428030")
        .body(r#"{"errorCode":"E0000047","errorSummary":"API call exceeded rate limit due to too many requests.","errorLink":"E0000047","errorId":"oae_A2-4_P9RtWIEh-N4O0qfg","errorCauses":[]}"#)
        .unwrap()
}

fn fields(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(name, value)| (name.to_string(), value.to_string()))
        .collect()
}

#[test]
fn an_okta_429_is_one_event_with_its_parts_as_fields() {
    let recorder = Recorder::default();
    let error = Error::from_response(Vendor::Okta, &okta_429()).unwrap();
    tracing::subscriber::with_default(recorder.clone(), || error.emit(Level::WARN));
    let events = recorder.events();
    assert_eq!(events.len(), 1, "{events:?}");
    let event = &events[0];
    assert_eq!(event.level, Level::WARN);
    assert_eq!(event.target, "identity_errors");
    assert_eq!(
        event.fields,
        fields(&[
            ("vendor", "okta"),
            ("status", "429"),
            ("code", "E0000047"),
            ("kind", "rate_limited"),
            ("retry", "after_window"),
            // Reset - Date + 1 s, as Okta's SDKs wait (plus the reset second itself).
            ("retry_after_ms", "31000"),
            ("correlation_id", "oae_A2-4_P9RtWIEh-N4O0qfg"),
            (
                "message",
                // Error's documented Display line.
                "Okta answered HTTP 429 Too Many Requests with E0000047: API call exceeded rate \
                 limit due to too many requests. (errorId: oae_A2-4_P9RtWIEh-N4O0qfg)"
            ),
        ])
    );
}

#[test]
fn every_level_is_the_one_asked_for() {
    let error = Error::from_response(Vendor::Okta, &okta_429()).unwrap();
    for level in [
        Level::ERROR,
        Level::WARN,
        Level::INFO,
        Level::DEBUG,
        Level::TRACE,
    ] {
        let recorder = Recorder::default();
        tracing::subscriber::with_default(recorder.clone(), || error.emit(level));
        let levels: Vec<Level> = recorder.events().iter().map(|e| e.level).collect();
        assert_eq!(levels, [level]);
    }
}

#[test]
fn an_unrecognized_answer_has_no_code_field() {
    let page = Response::builder()
        .status(502)
        .header("content-type", "text/html")
        .body("<html>Bad Gateway</html>")
        .unwrap();
    let error = Error::from_response(Vendor::Lusid, &page).unwrap();
    let recorder = Recorder::default();
    tracing::subscriber::with_default(recorder.clone(), || error.emit(Level::ERROR));
    let events = recorder.events();
    assert_eq!(events.len(), 1);
    let names: Vec<&str> = events[0].fields.keys().map(String::as_str).collect();
    assert_eq!(names, ["kind", "message", "retry", "status", "vendor"]);
    assert_eq!(events[0].fields["vendor"], "lusid");
    assert_eq!(events[0].fields["status"], "502");
    assert_eq!(events[0].fields["retry"], "with_backoff");
}

#[cfg(all(feature = "reqwest-middleware", feature = "wiremock"))]
mod middleware {
    use super::Recorder;
    use identity_errors::reqwest_middleware::RetryMiddleware;
    use identity_errors::Vendor;
    use std::time::Duration;
    use tracing::Level;
    use wiremock::matchers::method;
    use wiremock::{Mock, MockServer, ResponseTemplate};

    /// A 429 whose reset is its `Date`: the crate waits 1 s (the reset second).
    fn too_many() -> ResponseTemplate {
        ResponseTemplate::new(429)
            .insert_header("content-type", "application/json")
            .insert_header("date", "Mon, 23 Nov 2026 10:00:00 GMT")
            .insert_header("x-rate-limit-limit", "600")
            .insert_header("x-rate-limit-remaining", "0")
            .insert_header("x-rate-limit-reset", "1795428000")
            .set_body_string(r#"{"errorCode":"E0000047","errorSummary":"API call exceeded rate limit due to too many requests.","errorLink":"E0000047","errorId":"oae1","errorCauses":[]}"#)
    }

    #[tokio::test]
    async fn each_retry_and_the_give_up_are_debug_events() {
        let server = MockServer::start().await;
        assert!(server.address().ip().is_loopback());
        Mock::given(method("GET"))
            .respond_with(too_many())
            .up_to_n_times(1)
            .mount(&server)
            .await;
        // Then a 404 (E0000007): never retried.
        Mock::given(method("GET"))
            .respond_with(
                ResponseTemplate::new(404)
                    .insert_header("content-type", "application/json")
                    .set_body_string(r#"{"errorCode":"E0000007","errorSummary":"Not found: Resource not found: 00u1 (User)","errorLink":"E0000007","errorId":"oae2","errorCauses":[]}"#),
            )
            .mount(&server)
            .await;
        let client = reqwest_middleware::ClientBuilder::new(
            reqwest::Client::builder()
                .timeout(Duration::from_secs(20))
                .build()
                .unwrap(),
        )
        .with(RetryMiddleware::new(Vendor::Okta))
        .build();
        let recorder = Recorder::default();
        let _guard = tracing::subscriber::set_default(recorder.clone());
        let response = client.get(server.uri()).send().await.unwrap();
        assert_eq!(response.status(), 404);
        let events = recorder.events();
        assert_eq!(events.len(), 2, "{events:?}");
        assert!(events.iter().all(|e| e.level == Level::DEBUG));
        let first = &events[0].fields;
        assert_eq!(first["code"], "E0000047");
        assert_eq!(first["attempt"], "1");
        assert_eq!(first["wait_ms"], "1000");
        assert!(!first.contains_key("give_up"));
        let second = &events[1].fields;
        assert_eq!(second["code"], "E0000007");
        assert_eq!(second["attempt"], "2");
        assert_eq!(second["give_up"], "not_retryable");
        assert_eq!(second["correlation_id"], "oae2");
        assert!(!second.contains_key("wait_ms"));
    }
}

#[cfg(feature = "tower")]
mod tower_policy {
    use super::Recorder;
    use identity_errors::http::{Request, Response};
    use identity_errors::tower::VendorRetry;
    use identity_errors::Vendor;
    use tower::retry::Policy;
    use tracing::Level;

    fn answer(status: u16, retry_after: Option<&str>) -> Result<Response<()>, ()> {
        let mut response = Response::builder().status(status);
        if let Some(seconds) = retry_after {
            response = response.header("retry-after", seconds);
        }
        Ok(response.body(()).unwrap())
    }

    // tower asks its policy before the body has come, so the events carry what the status and
    // headers say: no code, no correlation id.
    #[tokio::test]
    async fn each_decision_of_the_tower_policy_is_a_debug_event() {
        let recorder = Recorder::default();
        let _guard = tracing::subscriber::set_default(recorder.clone());
        let mut policy = VendorRetry::new(Vendor::Okta);
        let mut request = Request::new(());
        let wait = policy.retry(&mut request, &mut answer(503, Some("2")));
        assert!(wait.is_some());
        let wait = policy.retry(&mut request, &mut answer(404, None));
        assert!(wait.is_none());
        let events = recorder.events();
        assert_eq!(events.len(), 2, "{events:?}");
        assert!(events.iter().all(|e| e.level == Level::DEBUG));
        let first = &events[0].fields;
        assert_eq!(first["attempt"], "1");
        assert_eq!(first["wait_ms"], "2000");
        assert_eq!(first["status"], "503");
        assert!(!first.contains_key("code"));
        assert!(!first.contains_key("give_up"));
        let second = &events[1].fields;
        assert_eq!(second["attempt"], "2");
        assert_eq!(second["give_up"], "not_retryable");
        assert_eq!(second["status"], "404");
        assert!(!second.contains_key("wait_ms"));
    }
}
