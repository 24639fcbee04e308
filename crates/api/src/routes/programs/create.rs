use super::{check_time_zone, Program};
use crate::auth::CurrentUser;
use crate::body::Body;
use crate::error::ApiError;
use crate::etag::created_tagged;
use crate::policy;
use crate::routes::record;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::settings::RequirementSettings;
use coachfolio_domain::user::check_text;
use coachfolio_domain::Invalid;
use coachfolio_persistence::programs::{self, ProgramRow};
use coachfolio_persistence::{new_id, now};
use serde::Deserialize;
use utoipa::ToSchema;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewProgram {
    #[schema(min_length = 1, max_length = 200)]
    pub name: String,
    /// The county office or district that runs it.
    #[schema(min_length = 1, max_length = 200)]
    pub organisation: String,
    /// Defaults to America/Los_Angeles.
    #[schema(max_length = 64)]
    pub time_zone: Option<String>,
    /// Missing settings take the FCSS CASC defaults.
    pub settings: Option<RequirementSettings>,
}

/// Create a program
///
/// For the installation administrator. The program uses the CPSEL framework.
#[utoipa::path(tag = "programs", request_body = NewProgram, responses((status = 201, body = Program)))]
#[post("/programs")]
pub async fn create(
    state: web::Data<AppState>,
    me: CurrentUser,
    body: Body<NewProgram>,
) -> Result<HttpResponse, ApiError> {
    policy::require_admin(&me)?;
    let b = body.0;
    let settings = b.settings.unwrap_or_default();
    let time_zone = b.time_zone.unwrap_or_else(|| "America/Los_Angeles".into());
    let mut errors = Vec::new();
    check_text("name", &b.name, 200, &mut errors);
    check_text("organisation", &b.organisation, 200, &mut errors);
    check_time_zone(&time_zone, &mut errors);
    if let Err(e) = settings.validate() {
        errors.extend(e.0);
    }
    Invalid::check(errors)?;
    let program = state
        .write(move |c| {
            let name = b.name.trim().to_string();
            if programs::name_taken(c, &name, None)? {
                return Err(ApiError::conflict("name", "is already used by another program"));
            }
            let at = now();
            let row = ProgramRow {
                id: new_id(),
                name,
                organisation: b.organisation.trim().into(),
                framework: "CPSEL".into(),
                time_zone,
                settings: serde_json::to_string(&settings).map_err(|e| ApiError::Internal(e.to_string()))?,
                version: 1,
                created_at: at,
                updated_at: at,
            };
            programs::insert(c, &row)?;
            let program = Program::try_from(&row)?;
            record(c, &me, Some(&row.id), "program.created", "program", &row.id, None::<&Program>, Some(&program))?;
            Ok(program)
        })
        .await?;
    Ok(created_tagged(program.version, &program))
}
