use super::json::{Program, ProgramChange};
use super::record::{check_time_zone, load, ProgramRecord};
use crate::body::{self, Body};
use crate::capabilities::{Caller, ProgramPermission};
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::kernel;
use crate::state::AppState;
use actix_web::{patch, web, HttpResponse};
use coachfolio_domain::ids::ProgramId;
use coachfolio_domain::settings::RequirementSettings;
use coachfolio_domain::step::Edit;
use coachfolio_domain::user::check_text;
use coachfolio_domain::Invalid;
use coachfolio_persistence::{programs, Json};
use uuid::Uuid;

/// Change a program and its requirement settings
///
/// For the program's coordinators. Send the ETag you read as If-Match.
#[utoipa::path(tag = "programs", request_body = ProgramChange,
    params(("program_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = Program)))]
#[patch("/programs/{program_id}")]
pub async fn update(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
    body: Body<ProgramChange>,
) -> Result<HttpResponse, ApiError> {
    let id = ProgramId::from(path.into_inner());
    let change = body.0;
    let program = state
        .write(move |c| {
            let loaded = load(c, &me, id)?;
            loaded.context.require(ProgramPermission::Manage)?;
            kernel::update::<ProgramRecord>(c, &me, if_match, loaded, Edit::Updated, |c, row, _| {
                let (mut errors, mut changed) = (Vec::new(), Vec::new());
                if let Some(n) = &change.name {
                    changed.push("name");
                    check_text("name", n, 200, &mut errors);
                    row.name = n.trim().into();
                }
                if let Some(o) = &change.organisation {
                    changed.push("organisation");
                    check_text("organisation", o, 200, &mut errors);
                    row.organisation = o.trim().into();
                }
                if let Some(tz) = &change.time_zone {
                    changed.push("time_zone");
                    check_time_zone(tz, &mut errors);
                    row.time_zone = tz.clone();
                }
                if let Some(patch) = change.settings {
                    changed.push("settings");
                    let settings = merged(&row.settings, patch)?;
                    if let Err(e) = settings.validate() {
                        errors.extend(e.0);
                    }
                    row.settings = Json(settings);
                }
                Invalid::check(errors)?;
                if programs::name_taken(c, &row.name, Some(id))? {
                    return Err(ApiError::conflict("name", "is already used by another program"));
                }
                Ok(changed)
            })
        })
        .await?;
    Ok(ok_tagged(program.version, &program))
}

/// The stored settings with those named in the request replaced; fields named as the request
/// spelled them (`settings.<field>`).
fn merged(
    stored: &RequirementSettings,
    patch: serde_json::Map<String, serde_json::Value>,
) -> Result<RequirementSettings, ApiError> {
    let mut merged = serde_json::to_value(stored).map_err(|e| ApiError::Internal(e.to_string()))?;
    let obj = merged.as_object_mut().ok_or_else(|| ApiError::Internal("settings are not an object".into()))?;
    obj.extend(patch);
    body::parse(merged.to_string().as_bytes()).map_err(|e| match e {
        ApiError::Invalid(errors) => ApiError::Invalid(
            errors
                .into_iter()
                .map(|mut f| {
                    f.field = format!("settings.{}", f.field);
                    f
                })
                .collect(),
        ),
        other => other,
    })
}
