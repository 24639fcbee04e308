use super::District;
use crate::auth::CurrentUser;
use crate::body::Body;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::policy::ProgramAccess;
use crate::routes::{record, stale};
use crate::state::AppState;
use actix_web::{patch, web, HttpResponse};
use coachfolio_domain::user::check_text;
use coachfolio_domain::Invalid;
use coachfolio_persistence::{districts, now};
use serde::Deserialize;
use utoipa::ToSchema;
use uuid::Uuid;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DistrictChange {
    #[schema(min_length = 1, max_length = 200)]
    pub name: Option<String>,
    #[schema(min_length = 1, max_length = 100)]
    pub county: Option<String>,
}

/// Change a district
#[utoipa::path(tag = "districts", request_body = DistrictChange,
    params(("district_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = District)))]
#[patch("/districts/{district_id}")]
pub async fn update(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<Uuid>,
    if_match: IfMatch,
    body: Body<DistrictChange>,
) -> Result<HttpResponse, ApiError> {
    let id = path.into_inner().to_string();
    let change = body.0;
    let district = state
        .write(move |c| {
            let mut row = districts::find(c, &id).map_err(|_| ApiError::not_found("district"))?;
            ProgramAccess::load(c, &me, &row.program_id)?.require_manage_of("district")?;
            let before = District::from(&row);
            if_match.check(row.version, &before)?;
            let mut errors = Vec::new();
            if let Some(n) = &change.name {
                check_text("name", n, 200, &mut errors);
                row.name = n.trim().into();
            }
            if let Some(k) = &change.county {
                check_text("county", k, 100, &mut errors);
                row.county = k.trim().into();
            }
            Invalid::check(errors)?;
            if districts::name_taken(c, &row.program_id, &row.name, Some(&id))? {
                return Err(ApiError::conflict("name", "is already a district of this program"));
            }
            row.version += 1;
            row.updated_at = now();
            if !districts::update(c, &row, before.version)? {
                let current = districts::find(c, &id)?;
                return Err(stale(current.version, &District::from(&current)));
            }
            let after = District::from(&row);
            record(c, &me, Some(&row.program_id), "district.updated", "district", &id, Some(&before), Some(&after))?;
            Ok(after)
        })
        .await?;
    Ok(ok_tagged(district.version, &district))
}
