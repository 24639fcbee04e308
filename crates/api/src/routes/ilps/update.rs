use super::json::{Ilp, IlpFieldsBody};
use super::record::{load, IlpRecord};
use crate::body::Body;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::kernel;
use crate::state::AppState;
use actix_web::{patch, web, HttpResponse};
use coachfolio_domain::ids::IlpId;
use coachfolio_domain::ilp::IlpStep;
use uuid::Uuid;

/// Change an ILP
///
/// For the candidate and their current coach, while the plan is a draft or in action (a
/// completed plan is reopened first). Drafts change freely (the form autosaves with this);
/// once in action every change keeps the earlier revision. Send the ETag you read as If-Match.
#[utoipa::path(tag = "ILPs", request_body = IlpFieldsBody,
    params(("ilp_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = Ilp)))]
#[patch("/ilps/{ilp_id}")]
pub async fn update(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
    body: Body<IlpFieldsBody>,
) -> Result<HttpResponse, ApiError> {
    let id = IlpId::from(path.into_inner());
    let reader = me.clone();
    let ilp = state
        .read_then_write(
            move |c| {
                let loaded = load(c, &reader, id)?;
                loaded.context.may_edit(&loaded.row)?;
                Ok(loaded)
            },
            move |c, loaded| {
                kernel::update::<IlpRecord>(c, &me, if_match, loaded, IlpStep::Edited, |_, row, ctx| {
                    let changed = body.0.apply(&mut row.program_year, &mut row.form);
                    row.updated_by = me.id();
                    ctx.check(row.status, row.program_year, &row.form)?;
                    Ok(changed)
                })
            },
        )
        .await?;
    Ok(ok_tagged(ilp.version, &ilp))
}
