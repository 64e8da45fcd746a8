//! Allocation counts, measured with a counting global allocator (allocation-counter, which
//! counts per thread, so parallel tests do not disturb each other).

use allocation_counter::measure;
use identity_errors::{identity_cloud, lusid, okta, Catalog};
use std::hint::black_box;

#[test]
fn template_filling_allocates_once_sized_up_front() {
    for (code, args) in [
        (
            okta::ErrorCode::E0000007,
            &["Resource not found: 00u1 (User)"][..],
        ),
        (
            okta::ErrorCode::E0000250,
            &["deactivate", "Acme IdP", "global session", "authentication"][..],
        ),
        (okta::ErrorCode::E0000004, &[][..]),
    ] {
        let mut filled = String::new();
        let info = measure(|| filled = code.fill(black_box(args)).unwrap());
        assert_eq!(info.count_total, 1, "{code}");
        assert_eq!(
            info.bytes_total,
            filled.len() as u64,
            "{code}: sized exactly, never regrown"
        );
    }
}

/// Looks up every code of a catalog by its wire code and reads everything the trait gives.
fn read_every_code<C: Catalog>() {
    for &code in C::ALL {
        let found = C::from_code(black_box(code.code())).unwrap();
        black_box((found.title(), found.description(), found.status()));
        black_box((found.kind(), found.retry()));
    }
}

#[test]
fn lookups_and_accessors_never_allocate() {
    let info = measure(|| {
        read_every_code::<okta::ErrorCode>();
        read_every_code::<okta::OAuthErrorCode>();
        read_every_code::<okta::LoginFailure>();
        read_every_code::<identity_cloud::ErrorCode>();
        read_every_code::<lusid::ErrorCode>();
        for &code in okta::ErrorCode::ALL {
            black_box((
                code.summary(),
                code.arity(),
                code.since(),
                code.former_title(),
            ));
        }
        for &reason in okta::LoginFailure::ALL {
            black_box(reason.error_code());
        }
        for &error in identity_cloud::ErrorCode::ALL {
            black_box((error.error(), error.category()));
            black_box(identity_cloud::ErrorCode::catch_all(black_box(999)));
        }
        for &error in lusid::ErrorCode::ALL {
            black_box(error.name());
        }
        black_box(okta::ErrorCode::from_code(black_box("E9999999")));
    });
    assert_eq!(info.count_total, 0);
}

#[cfg(feature = "entra")]
#[test]
fn entra_lookups_never_allocate_and_filling_allocates_once() {
    use identity_errors::entra;
    let info = measure(|| {
        read_every_code::<entra::ErrorCode>();
        read_every_code::<entra::OAuthErrorCode>();
        read_every_code::<entra::Suberror>();
        for &code in entra::ErrorCode::ALL {
            black_box((code.as_str(), code.microsoft_name(), code.placeholders()));
            black_box("AADSTS50126".parse::<entra::ErrorCode>().ok());
        }
        black_box(entra::ErrorCode::from_code(black_box(9_999_999)));
    });
    assert_eq!(info.count_total, 0);
    let code = entra::ErrorCode::from_code(500011).unwrap();
    let mut filled = String::new();
    let args = [("tenant", "contoso"), ("name", "https://graph.example")];
    let info = measure(|| filled = code.fill(black_box(&args)).unwrap());
    assert_eq!(
        (info.count_total, info.bytes_total),
        (1, filled.len() as u64)
    );
}

#[cfg(feature = "cognito")]
#[test]
fn cognito_lookups_never_allocate() {
    use identity_errors::cognito::{ErrorCode, Operation};
    let info = measure(|| {
        read_every_code::<ErrorCode>();
        for &code in ErrorCode::ALL {
            black_box((code.code(), code.title(), code.is_fault(), code.status()));
        }
        for &operation in Operation::ALL {
            black_box(Operation::from_name(black_box(operation.name())).map(Operation::errors));
        }
        black_box(ErrorCode::from_code(black_box("NoSuchException")));
    });
    assert_eq!(info.count_total, 0);
}

#[test]
fn the_counter_sees_allocations() {
    // The measurement itself must be able to fail.
    let info = measure(|| {
        black_box(String::from("allocated"));
    });
    assert_eq!(info.count_total, 1);
}

#[test]
fn telling_a_success_from_an_error_allocates_nothing() {
    // Every success a client receives is looked at for the vendor's sign of an error (Identity
    // Cloud's `stat`, Okta's `errorCode`): the look reads the body in place.
    use identity_errors::http::{HeaderMap, StatusCode};
    use identity_errors::{Error, Vendor};
    let mut user = String::from(r#"{"stat":"ok","id":"00u1","profile":{"#);
    for i in 0..1_000 {
        user.push_str(&format!(r#""attribute{i}":"value {i}","#));
    }
    user.push_str(r#""escaped":"a\"b\u00e9"},"list":[1,2.5,null,true,{"errorCode":"x"}]}"#);
    let headers = HeaderMap::new();
    let info = measure(|| {
        for vendor in [Vendor::Okta, Vendor::IdentityCloud, Vendor::Lusid] {
            for body in [user.as_bytes(), b"[]", b"<html></html>", b""] {
                let answer = Error::from_parts(vendor, StatusCode::OK, &headers, black_box(body));
                assert!(answer.is_none());
            }
        }
    });
    assert_eq!(info.count_total, 0);
}

#[test]
fn parsing_allocates_only_for_the_text_kept() {
    // Each string member is one allocation; an empty list, a known member's name, the order
    // of members in the vendor's order and Identity Cloud's `"stat":"error"` (checked where it
    // is read) are none.
    for (body, strings) in [
        (
            &br#"{"errorCode":"E0000007","errorSummary":"Not found","errorCauses":[]}"#[..],
            2,
        ),
        (
            br#"{"errorCode":"E0000001","errorSummary":"Invalid","errorCauses":[{"errorSummary":"a"},"b"]}"#,
            // Two summaries, two causes' summaries, and the list of causes itself.
            5,
        ),
    ] {
        let info = measure(|| {
            black_box(okta::ErrorBody::from_slice(black_box(body)).unwrap());
        });
        assert_eq!(info.count_total, strings, "{}", String::from_utf8_lossy(body));
    }
    let body = br#"{"stat":"error","code":414,"error":"access_token_expired"}"#;
    let info = measure(|| {
        black_box(identity_cloud::ErrorBody::from_slice(black_box(body)).unwrap());
    });
    assert_eq!(info.count_total, 1);
}
