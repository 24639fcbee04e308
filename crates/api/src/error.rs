//! The one error type: every failure answers RFC 9457 `application/problem+json`.

use actix_web::http::{header, StatusCode};
use actix_web::{HttpResponse, ResponseError};
use coachfolio_domain::{FieldError, Invalid};
use coachfolio_persistence::StoreError;
use serde::Serialize;
use utoipa::ToSchema;

/// An RFC 9457 problem: `errors` lists invalid fields; `current` carries the stored record on
/// a 412 so the client can show what changed without another request.
#[derive(Debug, Serialize, ToSchema)]
pub struct Problem {
    #[schema(example = "urn:coachfolio:problem:validation")]
    pub r#type: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current: Option<serde_json::Value>,
}

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("bad request: {detail}")]
    BadRequest { detail: String, errors: Vec<FieldError> },
    #[error("unauthorized: {0}")]
    Unauthorized(String),
    #[error("forbidden: {0}")]
    Forbidden(String),
    #[error("not found: {0}")]
    NotFound(String),
    #[error("method not allowed")]
    MethodNotAllowed { allow: Vec<String> },
    #[error("conflict: {detail}")]
    Conflict { detail: String, errors: Vec<FieldError> },
    #[error("precondition failed")]
    PreconditionFailed { current: serde_json::Value, version: i32 },
    #[error("precondition required")]
    PreconditionRequired,
    /// The client stopped sending its body (`crate::middleware::body_timeout`).
    #[error("request timeout")]
    RequestTimeout,
    #[error("payload too large: {0}")]
    PayloadTooLarge(String),
    /// An uploaded file over its limit: 413 naming its field.
    #[error("file too large: {field}: {message}")]
    FileTooLarge { field: &'static str, message: String },
    #[error("unsupported media type")]
    UnsupportedMediaType,
    #[error("invalid: {0:?}")]
    Invalid(Vec<FieldError>),
    #[error("too many requests")]
    TooManyRequests { retry_after_secs: u64 },
    #[error("unavailable: {0}")]
    Unavailable(String),
    #[error("internal: {0}")]
    Internal(String),
}

impl ApiError {
    pub fn not_found(what: &str) -> Self {
        ApiError::NotFound(format!("{what} not found"))
    }

    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        ApiError::Invalid(vec![FieldError::new(field, message)])
    }

    pub fn conflict(field: &str, message: impl Into<String>) -> Self {
        let message = message.into();
        ApiError::Conflict { detail: format!("{field} {message}"), errors: vec![FieldError::new(field, message)] }
    }

    /// 412: the record moved on since the caller read it; carries the record as it is now.
    pub fn stale<T: Serialize>(version: i32, current: &T) -> Self {
        ApiError::PreconditionFailed { version, current: serde_json::to_value(current).unwrap_or_default() }
    }

    fn slug_title(&self) -> (&'static str, &'static str) {
        match self {
            ApiError::BadRequest { .. } => ("bad-request", "Bad request"),
            ApiError::Unauthorized(_) => ("unauthorized", "Sign-in required"),
            ApiError::Forbidden(_) => ("forbidden", "Not allowed"),
            ApiError::NotFound(_) => ("not-found", "Not found"),
            ApiError::MethodNotAllowed { .. } => ("method-not-allowed", "Method not allowed"),
            ApiError::Conflict { .. } => ("conflict", "Conflict"),
            ApiError::PreconditionFailed { .. } => ("stale-version", "The record changed since you read it"),
            ApiError::PreconditionRequired => ("if-match-required", "If-Match header required"),
            ApiError::RequestTimeout => ("request-timeout", "Request timeout"),
            ApiError::PayloadTooLarge(_) | ApiError::FileTooLarge { .. } => ("payload-too-large", "Payload too large"),
            ApiError::UnsupportedMediaType => ("unsupported-media-type", "Unsupported media type"),
            ApiError::Invalid(_) => ("validation", "Invalid input"),
            ApiError::TooManyRequests { .. } => ("too-many-requests", "Too many requests"),
            ApiError::Unavailable(_) => ("unavailable", "Service unavailable"),
            ApiError::Internal(_) => ("internal", "Internal error"),
        }
    }

    fn detail(&self) -> String {
        match self {
            ApiError::BadRequest { detail, .. } | ApiError::Conflict { detail, .. } => detail.clone(),
            ApiError::Unauthorized(d) | ApiError::Forbidden(d) | ApiError::NotFound(d) | ApiError::PayloadTooLarge(d) => d.clone(),
            ApiError::FileTooLarge { field, message } => format!("{field}: {message}"),
            ApiError::MethodNotAllowed { allow } => format!("this resource allows {}", allow.join(", ")),
            ApiError::PreconditionFailed { version, .. } => format!(
                "someone else changed this record (it is now at version {version}); reload it, reapply your change and send it with If-Match: \"{version}\""
            ),
            ApiError::PreconditionRequired => "send the version you last read as If-Match: \"<version>\" so a concurrent change is never overwritten".into(),
            ApiError::UnsupportedMediaType => "send the body as application/json".into(),
            ApiError::RequestTimeout => "the body stopped arriving before it was complete; send the request again".into(),
            ApiError::Invalid(errors) => errors.iter().map(|e| format!("{}: {}", e.field, e.message)).collect::<Vec<_>>().join("; "),
            ApiError::TooManyRequests { retry_after_secs } => format!("too many attempts; try again in {retry_after_secs} seconds"),
            ApiError::Unavailable(_) => "the database is unavailable; try again shortly".into(),
            ApiError::Internal(_) => "something went wrong on our side; it has been logged".into(),
        }
    }

    pub fn problem(&self) -> Problem {
        let (slug, title) = self.slug_title();
        let errors = match self {
            ApiError::BadRequest { errors, .. } | ApiError::Conflict { errors, .. } | ApiError::Invalid(errors) => {
                errors.clone()
            }
            ApiError::FileTooLarge { field, message } => vec![FieldError::new(*field, message.clone())],
            _ => Vec::new(),
        };
        let current = match self {
            ApiError::PreconditionFailed { current, .. } => Some(current.clone()),
            _ => None,
        };
        Problem {
            r#type: format!("urn:coachfolio:problem:{slug}"),
            title: title.into(),
            status: self.status_code().as_u16(),
            detail: self.detail(),
            errors,
            current,
        }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::BadRequest { .. } => StatusCode::BAD_REQUEST,
            ApiError::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            ApiError::Forbidden(_) => StatusCode::FORBIDDEN,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::MethodNotAllowed { .. } => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::Conflict { .. } => StatusCode::CONFLICT,
            ApiError::PreconditionFailed { .. } => StatusCode::PRECONDITION_FAILED,
            ApiError::PreconditionRequired => StatusCode::PRECONDITION_REQUIRED,
            ApiError::RequestTimeout => StatusCode::REQUEST_TIMEOUT,
            ApiError::PayloadTooLarge(_) | ApiError::FileTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        if let ApiError::Internal(cause) | ApiError::Unavailable(cause) = self {
            // The cause stays in the log; clients get a generic detail.
            tracing::error!(%cause, status = self.status_code().as_u16(), "request failed");
        }
        let mut res = HttpResponse::build(self.status_code());
        res.content_type("application/problem+json");
        match self {
            ApiError::Unauthorized(_) => {
                res.insert_header((header::WWW_AUTHENTICATE, "Bearer"));
            }
            ApiError::MethodNotAllowed { allow } => {
                res.insert_header((header::ALLOW, allow.join(", ")));
            }
            ApiError::TooManyRequests { retry_after_secs } => {
                res.insert_header((header::RETRY_AFTER, retry_after_secs.to_string()));
            }
            ApiError::PreconditionFailed { version, .. } => {
                res.insert_header((header::ETAG, etag(*version)));
            }
            _ => {}
        }
        res.body(serde_json::to_string(&self.problem()).unwrap_or_default())
    }
}

impl ApiError {
    /// A request body that could not be read: 408 when it stopped arriving, 413 over the
    /// limit, else 400 saying what happened to `what`.
    pub fn unreadable(e: &actix_web::error::PayloadError, what: &str) -> ApiError {
        use actix_web::error::PayloadError;
        match e {
            PayloadError::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => ApiError::RequestTimeout,
            PayloadError::Overflow => ApiError::PayloadTooLarge(format!("the {what} is larger than allowed")),
            other => ApiError::BadRequest { detail: format!("could not read the {what}: {other}"), errors: Vec::new() },
        }
    }
}

/// A refusal of the completion form's rules: 422 for a bad input, 409 for its state.
impl From<coachfolio_domain::completion::Refusal> for ApiError {
    fn from(r: coachfolio_domain::completion::Refusal) -> Self {
        if r.invalid {
            ApiError::invalid(r.field, r.message)
        } else {
            ApiError::conflict(r.field, r.message)
        }
    }
}

impl From<Invalid> for ApiError {
    fn from(e: Invalid) -> Self {
        ApiError::Invalid(e.0)
    }
}

/// A version as a strong ETag. Here, not in `etag`, because the 412 answer carries one too.
pub fn etag(version: i32) -> String {
    format!("\"{version}\"")
}

/// Turns "no such row" into the API's 404 for `what`, and leaves every other storage error
/// (a value that does not parse, a lost connection) to be logged as what it is.
pub(crate) trait OrNotFound<T> {
    fn or_not_found(self, what: &str) -> Result<T, ApiError>;
}

impl<T> OrNotFound<T> for Result<T, StoreError> {
    fn or_not_found(self, what: &str) -> Result<T, ApiError> {
        self.map_err(|e| match e {
            StoreError::NotFound => ApiError::not_found(what),
            other => other.into(),
        })
    }
}

/// A step a coaching log's state refuses: 409 naming `state`.
impl From<coachfolio_domain::step::Refused> for ApiError {
    fn from(e: coachfolio_domain::step::Refused) -> Self {
        ApiError::conflict("state", e.0)
    }
}

impl ApiError {
    /// A step a record's status refuses: 409 naming `status`.
    pub fn status_refused(e: coachfolio_domain::step::Refused) -> ApiError {
        ApiError::conflict("status", e.0)
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => ApiError::not_found("record"),
            StoreError::Conflict(c) => ApiError::Conflict {
                detail: format!("a record with the same unique value already exists ({c})"),
                errors: Vec::new(),
            },
            StoreError::Unavailable(c) => ApiError::Unavailable(c),
            other => ApiError::Internal(other.to_string()),
        }
    }
}

impl From<actix_web::error::BlockingError> for ApiError {
    fn from(e: actix_web::error::BlockingError) -> Self {
        ApiError::Internal(e.to_string())
    }
}

impl From<validator::ValidationErrors> for ApiError {
    fn from(e: validator::ValidationErrors) -> Self {
        let mut errors = Vec::new();
        collect_validation(&e, "", &mut errors);
        ApiError::Invalid(errors)
    }
}

fn collect_validation(e: &validator::ValidationErrors, prefix: &str, out: &mut Vec<FieldError>) {
    use validator::ValidationErrorsKind::*;
    for (field, kind) in e.errors() {
        let name = if prefix.is_empty() { field.to_string() } else { format!("{prefix}.{field}") };
        match kind {
            Field(list) => out.extend(list.iter().map(|v| {
                let message = v.message.as_ref().map(|m| m.to_string()).unwrap_or_else(|| describe(v));
                FieldError::new(name.clone(), message)
            })),
            Struct(inner) => collect_validation(inner, &name, out),
            List(items) => {
                for (i, inner) in items {
                    collect_validation(inner, &format!("{name}[{i}]"), out);
                }
            }
        }
    }
    out.sort_by(|a, b| a.field.cmp(&b.field));
}

/// A readable message for the validator codes used on request types.
fn describe(v: &validator::ValidationError) -> String {
    let p = |k: &str| v.params.get(k).map(|x| x.to_string());
    match v.code.as_ref() {
        "length" => match (p("min"), p("max")) {
            (Some(min), Some(max)) => format!("must be {min} to {max} characters"),
            (Some(min), None) => format!("must be at least {min} characters"),
            (None, Some(max)) => format!("must be at most {max} characters"),
            _ => "has the wrong length".into(),
        },
        "range" => match (p("min"), p("max")) {
            (Some(min), Some(max)) => format!("must be between {min} and {max}"),
            _ => "is out of range".into(),
        },
        "email" => "must be a valid email address".into(),
        other => format!("is invalid ({other})"),
    }
}
