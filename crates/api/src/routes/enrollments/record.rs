//! The enrollment as a record of the kernel.

use super::json::{Enrollment, EnrollmentActions, EnrollmentDetails};
use crate::capabilities::{EnrollmentAccess, EnrollmentPermission};
use crate::current_user::CurrentUser;
use crate::error::{ApiError, OrNotFound};
use crate::kernel::Moving;
use crate::kernel::{Loaded, Record};
use coachfolio_domain::enrollment::EnrollmentStatus;
use coachfolio_domain::enrollment::EnrollmentStep;
use coachfolio_domain::ids::{EnrollmentId, ProgramId};
use coachfolio_domain::program_year::{program_end, program_year};
use coachfolio_domain::user::{check_email, check_optional_text};
use coachfolio_domain::{FieldError, Invalid};
use coachfolio_persistence::enrollments::{self, EnrollmentRow, EnrollmentView};
use coachfolio_persistence::DbConnection;

/// The enrollment kind.
pub(crate) struct EnrollmentRecord;

impl Record for EnrollmentRecord {
    type Row = EnrollmentRow;
    type Context = EnrollmentAccess;
    type View = Enrollment;
    type Step = EnrollmentStep;
    const ENTITY: &'static str = "enrollment";

    fn program_id(row: &EnrollmentRow) -> Option<ProgramId> {
        Some(row.program_id)
    }

    /// Shown with its cohort, district and current coach, read as stored: the kernel asks for
    /// the view before a change is written and after.
    fn view(c: &mut DbConnection, row: &EnrollmentRow, access: &EnrollmentAccess) -> Result<Enrollment, ApiError> {
        Ok(to_json(&enrollments::view(c, row.id)?, *access))
    }

    /// A status set by hand (what a request does not do), or the extension and withdrawal an
    /// approved request makes, with what goes with them.
    fn advance(row: &mut EnrollmentRow, step: &EnrollmentStep, _: &Moving<'_>) -> Result<Vec<&'static str>, ApiError> {
        // What a request's approval cannot do to the enrollment now is a conflict with the request.
        let by_request = |i: Invalid| {
            let message = i.0.into_iter().map(|e| e.message).collect::<Vec<_>>().join("; ");
            ApiError::conflict("kind", format!("cannot take effect: {message}"))
        };
        Ok(match *step {
            EnrollmentStep::Updated | EnrollmentStep::FeePlanChanged => Vec::new(),
            EnrollmentStep::StatusChanged(to) => {
                row.status = row.status.set_by_hand(to)?;
                vec!["status"]
            }
            EnrollmentStep::Extended => {
                row.status = row.status.change_to(EnrollmentStatus::Extended).map_err(by_request)?;
                row.extension_years += 1;
                vec!["status", "extension_years"]
            }
            EnrollmentStep::Completed => {
                row.status = row.status.change_to(EnrollmentStatus::Completed)?;
                vec!["status"]
            }
            EnrollmentStep::Withdrawn { last_day } => {
                row.status = row.status.change_to(EnrollmentStatus::Withdrawn).map_err(by_request)?;
                row.withdrawn_on = Some(last_day);
                vec!["status", "withdrawn_on"]
            }
        })
    }
}

/// What `access` lets the caller do with an enrollment in `status`: the checks the handlers
/// make.
fn actions(access: EnrollmentAccess, status: EnrollmentStatus) -> EnrollmentActions {
    use EnrollmentPermission as P;
    let may = |p| access.allows(p);
    let manages = may(P::Change);
    EnrollmentActions {
        edit: manages,
        change_status: manages,
        status_options: if manages { status.next_by_hand() } else { Vec::new() },
        assign_coach: manages,
        add_coaching_log: may(P::WriteCoachingLog),
        add_ilp: may(P::WriteIlp),
        start_reflection: may(P::WriteReflection),
        start_application_to_practice: may(P::WriteApplicationToPractice),
        read_records: may(P::ReadRecords),
        upload_document: may(P::UploadDocument),
        add_professional_learning: may(P::WriteProfessionalLearning),
        start_job_shadow_or_visit: may(P::WriteJobShadow),
        read_fees: may(P::ReadFees),
        read_requests: may(P::ReadRequests),
        submit_request: may(P::SubmitRequest),
    }
}

/// An enrollment as the API shows it, with what `access` lets the caller do with it.
pub(crate) fn to_json(v: &EnrollmentView, access: EnrollmentAccess) -> Enrollment {
    let can = actions(access, v.row.status);
    let r = &v.row;
    let d = &r.details;
    let today = crate::clock::today_in(&v.time_zone);
    let years = v.program_years();
    Enrollment {
        id: r.id.uuid(),
        program_id: r.program_id.uuid(),
        candidate: v.candidate.clone(),
        cohort_id: r.cohort_id.uuid(),
        cohort_label: v.cohort_label.clone(),
        start_date: r.start_date,
        status: r.status,
        program_year: program_year(v.cohort_start, today),
        district_id: r.district_id.uuid(),
        district_name: v.district_name.clone(),
        site: d.site.clone(),
        position: r.position,
        employment: r.employment,
        supervisor_name: d.supervisor_name.clone(),
        supervisor_email: d.supervisor_email.clone(),
        credential_number: d.credential_number.clone(),
        credential_issued_on: d.credential_issued_on,
        appointment_date: d.appointment_date,
        cost_structure: r.cost_structure,
        fee_payer: r.fee_payer,
        candidate_fee_cents: r.candidate_fee_cents,
        agreement_signed_on: d.agreement_signed_on,
        employment_verified_on: d.employment_verified_on,
        current_coach: v.current_coach.clone(),
        program_years: years,
        program_ends_on: program_end(v.cohort_start, years),
        withdrawn_on: r.withdrawn_on,
        version: r.version,
        created_at: r.created_at.assume_utc(),
        can,
    }
}

/// Loads an enrollment `me` may change; 404 out of scope, 403 for those who only read it.
pub(crate) fn load_to_change(
    c: &mut DbConnection,
    me: &CurrentUser,
    id: EnrollmentId,
) -> Result<Loaded<EnrollmentRecord>, ApiError> {
    let row = enrollments::find(c, id).or_not_found("enrollment")?;
    let access = EnrollmentAccess::load(c, me, &row)?;
    access.require(EnrollmentPermission::Change)?;
    Ok(Loaded { row, context: access })
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

    /// Sets the fields present in the body (`null`, or blank text, clears one); returns their
    /// names.
    pub fn apply(self, to: &mut enrollments::EnrollmentDetails) -> Vec<&'static str> {
        let mut changed = Vec::new();
        macro_rules! set_text { ($($f:ident),*) => { $(if self.$f.is_some() { to.$f = clean(self.$f); changed.push(stringify!($f)); })* } }
        set_text!(site, supervisor_name, supervisor_email, credential_number);
        macro_rules! set_date { ($($f:ident),*) => { $(if let Some(v) = self.$f { to.$f = v; changed.push(stringify!($f)); })* } }
        set_date!(credential_issued_on, appointment_date, agreement_signed_on, employment_verified_on);
        changed
    }
}

/// Blank text means "none".
fn clean(v: Option<Option<String>>) -> Option<String> {
    v.flatten().map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}
