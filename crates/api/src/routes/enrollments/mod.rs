//! Enrollments: a candidate in a program.

pub mod create;
pub mod get;
pub mod list;
pub mod status;
pub mod update;

use coachfolio_domain::enrollment::{CostStructure, Employment, EnrollmentStatus, Position};
use coachfolio_domain::program_year::program_year;
use coachfolio_domain::user::{check_email, check_optional_text, UserRef};
use coachfolio_domain::FieldError;
use coachfolio_persistence::enrollments::EnrollmentView;
use serde::Serialize;
use time::{Date, OffsetDateTime};
use utoipa::ToSchema;
use uuid::Uuid;

#[derive(Debug, Serialize, ToSchema)]
pub struct Enrollment {
    pub id: Uuid,
    pub program_id: Uuid,
    pub candidate: UserRef,
    pub cohort_id: Uuid,
    pub cohort_label: String,
    pub start_date: Date,
    pub status: EnrollmentStatus,
    /// Year 1, 2, … derived from the cohort's start and today (null before the start).
    pub program_year: Option<u32>,
    pub district_id: Uuid,
    pub district_name: String,
    pub site: Option<String>,
    pub position: Position,
    pub employment: Employment,
    pub supervisor_name: Option<String>,
    pub supervisor_email: Option<String>,
    pub credential_number: Option<String>,
    pub credential_issued_on: Option<Date>,
    pub appointment_date: Option<Date>,
    pub cost_structure: CostStructure,
    pub agreement_signed_on: Option<Date>,
    pub employment_verified_on: Option<Date>,
    pub current_coach: Option<UserRef>,
    pub version: i32,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

impl Enrollment {
    pub fn new(v: &EnrollmentView) -> Enrollment {
        let r = &v.row;
        let today = crate::clock::today_in(&v.time_zone);
        Enrollment {
            id: r.id.parse().unwrap_or_default(),
            program_id: r.program_id.parse().unwrap_or_default(),
            candidate: v.candidate.clone(),
            cohort_id: r.cohort_id.parse().unwrap_or_default(),
            cohort_label: v.cohort_label.clone(),
            start_date: r.start_date,
            status: EnrollmentStatus::parse(&r.status).unwrap_or(EnrollmentStatus::Applied),
            program_year: program_year(v.cohort_start, today),
            district_id: r.district_id.parse().unwrap_or_default(),
            district_name: v.district_name.clone(),
            site: r.site.clone(),
            position: Position::parse(&r.position).unwrap_or(Position::Other),
            employment: Employment::parse(&r.employment).unwrap_or(Employment::FullTime),
            supervisor_name: r.supervisor_name.clone(),
            supervisor_email: r.supervisor_email.clone(),
            credential_number: r.credential_number.clone(),
            credential_issued_on: r.credential_issued_on,
            appointment_date: r.appointment_date,
            cost_structure: CostStructure::parse(&r.cost_structure).unwrap_or(CostStructure::ProgramProvidesCoach),
            agreement_signed_on: r.agreement_signed_on,
            employment_verified_on: r.employment_verified_on,
            current_coach: v.current_coach.clone(),
            version: r.version,
            created_at: r.created_at.assume_utc(),
        }
    }
}

/// The enrollment form's optional fields, shared by create and change. On a change, a field
/// left out keeps its value and `null` clears it (hence the double options).
#[derive(Debug, Default, serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EnrollmentDetails {
    #[serde(default, with = "::serde_with::rust::double_option")]
    #[schema(value_type = Option<String>, max_length = 200)]
    pub site: Option<Option<String>>,
    #[serde(default, with = "::serde_with::rust::double_option")]
    #[schema(value_type = Option<String>, max_length = 120)]
    pub supervisor_name: Option<Option<String>>,
    /// The candidate's direct supervisor, who may not be their coach.
    #[serde(default, with = "::serde_with::rust::double_option")]
    #[schema(value_type = Option<String>, format = Email, max_length = 254)]
    pub supervisor_email: Option<Option<String>>,
    #[serde(default, with = "::serde_with::rust::double_option")]
    #[schema(value_type = Option<String>, max_length = 50)]
    pub credential_number: Option<Option<String>>,
    #[serde(default, with = "::serde_with::rust::double_option")]
    #[schema(value_type = Option<Date>)]
    pub credential_issued_on: Option<Option<Date>>,
    /// The administrative appointment (enrollment is due within a year of it).
    #[serde(default, with = "::serde_with::rust::double_option")]
    #[schema(value_type = Option<Date>)]
    pub appointment_date: Option<Option<Date>>,
    #[serde(default, with = "::serde_with::rust::double_option")]
    #[schema(value_type = Option<Date>)]
    pub agreement_signed_on: Option<Option<Date>>,
    #[serde(default, with = "::serde_with::rust::double_option")]
    #[schema(value_type = Option<Date>)]
    pub employment_verified_on: Option<Option<Date>>,
}

impl EnrollmentDetails {
    pub fn check(&self, errors: &mut Vec<FieldError>) {
        let text = |v: &Option<Option<String>>| v.clone().flatten();
        check_optional_text("site", text(&self.site).as_deref(), 200, errors);
        check_optional_text("supervisor_name", text(&self.supervisor_name).as_deref(), 120, errors);
        check_optional_text("credential_number", text(&self.credential_number).as_deref(), 50, errors);
        if let Some(e) = text(&self.supervisor_email).filter(|e| !e.trim().is_empty()) {
            check_email("supervisor_email", &e, errors);
        }
    }
}

/// Blank text means "none".
pub(crate) fn clean(v: Option<Option<String>>) -> Option<String> {
    v.flatten().map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}
