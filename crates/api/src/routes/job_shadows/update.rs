use super::json::{Experience, ExperienceChange};
use super::record::{load, ExperienceRecord};
use crate::body::Body;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::kernel;
use crate::state::AppState;
use actix_web::{patch, web, HttpResponse};
use coachfolio_domain::ids::ExperienceId;
use coachfolio_domain::job_shadow::ExperienceStep;
use uuid::Uuid;

/// Change a job shadow or school visit summary
///
/// By the candidate, until it is submitted. Send the ETag you read as If-Match.
#[utoipa::path(tag = "job shadows and visits", request_body = ExperienceChange,
    params(("experience_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = Experience)))]
#[patch("/job-shadows-and-visits/{experience_id}")]
pub async fn update(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
    body: Body<ExperienceChange>,
) -> Result<HttpResponse, ApiError> {
    let id = ExperienceId::from(path.into_inner());
    let b = body.0;
    let record = state
        .write(move |c| {
            let loaded = load(c, &me, id)?;
            loaded.context.may_edit(&loaded.row)?;
            kernel::update::<ExperienceRecord>(c, &me, if_match, loaded, ExperienceStep::Edited, |_, row, ctx| {
                let before = (row.activity_date, row.minutes, row.form.0.clone());
                if let Some(v) = b.activity_date {
                    row.activity_date = v;
                }
                if let Some(v) = b.minutes {
                    row.minutes = v;
                }
                if let Some(v) = b.form {
                    row.form.0 = v;
                }
                ctx.check(row.kind, row.activity_date, row.minutes, &row.form.0)?;
                Ok(if (row.activity_date, row.minutes, row.form.0.clone()) == before { vec![] } else { vec!["form"] })
            })
        })
        .await?;
    Ok(ok_tagged(record.version, &record))
}
