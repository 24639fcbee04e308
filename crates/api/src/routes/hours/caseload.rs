use super::json::CaseloadEntry;
use super::ledger::{build, by_enrollment, counted_states};
use crate::capabilities::{Caller, EnrollmentAccess, Relation};
use crate::error::ApiError;
use crate::routes::enrollments::record::to_json;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_persistence::enrollments::{self, Filter};
use coachfolio_persistence::{coaching_logs, programs};
use std::collections::HashMap;

/// Your current candidates with their hours
///
/// For coaches: progress this month and this year, and who is behind pace.
#[utoipa::path(tag = "hours", responses((status = 200, body = Vec<CaseloadEntry>)))]
#[get("/me/caseload")]
pub async fn caseload(state: web::Data<AppState>, me: Caller) -> Result<web::Json<Vec<CaseloadEntry>>, ApiError> {
    let out = state
        .read(move |c| {
            let current: Vec<_> = enrollments::assignments_of_coach(c, me.id())?
                .into_iter()
                .filter(|a| a.end_date.is_none())
                .map(|a| a.enrollment_id)
                .collect();
            let (views, _) =
                enrollments::list(c, &Filter { ids: Some(current.clone()), ..Default::default() }, 0, i64::MAX)?;
            let (mut settings, mut access) = (HashMap::new(), HashMap::new());
            for v in &views {
                if let std::collections::hash_map::Entry::Vacant(slot) = settings.entry(v.row.program_id) {
                    slot.insert(programs::find(c, v.row.program_id)?.settings.0);
                    access.insert(v.row.program_id, me.program(c, v.row.program_id)?);
                }
            }
            // One program's counting rule per query; a coach rarely works in more than one.
            let mut sums = HashMap::new();
            for (program, s) in &settings {
                let ids: Vec<_> = views.iter().filter(|v| &v.row.program_id == program).map(|v| v.row.id).collect();
                sums.extend(by_enrollment(coaching_logs::month_sums_of(c, &ids, counted_states(s))?));
            }
            Ok(views
                .iter()
                .map(|v| CaseloadEntry {
                    // A coordinator of the program relates to it as its coordinator first.
                    enrollment: to_json(
                        v,
                        EnrollmentAccess::listed(&access[&v.row.program_id], &me, v.row.candidate_id, Relation::Coach),
                    ),
                    ledger: build(
                        &settings[&v.row.program_id],
                        v,
                        sums.get(&v.row.id).map(Vec::as_slice).unwrap_or_default(),
                        crate::clock::today_in(&v.time_zone),
                    ),
                })
                .collect::<Vec<_>>())
        })
        .await?;
    Ok(web::Json(out))
}
