use super::json::{Reflection, ReflectionChange};
use super::record::{load, ReflectionRecord};
use crate::body::Body;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::kernel;
use crate::state::AppState;
use actix_web::{patch, web, HttpResponse};
use coachfolio_domain::ids::ReflectionId;
use coachfolio_domain::reflection::check_entries;
use coachfolio_domain::reflection::ReflectionStep;
use coachfolio_domain::Invalid;
use uuid::Uuid;

/// Save a reflection's entries
///
/// For the candidate, until it is submitted. Each element sent replaces that element's rating,
/// evidence and next steps; the others keep theirs (the form autosaves an element at a time).
/// Send the ETag you read as If-Match.
#[utoipa::path(tag = "reflections", request_body = ReflectionChange,
    params(("reflection_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = Reflection)))]
#[patch("/reflections/{reflection_id}")]
pub async fn update(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
    body: Body<ReflectionChange>,
) -> Result<HttpResponse, ApiError> {
    let id = ReflectionId::from(path.into_inner());
    let entries = body.0.entries;
    Invalid::check(check_entries(&entries))?;
    // One write transaction: with the caller's access kept across requests (`AccessCache`),
    // what it reads before the change is two small lookups, cheaper under the write lock than
    // a read transaction of their own (docs/benchmarks.md).
    let reflection = state
        .write(move |c| {
            let loaded = load(c, &me, id)?;
            loaded.context.may_write(&loaded.row)?;
            kernel::update::<ReflectionRecord>(c, &me, if_match, loaded, ReflectionStep::Edited, |_, row, _| {
                let before = row.entries.0.clone();
                row.entries.0.extend(entries);
                row.count();
                Ok(if row.entries.0 == before { vec![] } else { vec!["entries"] })
            })
        })
        .await?;
    Ok(ok_tagged(reflection.version, &reflection))
}
