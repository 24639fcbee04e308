use super::Enrollment;
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::pagination::{page_of, PageQuery};
use crate::policy::ProgramAccess;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::enrollment::EnrollmentStatus;
use coachfolio_domain::role::Role;
use coachfolio_persistence::enrollments::{self, Filter};
use serde::Deserialize;
use utoipa::IntoParams;
use uuid::Uuid;
use validator::Validate;

page_of!(EnrollmentPage, Enrollment);

#[derive(Debug, Deserialize, IntoParams, Validate)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct EnrollmentQuery {
    pub cohort_id: Option<Uuid>,
    pub status: Option<EnrollmentStatus>,
    pub district_id: Option<Uuid>,
    #[param(minimum = 1, maximum = 1000000)]
    #[validate(range(min = 1, max = 1000000))]
    pub page: Option<u32>,
    #[param(minimum = 1, maximum = 100)]
    #[validate(range(min = 1, max = 100))]
    pub per_page: Option<u32>,
}

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
    let program_id = path.into_inner().to_string();
    let q = query.into_inner();
    q.validate()?;
    let page = PageQuery { page: q.page, per_page: q.per_page };
    let (offset, limit) = (page.offset(), page.limit());
    let (views, total) = state
        .read(move |c| {
            let access = ProgramAccess::load(c, &me, &program_id)?;
            access.require_member()?;
            let mut filter = Filter {
                program_id: Some(program_id),
                cohort_id: q.cohort_id.map(|v| v.to_string()),
                status: q.status.map(|s| s.as_str().to_string()),
                district_id: q.district_id.map(|v| v.to_string()),
                ..Default::default()
            };
            if !access.can_oversee() {
                if !access.has(Role::DistrictRepresentative) {
                    return Err(ApiError::Forbidden(
                        "only program staff and district representatives list enrollments".into(),
                    ));
                }
                filter.district_ids = Some(access.districts);
            }
            Ok(enrollments::list(c, &filter, offset, limit)?)
        })
        .await?;
    Ok(web::Json(EnrollmentPage::new(views.iter().map(Enrollment::new).collect(), &page, total)))
}
