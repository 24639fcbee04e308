//! A caller's access to an enrollment, kept across requests while nothing it was built from has
//! changed. The database counts every change to memberships, coach assignments, enrollments,
//! cohorts and programs (`access_generation`, kept by triggers on both backends); an entry is
//! used only when the count read in the request's own transaction is the one it was built at.
//! So access is never decided on a role removed, an assignment ended or a setting changed, even
//! by another server process on the same PostgreSQL, and an autosave skips four lookups.

use super::enrollment::EnrollmentAccess;
use crate::current_user::CurrentUser;
use crate::error::{ApiError, OrNotFound};
use coachfolio_domain::ids::{EnrollmentId, UserId};
use coachfolio_persistence::cohorts::{self, CohortRow};
use coachfolio_persistence::enrollments::{self, EnrollmentRow};
use coachfolio_persistence::programs::{self, ProgramRow};
use coachfolio_persistence::{access_generation, DbConnection};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// A large program's candidates, coaches and staff several times over. An entry (the
/// enrollment, cohort and program rows) is a few kilobytes, so the cache stays within a few
/// tens of megabytes; when full it keeps only entries of the current count, or starts over.
const MAX_ENTRIES: usize = 10_000;

/// What decides a caller's access to one enrollment's records, and what those records are
/// shown with.
#[derive(Debug)]
pub(crate) struct EnrollmentScope {
    pub enrollment: EnrollmentRow,
    pub access: EnrollmentAccess,
    pub cohort: CohortRow,
    pub program: ProgramRow,
}

/// Who asks (an administrator flag changes their access) and about which enrollment.
type Key = (UserId, bool, EnrollmentId);

#[derive(Default)]
pub struct AccessCache {
    entries: Mutex<HashMap<Key, (i64, Arc<EnrollmentScope>)>>,
}

impl AccessCache {
    /// The scope of enrollment `id` for `me`, from the cache while the access count is the one
    /// it was built at, else read (and kept); 404 when it is out of their reach. Refusals are
    /// never kept. Call it before the
    /// transaction changes anything: what it keeps must be committed.
    pub(crate) fn scope(
        &self,
        c: &mut DbConnection,
        me: &CurrentUser,
        id: EnrollmentId,
    ) -> Result<Arc<EnrollmentScope>, ApiError> {
        // Read before the rows it guards: what is read next is at least as new as this count.
        let generation = access_generation::current(c)?;
        let key = (me.id(), me.is_admin(), id);
        let kept = self.entries.lock().expect("access cache lock").get(&key).cloned();
        if let Some((_, scope)) = kept.filter(|(at, _)| *at == generation) {
            return Ok(scope);
        }
        let enrollment = enrollments::find(c, id).or_not_found("enrollment")?;
        let access = EnrollmentAccess::load(c, me, &enrollment)?;
        let cohort = cohorts::find(c, enrollment.cohort_id)?;
        let program = programs::find(c, enrollment.program_id)?;
        let scope = Arc::new(EnrollmentScope { enrollment, access, cohort, program });
        let mut entries = self.entries.lock().expect("access cache lock");
        if entries.len() >= MAX_ENTRIES {
            entries.retain(|_, (at, _)| *at == generation);
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
        }
        entries.insert(key, (generation, scope.clone()));
        Ok(scope)
    }
}
