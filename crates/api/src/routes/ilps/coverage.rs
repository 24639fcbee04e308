use crate::capabilities::Caller;
use crate::error::{ApiError, OrNotFound};
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::EnrollmentId;
use coachfolio_domain::ilp::{coverage, Coverage};
use coachfolio_persistence::{enrollments, ilps};
use uuid::Uuid;

/// Which of the six standards a candidate's ILPs address, and whether every step is attained
///
/// The completion checklist's two ILP items. Counts and standard numbers only, never plan
/// text: the district representative of the candidate's employer may see it too.
#[utoipa::path(tag = "ILPs", params(("enrollment_id" = Uuid, Path)), responses((status = 200, body = Coverage)))]
#[get("/enrollments/{enrollment_id}/ilp-coverage")]
pub async fn coverage_of(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
) -> Result<web::Json<Coverage>, ApiError> {
    let id = EnrollmentId::from(path.into_inner());
    let out = state
        .read(move |c| {
            let e = enrollments::find(c, id).or_not_found("enrollment")?;
            me.enrollment(c, &e)?;
            let plans: Vec<_> = ilps::of_enrollment(c, id)?.into_iter().map(|r| (r.status, r.form.content())).collect();
            Ok(coverage(plans.iter().map(|(s, content)| (*s, content))))
        })
        .await?;
    Ok(web::Json(out))
}
