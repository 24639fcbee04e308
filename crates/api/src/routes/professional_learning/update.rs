use super::json::{ProfessionalLearning, ProfessionalLearningChange};
use super::record::{load, PlRecord};
use crate::body::Body;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::kernel;
use crate::state::AppState;
use actix_web::{patch, web, HttpResponse};
use coachfolio_domain::ids::{IlpId, ProfessionalLearningId};
use coachfolio_domain::professional_learning::PlStep;
use uuid::Uuid;

/// Change an alternative professional learning
///
/// By the candidate or their current coach, while a draft or after a denial. Send the ETag
/// you read as If-Match.
#[utoipa::path(tag = "professional learning", request_body = ProfessionalLearningChange,
    params(("pl_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = ProfessionalLearning)))]
#[patch("/professional-learning/{pl_id}")]
pub async fn update(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
    body: Body<ProfessionalLearningChange>,
) -> Result<HttpResponse, ApiError> {
    let id = ProfessionalLearningId::from(path.into_inner());
    let b = body.0;
    let record = state
        .write(move |c| {
            let loaded = load(c, &me, id)?;
            loaded.context.may_edit(&loaded.row)?;
            kernel::update::<PlRecord>(c, &me, if_match, loaded, PlStep::Edited, |c, row, ctx| {
                let before = row.form.clone();
                let f = &mut row.form;
                if let Some(v) = b.title {
                    f.title = v.trim().to_string();
                }
                if let Some(v) = b.activity_date {
                    f.activity_date = v;
                }
                if let Some(v) = b.minutes {
                    f.minutes = v;
                }
                if let Some(v) = b.ilp_id {
                    f.ilp_id = v.map(IlpId::from);
                }
                if let Some(v) = b.reflection {
                    f.reflection.0 = v;
                }
                ctx.check(c, &row.form)?;
                Ok(if row.form == before { vec![] } else { vec!["form"] })
            })
        })
        .await?;
    Ok(ok_tagged(record.version, &record))
}
