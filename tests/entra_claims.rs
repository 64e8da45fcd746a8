//! Entra's claims challenges against Microsoft's own: every `claims_challenge` entry of
//! `tests/fixtures/entra_examples.json` (Microsoft's claims-challenge and CAE pages, MSAL.NET's
//! tests) parses, its claims decode to the JSON the source shows, and it writes back byte for
//! byte; the crate's own challenge, built from the source's decoded claims, is the source's
//! header and parses back to the same claims.

use identity_errors::entra::ClaimsChallenge;
use identity_errors::ParseError;
use serde_json::Value;

/// The `claims_challenge` entries of the fixture file.
fn fixtures() -> Vec<Value> {
    let text = include_str!("fixtures/entra_examples.json");
    let all: Vec<Value> = serde_json::from_str(text).expect("the fixture file is JSON");
    all.into_iter()
        .filter(|entry| entry["kind"] == "claims_challenge")
        .collect()
}

fn text<'a>(entry: &'a Value, key: &str) -> Option<&'a str> {
    entry[key].as_str()
}

/// The header value as it goes on the wire. The CAE page breaks its example over lines "for
/// legibility only"; the fixture's note says to join the lines with a single space.
fn wire(entry: &Value) -> String {
    let shown = entry["headers"]["WWW-Authenticate"]
        .as_str()
        .expect("a WWW-Authenticate header");
    let mut lines = shown.split('\n');
    let mut joined = lines.next().unwrap_or_default().to_owned();
    for line in lines {
        joined.push(' ');
        joined.push_str(line.trim_start());
    }
    joined
}

/// The value of `name="..."` in a header, read the simplest way (none of the fixtures' values
/// holds a quote), to compare the parser's answers with.
fn quoted(header: &str, name: &str) -> Option<String> {
    let start = header.find(&format!("{name}=\""))? + name.len() + 2;
    let len = header[start..].find('"')?;
    Some(header[start..start + len].to_owned())
}

/// What the source says the claims decode to. Where the entry gives the decoded text, that; the
/// MSAL.NET entry that sends the JSON itself (`claims_b64` null) is MSAL.NET's
/// `DecodedClaimsHeader`, whose unescaped text is the same file's `DecodedClaims`, which the
/// entry with `EncodedClaims` carries as `claims_decoded`.
fn expected_claims<'a>(entry: &'a Value, all: &'a [Value]) -> &'a str {
    if let Some(decoded) = text(entry, "claims_decoded") {
        return decoded;
    }
    let sibling = all
        .iter()
        .find(|other| {
            other["source_path"] == entry["source_path"] && other["claims_decoded"].is_string()
        })
        .expect("the entry with the same file's decoded claims");
    text(sibling, "claims_decoded").unwrap_or_default()
}

#[test]
fn every_claims_challenge_of_the_fixtures_parses_to_the_sources_claims() {
    let all = fixtures();
    assert_eq!(all.len(), 4, "the fixture README lists 4 claims challenges");
    for entry in &all {
        let header = wire(entry);
        let challenge = ClaimsChallenge::from_www_authenticate(header.as_bytes())
            .unwrap_or_else(|error| panic!("{header}: {error}"));
        assert_eq!(challenge.claims(), expected_claims(entry, &all), "{header}");
        match text(entry, "claims_b64") {
            Some(b64) => assert_eq!(challenge.claims_raw(), b64, "{header}"),
            // The JSON itself, its quoted-string escapes undone.
            None => assert_eq!(challenge.claims_raw(), challenge.claims(), "{header}"),
        }
        assert_eq!(challenge.error(), "insufficient_claims");
        assert_eq!(challenge.scheme(), "Bearer");
        for (name, value) in [
            ("realm", challenge.realm()),
            ("authorization_uri", challenge.authorization_uri()),
            ("client_id", challenge.client_id()),
        ] {
            assert_eq!(value.map(str::to_owned), quoted(&header, name), "{name}");
        }
        // Unchanged, it writes back the bytes read.
        assert_eq!(challenge.www_authenticate(), header.as_str());
        // And the decoded claims are the JSON the source shows, as JSON too.
        let json: Value = serde_json::from_str(challenge.claims()).expect("JSON claims");
        assert!(json.is_object(), "{json}");
    }
}

/// Built from the source's decoded claims and its auth-params in the source's order, the
/// crate's challenge is the source's header byte for byte (base64 with the standard alphabet
/// and padding, as Microsoft writes it), and parses back to the same claims.
#[test]
fn the_crates_own_challenge_is_microsofts_and_parses_back_to_the_same_claims() {
    let all = fixtures();
    let mut built_like_the_source = 0;
    for entry in &all {
        let header = wire(entry);
        let read = ClaimsChallenge::from_www_authenticate(header.as_bytes()).unwrap();
        let mut built = ClaimsChallenge::new(expected_claims(entry, &all)).unwrap();
        for (name, value) in read.auth_params() {
            built = match name {
                "realm" => built.with_realm(value),
                "authorization_uri" => built.with_authorization_uri(value),
                "client_id" => built.with_client_id(value),
                "error" | "claims" => built,
                other => panic!("an auth-param the builder does not set: {other}"),
            };
        }
        let written = built.www_authenticate();
        let back = ClaimsChallenge::from_www_authenticate(written.as_bytes()).unwrap();
        assert_eq!(back.claims(), expected_claims(entry, &all));
        assert_eq!(back.claims(), read.claims());
        assert_eq!(back.realm(), read.realm());
        assert_eq!(back.authorization_uri(), read.authorization_uri());
        assert_eq!(back.client_id(), read.client_id());
        if text(entry, "claims_b64").is_some() {
            assert_eq!(written, header.as_str());
            built_like_the_source += 1;
        }
    }
    assert_eq!(built_like_the_source, 3);
}

#[test]
fn claims_in_either_alphabet_padded_or_not_decode_alike() {
    // `{"a":"?>?"}`: bytes whose base64 holds `/` in the standard alphabet, `_` in the URL-safe one.
    let json = r#"{"a":"?>?"}"#;
    for claims in [
        "eyJhIjoiPz4/In0=",
        "eyJhIjoiPz4/In0",
        "eyJhIjoiPz4_In0=",
        "eyJhIjoiPz4_In0",
    ] {
        let header = format!(r#"Bearer error="insufficient_claims", claims="{claims}""#);
        let challenge = ClaimsChallenge::from_www_authenticate(header.as_bytes()).unwrap();
        assert_eq!(challenge.claims(), json, "{claims}");
        assert_eq!(challenge.claims_raw(), claims);
        assert_eq!(challenge.www_authenticate(), header.as_str());
    }
    // Both alphabets at once is neither.
    let mixed = br#"Bearer error="insufficient_claims", claims="eyJh+IjoiPz4_In0""#;
    let error = ClaimsChallenge::from_www_authenticate(mixed).unwrap_err();
    assert!(matches!(error, ParseError::Malformed { .. }), "{error}");
    assert!(error.to_string().contains("not base64"), "{error}");
}

#[test]
fn edited_challenges_keep_everything_else_as_read() {
    let header = r#"Bearer  realm = "" ,error=insufficient_claims,claims=e30, extra="x\"y""#;
    let challenge = ClaimsChallenge::from_www_authenticate(header.as_bytes()).unwrap();
    assert_eq!(challenge.www_authenticate(), header);
    assert_eq!(challenge.claims(), "{}");
    assert_eq!(challenge.auth_param("EXTRA"), Some("x\"y"));
    let edited = challenge
        .with_realm("contoso.com")
        .with_client_id("00000003-0000-0000-c000-000000000000");
    assert_eq!(
        edited.www_authenticate(),
        r#"Bearer  realm="contoso.com", client_id="00000003-0000-0000-c000-000000000000" ,error=insufficient_claims,claims=e30, extra="x\"y""#
    );
    // An auth-param put first is followed by a comma.
    let challenge = ClaimsChallenge::from_www_authenticate(b"Bearer error=x, claims=e30").unwrap();
    assert_eq!(
        challenge.with_realm("r").www_authenticate(),
        r#"Bearer realm="r", error=x, claims=e30"#
    );
}

/// A resource's answer built from each fixture's challenge is what Microsoft's page says one is
/// (401, the challenge, no body), and a client reads it back as an Entra error with the claims.
#[test]
fn a_resource_answers_401_with_the_challenge_and_no_body() {
    use identity_errors::{Error, Vendor};
    for entry in fixtures() {
        let challenge = ClaimsChallenge::from_www_authenticate(wire(&entry).as_bytes()).unwrap();
        let claims = challenge.claims().to_owned();
        let response = challenge.clone().into_http_response();
        assert_eq!(response.status(), 401);
        assert_eq!(response.body(), "");
        assert_eq!(response.headers().len(), 1);
        assert_eq!(
            response.headers()["www-authenticate"],
            challenge.www_authenticate()
        );
        let error = Error::from_response(Vendor::Entra, &response);
        let Some(Error::Entra(body)) = error else {
            panic!("{entry}: read as {error:?}");
        };
        assert_eq!(body.claims(), Some(claims.as_str()));
        assert_eq!(body.claims_challenge(), Some(&challenge));
    }
}
