//! What answers when no handler matched: 405 for a known path with another method, the SPA's
//! `index.html` for client-side routes, and a problem+json 404 for everything under `/api`.

use crate::error::ApiError;
use actix_web::dev::ResourceDef;
use actix_web::http::Method;
use actix_web::{web, HttpRequest, HttpResponse};
use std::path::PathBuf;

pub struct Fallback {
    routes: Vec<(ResourceDef, Vec<&'static str>)>,
    static_dir: PathBuf,
}

impl Fallback {
    pub fn new(routes: Vec<(String, Vec<&'static str>)>, static_dir: PathBuf) -> Fallback {
        Fallback { routes: routes.into_iter().map(|(p, m)| (ResourceDef::new(p), m)).collect(), static_dir }
    }

    /// The methods of the resource `path` names: of the most specific template matching it (a
    /// literal segment before a variable, as OpenAPI matches), with HEAD beside GET.
    pub(crate) fn allowed(&self, path: &str) -> Option<Vec<String>> {
        let variables = |def: &ResourceDef| def.pattern().map_or(0, |p| p.matches('{').count());
        let (_, methods) =
            self.routes.iter().filter(|(def, _)| def.is_match(path)).min_by_key(|(def, _)| variables(def))?;
        let mut allow: Vec<String> = methods.iter().map(|m| m.to_string()).collect();
        if allow.iter().any(|m| m == "GET") {
            allow.push("HEAD".into());
        }
        Some(allow)
    }
}

pub(crate) fn is_api(path: &str) -> bool {
    path == "/api" || path.starts_with("/api/") || path == "/health" || path == "/ready"
}

pub async fn answer(req: HttpRequest, fallback: web::Data<Fallback>) -> Result<HttpResponse, ApiError> {
    let path = req.path();
    if let Some(allow) = fallback.allowed(path) {
        return Err(ApiError::MethodNotAllowed { allow });
    }
    if is_api(path) {
        return Err(ApiError::NotFound(format!("no API resource at {path}")));
    }
    if req.method() != Method::GET && req.method() != Method::HEAD {
        return Err(ApiError::MethodNotAllowed { allow: vec!["GET".into(), "HEAD".into()] });
    }
    let index = fallback.static_dir.join("index.html");
    match actix_files::NamedFile::open_async(&index).await {
        Ok(file) => Ok(file.use_etag(false).use_last_modified(false).into_response(&req)),
        Err(_) => Ok(HttpResponse::NotFound().content_type("text/html; charset=utf-8").body(format!(
            "<!doctype html><title>Coachfolio</title><p>The web app is not built ({} is missing): run <code>make run</code>, or use the API at <a href=\"/api/docs/\">/api/docs/</a>.</p>",
            index.display()
        ))),
    }
}
