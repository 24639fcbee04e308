use super::json::{EnrollmentPage, EnrollmentQuery};
use super::record::{actions, to_json};
use crate::current_user::CurrentUser;
use crate::error::ApiError;
use crate::pagination::PageQuery;
use crate::policy::{EnrollmentAccess, ProgramAccess};
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::ProgramId;
use coachfolio_domain::role::Role;
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
    me: CurrentUser,
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
            let access = ProgramAccess::load(c, &me, program_id)?;
            access.require_member()?;
            let mut filter = Filter {
                program_id: Some(program_id),
                cohort_id: q.cohort_id.map(Into::into),
                status: q.status,
                district_id: q.district_id.map(Into::into),
                ..Default::default()
            };
            if !access.can_oversee() {
                if !access.has(Role::DistrictRepresentative) {
                    return Err(ApiError::Forbidden(
                        "only program staff and district representatives list enrollments".into(),
                    ));
                }
                filter.district_ids = Some(access.districts.clone());
            }
            let (views, total) = enrollments::list(c, &filter, offset, limit)?;
            let can =
                |v: &enrollments::EnrollmentView| actions(EnrollmentAccess::listed(&access, &me, v.row.candidate_id));
            Ok((views.iter().map(|v| to_json(v, can(v))).collect(), total))
        })
        .await?;
    Ok(web::Json(EnrollmentPage::new(items, &page, total)))
}
