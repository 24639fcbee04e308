use super::{audit_change, check, derive, rules_of, view, CoachingLog, LogFieldsBody};
use crate::auth::CurrentUser;
use crate::body::Body;
use crate::error::ApiError;
use crate::etag::created_tagged;
use crate::policy::EnrollmentAccess;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::coaching_log::LogState;
use coachfolio_persistence::coaching_logs::{self as logs, LogRow};
use coachfolio_persistence::{enrollments, new_id, now};
use uuid::Uuid;

/// Start a coaching log (a draft)
///
/// For the candidate's current coach. Every field is optional so the form can save as the
/// coach types; the rules are checked in full on submit.
#[utoipa::path(tag = "coaching logs", request_body = LogFieldsBody, params(("enrollment_id" = Uuid, Path)), responses((status = 201, body = CoachingLog)))]
#[post("/enrollments/{enrollment_id}/coaching-logs")]
pub async fn create(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<Uuid>,
    body: Body<LogFieldsBody>,
) -> Result<HttpResponse, ApiError> {
    let enrollment_id = path.into_inner().to_string();
    let log = state
        .write(move |c| {
            let e = enrollments::find(c, &enrollment_id).map_err(|_| ApiError::not_found("enrollment"))?;
            EnrollmentAccess::load(c, &me, &e)?.require_current_coach()?;
            let at = now();
            let mut row = LogRow {
                id: new_id(),
                program_id: e.program_id.clone(),
                enrollment_id: e.id.clone(),
                candidate_id: e.candidate_id.clone(),
                coach_id: me.id().to_string(),
                state: LogState::Draft.as_str().into(),
                meeting_date: None,
                meeting_month: None,
                start_minute: None,
                duration_minutes: None,
                face_to_face_minutes: 0,
                mode: None,
                activity_codes: "[]".into(),
                standards: "[]".into(),
                focus: String::new(),
                candidate_next_steps: String::new(),
                coach_next_steps: String::new(),
                ilp_revisions: String::new(),
                next_meeting_date: None,
                next_meeting_minute: None,
                follow_up_done: None,
                submitted_at: None,
                acknowledged_at: None,
                acknowledged_by: None,
                acknowledgement_comment: None,
                returned_at: None,
                returned_by: None,
                return_reason: None,
                version: 1,
                created_at: at,
                updated_at: at,
            };
            body.0.apply(&mut row)?;
            derive(&mut row);
            let rules = rules_of(c, &e.program_id)?;
            check(c, &row, &e, &rules)?;
            logs::insert(c, &row)?;
            audit_change(c, &me, &row, "coaching_log.created", &[])?;
            view(c, &row, &[])
        })
        .await?;
    Ok(created_tagged(log.version, &log))
}
