use super::{build, by_enrollment, counted_states, EnrollmentLedger};
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::policy::EnrollmentAccess;
use crate::state::AppState;
use actix_web::{get, web};
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
    me: CurrentUser,
    path: web::Path<Uuid>,
) -> Result<web::Json<EnrollmentLedger>, ApiError> {
    let id = path.into_inner().to_string();
    let out = state
        .read(move |c| {
            let e = enrollments::find(c, &id).map_err(|_| ApiError::not_found("enrollment"))?;
            EnrollmentAccess::load(c, &me, &e)?;
            let settings = programs::find(c, &e.program_id)?.settings()?;
            let view = enrollments::view(c, &id)?;
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
