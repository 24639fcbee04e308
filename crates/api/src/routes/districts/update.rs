use super::json::{District, DistrictChange};
use super::record::{check, load_to_change, DistrictRecord};
use crate::body::Body;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::kernel;
use crate::state::AppState;
use actix_web::{patch, web, HttpResponse};
use coachfolio_domain::ids::DistrictId;
use coachfolio_domain::step::Edit;
use uuid::Uuid;

/// Change a district
#[utoipa::path(tag = "districts", request_body = DistrictChange,
    params(("district_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = District)))]
#[patch("/districts/{district_id}")]
pub async fn update(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
    body: Body<DistrictChange>,
) -> Result<HttpResponse, ApiError> {
    let id = DistrictId::from(path.into_inner());
    let change = body.0;
    let district = state
        .write(move |c| {
            let loaded = load_to_change(c, &me, id)?;
            kernel::update::<DistrictRecord>(c, &me, if_match, loaded, Edit::Updated, |c, row, _| {
                let mut changed = Vec::new();
                if let Some(n) = change.name {
                    row.name = n.trim().into();
                    changed.push("name");
                }
                if let Some(k) = change.county {
                    row.county = k.trim().into();
                    changed.push("county");
                }
                check(c, row.program_id, row.id, &row.name, &row.county)?;
                Ok(changed)
            })
        })
        .await?;
    Ok(ok_tagged(district.version, &district))
}
