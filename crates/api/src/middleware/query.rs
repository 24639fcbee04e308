//! A NUL in a query parameter is refused with 422 naming it, as in a body (`crate::body`):
//! no text Coachfolio keeps or searches holds one, and PostgreSQL cannot take it.

use crate::error::ApiError;
use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::ResponseError;

pub async fn refuse_nul(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    if let Some(field) = nul_in(req.query_string()) {
        let answer = ApiError::invalid(&field, "must not contain a NUL character").error_response();
        return Ok(req.into_response(answer).map_into_right_body());
    }
    Ok(next.call(req).await?.map_into_left_body())
}

/// The first parameter whose name or value holds a NUL.
fn nul_in(query: &str) -> Option<String> {
    if !query.contains("%00") {
        return None;
    }
    form_urlencoded::parse(query.as_bytes())
        .find(|(k, v)| k.contains('\0') || v.contains('\0'))
        // The name is echoed in the answer, which holds no NUL either.
        .map(|(k, _)| k.replace('\0', "\\u0000"))
}

#[cfg(test)]
mod tests {
    use super::nul_in;

    #[test]
    fn names_the_parameter_holding_a_nul() {
        assert_eq!(nul_in("q=ann%00a&page=1"), Some("q".into()));
        assert_eq!(nul_in("page=1&q%00=x"), Some("q\\u0000".into()));
        assert_eq!(nul_in("q=100%25"), None);
        assert_eq!(nul_in(""), None);
    }
}
