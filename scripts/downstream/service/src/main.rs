//! What the README's service example does: answer as Okta, Identity Cloud and LUSID would.

use identity_errors::{http, identity_cloud, lusid, okta};

fn main() -> Result<(), okta::RedirectError> {
    let response: http::Response<String> =
        okta::ErrorBody::resource_not_found("User 00u1").into_http_response();
    assert_eq!(response.status(), 404);
    println!("{}", response.body());

    let error =
        okta::OAuthErrorBody::new(okta::OAuthErrorCode::AccessDenied).with_state("af0ifjsldkj");
    let location = error.to_redirect(
        "https://app.example.com/callback",
        okta::ResponseMode::Query,
    )?;
    println!("{location}");

    let capture = identity_cloud::ErrorBody::new(identity_cloud::ErrorCode::AccessTokenExpired);
    assert_eq!(capture.into_http_response().status(), 200);
    let problem = lusid::ProblemDetails::new(lusid::ErrorCode::UserDoesNotExist);
    assert_eq!(problem.into_http_response().status(), 404);
    Ok(())
}
