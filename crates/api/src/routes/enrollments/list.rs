use super::json::{EnrollmentPage, EnrollmentQuery};
use super::record::to_json;
use crate::capabilities::{Caller, EnrollmentAccess, Relation};
use crate::error::ApiError;
use crate::pagination::PageQuery;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::ProgramId;
use coachfolio_persistence::enrollments::{self, Filter};
use uuid::Uuid;
use validator::Validate;

/// List a program's enrollments
///
/// Coordinators and directors see all; a district representative sees only candidates
/// employed by their district.
#[utoipa::path(tag = "enrollments", params(("program_id" = Uuid, Path), EnrollmentQuery), responses((status = 200, body = EnrollmentPage)))]
#[get("/programs/{program_id}/enrollments")]
pub async fn list(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    query: web::Query<EnrollmentQuery>,
) -> Result<web::Json<EnrollmentPage>, ApiError> {
    let program_id = ProgramId::from(path.into_inner());
    let q = query.into_inner();
    q.validate()?;
    let page = PageQuery { page: q.page, per_page: q.per_page };
    let (offset, limit) = (page.offset(), page.limit());
    let (items, total) = state
        .read(move |c| {
            let access = me.program(c, program_id)?;
            let filter = Filter {
                status: q.status,
                district_id: q.district_id.map(Into::into),
                ..access.report_filter(program_id, q.cohort_id.map(Into::into))?
            };
            let (views, total) = enrollments::list(c, &filter, offset, limit)?;
            let can = |v: &enrollments::EnrollmentView| {
                EnrollmentAccess::listed(&access, &me, v.row.candidate_id, Relation::District)
            };
            Ok((views.iter().map(|v| to_json(v, can(v))).collect(), total))
        })
        .await?;
    Ok(web::Json(EnrollmentPage::new(items, &page, total)))
}
