use super::json::CoachingLog;
use super::record::{to_json, Log, LogContext};
use crate::capabilities::{Caller, EnrollmentPermission, Reach};
use crate::error::{ApiError, OrNotFound};
use crate::kernel::Record;
use crate::pagination::{page_of, PageQuery};
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::ids::EnrollmentId;
use coachfolio_persistence::coaching_logs as logs;
use coachfolio_persistence::{enrollments, users};
use uuid::Uuid;
use validator::Validate;

page_of!(CoachingLogPage, CoachingLog);

/// A candidate's coaching logs, newest first
///
/// Drafts are shown to their coach only, and a former coach sees the logs of their period; the
/// page and its total count only what the caller sees. Every log returned is recorded as read.
#[utoipa::path(tag = "coaching logs", params(("enrollment_id" = Uuid, Path), PageQuery), responses((status = 200, body = CoachingLogPage)))]
#[get("/enrollments/{enrollment_id}/coaching-logs")]
pub async fn list(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    query: web::Query<PageQuery>,
) -> Result<web::Json<CoachingLogPage>, ApiError> {
    let enrollment_id = EnrollmentId::from(path.into_inner());
    let page = query.into_inner();
    page.validate()?;
    let (offset, limit) = (page.offset(), page.limit());
    let reads = state.reads.clone();
    let (items, total) = state
        .read(move |c| {
            let e = enrollments::find(c, enrollment_id).or_not_found("enrollment")?;
            let access = me.enrollment(c, &e)?;
            access.require(EnrollmentPermission::ReadRecords)?;
            let reach = Reach::load(c, &me, access, enrollment_id)?;
            let context = LogContext { me: me.id(), access, enrollment: e, people: Vec::new() };
            let seen: Vec<_> =
                logs::of_enrollment(c, enrollment_id)?.into_iter().filter(|r| context.sees(r, &reach)).collect();
            let total = seen.len() as i64;
            let visible: Vec<_> = seen.iter().skip(offset as usize).take(limit as usize).collect();
            reads.read(me.id(), Log::ENTITY, visible.iter().map(|r| (r.program_id, r.id.to_string())));
            let mut ids: Vec<_> = visible.iter().flat_map(|r| [r.candidate_id, r.coach_id()]).collect();
            ids.extend(visible.iter().filter_map(|r| r.signed.acknowledged_by));
            ids.sort_unstable();
            ids.dedup();
            let people = users::refs(c, &ids)?;
            Ok((visible.iter().map(|r| to_json(r, &people, context.can(r))).collect::<Vec<_>>(), total))
        })
        .await?;
    Ok(web::Json(CoachingLogPage::new(items, &page, total)))
}
