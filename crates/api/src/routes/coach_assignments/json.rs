//! Coach assignments on the wire.

use coachfolio_domain::user::UserRef;
use coachfolio_persistence::enrollments::AssignmentRow;
use serde::{Deserialize, Serialize};
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
            id: a.id.uuid(),
            enrollment_id: a.enrollment_id.uuid(),
            coach,
            start_date: a.start_date,
            end_date: a.end_date,
            active: a.end_date.is_none(),
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewCoachAssignment {
    /// An account holding the coach role in the program.
    pub coach_id: Uuid,
    pub start_date: Date,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EndAssignment {
    pub end_date: Date,
}
