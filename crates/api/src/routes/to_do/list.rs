use super::json::ToDoList;
use super::{candidate, coach, program};
use crate::capabilities::{Caller, ProgramPermission};
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::ProgramId;
use coachfolio_persistence::programs;
use uuid::Uuid;

/// What you must do next in the program
///
/// For each part you play in it, what the records ask of you now, each naming where it is
/// done. As a candidate: coaching logs to acknowledge, reflections, ILP action steps and the
/// Application to Practice due within 30 days or overdue, required meetings ahead not
/// registered for, installments due, coaching hours behind pace, completion items not met, your
/// signature. As a coach, for each current candidate: this month's coaching below the monthly
/// minimum, hours behind pace, logs returned to you and logs waiting for acknowledgement, your
/// signature. As the program's staff: professional learning to approve and requests to decide.
/// As staff or a district representative: completion items your column has to confirm (from
/// 120 days before a candidate's program ends) and your signature.
#[utoipa::path(tag = "me", params(("program_id" = Uuid, Path)), responses((status = 200, body = ToDoList)))]
#[get("/programs/{program_id}/to-do")]
pub async fn to_do(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
) -> Result<web::Json<ToDoList>, ApiError> {
    let id = ProgramId::from(path.into_inner());
    let out = state
        .read(move |c| {
            let access = me.program(c, id)?;
            access.require(ProgramPermission::Read)?;
            let today = crate::clock::today_in(&programs::find(c, id)?.time_zone);
            let mut items = Vec::new();
            if access.allows(ProgramPermission::OwnRecords) {
                candidate::items(c, &me, id, &mut items)?;
            }
            if access.allows(ProgramPermission::Coach) {
                coach::items(c, &me, &access, id, &mut items)?;
            }
            program::items(c, &me, &access, id, today, &mut items)?;
            items.sort_by_key(|i| (!i.overdue, i.due_on.is_none(), i.due_on));
            Ok(ToDoList { as_of: today, items })
        })
        .await?;
    Ok(web::Json(out))
}
