use super::{audit_change, check, check_version, load, rules_of, save, view, CoachingLog, Loaded};
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::coaching_log::LogState;
use coachfolio_persistence::now;
use uuid::Uuid;

/// Submit a coaching log (the coach's signature)
///
/// Checks every rule: the coach was assigned on the meeting date, the date is within the
/// enrollment and not in the future, the duration is 1 minute to 12 hours, the session does not
/// overlap another of the candidate's, standards are 1–6 and activity codes the program's.
#[utoipa::path(tag = "coaching logs",
    params(("log_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = CoachingLog)))]
#[post("/coaching-logs/{log_id}/submit")]
pub async fn submit(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<Uuid>,
    if_match: IfMatch,
) -> Result<HttpResponse, ApiError> {
    let id = path.into_inner().to_string();
    let log = state
        .write(move |c| {
            let Loaded { mut row, enrollment: e, people, access } = load(c, &me, &id)?;
            access.require_current_coach()?;
            check_version(c, if_match, &row)?;
            let was = LogState::parse(&row.state).unwrap_or(LogState::Draft);
            if !was.can_submit() {
                return Err(ApiError::conflict("state", format!("a {} log cannot be submitted again", was.as_str())));
            }
            row.state = LogState::Submitted.as_str().into();
            row.coach_id = me.id().to_string();
            row.submitted_at = Some(now());
            row.returned_at = None;
            row.returned_by = None;
            row.return_reason = None;
            let rules = rules_of(c, &row.program_id)?;
            check(c, &row, &e, &rules)?;
            let expected = row.version;
            save(c, &mut row, expected)?;
            audit_change(c, &me, &row, "coaching_log.submitted", &[])?;
            view(c, &row, &people)
        })
        .await?;
    Ok(ok_tagged(log.version, &log))
}
