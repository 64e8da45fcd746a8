//! A vendor whose feature is off: its module is absent, and its responses are still errors,
//! kept as received (`.ci/run` runs this with each vendor alone and with none).

use identity_errors::http::{HeaderMap, HeaderValue, StatusCode};
use identity_errors::{Error, Kind, Retry, Vendor};

/// Whether the crate was built with `vendor`'s feature.
fn compiled(vendor: Vendor) -> bool {
    match vendor {
        Vendor::Okta => cfg!(feature = "okta"),
        Vendor::IdentityCloud => cfg!(feature = "identity-cloud"),
        Vendor::Lusid => cfg!(feature = "lusid"),
        Vendor::Entra => cfg!(feature = "entra"),
        Vendor::Cognito => cfg!(feature = "cognito"),
        Vendor::Firebase => cfg!(feature = "firebase"),
        Vendor::Keycloak => cfg!(feature = "keycloak"),
        Vendor::Auth0 => cfg!(feature = "auth0"),
        _ => unreachable!("a vendor this test does not know: {vendor:?}"),
    }
}

#[test]
fn a_vendor_without_its_feature_answers_unrecognized_errors_never_successes() {
    let off: Vec<Vendor> = [
        Vendor::Okta,
        Vendor::IdentityCloud,
        Vendor::Lusid,
        Vendor::Entra,
        Vendor::Cognito,
        Vendor::Firebase,
        Vendor::Keycloak,
        Vendor::Auth0,
    ]
    .into_iter()
    .filter(|&vendor| !compiled(vendor))
    .collect();
    let okta_404 =
        br#"{"errorCode":"E0000007","errorSummary":"Not found: Resource not found: 00u1 (User)"}"#;
    let mut redirect = HeaderMap::new();
    redirect.insert(
        "location",
        HeaderValue::from_static("https://app.example.com/cb?error=access_denied"),
    );
    for vendor in off {
        let error = Error::from_parts(vendor, StatusCode::NOT_FOUND, &HeaderMap::new(), okta_404)
            .expect("a 404 is an error");
        let Error::Unrecognized(other) = &error else {
            panic!("{vendor:?}: {error:?}");
        };
        assert_eq!(other.body(), okta_404, "kept as received");
        assert_eq!(
            (error.kind(), error.retry()),
            (Kind::NotFound, Retry::Never)
        );
        // An error redirect is still an error.
        let error = Error::from_parts(vendor, StatusCode::FOUND, &redirect, b"");
        assert!(
            matches!(error, Some(Error::Unrecognized(_))),
            "{vendor:?}: {error:?}"
        );
        assert!(Error::from_parts(vendor, StatusCode::OK, &HeaderMap::new(), b"{}").is_none());
        // The advice still follows the status rule, a 429's Retry-After included.
        let mut headers = HeaderMap::new();
        headers.insert("retry-after", HeaderValue::from_static("7"));
        let error =
            Error::from_parts(vendor, StatusCode::TOO_MANY_REQUESTS, &headers, b"").unwrap();
        assert_eq!(error.retry(), Retry::AfterWindow);
        assert_eq!(error.retry_after(), Some(std::time::Duration::from_secs(7)));
    }
}
