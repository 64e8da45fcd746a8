//! Allocation counts, measured with a counting global allocator (allocation-counter, which
//! counts per thread, so parallel tests do not disturb each other).

use allocation_counter::measure;
use identity_errors::{identity_cloud, lusid, okta};
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

#[test]
fn lookups_and_accessors_never_allocate() {
    let info = measure(|| {
        for &code in okta::ErrorCode::ALL {
            let found = okta::ErrorCode::from_code(black_box(code.code())).unwrap();
            black_box((
                found.title(),
                found.status(),
                found.summary(),
                found.description(),
                found.arity(),
            ));
        }
        for &error in okta::OAuthErrorCode::ALL {
            let found = okta::OAuthErrorCode::from_code(black_box(error.as_str())).unwrap();
            black_box((found.description(), found.status()));
        }
        for &reason in okta::LoginFailure::ALL {
            let found = okta::LoginFailure::from_reason(black_box(reason.as_str())).unwrap();
            black_box((
                found.error_code(),
                found.description(),
                found.troubleshooting(),
            ));
        }
        for &error in identity_cloud::ErrorCode::ALL {
            let found = identity_cloud::ErrorCode::from_code(black_box(error.code())).unwrap();
            black_box((
                found.error(),
                found.description(),
                found.category(),
                identity_cloud::ErrorCode::catch_all(999),
            ));
        }
        for &error in lusid::ErrorCode::ALL {
            let found = lusid::ErrorCode::from_code(black_box(error.code())).unwrap();
            black_box((
                found.title(),
                found.name(),
                found.status(),
                found.description(),
            ));
        }
        black_box(okta::ErrorCode::from_code(black_box("E9999999")));
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
