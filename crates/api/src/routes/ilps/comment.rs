use super::json::{IlpComment, NewIlpComment};
use super::record::load;
use crate::audit;
use crate::body::Body;
use crate::current_user::CurrentUser;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::ids::IlpId;
use coachfolio_domain::user::check_text;
use coachfolio_domain::Invalid;
use coachfolio_persistence::ilps::{self, CommentRow};
use coachfolio_persistence::users;
use serde_json::json;
use uuid::Uuid;

/// Comment on an ILP or one of its action steps
///
/// For the candidate, their current coach, and the program's coordinators and director.
#[utoipa::path(tag = "ILPs", request_body = NewIlpComment, params(("ilp_id" = Uuid, Path)), responses((status = 201, body = IlpComment)))]
#[post("/ilps/{ilp_id}/comments")]
pub async fn comment(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<Uuid>,
    body: Body<NewIlpComment>,
) -> Result<HttpResponse, ApiError> {
    let id = IlpId::from(path.into_inner());
    let NewIlpComment { step_id, body } = body.0;
    let body = body.trim().to_string();
    let mut errors = Vec::new();
    check_text("body", &body, 5000, &mut errors);
    Invalid::check(errors)?;
    let comment = state
        .write(move |c| {
            let loaded = load(c, &me, id)?;
            loaded.context.may_comment()?;
            if step_id.is_some_and(|s| !loaded.row.form.steps.iter().any(|step| step.id == s)) {
                return Err(ApiError::invalid("step_id", "is not one of this plan's action steps"));
            }
            let row = CommentRow::new(id, step_id, me.id(), body);
            ilps::add_comment(c, &row)?;
            let change = audit::Change {
                program_id: Some(loaded.row.program_id),
                action: "ilp.commented",
                entity: "ilp",
                entity_id: id.to_string(),
            };
            audit::record(c, &me, change, None::<&()>, Some(&json!({"comment_id": row.id, "step_id": step_id})))?;
            Ok(IlpComment::new(row, users::ref_of(c, me.id())?))
        })
        .await?;
    Ok(HttpResponse::Created().json(comment))
}
