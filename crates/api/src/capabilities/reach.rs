//! How far in time a caller reads an enrollment's confidential records.

use super::enrollment::EnrollmentAccess;
use crate::current_user::CurrentUser;
use crate::error::ApiError;
use coachfolio_domain::ids::{EnrollmentId, UserId};
use coachfolio_domain::permission::Relation;
use coachfolio_persistence::applications_to_practice::AtpRow;
use coachfolio_persistence::coaching_logs::LogRow;
use coachfolio_persistence::documents::DocumentRow;
use coachfolio_persistence::enrollments::{self, AssignmentRow};
use coachfolio_persistence::ilps::IlpRow;
use coachfolio_persistence::job_shadows::ExperienceRow;
use coachfolio_persistence::professional_learning::PlRow;
use coachfolio_persistence::reflections::ReflectionRow;
use coachfolio_persistence::DbConnection;
use time::Date;

/// How far in time a caller reads an enrollment's confidential records: one rule for every
/// confidential kind (coaching logs, ILPs, reflections, the Application to Practice,
/// professional learning, job shadows and visits, documents). A former coach reads what they
/// wrote and what falls within a period they coached, never their successor's; everyone else
/// who reads such records reads them all.
#[derive(Debug, Clone)]
pub struct Reach {
    /// A former coach: who they are and their assignments to this enrollment.
    coached: Option<(UserId, Vec<AssignmentRow>)>,
}

impl Reach {
    pub fn load(
        c: &mut DbConnection,
        me: &CurrentUser,
        access: EnrollmentAccess,
        enrollment: EnrollmentId,
    ) -> Result<Reach, ApiError> {
        if access.relation() != Relation::FormerCoach {
            return Ok(Reach { coached: None });
        }
        let mine = enrollments::assignments(c, enrollment)?
            .into_iter()
            .map(|(a, _)| a)
            .filter(|a| a.coach_id == me.id())
            .collect();
        Ok(Reach { coached: Some((me.id(), mine)) })
    }

    /// Whether a confidential record is within reach.
    pub fn covers(&self, record: &impl Dated) -> bool {
        match &self.coached {
            None => true,
            Some((me, periods)) => record.author() == *me || periods.iter().any(|a| a.covers(record.day())),
        }
    }
}

/// A confidential record's place in time for [`Reach`]: its day (a coaching log's meeting; the
/// day any other record was begun) and who wrote it.
pub trait Dated {
    fn day(&self) -> Date;
    fn author(&self) -> UserId;
}

macro_rules! dated {
    ($($row:ty => |$r:ident| ($day:expr, $author:expr)),* $(,)?) => {
        $(impl Dated for $row {
            fn day(&self) -> Date { let $r = self; $day }
            fn author(&self) -> UserId { let $r = self; $author }
        })*
    };
}

dated! {
    LogRow => |r| (r.form.meeting_date.unwrap_or(r.created_at.date()), r.coach_id()),
    IlpRow => |r| (r.created_at.date(), r.created_by),
    ReflectionRow => |r| (r.created_at.date(), r.candidate_id),
    AtpRow => |r| (r.created_at.date(), r.candidate_id),
    PlRow => |r| (r.created_at.date(), r.created_by),
    ExperienceRow => |r| (r.created_at.date(), r.candidate_id),
    DocumentRow => |r| (r.created_at.date(), r.uploaded_by),
}
