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
            let bytes = bytes.await.map_err(|e| match e.as_error::<actix_web::error::PayloadError>() {
                Some(actix_web::error::PayloadError::Overflow) => {
                    ApiError::PayloadTooLarge(format!("the body is larger than {LIMIT} bytes"))
                }
                Some(payload) => ApiError::unreadable(payload, "body"),
                None => ApiError::BadRequest { detail: format!("could not read the body: {e}"), errors: Vec::new() },
            })?;
            parse(&bytes).map(Body)
        })
    }
}

pub fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    refuse_nul(bytes)?;
    let de = &mut serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(de).or_else(|e| {
        // JSON has one kind of number: `3.0` is the integer 3 (JSON Schema's `integer` says so
        // too), which serde refuses for an integer field. Only a body refused for it is read
        // again, with such numbers made integers.
        if !e.inner().to_string().starts_with("invalid type: floating point") {
            return Err(named(e));
        }
        let mut value: serde_json::Value = serde_json::from_slice(bytes).map_err(|_| named(e))?;
        integral_floats(&mut value);
        parse_value(value)
    })
}

/// Makes every whole number written with a fraction (`3.0`) an integer.
fn integral_floats(value: &mut serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::Number(n) => {
            if let Some(f) = n.as_f64().filter(|f| n.is_f64() && f.fract() == 0.0 && f.abs() < 9.0e15) {
                *n = (f as i64).into();
            }
        }
        Value::Array(items) => items.iter_mut().for_each(integral_floats),
        Value::Object(fields) => fields.values_mut().for_each(integral_floats),
        _ => {}
    }
}

/// A NUL character is no part of any text Coachfolio keeps (PostgreSQL cannot store it in
/// text): refused with 422 naming the field, on every database alike. JSON can only carry one
/// escaped, so only a body holding `\u0000` is read twice to find where.
fn refuse_nul(bytes: &[u8]) -> Result<(), ApiError> {
    const ESCAPED: &[u8] = b"\\u0000";
    if !bytes.windows(ESCAPED.len()).any(|w| w == ESCAPED) {
        return Ok(());
    }
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(bytes) else {
        return Ok(()); // malformed: the parse that follows says so
    };
    match nul_at(&value, String::new()) {
        Some(field) => Err(ApiError::invalid(&field, "must not contain a NUL character")),
        None => Ok(()),
    }
}

/// The path (as serde_path_to_error names it) of the first string or key holding a NUL.
fn nul_at(value: &serde_json::Value, path: String) -> Option<String> {
    use serde_json::Value;
    let named = |path: &str| if path.is_empty() { "body".to_string() } else { path.to_string() };
    match value {
        Value::String(s) if s.contains('\0') => Some(named(&path)),
        Value::Array(items) => items.iter().enumerate().find_map(|(i, v)| nul_at(v, format!("{path}[{i}]"))),
        Value::Object(fields) => fields.iter().find_map(|(k, v)| {
            // A key is echoed in the answer, which holds no NUL either: it is written escaped.
            let (nul, k) = (k.contains('\0'), k.replace('\0', "\\u0000"));
            let at = if path.is_empty() { k } else { format!("{path}.{k}") };
            if nul {
                Some(at)
            } else {
                nul_at(v, at)
            }
        }),
        _ => None,
    }
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
    fn a_nul_character_is_refused_naming_its_field() {
        assert_eq!(field(r#"{"name": "a\u0000b"}"#), "name");
        assert_eq!(field(r#"{"name": "x", "inner": {"hours": 1, "note\u0000": 2}}"#), "inner.note\\u0000");
        let nested = r#"{"steps": [{"step": "ok"}, {"step": "\u0000"}]}"#;
        match refuse_nul(nested.as_bytes()).unwrap_err() {
            ApiError::Invalid(e) => assert_eq!(e[0].field, "steps[1].step"),
            other => panic!("{other:?}"),
        }
        // An escaped backslash followed by "u0000" is text, not a NUL.
        assert!(refuse_nul(br#"{"name": "C:\\u0000"}"#).is_ok());
    }

    #[test]
    fn a_whole_number_written_with_a_fraction_is_an_integer() {
        let inner: Inner = parse(br#"{"hours": 3.0}"#).unwrap();
        assert_eq!(inner.hours, 3);
        assert_eq!(field(r#"{"name": "x", "inner": {"hours": 3.5}}"#), "inner.hours");
    }

    #[test]
    fn malformed_json_is_a_bad_request() {
        assert!(matches!(parse::<Outer>(b"{\"name\": "), Err(ApiError::BadRequest { .. })));
        assert!(matches!(parse::<Outer>(b"not json"), Err(ApiError::BadRequest { .. })));
    }
}
