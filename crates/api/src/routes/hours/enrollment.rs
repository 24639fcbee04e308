use super::json::EnrollmentLedger;
use super::ledger::{build, by_enrollment, counted_states};
use crate::capabilities::Caller;
use crate::error::{ApiError, OrNotFound};
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::EnrollmentId;
use coachfolio_persistence::{coaching_logs, enrollments, programs};
use uuid::Uuid;

/// A candidate's coaching hours
///
/// Month by month of each program year, face-to-face and system of support apart, months below
/// the minimum, and the pace needed to finish on time. Hours only, never log text: the
/// district representative of the candidate's employer may see it too.
#[utoipa::path(tag = "hours", params(("enrollment_id" = Uuid, Path)), responses((status = 200, body = EnrollmentLedger)))]
#[get("/enrollments/{enrollment_id}/ledger")]
pub async fn enrollment_ledger(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
) -> Result<web::Json<EnrollmentLedger>, ApiError> {
    let id = EnrollmentId::from(path.into_inner());
    let out = state
        .read(move |c| {
            let e = enrollments::find(c, id).or_not_found("enrollment")?;
            me.enrollment(c, &e)?;
            let settings = programs::find(c, e.program_id)?.settings.0;
            let view = enrollments::view(c, id)?;
            let sums =
                by_enrollment(coaching_logs::month_sums_of(c, std::slice::from_ref(&id), counted_states(&settings))?);
            Ok(build(
                &settings,
                &view,
                sums.get(&id).map(Vec::as_slice).unwrap_or_default(),
                crate::clock::today_in(&view.time_zone),
            ))
        })
        .await?;
    Ok(web::Json(out))
}
