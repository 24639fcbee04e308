use super::Enrollment;
use crate::auth::CurrentUser;
use crate::body::Body;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::policy::EnrollmentAccess;
use crate::routes::{record, stale};
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::enrollment::EnrollmentStatus;
use coachfolio_domain::user::check_optional_text;
use coachfolio_domain::Invalid;
use coachfolio_persistence::{enrollments, now};
use serde::Deserialize;
use utoipa::ToSchema;
use uuid::Uuid;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StatusChange {
    pub status: EnrollmentStatus,
    /// Why, kept in the audit trail.
    #[schema(max_length = 2000)]
    pub note: Option<String>,
}

/// Move an enrollment to another status
///
/// Allowed: applied → enrolled or withdrawn; enrolled → extended, withdrawn or completed;
/// extended → extended (another year), withdrawn or completed; completed → recommended.
#[utoipa::path(tag = "enrollments", request_body = StatusChange,
    params(("enrollment_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = Enrollment)))]
#[post("/enrollments/{enrollment_id}/status")]
pub async fn change_status(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<Uuid>,
    if_match: IfMatch,
    body: Body<StatusChange>,
) -> Result<HttpResponse, ApiError> {
    let id = path.into_inner().to_string();
    let b = body.0;
    let mut errors = Vec::new();
    check_optional_text("note", b.note.as_deref(), 2000, &mut errors);
    Invalid::check(errors)?;
    let view = state
        .write(move |c| {
            let mut row = enrollments::find(c, &id).map_err(|_| ApiError::not_found("enrollment"))?;
            EnrollmentAccess::load(c, &me, &row)?.require_manage()?;
            let before = Enrollment::new(&enrollments::view(c, &id)?);
            if_match.check(row.version, &before)?;
            if !before.status.can_become(b.status) {
                let allowed: Vec<_> = before.status.next().iter().map(|s| s.as_str()).collect();
                let message = if allowed.is_empty() {
                    format!("a {} enrollment cannot change status", before.status.as_str())
                } else {
                    format!(
                        "cannot go from {} to {}; allowed: {}",
                        before.status.as_str(),
                        b.status.as_str(),
                        allowed.join(", ")
                    )
                };
                return Err(ApiError::invalid("status", message));
            }
            row.status = b.status.as_str().into();
            row.version += 1;
            row.updated_at = now();
            if !enrollments::update(c, &row, before.version)? {
                let current = enrollments::view(c, &id)?;
                return Err(stale(current.row.version, &Enrollment::new(&current)));
            }
            let view = enrollments::view(c, &id)?;
            let mut after = serde_json::to_value(Enrollment::new(&view)).unwrap_or_default();
            after["note"] = b.note.into();
            record(
                c,
                &me,
                Some(&row.program_id),
                "enrollment.status_changed",
                "enrollment",
                &id,
                Some(&before),
                Some(&after),
            )?;
            Ok(view)
        })
        .await?;
    let e = Enrollment::new(&view);
    Ok(ok_tagged(e.version, &e))
}
