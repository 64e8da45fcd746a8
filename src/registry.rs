//! The vendors' body types, in one list. Adding a vendor adds its lines here, beside its module,
//! its cargo feature and its [`Vendor`](crate::Vendor) variant: [`Error`](crate::Error)'s
//! variants and `From` impls, and the types `Error::from_parts` tries for a vendor (in this
//! order), follow from it; nothing in the client's dispatch names a vendor.

/// Calls `$then!` with every body type: its vendor's feature, the [`Error`](crate::Error)
/// variant that holds it, and that variant's documentation.
macro_rules! bodies {
    ($then:ident) => {
        $then! {
            "okta" Okta(crate::okta::ErrorBody)
                "An Okta API error body (`errorCode`, `errorSummary`, ..).",
            "okta" OAuth(crate::okta::OAuthErrorBody)
                "An Okta OAuth 2.0 error: a JSON body, a `WWW-Authenticate` challenge or a `Location`.",
            "identity-cloud" IdentityCloud(crate::identity_cloud::ErrorBody)
                "An Identity Cloud error body.",
            "lusid" Lusid(crate::lusid::ProblemDetails)
                "A LUSID problem-details body.",
        }
    };
}

pub(crate) use bodies;
