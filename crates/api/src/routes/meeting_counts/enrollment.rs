use super::counts::ProgramEvents;
use super::json::EnrollmentMeetings;
use crate::capabilities::Caller;
use crate::error::{ApiError, OrNotFound};
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::EnrollmentId;
use coachfolio_persistence::{attendance, enrollments};
use uuid::Uuid;

/// A candidate's meeting counts
///
/// Each program year's orientation, cohort meetings and end-of-year meeting against the
/// requirement, professional-learning event time credited, and the marks behind them. For the
/// candidate, their coaches, the program's staff and their district's representative.
#[utoipa::path(tag = "attendance", params(("enrollment_id" = Uuid, Path)), responses((status = 200, body = EnrollmentMeetings)))]
#[get("/enrollments/{enrollment_id}/meeting-counts")]
pub async fn enrollment_counts(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
) -> Result<web::Json<EnrollmentMeetings>, ApiError> {
    let id = EnrollmentId::from(path.into_inner());
    let out = state
        .read(move |c| {
            let e = enrollments::find(c, id).or_not_found("enrollment")?;
            me.enrollment(c, &e)?;
            let proofs = me.program(c, e.program_id)?.reads_marks_of(me.id(), e.candidate_id);
            let program = ProgramEvents::load(c, e.program_id)?;
            let view = enrollments::view(c, id)?;
            let marks = attendance::marks_of_program(c, e.program_id, Some(&[e.candidate_id]))?;
            Ok(EnrollmentMeetings {
                enrollment_id: id.uuid(),
                candidate: view.candidate.clone(),
                as_of: program.today,
                counts: program.candidate(&view, &marks.iter().collect::<Vec<_>>(), &mut Default::default()),
                marks: program.mark_lines(&marks, proofs),
            })
        })
        .await?;
    Ok(web::Json(out))
}
