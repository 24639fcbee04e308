//! The OpenAPI document, collected from the handlers and completed with what every operation
//! shares: problem+json error answers and bearer authentication.

use crate::error::Problem;
use actix_web::App;
use utoipa::openapi::path::Operation;
use utoipa::openapi::response::ResponseBuilder;
use utoipa::openapi::schema::{
    AdditionalProperties, ArrayItems, Discriminator, KnownFormat, Object, ObjectBuilder, Schema, SchemaFormat,
    SchemaType, Type,
};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityRequirement, SecurityScheme};
use utoipa::openapi::{ContentBuilder, OpenApi as Spec, Ref, RefOr};
use utoipa::Number;
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
        (name = "completion", description = "The Program Completion Verification: its items computed from the records, the two columns' confirmations and the four signatures"),
        (name = "portfolio review", description = "The coordinator's follow-up list: every candidate's follow-ups and completion items"),
        (name = "completion rosters", description = "The completion candidate roster sent to the credential office"),
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

/// The one form of If-Match the API takes: the version last read, as its ETag. `If-Match: *`
/// (RFC 9110: "any current version") would write over whatever another person saved since,
/// which the API never does silently: it answers 400 naming If-Match (`crate::etag`).
pub const IF_MATCH_PATTERN: &str = r#"^(W/)?"[0-9]{1,9}"$"#;

/// Text without a NUL character.
const NO_NUL: &str = r"^[^\u0000]*$";

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
            for p in op.parameters.iter_mut().flatten().filter(|p| p.name == "If-Match") {
                p.schema = Some(
                    ObjectBuilder::new()
                        .schema_type(Type::String)
                        .pattern(Some(IF_MATCH_PATTERN))
                        .examples([serde_json::json!("\"3\"")])
                        .into(),
                );
            }
            let r = &mut op.responses.responses;
            r.entry("4XX".into())
                .or_insert_with(|| problem("The request was refused; see the problem's detail and errors").into());
            r.entry("5XX".into()).or_insert_with(|| problem("The server or its database failed").into());
        }
    }
    bound_values(closed_forms(flatten_variants(spec)))
}

/// A multipart form (an upload) takes only the fields it names: the server refuses any other
/// part (422), so the contract says so as it does for JSON bodies.
fn closed_forms(mut spec: Spec) -> Spec {
    let forms: Vec<String> = spec
        .paths
        .paths
        .values()
        .flat_map(|item| [&item.post, &item.put, &item.patch])
        .flatten()
        .filter_map(|op| op.request_body.as_ref()?.content.get("multipart/form-data")?.schema.as_ref())
        .filter_map(|schema| match schema {
            RefOr::Ref(r) => r.ref_location.rsplit('/').next().map(str::to_string),
            RefOr::T(_) => None,
        })
        .collect();
    for name in forms {
        if let Some(RefOr::T(Schema::Object(o))) = spec.components.as_mut().and_then(|c| c.schemas.get_mut(&name)) {
            o.additional_properties = Some(Box::new(AdditionalProperties::FreeForm(false)));
        }
    }
    spec
}

/// Makes every body a client can generate satisfiable: utoipa writes a struct with a flattened
/// part (`NewEnrollment`) and each variant of a tagged union (`RequestForm`) as `allOf` of
/// objects that each refuse the other's properties (`additionalProperties: false`), which no
/// value satisfies. Each becomes one flat object; a union's variants become named objects
/// carrying their tag, chosen by a discriminator.
fn flatten_variants(mut spec: Spec) -> Spec {
    let Some(components) = spec.components.as_mut() else { return spec };
    let names: Vec<String> = components.schemas.keys().cloned().collect();
    for name in names {
        let Some(RefOr::T(schema)) = components.schemas.get(&name).cloned() else { continue };
        match schema {
            Schema::AllOf(all) => {
                if let Some(flat) = merged(&all.items, &components.schemas) {
                    components.schemas.insert(name, RefOr::T(Schema::Object(flat)));
                }
            }
            Schema::OneOf(mut one) => {
                let mut mapping = std::collections::BTreeMap::new();
                for item in one.items.iter_mut() {
                    let RefOr::T(Schema::AllOf(all)) = item else { continue };
                    let (Some(RefOr::Ref(variant)), Some(flat)) =
                        (all.items.first(), merged(&all.items, &components.schemas))
                    else {
                        continue;
                    };
                    let (Some(tag), variant_name) =
                        (tag_of(&flat), variant.ref_location.rsplit('/').next().unwrap_or_default().to_string())
                    else {
                        continue;
                    };
                    mapping.insert(tag.1, variant.ref_location.clone());
                    one.discriminator.get_or_insert_with(|| Discriminator::new(tag.0.clone())).mapping =
                        mapping.clone();
                    *item = RefOr::Ref(variant.clone());
                    components.schemas.insert(variant_name, RefOr::T(Schema::Object(flat)));
                }
                components.schemas.insert(name, RefOr::T(Schema::OneOf(one)));
            }
            _ => {}
        }
    }
    spec
}

/// The objects of an `allOf` (references resolved) as one object; `None` when a part is not
/// an object.
fn merged(parts: &[RefOr<Schema>], schemas: &std::collections::BTreeMap<String, RefOr<Schema>>) -> Option<Object> {
    let mut flat = Object::new();
    flat.schema_type = SchemaType::Type(Type::Object);
    for part in parts {
        let part = match part {
            RefOr::T(s) => s,
            RefOr::Ref(r) => match schemas.get(r.ref_location.rsplit('/').next()?)? {
                RefOr::T(s) => s,
                RefOr::Ref(_) => return None,
            },
        };
        let Schema::Object(o) = part else { return None };
        flat.description = flat.description.take().or_else(|| o.description.clone());
        flat.properties.extend(o.properties.clone());
        flat.required.extend(o.required.iter().cloned());
        if o.additional_properties.is_some() {
            flat.additional_properties = o.additional_properties.clone();
        }
    }
    Some(flat)
}

/// The tag of a union's variant: the property whose one allowed value names it.
fn tag_of(o: &Object) -> Option<(String, String)> {
    o.properties.iter().find_map(|(name, p)| match p {
        RefOr::T(Schema::Object(p)) => match p.enum_values.as_deref() {
            Some([serde_json::Value::String(value)]) => Some((name.clone(), value.clone())),
            _ => None,
        },
        _ => None,
    })
}

/// The contract states what the server accepts: every integer its range, the one its Rust type
/// accepts where the field gives none, in OpenAPI's own formats (`int32`, `int64`); every free
/// text that it holds no NUL character (`crate::body` refuses one, and PostgreSQL could not
/// keep it).
fn bound_values(mut spec: Spec) -> Spec {
    for item in spec.paths.paths.values_mut() {
        let ops = [&mut item.get, &mut item.post, &mut item.put, &mut item.patch, &mut item.delete];
        for op in ops.into_iter().flatten() {
            for p in op.parameters.iter_mut().flatten() {
                p.schema.iter_mut().for_each(bound);
            }
            for content in op.request_body.iter_mut().flat_map(|b| b.content.values_mut()) {
                content.schema.iter_mut().for_each(bound);
            }
        }
    }
    for schema in spec.components.iter_mut().flat_map(|c| c.schemas.values_mut()) {
        bound(schema);
    }
    spec
}

fn bound(schema: &mut RefOr<Schema>) {
    let RefOr::T(schema) = schema else { return };
    match schema {
        Schema::Object(o) => {
            let is = |wanted: Type| match &o.schema_type {
                SchemaType::Type(t) => *t == wanted,
                SchemaType::Array(ts) => ts.contains(&wanted),
                SchemaType::AnyValue => false,
            };
            let integer = is(Type::Integer);
            if is(Type::String) && o.format.is_none() && o.enum_values.is_none() && o.pattern.is_none() {
                o.pattern = Some(NO_NUL.into());
            }
            if integer {
                use KnownFormat::*;
                let known = match &o.format {
                    Some(SchemaFormat::KnownFormat(f)) => Some(f.clone()),
                    _ => None,
                };
                let (min, max, format): (i64, i64, KnownFormat) = match known {
                    Some(Int8) => (i8::MIN.into(), i8::MAX.into(), Int32),
                    Some(UInt8) => (0, u8::MAX.into(), Int32),
                    Some(Int16) => (i16::MIN.into(), i16::MAX.into(), Int32),
                    Some(UInt16) => (0, u16::MAX.into(), Int32),
                    Some(Int32) => (i32::MIN.into(), i32::MAX.into(), Int32),
                    Some(UInt32) => (0, u32::MAX.into(), Int64),
                    Some(UInt64) => (0, i64::MAX, Int64),
                    _ => (i64::MIN, i64::MAX, Int64),
                };
                o.minimum.get_or_insert(Number::Int(min as isize));
                o.maximum.get_or_insert(Number::Int(max as isize));
                o.format = Some(SchemaFormat::KnownFormat(format));
            }
            o.properties.values_mut().for_each(bound);
            if let Some(AdditionalProperties::RefOr(extra)) = o.additional_properties.as_deref_mut() {
                bound(extra);
            }
        }
        Schema::Array(a) => {
            if let ArrayItems::RefOrSchema(items) = &mut a.items {
                bound(items);
            }
        }
        Schema::OneOf(x) => x.items.iter_mut().for_each(bound),
        Schema::AllOf(x) => x.items.iter_mut().for_each(bound),
        Schema::AnyOf(x) => x.items.iter_mut().for_each(bound),
        _ => {}
    }
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
        // The contract itself and its docs answer GET only.
        .chain([("/api/openapi.json".to_string(), vec!["GET"]), ("/api/docs/{_:.*}".to_string(), vec!["GET"])])
        .collect()
}

#[cfg(test)]
mod tests {
    /// A client generated from the contract names each operation by its id: two alike lose one.
    #[test]
    fn every_operation_has_its_own_id() {
        let spec = super::spec();
        let mut ids: Vec<String> = spec
            .paths
            .paths
            .values()
            .flat_map(|item| [&item.get, &item.post, &item.put, &item.patch, &item.delete])
            .flatten()
            .filter_map(|op| op.operation_id.clone())
            .collect();
        let all = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), all, "operation ids repeat");
    }
}
