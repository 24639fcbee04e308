//! JSON request bodies whose errors name the offending field (serde_path_to_error), answered as
//! problem+json: 415 for another content type, 413 when too large, 400 for malformed JSON and
//! 422 for well-formed JSON with a missing, unknown or mistyped field.

use crate::error::ApiError;
use actix_web::{dev::Payload, http::header, web, FromRequest, HttpRequest};
use coachfolio_domain::FieldError;
use futures_util::future::LocalBoxFuture;
use serde::de::DeserializeOwned;

/// Largest JSON body accepted.
pub const LIMIT: usize = 256 * 1024;

pub struct Body<T>(pub T);

impl<T: DeserializeOwned + 'static> FromRequest for Body<T> {
    type Error = ApiError;
    type Future = LocalBoxFuture<'static, Result<Body<T>, ApiError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let json = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .is_some_and(|v| {
                let v = v.trim().to_ascii_lowercase();
                v == "application/json" || (v.starts_with("application/") && v.ends_with("+json"))
            });
        let bytes = web::Bytes::from_request(req, payload);
        Box::pin(async move {
            if !json {
                return Err(ApiError::UnsupportedMediaType);
            }
            let bytes = bytes.await.map_err(|e| {
                use actix_web::error::PayloadError;
                if matches!(e.as_error::<PayloadError>(), Some(PayloadError::Overflow)) {
                    ApiError::PayloadTooLarge(format!("the body is larger than {LIMIT} bytes"))
                } else {
                    ApiError::BadRequest { detail: format!("could not read the body: {e}"), errors: Vec::new() }
                }
            })?;
            parse(&bytes).map(Body)
        })
    }
}

pub fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let de = &mut serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(de).map_err(named)
}

/// Reads a part of a body already parsed, naming the field as `parse` does (a union chosen by
/// a tag is read this way: serde reads a tagged union's fields without their names).
pub fn parse_value<T: DeserializeOwned>(value: serde_json::Value) -> Result<T, ApiError> {
    serde_path_to_error::deserialize(value).map_err(named)
}

fn named(e: serde_path_to_error::Error<serde_json::Error>) -> ApiError {
    {
        let field = e.path().to_string();
        let inner = e.into_inner();
        if inner.is_syntax() || inner.is_eof() {
            return ApiError::BadRequest { detail: format!("the body is not valid JSON: {inner}"), errors: Vec::new() };
        }
        let message = strip_position(&inner.to_string());
        // serde_path_to_error ends an unknown field's path with its name, except under
        // `#[serde(flatten)]`, and stops a missing field's path at the parent object.
        let field = match (named_field(&message), field.as_str()) {
            (Some(name), ".") => name,
            (Some(name), parent) if message.starts_with("missing") => format!("{parent}.{name}"),
            (_, ".") => "body".into(),
            _ => field,
        };
        ApiError::Invalid(vec![FieldError::new(field, message)])
    }
}

fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

fn named_field(msg: &str) -> Option<String> {
    let rest = msg.strip_prefix("missing field `").or_else(|| msg.strip_prefix("unknown field `"))?;
    rest.split('`').next().map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Outer {
        name: String,
        inner: Option<Inner>,
    }
    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Inner {
        hours: u32,
    }

    fn field(body: &str) -> String {
        match parse::<Outer>(body.as_bytes()).unwrap_err() {
            ApiError::Invalid(e) => e[0].field.clone(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn errors_name_the_field() {
        assert_eq!(field(r#"{"name": 3}"#), "name");
        assert_eq!(field(r#"{}"#), "name");
        assert_eq!(field(r#"{"name": "x", "bogus": 1}"#), "bogus");
        assert_eq!(field(r#"{"name": "x", "inner": {"hours": -1}}"#), "inner.hours");
        assert_eq!(field(r#"{"name": "x", "inner": {"hours": 1, "extra": 2}}"#), "inner.extra");
    }

    #[test]
    fn malformed_json_is_a_bad_request() {
        assert!(matches!(parse::<Outer>(b"{\"name\": "), Err(ApiError::BadRequest { .. })));
        assert!(matches!(parse::<Outer>(b"not json"), Err(ApiError::BadRequest { .. })));
    }
}
