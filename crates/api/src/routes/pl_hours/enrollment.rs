use super::json::EnrollmentPlHours;
use super::ledger::Sources;
use crate::capabilities::Caller;
use crate::error::{ApiError, OrNotFound};
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::EnrollmentId;
use coachfolio_persistence::enrollments;
use uuid::Uuid;

/// A candidate's professional-learning hours
///
/// Per program year and in total: program PL days attended (counting up to the program's cap
/// a year; what the cap set aside is shown), approved alternative PL, and the Application to
/// Practice when the candidate counts it; what waits for approval; the pace needed. Hours and
/// titles only, never reflections: the district representative of the candidate's employer
/// may see it too.
#[utoipa::path(tag = "professional learning", params(("enrollment_id" = Uuid, Path)), responses((status = 200, body = EnrollmentPlHours)))]
#[get("/enrollments/{enrollment_id}/professional-learning-hours")]
pub async fn enrollment_hours(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
) -> Result<web::Json<EnrollmentPlHours>, ApiError> {
    let id = EnrollmentId::from(path.into_inner());
    let out = state
        .read(move |c| {
            let e = enrollments::find(c, id).or_not_found("enrollment")?;
            me.enrollment(c, &e)?;
            let view = enrollments::view(c, id)?;
            let sources = Sources::load(c, e.program_id, Some(std::slice::from_ref(&view)))?;
            let lines = sources.lines(&view);
            Ok(EnrollmentPlHours {
                enrollment_id: id.uuid(),
                candidate: view.candidate.clone(),
                as_of: sources.program.today,
                ledger: sources.ledger(&view, &lines),
                lines,
                job_shadow_or_visit_done: sources.experience_done(&view),
            })
        })
        .await?;
    Ok(web::Json(out))
}
