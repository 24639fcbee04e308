use super::{
    audit_change, check, check_version, keep_revision, load, rules_of, save, view, CoachingLog, Loaded, LogFieldsBody,
};
use crate::auth::CurrentUser;
use crate::body::Body;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::state::AppState;
use actix_web::{patch, web, HttpResponse};
use coachfolio_domain::coaching_log::LogState;
use uuid::Uuid;

/// Change a coaching log
///
/// For the candidate's current coach. Drafts change freely (the form autosaves with this).
/// A change to a signed log keeps the earlier revision, and an acknowledged log goes back to
/// submitted: the candidate acknowledges it again. Send the ETag you read as If-Match.
#[utoipa::path(tag = "coaching logs", request_body = LogFieldsBody,
    params(("log_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = CoachingLog)))]
#[patch("/coaching-logs/{log_id}")]
pub async fn update(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<Uuid>,
    if_match: IfMatch,
    body: Body<LogFieldsBody>,
) -> Result<HttpResponse, ApiError> {
    let id = path.into_inner().to_string();
    let log = state
        .write(move |c| {
            let Loaded { mut row, enrollment: e, people, access } = load(c, &me, &id)?;
            access.require_current_coach()?;
            if row.coach_id != me.id() && row.state == "draft" {
                return Err(ApiError::Forbidden("this draft belongs to another coach".into()));
            }
            check_version(c, if_match, &row)?;
            let before = row.clone();
            let mut changed = body.0.apply(&mut row)?;
            if changed.is_empty() {
                return view(c, &row, &people);
            }
            let was = LogState::parse(&before.state).unwrap_or(LogState::Draft);
            row.state = was.after_edit().as_str().into();
            if was.after_edit() != was {
                changed.push("state");
            }
            if was == LogState::Acknowledged {
                row.acknowledged_at = None;
                row.acknowledged_by = None;
                row.acknowledgement_comment = None;
            }
            let rules = rules_of(c, &row.program_id)?;
            check(c, &row, &e, &rules)?;
            if was != LogState::Draft {
                keep_revision(c, &me, &before, "edited", &changed)?;
            }
            save(c, &mut row, before.version)?;
            if was != LogState::Draft {
                audit_change(c, &me, &row, "coaching_log.edited", &changed)?;
            }
            view(c, &row, &people)
        })
        .await?;
    Ok(ok_tagged(log.version, &log))
}
