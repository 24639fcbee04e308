use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::pagination::{page_of, PageQuery};
use crate::policy::ProgramAccess;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::user::UserRef;
use coachfolio_persistence::audit;
use serde::Serialize;
use time::OffsetDateTime;
use utoipa::ToSchema;
use uuid::Uuid;
use validator::Validate;

#[derive(Debug, Serialize, ToSchema)]
pub struct AuditEvent {
    pub id: Uuid,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub actor: Option<UserRef>,
    #[schema(example = "enrollment.status_changed")]
    pub action: String,
    pub entity: String,
    pub entity_id: String,
    #[schema(value_type = Option<Object>)]
    pub before: Option<serde_json::Value>,
    #[schema(value_type = Option<Object>)]
    pub after: Option<serde_json::Value>,
}

page_of!(AuditPage, AuditEvent);

/// A program's audit trail, newest first
///
/// For coordinators and directors.
#[utoipa::path(tag = "audit", params(("program_id" = Uuid, Path), PageQuery), responses((status = 200, body = AuditPage)))]
#[get("/programs/{program_id}/audit")]
pub async fn list(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<Uuid>,
    query: web::Query<PageQuery>,
) -> Result<web::Json<AuditPage>, ApiError> {
    let id = path.into_inner().to_string();
    let page = query.into_inner();
    page.validate()?;
    let (offset, limit) = (page.offset(), page.limit());
    let (rows, total) = state
        .read(move |c| {
            ProgramAccess::load(c, &me, &id)?.require_oversee()?;
            Ok(audit::list(c, &id, offset, limit)?)
        })
        .await?;
    let parse = |s: Option<String>| s.and_then(|s| serde_json::from_str(&s).ok());
    let items = rows
        .into_iter()
        .map(|(a, actor)| AuditEvent {
            id: a.id.parse().unwrap_or_default(),
            at: a.at.assume_utc(),
            actor,
            action: a.action,
            entity: a.entity,
            entity_id: a.entity_id,
            before: parse(a.before_json),
            after: parse(a.after_json),
        })
        .collect();
    Ok(web::Json(AuditPage::new(items, &page, total)))
}
