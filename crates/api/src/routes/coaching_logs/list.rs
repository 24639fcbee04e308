use super::{audit_reads, to_dto, CoachingLog};
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::pagination::{page_of, PageQuery};
use crate::policy::EnrollmentAccess;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_persistence::coaching_logs as logs;
use coachfolio_persistence::{enrollments, users};
use uuid::Uuid;
use validator::Validate;

page_of!(CoachingLogPage, CoachingLog);

/// A candidate's coaching logs, newest first
///
/// Drafts are shown to their coach only. Every log returned is recorded as read.
#[utoipa::path(tag = "coaching logs", params(("enrollment_id" = Uuid, Path), PageQuery), responses((status = 200, body = CoachingLogPage)))]
#[get("/enrollments/{enrollment_id}/coaching-logs")]
pub async fn list(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<Uuid>,
    query: web::Query<PageQuery>,
) -> Result<web::Json<CoachingLogPage>, ApiError> {
    let enrollment_id = path.into_inner().to_string();
    let page = query.into_inner();
    page.validate()?;
    let (offset, limit) = (page.offset(), page.limit());
    let reads = state.reads.clone();
    let (items, total) = state
        .read(move |c| {
            let e = enrollments::find(c, &enrollment_id).map_err(|_| ApiError::not_found("enrollment"))?;
            let access = EnrollmentAccess::load(c, &me, &e)?;
            access.require_confidential()?;
            let (rows, total) = logs::list(c, &enrollment_id, offset, limit)?;
            let mut history = None;
            let mut visible = Vec::with_capacity(rows.len());
            for r in &rows {
                // Someone else's draft is not yet a record.
                if r.state == "draft" && r.coach_id != me.id() {
                    continue;
                }
                if access == EnrollmentAccess::FormerCoach && r.coach_id != me.id() {
                    let periods = match &history {
                        Some(h) => h,
                        None => history.insert(enrollments::assignments(c, &e.id)?),
                    };
                    let mine = periods.iter().any(|(a, _)| {
                        a.coach_id == me.id()
                            && r.meeting_date
                                .is_some_and(|d| a.start_date <= d && a.end_date.is_none_or(|end| d <= end))
                    });
                    if !mine {
                        continue;
                    }
                }
                visible.push(r);
            }
            audit_reads(&reads, &me, &visible);
            let mut ids: Vec<&str> =
                visible.iter().flat_map(|r| [r.candidate_id.as_str(), r.coach_id.as_str()]).collect();
            ids.extend(visible.iter().filter_map(|r| r.acknowledged_by.as_deref()));
            ids.sort_unstable();
            ids.dedup();
            let people = users::refs(c, &ids)?;
            Ok((visible.iter().map(|r| to_dto(r, &people)).collect::<Vec<_>>(), total))
        })
        .await?;
    Ok(web::Json(CoachingLogPage::new(items, &page, total)))
}
