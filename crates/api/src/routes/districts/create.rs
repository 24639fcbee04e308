use super::json::{District, NewDistrict};
use super::record::{check, DistrictRecord};
use crate::body::Body;
use crate::current_user::CurrentUser;
use crate::error::ApiError;
use crate::etag::created_tagged;
use crate::kernel;
use crate::policy::ProgramAccess;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::ids::ProgramId;
use coachfolio_persistence::districts;
use uuid::Uuid;

/// Add a district
#[utoipa::path(tag = "districts", request_body = NewDistrict, params(("program_id" = Uuid, Path)), responses((status = 201, body = District)))]
#[post("/programs/{program_id}/districts")]
pub async fn create(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<Uuid>,
    body: Body<NewDistrict>,
) -> Result<HttpResponse, ApiError> {
    let program_id = ProgramId::from(path.into_inner());
    let b = body.0;
    let district = state
        .write(move |c| {
            let access = ProgramAccess::load(c, &me, program_id)?;
            access.require_manage()?;
            let new = districts::NewDistrict::new(program_id, &b.name, &b.county);
            check(c, program_id, new.id, &new.name, &new.county)?;
            let row = districts::insert(c, &new)?;
            kernel::created::<DistrictRecord>(c, &me, &row, &access)
        })
        .await?;
    Ok(created_tagged(district.version, &district))
}
