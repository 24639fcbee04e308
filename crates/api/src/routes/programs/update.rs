use super::{check_time_zone, Program};
use crate::auth::CurrentUser;
use crate::body::{self, Body};
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::policy::ProgramAccess;
use crate::routes::{record, stale};
use crate::state::AppState;
use actix_web::{patch, web, HttpResponse};
use coachfolio_domain::settings::RequirementSettings;
use coachfolio_domain::user::check_text;
use coachfolio_domain::Invalid;
use coachfolio_persistence::{now, programs};
use serde::Deserialize;
use utoipa::ToSchema;
use uuid::Uuid;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProgramChange {
    #[schema(min_length = 1, max_length = 200)]
    pub name: Option<String>,
    #[schema(min_length = 1, max_length = 200)]
    pub organisation: Option<String>,
    #[schema(max_length = 64)]
    pub time_zone: Option<String>,
    /// Only the settings named change; the others keep their values.
    #[schema(value_type = Option<RequirementSettings>)]
    pub settings: Option<serde_json::Map<String, serde_json::Value>>,
}

/// Change a program and its requirement settings
///
/// For the program's coordinators. Send the ETag you read as If-Match.
#[utoipa::path(tag = "programs", request_body = ProgramChange,
    params(("program_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = Program)))]
#[patch("/programs/{program_id}")]
pub async fn update(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<Uuid>,
    if_match: IfMatch,
    body: Body<ProgramChange>,
) -> Result<HttpResponse, ApiError> {
    let id = path.into_inner().to_string();
    let change = body.0;
    let program = state
        .write(move |c| {
            ProgramAccess::load(c, &me, &id)?.require_manage()?;
            let mut row = programs::find(c, &id).map_err(|_| ApiError::not_found("program"))?;
            let before = Program::try_from(&row)?;
            if_match.check(row.version, &before)?;
            let mut errors = Vec::new();
            if let Some(n) = &change.name {
                check_text("name", n, 200, &mut errors);
                row.name = n.trim().into();
            }
            if let Some(o) = &change.organisation {
                check_text("organisation", o, 200, &mut errors);
                row.organisation = o.trim().into();
            }
            if let Some(tz) = &change.time_zone {
                check_time_zone(tz, &mut errors);
                row.time_zone = tz.clone();
            }
            if let Some(patch) = change.settings {
                let mut merged =
                    serde_json::to_value(&before.settings).map_err(|e| ApiError::Internal(e.to_string()))?;
                let obj =
                    merged.as_object_mut().ok_or_else(|| ApiError::Internal("settings are not an object".into()))?;
                obj.extend(patch);
                let settings: RequirementSettings =
                    body::parse(merged.to_string().as_bytes()).map_err(prefix_settings)?;
                if let Err(e) = settings.validate() {
                    errors.extend(e.0);
                }
                row.settings = serde_json::to_string(&settings).map_err(|e| ApiError::Internal(e.to_string()))?;
            }
            Invalid::check(errors)?;
            if programs::name_taken(c, &row.name, Some(&id))? {
                return Err(ApiError::conflict("name", "is already used by another program"));
            }
            row.version += 1;
            row.updated_at = now();
            if !programs::update(c, &row, before.version)? {
                let current = programs::find(c, &id)?;
                return Err(stale(current.version, &Program::try_from(&current)?));
            }
            let after = Program::try_from(&row)?;
            record(c, &me, Some(&id), "program.updated", "program", &id, Some(&before), Some(&after))?;
            Ok(after)
        })
        .await?;
    Ok(ok_tagged(program.version, &program))
}

/// Names a settings field as the request spelled it (`settings.<field>`).
fn prefix_settings(e: ApiError) -> ApiError {
    match e {
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
    }
}
