use super::{build, by_enrollment, counted_states, EnrollmentLedger};
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::routes::enrollments::Enrollment;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_persistence::enrollments::{self, Filter};
use coachfolio_persistence::{coaching_logs, programs};
use serde::Serialize;
use std::collections::HashMap;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
pub struct CaseloadEntry {
    pub enrollment: Enrollment,
    pub ledger: EnrollmentLedger,
}

/// Your current candidates with their hours
///
/// For coaches: progress this month and this year, and who is behind pace.
#[utoipa::path(tag = "hours", responses((status = 200, body = Vec<CaseloadEntry>)))]
#[get("/me/caseload")]
pub async fn caseload(state: web::Data<AppState>, me: CurrentUser) -> Result<web::Json<Vec<CaseloadEntry>>, ApiError> {
    let coach_id = me.user.id.clone();
    let out = state
        .read(move |c| {
            let current: Vec<String> = enrollments::assignments_of_coach(c, &coach_id)?
                .into_iter()
                .filter(|a| a.end_date.is_none())
                .map(|a| a.enrollment_id)
                .collect();
            let (views, _) =
                enrollments::list(c, &Filter { ids: Some(current.clone()), ..Default::default() }, 0, i64::MAX)?;
            let mut settings = HashMap::new();
            for v in &views {
                if !settings.contains_key(&v.row.program_id) {
                    settings.insert(v.row.program_id.clone(), programs::find(c, &v.row.program_id)?.settings()?);
                }
            }
            // One program's counting rule per query; a coach rarely works in more than one.
            let mut sums = HashMap::new();
            for (program, s) in &settings {
                let ids: Vec<String> =
                    views.iter().filter(|v| &v.row.program_id == program).map(|v| v.row.id.clone()).collect();
                sums.extend(by_enrollment(coaching_logs::month_sums_of(c, &ids, counted_states(s))?));
            }
            Ok(views
                .iter()
                .map(|v| CaseloadEntry {
                    enrollment: Enrollment::new(v),
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
