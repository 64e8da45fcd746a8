//! Any Okta code and any arguments into `ErrorCode::fill` and `ErrorBody::try_new`: never a
//! panic; the right number of arguments fills the template (each `{n}` replaced by argument n
//! verbatim, nothing else changed, nothing expanded twice), any other number is a
//! `TemplateError` saying both counts; the body built carries the filled summary and writes a
//! well-formed response that reads back as the same body.
#![no_main]

mod common;

use identity_errors::okta::{ErrorBody, ErrorCode};
use libfuzzer_sys::arbitrary::{Arbitrary, Unstructured};
use libfuzzer_sys::fuzz_target;

/// The template filled by hand: `{digits}` is a placeholder, anything else text.
fn expected(template: &str, args: &[&str]) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        match after[digits..]
            .starts_with('}')
            .then(|| after[..digits].parse::<usize>())
        {
            Some(Ok(n)) if digits > 0 => {
                out.push_str(args[n]);
                rest = &after[digits + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fuzz_target!(|data: &[u8]| {
    let mut input = Unstructured::new(data);
    let Ok(index) = u16::arbitrary(&mut input) else {
        return;
    };
    let code = ErrorCode::ALL[usize::from(index) % ErrorCode::ALL.len()];
    let Ok(args) = Vec::<String>::arbitrary(&mut input) else {
        return;
    };
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let filled = code.fill(&args);
    let built = ErrorBody::try_new(code, &args);
    if args.len() != code.arity() {
        let error = filled.expect_err("a wrong count is refused");
        assert_eq!(
            (error.expected(), error.given()),
            (code.arity(), args.len())
        );
        assert_eq!(error.code(), code.code());
        assert_eq!(built.expect_err("a wrong count is refused"), error);
        return;
    }
    let filled = filled.expect("the right count fills");
    assert_eq!(filled, expected(code.sent_summary(), &args));
    let body = built.expect("the right count builds");
    assert_eq!(body.summary(), filled);
    assert_eq!(body.code(), code.code());
    let json = body.to_json();
    assert_eq!(
        ErrorBody::from_slice(json.as_bytes())
            .expect("written bodies parse")
            .to_json(),
        json
    );
    let response = body.clone().into_http_response();
    common::check_response(&response);
    assert_eq!(response.status(), code.status());
    let again = ErrorBody::from_response(&response).expect("written responses parse");
    assert_eq!(again.to_json(), json);
});
