use super::{clean, Enrollment, EnrollmentDetails};
use crate::auth::CurrentUser;
use crate::body::Body;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::policy::EnrollmentAccess;
use crate::routes::{record, stale};
use crate::state::AppState;
use actix_web::{patch, web, HttpResponse};
use coachfolio_domain::enrollment::{CostStructure, Employment, Position};
use coachfolio_domain::Invalid;
use coachfolio_persistence::{cohorts, districts, enrollments, now};
use serde::Deserialize;
use time::Date;
use utoipa::ToSchema;
use uuid::Uuid;

/// Fields to change; a field left out keeps its value, `null` (or "" for text) clears an
/// optional one.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EnrollmentChange {
    pub cohort_id: Option<Uuid>,
    pub start_date: Option<Date>,
    pub district_id: Option<Uuid>,
    pub position: Option<Position>,
    pub employment: Option<Employment>,
    pub cost_structure: Option<CostStructure>,
    #[serde(flatten)]
    #[schema(inline)]
    pub details: EnrollmentDetails,
}

/// Change an enrollment's details
///
/// For coordinators. Status changes go through `POST /enrollments/{id}/status`.
#[utoipa::path(tag = "enrollments", request_body = EnrollmentChange,
    params(("enrollment_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = Enrollment)))]
#[patch("/enrollments/{enrollment_id}")]
pub async fn update(
    state: web::Data<AppState>,
    me: CurrentUser,
    path: web::Path<Uuid>,
    if_match: IfMatch,
    body: Body<EnrollmentChange>,
) -> Result<HttpResponse, ApiError> {
    let id = path.into_inner().to_string();
    let b = body.0;
    let mut errors = Vec::new();
    b.details.check(&mut errors);
    Invalid::check(errors)?;
    let view = state
        .write(move |c| {
            let mut row = enrollments::find(c, &id).map_err(|_| ApiError::not_found("enrollment"))?;
            EnrollmentAccess::load(c, &me, &row)?.require_manage()?;
            let before = Enrollment::new(&enrollments::view(c, &id)?);
            if_match.check(row.version, &before)?;
            if let Some(k) = b.cohort_id {
                if !cohorts::find(c, &k.to_string()).is_ok_and(|k| k.program_id == row.program_id) {
                    return Err(ApiError::invalid("cohort_id", "is not a cohort of this program"));
                }
                row.cohort_id = k.to_string();
            }
            if let Some(d) = b.district_id {
                if !districts::find(c, &d.to_string()).is_ok_and(|d| d.program_id == row.program_id) {
                    return Err(ApiError::invalid("district_id", "is not a district of this program"));
                }
                row.district_id = d.to_string();
            }
            if let Some(v) = b.start_date {
                row.start_date = v;
            }
            if let Some(v) = b.position {
                row.position = v.as_str().into();
            }
            if let Some(v) = b.employment {
                row.employment = v.as_str().into();
            }
            if let Some(v) = b.cost_structure {
                row.cost_structure = v.as_str().into();
            }
            let d = b.details;
            // An optional field present in the body replaces the stored one.
            macro_rules! set_text { ($($f:ident),*) => { $(if d.$f.is_some() { row.$f = clean(d.$f); })* } }
            set_text!(site, supervisor_name, supervisor_email, credential_number);
            macro_rules! set_date { ($($f:ident),*) => { $(if let Some(v) = d.$f { row.$f = v; })* } }
            set_date!(credential_issued_on, appointment_date, agreement_signed_on, employment_verified_on);
            row.version += 1;
            row.updated_at = now();
            if !enrollments::update(c, &row, before.version)? {
                let current = enrollments::view(c, &id)?;
                return Err(stale(current.row.version, &Enrollment::new(&current)));
            }
            let view = enrollments::view(c, &id)?;
            let after = Enrollment::new(&view);
            record(
                c,
                &me,
                Some(&row.program_id),
                "enrollment.updated",
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
