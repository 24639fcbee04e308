use super::{audit_change, check_version, load, save, view, CoachingLog, Loaded};
use crate::auth::CurrentUser;
use crate::body::Body;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::policy::EnrollmentAccess;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::coaching_log::LogState;
use coachfolio_domain::user::check_optional_text;
use coachfolio_domain::Invalid;
use coachfolio_persistence::now;
use serde::Deserialize;
use utoipa::ToSchema;
use uuid::Uuid;

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Acknowledgement {
    #[schema(max_length = 2000)]
    pub comment: Option<String>,
}

/// Acknowledge a coaching log (the candidate's signature)
///
/// With the coach's signature this makes the log verified.
#[utoipa::path(tag = "coaching logs", request_body = Acknowledgement,
    params(("log_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = CoachingLog)))]
#[post("/coaching-logs/{log_id}/acknowledge")]
pub async fn acknowledge(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<Uuid>,
    if_match: IfMatch,
    body: Body<Acknowledgement>,
) -> Result<HttpResponse, ApiError> {
    let id = path.into_inner().to_string();
    let comment = body.0.comment.map(|c| c.trim().to_string()).filter(|c| !c.is_empty());
    let mut errors = Vec::new();
    check_optional_text("comment", comment.as_deref(), 2000, &mut errors);
    Invalid::check(errors)?;
    let log = state
        .write(move |c| {
            let Loaded { mut row, people, access, .. } = load(c, &me, &id)?;
            if access != EnrollmentAccess::Own {
                access.require_confidential()?;
                return Err(ApiError::Forbidden("only the candidate acknowledges their coaching logs".into()));
            }
            if row.state == "draft" {
                return Err(ApiError::not_found("coaching log"));
            }
            check_version(c, if_match, &row)?;
            if !LogState::parse(&row.state).is_some_and(LogState::can_acknowledge) {
                return Err(ApiError::conflict("state", format!("a {} log cannot be acknowledged", row.state)));
            }
            row.state = LogState::Acknowledged.as_str().into();
            row.acknowledged_at = Some(now());
            row.acknowledged_by = Some(me.id().to_string());
            row.acknowledgement_comment = comment;
            let expected = row.version;
            save(c, &mut row, expected)?;
            audit_change(c, &me, &row, "coaching_log.acknowledged", &[])?;
            view(c, &row, &people)
        })
        .await?;
    Ok(ok_tagged(log.version, &log))
}
