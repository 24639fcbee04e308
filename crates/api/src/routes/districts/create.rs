use super::json::{District, NewDistrict};
use super::record::{check, DistrictRecord};
use crate::body::Body;
use crate::capabilities::{Caller, ProgramPermission};
use crate::error::ApiError;
use crate::etag::created_tagged;
use crate::kernel;
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
    me: Caller,
    path: web::Path<Uuid>,
    body: Body<NewDistrict>,
) -> Result<HttpResponse, ApiError> {
    let program_id = ProgramId::from(path.into_inner());
    let b = body.0;
    let district = state
        .write(move |c| {
            let access = me.program(c, program_id)?;
            access.require(ProgramPermission::Manage)?;
            let new = districts::NewDistrict::new(program_id, &b.name, &b.county);
            check(c, program_id, new.id, &new.name, &new.county)?;
            let row = districts::insert(c, &new)?;
            kernel::created::<DistrictRecord>(c, &me, &row, &access)
        })
        .await?;
    Ok(created_tagged(district.version, &district))
}
