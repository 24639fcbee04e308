use super::json::{IlpComment, NewIlpComment};
use super::record::{load, IlpRecord};
use crate::body::Body;
use crate::capabilities::{Caller, EnrollmentPermission};
use crate::comments;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::ids::IlpId;
use uuid::Uuid;

/// Comment on an ILP or one of its action steps
///
/// For the candidate, their current coach, and the program's coordinators and director.
#[utoipa::path(tag = "ILPs", request_body = NewIlpComment, params(("ilp_id" = Uuid, Path)), responses((status = 201, body = IlpComment)))]
#[post("/ilps/{ilp_id}/comments")]
pub async fn comment(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    body: Body<NewIlpComment>,
) -> Result<HttpResponse, ApiError> {
    let id = IlpId::from(path.into_inner());
    let NewIlpComment { step_id, body } = body.0;
    let body = comments::checked_body(&body)?;
    let comment = state
        .write(move |c| {
            let loaded = load(c, &me, id)?;
            loaded.context.access.require(EnrollmentPermission::Comment)?;
            if step_id.is_some_and(|s| !loaded.row.form.steps.iter().any(|step| step.id == s)) {
                return Err(ApiError::invalid("step_id", "is not one of this plan's action steps"));
            }
            let part = step_id.map(|s| s.to_string());
            let (row, author) = comments::add::<IlpRecord>(c, &me, &loaded.row, part, body)?;
            Ok(IlpComment::new(row, author))
        })
        .await?;
    Ok(HttpResponse::Created().json(comment))
}
