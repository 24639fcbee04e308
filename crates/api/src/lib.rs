//! Coachfolio's HTTP API: actix-web handlers, the access policy, and the OpenAPI contract.

/// mimalloc: glibc's malloc and free were an eighth of an autosave's time across the blocking
/// threads; every request is 25–35% faster with it (docs/benchmarks.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod attachable;
mod audit;
pub mod auth;
mod body;
mod calendar;
pub mod capabilities;
mod clock;
mod comments;
pub mod config;
pub mod current_user;
pub mod demo;
mod demo_calendar;
mod demo_finished;
mod demo_reflection;
mod error;
mod etag;
mod fallback;
mod kernel;
pub mod middleware;
pub mod notify;
pub mod openapi;
mod pagination;
mod people;

mod read_audit;
pub mod routes;
mod spreadsheet;
pub mod state;
pub mod storage;

pub use capabilities::AccessCache;
pub use config::Config;
pub use error::{ApiError, Problem};
pub use middleware::Serving;
pub use state::AppState;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceFactory, ServiceRequest, ServiceResponse};
use actix_web::middleware::from_fn;
use actix_web::{web, App, HttpRequest};
use coachfolio_domain::FieldError;
use utoipa_swagger_ui::SwaggerUi;

/// Database threads per server worker. Tokio's default (hundreds) starts a thread for every
/// waiting request; on a small machine the switching between them costs more than the queries
/// (measured in `make bench`: 4 per worker served coaching-log reads 20–40% faster than 2, 8 or
/// the default).
pub const BLOCKING_THREADS_PER_WORKER: usize = 4;

/// The whole application: API, docs, health checks and the SPA, sharing `state`.
pub fn app(
    state: web::Data<AppState>,
    access: web::Data<AccessCache>,
    serving: Serving,
) -> App<
    impl ServiceFactory<
        ServiceRequest,
        Config = (),
        Response = ServiceResponse<impl MessageBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    let spec = openapi::spec();
    let Serving { static_dir, body_read_timeout, hsts_seconds } = serving;
    let fallback = web::Data::new(fallback::Fallback::new(openapi::routes(&spec), static_dir.clone()));
    let mut app = App::new()
        .wrap(from_fn(middleware::query::refuse_nul))
        .wrap(from_fn(move |req, next| middleware::body_timeout::limit(req, next, body_read_timeout)))
        .wrap(from_fn(move |req, next| middleware::headers::secure(req, next, hsts_seconds)))
        .wrap(tracing_actix_web::TracingLogger::default())
        .app_data(state)
        .app_data(access)
        .app_data(fallback)
        .app_data(web::PayloadConfig::new(body::LIMIT))
        .app_data(web::PathConfig::default().error_handler(|err, req| path_error(err.to_string(), req).into()))
        .app_data(web::QueryConfig::default().error_handler(|err, req| {
            ApiError::BadRequest {
                detail: format!("invalid query string: {err}"),
                errors: query_field(&err.to_string(), req.query_string()),
            }
            .into()
        }))
        .service(routes::health::health)
        .service(routes::health::ready)
        // Before the /api scope, which would otherwise claim these paths.
        .service(SwaggerUi::new("/api/docs/{_:.*}").url("/api/openapi.json", spec))
        .service(web::scope("/api").configure(|cfg| {
            let mut wrapped = utoipa_actix_web::service_config::ServiceConfig::new(cfg);
            routes::configure(&mut wrapped);
        }));
    if static_dir.is_dir() {
        app = app.service(
            actix_files::Files::new("/", &static_dir)
                // Only reads: another method falls through to the fallback's 405 with Allow
                // (the files' own 405 names no methods).
                .guard(actix_web::guard::Any(actix_web::guard::Get()).or(actix_web::guard::Head()))
                .index_file("index.html")
                .default_handler(web::to(fallback::answer)),
        );
    }
    app.default_service(web::to(fallback::answer))
}

/// Names the path segment that failed to parse (an id that is not a UUID, say). A path that
/// names another resource by a literal segment (`…/attendance/all-present` beside
/// `…/attendance/{user_id}`) asked that resource with a method it does not take: 405.
fn path_error(message: String, req: &HttpRequest) -> ApiError {
    let named = req.app_data::<web::Data<fallback::Fallback>>().and_then(|f| f.allowed(req.path()));
    if let Some(allow) = named.filter(|allow| !allow.iter().any(|m| m == req.method().as_str())) {
        return ApiError::MethodNotAllowed { allow };
    }
    let field = req
        .match_info()
        .iter()
        .find(|(name, value)| name.ends_with("id") && uuid::Uuid::parse_str(value).is_err())
        .map(|(name, _)| name.to_string())
        .unwrap_or_else(|| "path".into());
    ApiError::BadRequest {
        detail: format!("invalid {field} in the path: {message}"),
        errors: vec![FieldError::new(field, "must be a UUID")],
    }
}

fn query_field(message: &str, query: &str) -> Vec<FieldError> {
    let quoted = message.split('`').nth(1).unwrap_or_default();
    // serde names the field of a missing or unknown parameter, but only the value of an
    // unknown variant: then the field is the parameter that has that value.
    let name = if message.contains("unknown variant") {
        form_urlencoded::parse(query.as_bytes()).find(|(_, v)| v == quoted).map(|(k, _)| k.into_owned())
    } else {
        (!quoted.is_empty()).then(|| quoted.to_string())
    };
    vec![FieldError::new(name.unwrap_or_else(|| "query".into()), message.to_string())]
}
