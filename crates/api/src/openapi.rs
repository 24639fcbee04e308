//! The OpenAPI document, collected from the handlers and completed with what every operation
//! shares: problem+json error answers and bearer authentication.

use crate::error::Problem;
use actix_web::App;
use utoipa::openapi::path::Operation;
use utoipa::openapi::response::ResponseBuilder;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityRequirement, SecurityScheme};
use utoipa::openapi::{ContentBuilder, OpenApi as Spec, Ref};
use utoipa::OpenApi;
use utoipa_actix_web::{scope, AppExt};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Coachfolio API",
        description = "Coaching logs, leadership plans, reflections, events and completion for educator coaching and induction programs. The web app and third-party systems use the same API.\n\nEvery failure answers `application/problem+json` (RFC 9457); validation failures list `errors: [{field, message}]`. Editable records carry a `version`, sent as a strong `ETag`; changes must send it back as `If-Match` (428 without, 412 with the current record when stale). Lists are paginated (`page` from 1, `per_page` at most 100).",
        license(name = "AGPL-3.0-or-later")
    ),
    components(schemas(Problem)),
    tags(
        (name = "auth", description = "Sign-in, tokens, password"),
        (name = "me", description = "The signed-in person"),
        (name = "users", description = "Accounts"),
        (name = "programs", description = "Programs and requirement settings"),
        (name = "members", description = "Roles in a program"),
        (name = "cohorts"), (name = "districts"), (name = "enrollments"),
        (name = "coach assignments"),
        (name = "coaching logs", description = "Collaborative coaching logs: written by the coach, acknowledged by the candidate"),
        (name = "ILPs", description = "Individual Leadership Plans: written by the candidate with their coach"),
        (name = "reflections", description = "Reflection assessments on the Descriptions of Practice, and growth"),
        (name = "applications to practice", description = "The Application to Practice, built on the interim reflection"),
        (name = "events", description = "Orientation, cohort and coach meetings, professional-learning days, end-of-year meetings"),
        (name = "registrations", description = "Registration for events, with waitlists"),
        (name = "calendar", description = "Private iCalendar feeds of one's events"),
        (name = "attendance", description = "Attendance from the sign-in sheet, make-ups, and the meeting counts the requirements use"),
        (name = "hours", description = "The coaching hours ledger"),
        (name = "documents", description = "The e-portfolio: PDFs of evidence, with their versions"),
        (name = "professional learning", description = "Alternative professional learning with its approval, and the professional-learning hours ledger"),
        (name = "fees", description = "Fee plans, payments and the program's receivables (money in integer cents)"),
        (name = "requests", description = "The handbook's requests: change of coach, extension, withdrawal, complaint, doctoral waiver"),
        (name = "job shadows and visits", description = "The job shadow and the Distinguished School / WASC visit summaries"),
        (name = "standards", description = "CPSEL reference data"),
        (name = "audit", description = "The audit trail"),
        (name = "health")
    )
)]
struct ApiDoc;

/// The document as served at `/api/openapi.json` and committed as `openapi.yaml`.
pub fn spec() -> Spec {
    let (_, spec) = App::new()
        .into_utoipa_app()
        .openapi(ApiDoc::openapi())
        .service(crate::routes::health::health)
        .service(crate::routes::health::ready)
        .service(scope::scope("/api").configure(crate::routes::configure))
        .split_for_parts();
    complete(spec)
}

fn complete(mut spec: Spec) -> Spec {
    let components = spec.components.get_or_insert_with(Default::default);
    components.add_security_scheme(
        "bearer",
        SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).bearer_format("JWT").build()),
    );
    spec.security = Some(vec![SecurityRequirement::new("bearer", Vec::<String>::new())]);
    let problem = |description: &str| {
        ResponseBuilder::new()
            .description(description)
            .content(
                "application/problem+json",
                ContentBuilder::new().schema(Some(Ref::from_schema_name("Problem"))).build(),
            )
            .build()
    };
    for item in spec.paths.paths.values_mut() {
        let ops: [&mut Option<Operation>; 5] =
            [&mut item.get, &mut item.post, &mut item.put, &mut item.patch, &mut item.delete];
        for op in ops.into_iter().flatten() {
            // Handlers are named for their action (list, create…): the tag makes the id unique.
            if let (Some(tag), Some(id)) = (op.tags.as_ref().and_then(|t| t.first()), op.operation_id.as_mut()) {
                *id = format!("{}_{id}", tag.replace(' ', "_"));
            }
            let r = &mut op.responses.responses;
            r.entry("4XX".into())
                .or_insert_with(|| problem("The request was refused; see the problem's detail and errors").into());
            r.entry("5XX".into()).or_insert_with(|| problem("The server or its database failed").into());
        }
    }
    spec
}

/// Each path template of the API with the methods it answers, for 405s.
pub fn routes(spec: &Spec) -> Vec<(String, Vec<&'static str>)> {
    spec.paths
        .paths
        .iter()
        .map(|(path, item)| {
            let mut methods = Vec::new();
            for (m, op) in [
                ("GET", &item.get),
                ("POST", &item.post),
                ("PUT", &item.put),
                ("PATCH", &item.patch),
                ("DELETE", &item.delete),
            ] {
                if op.is_some() {
                    methods.push(m);
                }
            }
            (path.clone(), methods)
        })
        .collect()
}
