//! One handler per file, grouped by resource.

pub mod audit;
pub mod auth;
pub mod coach_assignments;
pub mod coaching_logs;
pub mod cohorts;
pub mod districts;
pub mod enrollments;
pub mod health;
pub mod hours;
pub mod me;
pub mod members;
pub mod programs;
pub mod standards;
pub mod users;

use crate::auth::CurrentUser;
use crate::error::ApiError;
use coachfolio_persistence::{audit as trail, DbConnection};
use serde::Serialize;
use utoipa_actix_web::service_config::ServiceConfig;

/// Every `/api` handler; the OpenAPI document is collected from this list.
pub fn configure(cfg: &mut ServiceConfig) {
    cfg.service(auth::login::login)
        .service(auth::refresh::refresh)
        .service(auth::logout::logout)
        .service(auth::password::change_password)
        .service(me::get::get)
        .service(me::enrollments::my_enrollments)
        .service(me::candidates::my_candidates)
        .service(users::list::list)
        .service(users::create::create)
        .service(users::get::get)
        .service(users::update::update)
        .service(programs::list::list)
        .service(programs::create::create)
        .service(programs::get::get)
        .service(programs::update::update)
        .service(programs::overview::overview)
        .service(members::list::list)
        .service(members::create::create)
        .service(members::delete::delete)
        .service(cohorts::list::list)
        .service(cohorts::create::create)
        .service(cohorts::update::update)
        .service(districts::list::list)
        .service(districts::create::create)
        .service(districts::update::update)
        .service(enrollments::list::list)
        .service(enrollments::create::create)
        .service(enrollments::get::get)
        .service(enrollments::update::update)
        .service(enrollments::status::change_status)
        .service(coach_assignments::list::list)
        .service(coach_assignments::create::create)
        .service(coach_assignments::end::end)
        .service(coaching_logs::list::list)
        .service(coaching_logs::create::create)
        .service(coaching_logs::get::get)
        .service(coaching_logs::update::update)
        .service(coaching_logs::delete::delete)
        .service(coaching_logs::submit::submit)
        .service(coaching_logs::acknowledge::acknowledge)
        .service(coaching_logs::return_to_coach::return_to_coach)
        .service(coaching_logs::revisions::revisions)
        .service(hours::enrollment::enrollment_ledger)
        .service(hours::caseload::caseload)
        .service(hours::table::table)
        .service(hours::export::export_csv)
        .service(standards::list::list)
        .service(audit::list::list);
}

/// Appends a change to the audit trail in the caller's transaction.
#[allow(clippy::too_many_arguments)]
pub(crate) fn record<B: Serialize, A: Serialize>(
    c: &mut DbConnection,
    actor: &CurrentUser,
    program_id: Option<&str>,
    action: &str,
    entity: &str,
    entity_id: &str,
    before: Option<&B>,
    after: Option<&A>,
) -> Result<(), ApiError> {
    trail::record(
        c,
        trail::Entry {
            actor_id: Some(actor.id()),
            program_id,
            action,
            entity,
            entity_id,
            before: before.and_then(|b| serde_json::to_value(b).ok()),
            after: after.and_then(|a| serde_json::to_value(a).ok()),
        },
    )?;
    Ok(())
}

/// The 412 for a versioned write that lost a race after its If-Match check passed.
pub(crate) fn stale<T: Serialize>(version: i32, current: &T) -> ApiError {
    ApiError::PreconditionFailed { version, current: serde_json::to_value(current).unwrap_or_default() }
}
