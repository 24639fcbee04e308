//! The rules of a coach assignment, shared by assigning a coach and by an approved change of
//! coach: who may coach the candidate, and the trail each start and end leaves.

use super::json::CoachAssignment;
use crate::audit;
use crate::current_user::CurrentUser;
use crate::error::ApiError;
use coachfolio_domain::enrollment::EnrollmentStatus;
use coachfolio_domain::ids::UserId;
use coachfolio_domain::role::Role;
use coachfolio_domain::user::identity_key;
use coachfolio_persistence::enrollments::{AssignmentRow, EnrollmentRow};
use coachfolio_persistence::users::UserRow;
use coachfolio_persistence::{memberships, users, DbConnection};
use time::Date;

/// Checks that `coach_id` may coach the candidate from `start_date`: a coach of the program,
/// not the candidate, not their direct supervisor, not before the enrollment. 422 naming the
/// field (`fields`: the names the caller's body gives the coach and the date).
pub(crate) fn check_coach(
    c: &mut DbConnection,
    e: &EnrollmentRow,
    coach_id: UserId,
    start_date: Date,
    fields: (&str, &str),
) -> Result<UserRow, ApiError> {
    let (coach_field, date_field) = fields;
    if !matches!(e.status, EnrollmentStatus::Applied | EnrollmentStatus::Enrolled | EnrollmentStatus::Extended) {
        return Err(ApiError::invalid("enrollment_id", format!("a {} candidate cannot be assigned a coach", e.status)));
    }
    if !memberships::holds(c, coach_id, e.program_id, Role::Coach)? {
        return Err(ApiError::invalid(coach_field, "is not a coach in this program"));
    }
    let coach = users::find(c, coach_id)?;
    if coach.id == e.candidate_id {
        return Err(ApiError::invalid(coach_field, "a candidate cannot coach themself"));
    }
    let supervisor = e.details.supervisor_email.as_deref().map(identity_key);
    if supervisor.as_deref() == Some(coach.email_key.as_str()) {
        return Err(ApiError::invalid(coach_field, "is the candidate's direct supervisor, who may not be their coach"));
    }
    if start_date < e.start_date {
        return Err(ApiError::invalid(date_field, "is before the enrollment starts"));
    }
    Ok(coach)
}

/// Audits an assignment started (`before` absent) or ended.
pub(crate) fn audit_change(
    c: &mut DbConnection,
    me: &CurrentUser,
    e: &EnrollmentRow,
    row: &AssignmentRow,
    before: Option<&CoachAssignment>,
    after: &CoachAssignment,
) -> Result<(), ApiError> {
    let change = audit::Change {
        program_id: Some(e.program_id),
        action: if before.is_some() { "coach_assignment.ended" } else { "coach_assignment.created" },
        entity: "coach_assignment",
        entity_id: row.id.to_string(),
        confidential: false,
    };
    audit::record(c, me, change, before, Some(after))?;
    Ok(())
}
