use super::json::{Cohort, CohortChange};
use super::record::{check, load_to_change, CohortRecord};
use crate::body::Body;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::kernel;
use crate::state::AppState;
use actix_web::{patch, web, HttpResponse};
use coachfolio_domain::ids::CohortId;
use coachfolio_domain::step::Edit;
use uuid::Uuid;

/// Change a cohort
#[utoipa::path(tag = "cohorts", request_body = CohortChange,
    params(("cohort_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = Cohort)))]
#[patch("/cohorts/{cohort_id}")]
pub async fn update(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
    body: Body<CohortChange>,
) -> Result<HttpResponse, ApiError> {
    let id = CohortId::from(path.into_inner());
    let change = body.0;
    let cohort = state
        .write(move |c| {
            let loaded = load_to_change(c, &me, id)?;
            kernel::update::<CohortRecord>(c, &me, if_match, loaded, Edit::Updated, |c, row, _| {
                let mut changed = Vec::new();
                if let Some(l) = change.label {
                    row.label = l.trim().into();
                    changed.push("label");
                }
                if let Some(y) = change.program_years {
                    row.program_years = y;
                    changed.push("program_years");
                }
                if let Some(d) = change.start_date {
                    row.start_date = d;
                    changed.push("start_date");
                }
                check(c, row.program_id, row.id, &row.label, row.program_years)?;
                Ok(changed)
            })
        })
        .await?;
    Ok(ok_tagged(cohort.version, &cohort))
}
