use super::District;
use crate::auth::CurrentUser;
use crate::body::Body;
use crate::error::ApiError;
use crate::etag::created_tagged;
use crate::policy::ProgramAccess;
use crate::routes::record;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::user::check_text;
use coachfolio_domain::Invalid;
use coachfolio_persistence::districts::{self, DistrictRow};
use coachfolio_persistence::{new_id, now};
use serde::Deserialize;
use utoipa::ToSchema;
use uuid::Uuid;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewDistrict {
    #[schema(min_length = 1, max_length = 200)]
    pub name: String,
    #[schema(min_length = 1, max_length = 100)]
    pub county: String,
}

/// Add a district
#[utoipa::path(tag = "districts", request_body = NewDistrict, params(("program_id" = Uuid, Path)), responses((status = 201, body = District)))]
#[post("/programs/{program_id}/districts")]
pub async fn create(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<Uuid>,
    body: Body<NewDistrict>,
) -> Result<HttpResponse, ApiError> {
    let program_id = path.into_inner().to_string();
    let b = body.0;
    let district = state
        .write(move |c| {
            ProgramAccess::load(c, &me, &program_id)?.require_manage()?;
            let mut errors = Vec::new();
            check_text("name", &b.name, 200, &mut errors);
            check_text("county", &b.county, 100, &mut errors);
            Invalid::check(errors)?;
            let name = b.name.trim().to_string();
            if districts::name_taken(c, &program_id, &name, None)? {
                return Err(ApiError::conflict("name", "is already a district of this program"));
            }
            let at = now();
            let row = DistrictRow {
                id: new_id(),
                program_id: program_id.clone(),
                name,
                county: b.county.trim().into(),
                version: 1,
                created_at: at,
                updated_at: at,
            };
            districts::insert(c, &row)?;
            let district = District::from(&row);
            record(
                c,
                &me,
                Some(&program_id),
                "district.created",
                "district",
                &row.id,
                None::<&District>,
                Some(&district),
            )?;
            Ok(district)
        })
        .await?;
    Ok(created_tagged(district.version, &district))
}
