//! The caller's relation to one enrollment and what it lets them do with its records
//! (`coachfolio_domain::permission` decides).

use super::program::ProgramAccess;
use crate::current_user::CurrentUser;
use crate::error::ApiError;
use coachfolio_domain::ids::UserId;
use coachfolio_domain::permission::{EnrollmentPermission, EnrollmentStanding, Relation};
use coachfolio_domain::role::Role;
use coachfolio_persistence::enrollments::{self, EnrollmentRow};
use coachfolio_persistence::DbConnection;

/// How the current user relates to one enrollment, with their standing in its program.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EnrollmentAccess(EnrollmentStanding);

impl EnrollmentAccess {
    pub fn relation(self) -> Relation {
        self.0.relation()
    }

    pub fn allows(self, p: EnrollmentPermission) -> bool {
        self.0.allows(p)
    }

    /// 403 saying why, when `p` is not theirs.
    pub fn require(self, p: EnrollmentPermission) -> Result<(), ApiError> {
        if self.allows(p) {
            Ok(())
        } else {
            Err(ApiError::Forbidden(self.0.refusal(p).into()))
        }
    }

    /// The caller's relation to an enrollment of a list whose query already decided the
    /// relation (a program's list of a district representative's districts, a coach's caseload)
    /// without another query: their own, else what their program-wide role gives, else
    /// `otherwise`.
    pub fn listed(p: &ProgramAccess, me: &CurrentUser, candidate: UserId, otherwise: Relation) -> EnrollmentAccess {
        let relation =
            if candidate == me.id() { Relation::Own } else { Relation::program_wide(p.standing).unwrap_or(otherwise) };
        EnrollmentAccess(EnrollmentStanding::new(relation, p.standing))
    }

    /// The candidate's own (their roles do not count on it).
    pub fn own() -> EnrollmentAccess {
        EnrollmentAccess(EnrollmentStanding::new(Relation::Own, Default::default()))
    }

    /// The caller's relation to the enrollment; 404 when they have none.
    pub fn load(c: &mut DbConnection, user: &CurrentUser, e: &EnrollmentRow) -> Result<EnrollmentAccess, ApiError> {
        let p = ProgramAccess::load(c, user, e.program_id)?;
        EnrollmentAccess::of(c, user, e, &p)
    }

    fn of(
        c: &mut DbConnection,
        user: &CurrentUser,
        e: &EnrollmentRow,
        p: &ProgramAccess,
    ) -> Result<EnrollmentAccess, ApiError> {
        let relation = EnrollmentAccess::relation_to(c, user, e, p)?;
        Ok(EnrollmentAccess(EnrollmentStanding::new(relation, p.standing)))
    }

    fn relation_to(
        c: &mut DbConnection,
        user: &CurrentUser,
        e: &EnrollmentRow,
        p: &ProgramAccess,
    ) -> Result<Relation, ApiError> {
        // Own comes first: a staff role never lets anyone review, decide, approve or verify
        // anything about their own enrollment.
        if e.candidate_id == user.id() {
            return Ok(Relation::Own);
        }
        if let Some(relation) = Relation::program_wide(p.standing) {
            return Ok(relation);
        }
        if p.has(Role::Coach) {
            let mine: Vec<_> =
                enrollments::assignments(c, e.id)?.into_iter().filter(|(a, _)| a.coach_id == user.id()).collect();
            if mine.iter().any(|(a, _)| a.end_date.is_none()) {
                return Ok(Relation::Coach);
            }
            if !mine.is_empty() {
                return Ok(Relation::FormerCoach);
            }
        }
        if p.has(Role::DistrictRepresentative) && p.districts.contains(&e.district_id) {
            return Ok(Relation::District);
        }
        Err(ApiError::not_found("enrollment"))
    }
}
