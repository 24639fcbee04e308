//! Optimistic concurrency: every editable record has a version, sent as a strong ETag; writes
//! must carry it back in If-Match so a concurrent change is never silently overwritten.

use crate::error::{etag, ApiError};
use actix_web::{dev::Payload, http::header, FromRequest, HttpRequest, HttpResponse};
use futures_util::future::{ready, Ready};
use serde::Serialize;

/// The version named by the request's If-Match header.
#[derive(Debug, Clone, Copy)]
pub struct IfMatch(pub i32);

impl FromRequest for IfMatch {
    type Error = ApiError;
    type Future = Ready<Result<IfMatch, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let Some(value) = req.headers().get(header::IF_MATCH) else {
            return ready(Err(ApiError::PreconditionRequired));
        };
        let value = value.to_str().unwrap_or_default().trim();
        if value == "*" {
            // RFC 9110's "any version" would overwrite another person's change unseen.
            return ready(Err(ApiError::BadRequest {
                detail: "If-Match: * is not accepted: send the ETag you last read, e.g. \"3\"".into(),
                errors: vec![coachfolio_domain::FieldError::new("If-Match", "must be the version you last read")],
            }));
        }
        let parsed = value.trim_start_matches("W/").trim_matches('"').parse::<i32>().ok();
        ready(parsed.map(IfMatch).ok_or_else(|| ApiError::BadRequest {
            detail: "If-Match must be the record's ETag, e.g. \"3\"".into(),
            errors: vec![coachfolio_domain::FieldError::new("If-Match", "must be a quoted version number")],
        }))
    }
}

impl IfMatch {
    /// Fails with 412 and the stored record when it has moved on from the version sent.
    pub fn check<T: Serialize>(self, stored_version: i32, stored: &T) -> Result<(), ApiError> {
        if self.0 == stored_version {
            Ok(())
        } else {
            Err(ApiError::stale(stored_version, stored))
        }
    }
}

/// 200 with the body and its ETag.
pub fn ok_tagged<T: Serialize>(version: i32, body: &T) -> HttpResponse {
    HttpResponse::Ok().insert_header((header::ETAG, etag(version))).json(body)
}

/// 201 with the body and its ETag.
pub fn created_tagged<T: Serialize>(version: i32, body: &T) -> HttpResponse {
    HttpResponse::Created().insert_header((header::ETAG, etag(version))).json(body)
}
