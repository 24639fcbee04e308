//! The caller's permissions in one program (`coachfolio_domain::permission` decides them).

use crate::current_user::CurrentUser;
use crate::error::ApiError;
use coachfolio_domain::ids::{CohortId, DistrictId, ProgramId, UserId};
use coachfolio_domain::permission::{ProgramPermission, Standing};
use coachfolio_domain::role::Role;
use coachfolio_persistence::enrollments::Filter;
use coachfolio_persistence::memberships;
use coachfolio_persistence::DbConnection;

/// What the current user is in one program.
#[derive(Debug, Clone)]
pub struct ProgramAccess {
    pub standing: Standing,
    /// For a district representative, the districts they represent.
    pub districts: Vec<DistrictId>,
}

impl ProgramAccess {
    pub fn load(c: &mut DbConnection, user: &CurrentUser, program_id: ProgramId) -> Result<ProgramAccess, ApiError> {
        let rows = memberships::roles_in(c, user.id(), program_id)?;
        Ok(ProgramAccess {
            standing: Standing::new(user.is_admin(), rows.iter().map(|(r, _)| *r)),
            districts: rows.into_iter().filter_map(|(_, d)| d).collect(),
        })
    }

    pub fn has(&self, role: Role) -> bool {
        self.standing.has(role)
    }

    pub fn allows(&self, p: ProgramPermission) -> bool {
        self.standing.allows(p)
    }

    /// 404 for someone with no part in the program (its existence is not disclosed), 403 for a
    /// member without the permission.
    pub fn require(&self, p: ProgramPermission) -> Result<(), ApiError> {
        self.require_of(p, "program")
    }

    /// As [`Self::require`], for a record of the program: out of scope, the record is the one
    /// "not found".
    pub fn require_of(&self, p: ProgramPermission, what: &str) -> Result<(), ApiError> {
        if !self.standing.is_member() {
            return Err(ApiError::not_found(what));
        }
        if !self.allows(p) {
            return Err(ApiError::Forbidden(Standing::refusal(p).into()));
        }
        Ok(())
    }

    /// Whether the caller reads `person`'s attendance marks and their proofs of attendance:
    /// their own, or anyone's when they oversee the program.
    pub fn reads_marks_of(&self, me: UserId, person: UserId) -> bool {
        person == me || self.allows(ProgramPermission::Oversee)
    }

    /// The candidates a program list or report shows the caller: staff every one; a district
    /// representative their districts'; others are refused.
    pub fn report_filter(&self, program_id: ProgramId, cohort_id: Option<CohortId>) -> Result<Filter, ApiError> {
        self.require(ProgramPermission::ListCandidates)?;
        let mut filter = Filter { program_id: Some(program_id), cohort_id, ..Default::default() };
        if !self.allows(ProgramPermission::Oversee) {
            filter.district_ids = Some(self.districts.clone());
        }
        Ok(filter)
    }
}
