use super::json::{NewProgram, Program};
use super::record::{check_time_zone, ProgramRecord};
use crate::body::Body;
use crate::capabilities::{AccountAccess, Caller, InstallationPermission};
use crate::error::ApiError;
use crate::etag::created_tagged;
use crate::kernel;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::user::check_text;
use coachfolio_domain::Invalid;
use coachfolio_persistence::{programs, Json};

/// Create a program
///
/// For the installation administrator. The program uses the CPSEL framework.
#[utoipa::path(tag = "programs", request_body = NewProgram, responses((status = 201, body = Program)))]
#[post("/programs")]
pub async fn create(state: web::Data<AppState>, me: Caller, body: Body<NewProgram>) -> Result<HttpResponse, ApiError> {
    // Whether one creates programs does not depend on one's roles in any.
    AccountAccess::of(&me.user, &[]).require(InstallationPermission::ManagePrograms)?;
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
            let new = programs::NewProgram {
                settings: Json(settings),
                ..programs::NewProgram::new(&b.name, &b.organisation, &time_zone)
            };
            if programs::name_taken(c, &new.name, None)? {
                return Err(ApiError::conflict("name", "is already used by another program"));
            }
            let row = programs::insert(c, &new)?;
            let access = me.program(c, row.id)?;
            kernel::created::<ProgramRecord>(c, &me, &row, &access)
        })
        .await?;
    Ok(created_tagged(program.version, &program))
}
