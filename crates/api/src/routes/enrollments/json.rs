//! Enrollments on the wire.

use coachfolio_domain::enrollment::{CostStructure, Employment, EnrollmentStatus, Position};
use coachfolio_domain::fees::FeePlan;
use coachfolio_domain::user::UserRef;
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;
use validator::Validate;

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
    /// Who pays the program fee: the agency (Plan A), the candidate (Plan B) or both, sharing
    /// each installment (Plan C, "split").
    pub fee_payer: FeePlan,
    /// Plan C: the candidate's part of the program fee; the agency pays the rest.
    pub candidate_fee_cents: Option<i64>,
    pub agreement_signed_on: Option<Date>,
    pub employment_verified_on: Option<Date>,
    pub current_coach: Option<UserRef>,
    /// The program years: the cohort's, and one more for each approved extension.
    pub program_years: u32,
    /// The last day of the last program year.
    pub program_ends_on: Date,
    /// The last day of a withdrawn candidate.
    pub withdrawn_on: Option<Date>,
    pub version: i32,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    /// What you may do with it now.
    pub can: EnrollmentActions,
}

/// What the caller may do with an enrollment and the records kept under it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct EnrollmentActions {
    /// Change its details (the program's coordinators).
    pub edit: bool,
    pub change_status: bool,
    /// The statuses a coordinator may set by hand now (an extension or a withdrawal once
    /// started comes by an approved request); empty for anyone else.
    pub status_options: Vec<EnrollmentStatus>,
    pub assign_coach: bool,
    /// Write a coaching log (the current coach).
    pub add_coaching_log: bool,
    /// Start an ILP (the candidate and their current coach).
    pub add_ilp: bool,
    /// Start a reflection term (the candidate).
    pub start_reflection: bool,
    /// Start the Application to Practice (the candidate, once the interim reflection is
    /// submitted: starting answers 409 before).
    pub start_application_to_practice: bool,
    /// Read the confidential records (coaching logs, ILPs, reflections): not the district
    /// representative, not the installation administrator.
    pub read_records: bool,
    /// Upload documents to the e-portfolio (the candidate, their current coach, coordinators).
    pub upload_document: bool,
    /// Record an alternative professional learning (the candidate and their current coach).
    pub add_professional_learning: bool,
    /// Start a job shadow or school visit summary (the candidate).
    pub start_job_shadow_or_visit: bool,
    /// Read the fees and payments (the candidate, their district's representative, the
    /// program's staff; never a coach).
    pub read_fees: bool,
    /// Read its requests (the candidate, the program's staff; a coach the plans they help with).
    pub read_requests: bool,
    /// Submit a request (the candidate, or a coordinator for them, while taking part).
    pub submit_request: bool,
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

crate::pagination::page_of!(EnrollmentPage, Enrollment);

#[derive(Debug, Deserialize, IntoParams, Validate)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct EnrollmentQuery {
    pub cohort_id: Option<Uuid>,
    pub status: Option<EnrollmentStatus>,
    pub district_id: Option<Uuid>,
    #[param(minimum = 1, maximum = 1000000)]
    #[validate(range(min = 1, max = 1000000))]
    pub page: Option<u32>,
    #[param(minimum = 1, maximum = 100)]
    #[validate(range(min = 1, max = 100))]
    pub per_page: Option<u32>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewEnrollment {
    pub candidate_id: Uuid,
    pub cohort_id: Uuid,
    pub start_date: Date,
    pub district_id: Uuid,
    pub position: Position,
    pub employment: Employment,
    pub cost_structure: CostStructure,
    /// Who pays the program fee (default: the agency).
    #[serde(default)]
    pub fee_payer: Option<FeePlan>,
    /// Plan C ("split"): the candidate's part of the program fee, more than nothing and less
    /// than the fee of the cost structure; only for a split plan.
    #[serde(default)]
    #[schema(minimum = 1, example = 200000)]
    pub candidate_fee_cents: Option<i64>,
    #[serde(flatten)]
    #[schema(inline)]
    pub details: EnrollmentDetails,
}

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
    pub fee_payer: Option<FeePlan>,
    /// Plan C ("split"): the candidate's part of the program fee (kept when left out while
    /// the plan stays split; dropped with another plan).
    #[schema(minimum = 1, example = 200000)]
    pub candidate_fee_cents: Option<i64>,
    #[serde(flatten)]
    #[schema(inline)]
    pub details: EnrollmentDetails,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StatusChange {
    pub status: EnrollmentStatus,
    /// Why, kept in the audit trail.
    #[schema(max_length = 2000)]
    pub note: Option<String>,
}
