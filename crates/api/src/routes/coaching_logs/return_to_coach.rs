use super::{audit_change, check_version, keep_revision, load, save, view, CoachingLog, Loaded};
use crate::auth::CurrentUser;
use crate::body::Body;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::policy::EnrollmentAccess;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::coaching_log::LogState;
use coachfolio_domain::user::check_text;
use coachfolio_domain::Invalid;
use coachfolio_persistence::now;
use serde::Deserialize;
use utoipa::ToSchema;
use uuid::Uuid;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReturnRequest {
    /// What the coach should fix.
    #[schema(min_length = 1, max_length = 2000)]
    pub reason: String,
}

/// Return a coaching log to the coach
///
/// For coordinators, when a log needs correcting. Its hours stop counting until the coach
/// submits it again and the candidate acknowledges it.
#[utoipa::path(tag = "coaching logs", request_body = ReturnRequest,
    params(("log_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = CoachingLog)))]
#[post("/coaching-logs/{log_id}/return")]
pub async fn return_to_coach(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<Uuid>,
    if_match: IfMatch,
    body: Body<ReturnRequest>,
) -> Result<HttpResponse, ApiError> {
    let id = path.into_inner().to_string();
    let reason = body.0.reason.trim().to_string();
    let mut errors = Vec::new();
    check_text("reason", &reason, 2000, &mut errors);
    Invalid::check(errors)?;
    let log = state
        .write(move |c| {
            let Loaded { mut row, people, access, .. } = load(c, &me, &id)?;
            access.require_confidential()?;
            if access != EnrollmentAccess::Manage {
                return Err(ApiError::Forbidden("only the program's coordinators return logs".into()));
            }
            if row.state == "draft" {
                return Err(ApiError::not_found("coaching log"));
            }
            check_version(c, if_match, &row)?;
            if !LogState::parse(&row.state).is_some_and(LogState::can_return) {
                return Err(ApiError::conflict("state", format!("a {} log cannot be returned", row.state)));
            }
            let before = row.clone();
            row.state = LogState::Returned.as_str().into();
            row.returned_at = Some(now());
            row.returned_by = Some(me.id().to_string());
            row.return_reason = Some(reason);
            row.acknowledged_at = None;
            row.acknowledged_by = None;
            row.acknowledgement_comment = None;
            keep_revision(c, &me, &before, "returned", &["state", "return_reason"])?;
            save(c, &mut row, before.version)?;
            audit_change(c, &me, &row, "coaching_log.returned", &[])?;
            view(c, &row, &people)
        })
        .await?;
    Ok(ok_tagged(log.version, &log))
}
