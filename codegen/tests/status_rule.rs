//! One status rule: the kind and retry advice the build gives a catalog row from its status
//! (`codegen/src/advice.rs`) are the ones the runtime gives a code
//! the catalog lacks, or a body that is not the vendor's (`Kind::of_status`, `Kind::retry`,
//! `Retry::of_status`), for every status from 100 to 599.

use http::StatusCode;
use identity_errors::{Kind, Retry, Vendor};
use identity_errors_codegen::advice;

#[test]
fn the_build_and_the_runtime_give_every_status_the_same_kind() {
    for status in 100..=599 {
        let runtime = Kind::of_status(StatusCode::from_u16(status).unwrap()).map(Kind::as_str);
        let build = advice::kind_of_status(status);
        match status {
            // The build's one non-error status: Okta's E0000070 ("Waiting for ACK") answers 202.
            202 => assert_eq!((build, runtime), (Some("unavailable"), None)),
            _ => assert_eq!(build, runtime, "HTTP {status}"),
        }
    }
}

#[test]
fn the_build_and_the_runtime_give_every_kind_the_same_retry() {
    for kind in Kind::ALL {
        assert_eq!(
            advice::retry_of_kind(kind.as_str()),
            kind.retry().as_str(),
            "{kind}"
        );
    }
}

#[test]
fn an_unknown_code_gets_the_kind_every_catalog_code_with_its_status_has() {
    // The defect: an unknown Okta code with 412 or 423 was `InvalidRequest`, while every catalog
    // code answered with those statuses is `Conflict` (data/README.md's rule).
    for status in [409, 412, 423] {
        let status = StatusCode::from_u16(status).unwrap();
        assert_eq!(Kind::of_status(status), Some(Kind::Conflict), "{status}");
        let body = r#"{"errorCode":"E9999999","errorSummary":"new","errorCauses":[]}"#;
        let error = identity_errors::Error::from_parts(
            Vendor::Okta,
            status,
            &http::HeaderMap::new(),
            body.as_bytes(),
        )
        .unwrap();
        assert_eq!(error.kind(), Kind::Conflict, "{status}");
        assert_eq!(error.retry(), Retry::Never, "{status}");
    }
}
