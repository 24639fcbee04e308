use super::json::{AuditEvent, AuditPage};
use crate::capabilities::{Caller, ProgramPermission};
use crate::error::ApiError;
use crate::pagination::PageQuery;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::ProgramId;
use coachfolio_persistence::audit;
use uuid::Uuid;
use validator::Validate;

/// A program's audit trail, newest first
///
/// For the program's coordinators and director, every entry. The installation administrator
/// reads the entries about the program's setup (program, cohorts, members, enrollments,
/// events, fees), never those about confidential records (coaching logs, ILPs, reflections,
/// professional learning, job shadows, requests, confidential documents, their reads), which
/// they may not read either. Entries carry ids and kinds, never a record's text.
#[utoipa::path(tag = "audit", params(("program_id" = Uuid, Path), PageQuery), responses((status = 200, body = AuditPage)))]
#[get("/programs/{program_id}/audit")]
pub async fn list(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    query: web::Query<PageQuery>,
) -> Result<web::Json<AuditPage>, ApiError> {
    let id = ProgramId::from(path.into_inner());
    let page = query.into_inner();
    page.validate()?;
    let (offset, limit) = (page.offset(), page.limit());
    let (rows, total) = state
        .read(move |c| {
            let access = me.program(c, id)?;
            access.require(ProgramPermission::ReadAudit)?;
            let confidential = access.allows(ProgramPermission::ReadConfidentialAudit);
            Ok(audit::list(c, id, confidential, offset, limit)?)
        })
        .await?;
    let items = rows
        .into_iter()
        .map(|(a, actor)| AuditEvent {
            id: a.id.uuid(),
            at: a.at.assume_utc(),
            actor,
            action: a.action,
            entity: a.entity,
            entity_id: a.entity_id,
            before: a.before_json.map(|j| j.0),
            after: a.after_json.map(|j| j.0),
        })
        .collect();
    Ok(web::Json(AuditPage::new(items, &page, total)))
}
