use super::json::{CompletionVerification, EvidenceKind};
use super::record::{load, CompletionRecord};
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::ok_tagged;
use crate::kernel::Record;
use crate::routes::reflections::record::ReflectionRecord;
use crate::state::AppState;
use actix_web::{get, web, HttpResponse};
use coachfolio_domain::completion::CompletionItem;
use coachfolio_domain::ids::EnrollmentId;
use uuid::Uuid;

/// Read a candidate's Program Completion Verification
///
/// The handbook's ten items computed from the records today (met, not met, or not yet due,
/// with what is missing and the evidence the reader may open), the two columns'
/// confirmations, and the signatures. For everyone who reads the enrollment: the candidate,
/// their coaches, the district representative of their district (who never sees reflection
/// text or ratings), the program's staff. Reading the ending reflection's ratings is audited
/// as a read of that reflection.
#[utoipa::path(tag = "completion", params(("enrollment_id" = Uuid, Path)), responses((status = 200, body = CompletionVerification)))]
#[get("/enrollments/{enrollment_id}/completion")]
pub async fn get(state: web::Data<AppState>, me: Caller, path: web::Path<Uuid>) -> Result<HttpResponse, ApiError> {
    let id = EnrollmentId::from(path.into_inner());
    let reads = state.reads.clone();
    let form = state
        .read(move |c| {
            let loaded = load(c, &me, id)?;
            let form = CompletionRecord::view(c, &loaded.row, &loaded.context)?;
            if !form.growth.is_empty() {
                let program = loaded.row.program_id;
                let growth = form.items.iter().filter(|i| i.check.item == CompletionItem::Growth);
                let ending = growth.flat_map(|i| &i.evidence).filter(|e| e.kind == EvidenceKind::Reflection);
                reads.read(
                    me.id(),
                    ReflectionRecord::ENTITY,
                    ending.map(|e| (program, e.id.to_string())).collect::<Vec<_>>(),
                );
            }
            Ok::<_, ApiError>(form)
        })
        .await?;
    Ok(ok_tagged(form.version, &form))
}
