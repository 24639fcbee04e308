use super::json::CaseloadEntry;
use super::ledger::{build, by_enrollment, counted_states};
use crate::capabilities::{Caller, EnrollmentAccess, Relation};
use crate::error::ApiError;
use crate::routes::completion::facts::Records;
use crate::routes::enrollments::record::to_json;
use crate::routes::portfolio_review::table::{review_of, Reads};
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_persistence::enrollments::{self, Filter};
use coachfolio_persistence::{coaching_logs, programs};
use std::collections::HashMap;

/// Your current candidates with their hours and follow-ups
///
/// For coaches: progress this month and this year, who is behind pace, and each candidate's
/// follow-ups (a reflection overdue, no ILP this year, no coaching this month, completion items
/// not met, …; never fees or requests).
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
            let mut follow_ups = HashMap::new();
            for (program, s) in &settings {
                let theirs: Vec<_> = views.iter().filter(|v| &v.row.program_id == program).cloned().collect();
                let ids: Vec<_> = theirs.iter().map(|v| v.row.id).collect();
                sums.extend(by_enrollment(coaching_logs::month_sums_of(c, &ids, counted_states(s))?));
                let records = Records::load(c, *program, Some(&theirs))?;
                for v in &theirs {
                    follow_ups
                        .insert(v.row.id, review_of(&records, v, 0, Reads { fees: false, requests: false }).flags);
                }
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
                    follow_ups: follow_ups.remove(&v.row.id).unwrap_or_default(),
                })
                .collect::<Vec<_>>())
        })
        .await?;
    Ok(web::Json(out))
}
