use super::counts::ProgramEvents;
use super::json::CoachMeetings;
use crate::capabilities::{Caller, ProgramPermission};
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::{ProgramId, UserId};
use coachfolio_domain::role::Role;
use coachfolio_persistence::{attendance, enrollments, memberships};
use uuid::Uuid;

/// A coach's meeting counts
///
/// Each school year's coach meetings against the requirement, the 2-day training, and the marks
/// behind them. For the coach and the program's coordinators and director.
#[utoipa::path(tag = "attendance", params(("program_id" = Uuid, Path), ("coach_id" = Uuid, Path)), responses((status = 200, body = CoachMeetings)))]
#[get("/programs/{program_id}/coaches/{coach_id}/meeting-counts")]
pub async fn coach_counts(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<(Uuid, Uuid)>,
) -> Result<web::Json<CoachMeetings>, ApiError> {
    let (program_id, coach_id) = path.into_inner();
    let (program_id, coach_id) = (ProgramId::from(program_id), UserId::from(coach_id));
    let out = state
        .read(move |c| {
            let access = me.program(c, program_id)?;
            access.require(ProgramPermission::Read)?;
            let coach = memberships::of_program(c, program_id, Some(Role::Coach))?
                .into_iter()
                .find(|(m, _)| m.user_id == coach_id)
                .filter(|_| access.reads_marks_of(me.id(), coach_id))
                .map(|(_, u)| u)
                .ok_or_else(|| ApiError::not_found("coach"))?;
            let program = ProgramEvents::load(c, program_id)?;
            let coaching = enrollments::coached_placements(c, program_id, program.today)?
                .into_iter()
                .filter(|(id, _)| *id == coach_id)
                .map(|(_, p)| p)
                .collect();
            let marks = attendance::marks_of_program(c, program_id, Some(&[coach_id]))?;
            Ok(CoachMeetings {
                coach,
                as_of: program.today,
                counts: program.coach(coaching, &marks.iter().collect::<Vec<_>>()),
                marks: program.mark_lines(&marks, true),
            })
        })
        .await?;
    Ok(web::Json(out))
}
