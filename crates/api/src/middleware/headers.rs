//! Security headers on every answer: a Content-Security-Policy without inline script that
//! forbids framing, no MIME sniffing, no referrer (a calendar feed's address is a secret),
//! `Cache-Control: no-store` on API answers (confidential records must not stay in a cache),
//! and HSTS when the installation says it is served over TLS.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderName, HeaderValue};
use actix_web::middleware::Next;

/// The web app and the API docs load their scripts, styles and images from this server only.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; \
form-action 'self'; frame-ancestors 'none'";

/// The API docs (Swagger UI) set styles inline; their scripts still come from this server only.
const DOCS_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; \
form-action 'self'; frame-ancestors 'none'";

pub async fn secure(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
    hsts_seconds: Option<u32>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let api = crate::fallback::is_api(req.path());
    let policy = if req.path().starts_with("/api/docs/") { DOCS_POLICY } else { CONTENT_SECURITY_POLICY };
    let mut res = next.call(req).await?;
    let h = res.headers_mut();
    let mut set = |name: HeaderName, value: HeaderValue| {
        if !h.contains_key(&name) {
            h.insert(name, value);
        }
    };
    set(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(policy));
    set(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    set(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    set(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    if api {
        set(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if let Some(max_age) = hsts_seconds {
        let value = HeaderValue::from_str(&format!("max-age={max_age}")).expect("a number is a header value");
        set(header::STRICT_TRANSPORT_SECURITY, value);
    }
    Ok(res)
}
