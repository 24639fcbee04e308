use super::{check_years, Cohort};
use crate::auth::CurrentUser;
use crate::body::Body;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::policy::ProgramAccess;
use crate::routes::{record, stale};
use crate::state::AppState;
use actix_web::{patch, web, HttpResponse};
use coachfolio_domain::user::check_text;
use coachfolio_domain::Invalid;
use coachfolio_persistence::{cohorts, now};
use serde::Deserialize;
use time::Date;
use utoipa::ToSchema;
use uuid::Uuid;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CohortChange {
    #[schema(min_length = 1, max_length = 100)]
    pub label: Option<String>,
    pub start_date: Option<Date>,
    #[schema(minimum = 1, maximum = 10)]
    pub program_years: Option<i32>,
}

/// Change a cohort
#[utoipa::path(tag = "cohorts", request_body = CohortChange,
    params(("cohort_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = Cohort)))]
#[patch("/cohorts/{cohort_id}")]
pub async fn update(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<Uuid>,
    if_match: IfMatch,
    body: Body<CohortChange>,
) -> Result<HttpResponse, ApiError> {
    let id = path.into_inner().to_string();
    let change = body.0;
    let cohort = state
        .write(move |c| {
            let mut row = cohorts::find(c, &id).map_err(|_| ApiError::not_found("cohort"))?;
            ProgramAccess::load(c, &me, &row.program_id)?.require_manage_of("cohort")?;
            let before = Cohort::from(&row);
            if_match.check(row.version, &before)?;
            let mut errors = Vec::new();
            if let Some(l) = &change.label {
                check_text("label", l, 100, &mut errors);
                row.label = l.trim().into();
            }
            if let Some(y) = change.program_years {
                check_years(y, &mut errors);
                row.program_years = y;
            }
            if let Some(d) = change.start_date {
                row.start_date = d;
            }
            Invalid::check(errors)?;
            if cohorts::label_taken(c, &row.program_id, &row.label, Some(&id))? {
                return Err(ApiError::conflict("label", "is already used by another cohort of this program"));
            }
            row.version += 1;
            row.updated_at = now();
            if !cohorts::update(c, &row, before.version)? {
                let current = cohorts::find(c, &id)?;
                return Err(stale(current.version, &Cohort::from(&current)));
            }
            let after = Cohort::from(&row);
            record(c, &me, Some(&row.program_id), "cohort.updated", "cohort", &id, Some(&before), Some(&after))?;
            Ok(after)
        })
        .await?;
    Ok(ok_tagged(cohort.version, &cohort))
}
