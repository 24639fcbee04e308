use super::json::Experience;
use super::record::{load, ExperienceRecord};
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::kernel;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::ids::ExperienceId;
use coachfolio_domain::job_shadow::check_submit;
use coachfolio_domain::job_shadow::ExperienceStep;
use coachfolio_domain::Invalid;
use uuid::Uuid;

/// Submit a job shadow or school visit summary
///
/// Every field of its form (422 naming each missing); a submitted one meets the program's
/// job shadow / visit requirement.
#[utoipa::path(tag = "job shadows and visits",
    params(("experience_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = Experience)))]
#[post("/job-shadows-and-visits/{experience_id}/submit")]
pub async fn submit(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
) -> Result<HttpResponse, ApiError> {
    let id = ExperienceId::from(path.into_inner());
    let record = state
        .write(move |c| {
            let loaded = load(c, &me, id)?;
            loaded.context.may_edit(&loaded.row)?;
            kernel::update::<ExperienceRecord>(c, &me, if_match, loaded, ExperienceStep::Submitted, |_, row, ctx| {
                ctx.check(row.kind, row.activity_date, row.minutes, &row.form.0)?;
                Invalid::check(check_submit(row.kind, row.minutes, &row.form.0))?;
                Ok(vec![])
            })
        })
        .await?;
    Ok(ok_tagged(record.version, &record))
}
