//! Coach ↔ candidate pairings, with their history.

pub mod create;
pub mod end;
pub mod list;

use coachfolio_domain::user::UserRef;
use coachfolio_persistence::enrollments::AssignmentRow;
use serde::Serialize;
use time::Date;
use utoipa::ToSchema;
use uuid::Uuid;

#[derive(Debug, Serialize, ToSchema)]
pub struct CoachAssignment {
    pub id: Uuid,
    pub enrollment_id: Uuid,
    pub coach: UserRef,
    pub start_date: Date,
    pub end_date: Option<Date>,
    /// Not yet ended: the candidate's current coach.
    pub active: bool,
}

impl CoachAssignment {
    pub fn new(a: &AssignmentRow, coach: UserRef) -> Self {
        CoachAssignment {
            id: a.id.parse().unwrap_or_default(),
            enrollment_id: a.enrollment_id.parse().unwrap_or_default(),
            coach,
            start_date: a.start_date,
            end_date: a.end_date,
            active: a.end_date.is_none(),
        }
    }
}
