//! Every access rule, in one place, called by the handlers.
//!
//! Out of scope answers 404 (existence is not disclosed); in scope but not allowed answers 403.

use crate::current_user::CurrentUser;
use crate::error::ApiError;
use coachfolio_domain::ids::{CohortId, DistrictId, EnrollmentId, ProgramId, UserId};
use coachfolio_domain::request::RequestKind;
use coachfolio_domain::role::Role;
use coachfolio_persistence::applications_to_practice::AtpRow;
use coachfolio_persistence::coaching_logs::LogRow;
use coachfolio_persistence::documents::DocumentRow;
use coachfolio_persistence::enrollments::{self, AssignmentRow, EnrollmentRow, Filter};
use coachfolio_persistence::ilps::IlpRow;
use coachfolio_persistence::job_shadows::ExperienceRow;
use coachfolio_persistence::memberships::{self, MembershipRow};
use coachfolio_persistence::professional_learning::PlRow;
use coachfolio_persistence::reflections::ReflectionRow;
use coachfolio_persistence::users::{AccountScope, UserRow};
use coachfolio_persistence::DbConnection;
use time::Date;

/// What the current user is in one program.
#[derive(Debug, Clone)]
pub struct ProgramAccess {
    pub is_admin: bool,
    pub roles: Vec<Role>,
    /// For a district representative, the districts they represent.
    pub districts: Vec<DistrictId>,
}

impl ProgramAccess {
    pub fn load(c: &mut DbConnection, user: &CurrentUser, program_id: ProgramId) -> Result<ProgramAccess, ApiError> {
        let rows = memberships::roles_in(c, user.id(), program_id)?;
        Ok(ProgramAccess {
            is_admin: user.is_admin(),
            roles: rows.iter().map(|(r, _)| *r).collect(),
            districts: rows.into_iter().filter_map(|(_, d)| d).collect(),
        })
    }

    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    pub fn is_member(&self) -> bool {
        self.is_admin || !self.roles.is_empty()
    }

    /// Coordinators run the program; the installation administrator may too (to set it up).
    pub fn can_manage(&self) -> bool {
        self.is_admin || self.has(Role::Coordinator)
    }

    /// Coordinators and directors see every candidate's records in the program.
    pub fn can_oversee(&self) -> bool {
        self.can_manage() || self.has(Role::Director)
    }

    pub fn require_member(&self) -> Result<(), ApiError> {
        if self.is_member() {
            Ok(())
        } else {
            Err(ApiError::not_found("program"))
        }
    }

    pub fn require_manage(&self) -> Result<(), ApiError> {
        self.require_member()?;
        if self.can_manage() {
            Ok(())
        } else {
            Err(ApiError::Forbidden("only the program's coordinators may do this".into()))
        }
    }

    /// As [`Self::require_manage`], for a record of the program: out of scope, the record is
    /// the one "not found".
    pub fn require_manage_of(&self, what: &str) -> Result<(), ApiError> {
        if !self.is_member() {
            return Err(ApiError::not_found(what));
        }
        self.require_manage()
    }

    pub fn require_oversee(&self) -> Result<(), ApiError> {
        self.require_member()?;
        if self.can_oversee() {
            Ok(())
        } else {
            Err(ApiError::Forbidden("only the program's coordinators and director may see this".into()))
        }
    }

    /// The candidates a program report (hours, professional learning) lists for the caller:
    /// staff every one; a district representative their districts'; others are refused.
    pub fn report_filter(&self, program_id: ProgramId, cohort_id: Option<CohortId>) -> Result<Filter, ApiError> {
        self.require_member()?;
        let mut filter = Filter { program_id: Some(program_id), cohort_id, ..Default::default() };
        if !self.can_oversee() {
            if !self.has(Role::DistrictRepresentative) {
                return Err(ApiError::Forbidden(
                    "only program staff and district representatives see this report".into(),
                ));
            }
            filter.district_ids = Some(self.districts.clone());
        }
        Ok(filter)
    }

    /// Members' lists (coaches to pick from, districts) are for staff, coaches and district
    /// representatives; candidates see only their own records.
    pub fn require_staff_or_coach(&self) -> Result<(), ApiError> {
        self.require_member()?;
        if self.can_oversee() || self.has(Role::Coach) || self.has(Role::DistrictRepresentative) {
            Ok(())
        } else {
            Err(ApiError::Forbidden("candidates cannot list the program's members".into()))
        }
    }
}

/// How the current user relates to one enrollment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnrollmentAccess {
    /// Coordinator: read and change.
    Manage,
    /// The installation administrator (not a coordinator of the program): may set enrollments
    /// up, but coaching records stay confidential to the people DOMAIN.md names.
    Administer,
    /// Director: read everything.
    Oversee,
    /// The candidate themself.
    Own,
    /// The candidate's current coach.
    Coach,
    /// A coach who was assigned before: read only.
    FormerCoach,
    /// A district representative of the candidate's employer: enrollment, fees, attendance,
    /// completion status, never confidential text.
    District,
}

impl EnrollmentAccess {
    /// What a program-wide role gives over every enrollment of the program; `None`: it depends
    /// on the enrollment (own, coached, of one's district).
    pub fn program_wide(p: &ProgramAccess) -> Option<EnrollmentAccess> {
        if p.has(Role::Coordinator) {
            Some(EnrollmentAccess::Manage)
        } else if p.is_admin {
            Some(EnrollmentAccess::Administer)
        } else if p.has(Role::Director) {
            Some(EnrollmentAccess::Oversee)
        } else {
            None
        }
    }

    /// The caller's relation to an enrollment of a program list (its requests, its professional
    /// learning) without another query: their own, else what their program-wide role gives, else
    /// a district representative's (the lists of district representatives are their districts').
    pub fn listed(p: &ProgramAccess, me: &CurrentUser, candidate: UserId) -> EnrollmentAccess {
        if candidate == me.id() {
            EnrollmentAccess::Own
        } else {
            EnrollmentAccess::program_wide(p).unwrap_or(EnrollmentAccess::District)
        }
    }

    pub fn load(c: &mut DbConnection, user: &CurrentUser, e: &EnrollmentRow) -> Result<EnrollmentAccess, ApiError> {
        Ok(EnrollmentAccess::with_roles(c, user, e)?.0)
    }

    /// The caller's relation to the enrollment, with their roles in its program (read once for
    /// a record whose rules also ask who decides).
    pub fn with_roles(
        c: &mut DbConnection,
        user: &CurrentUser,
        e: &EnrollmentRow,
    ) -> Result<(EnrollmentAccess, ProgramAccess), ApiError> {
        let p = ProgramAccess::load(c, user, e.program_id)?;
        let access = EnrollmentAccess::of(c, user, e, &p)?;
        Ok((access, p))
    }

    fn of(
        c: &mut DbConnection,
        user: &CurrentUser,
        e: &EnrollmentRow,
        p: &ProgramAccess,
    ) -> Result<EnrollmentAccess, ApiError> {
        // Own comes first: a staff role never lets anyone review, decide, approve or verify
        // anything about their own enrollment.
        if e.candidate_id == user.id() {
            return Ok(EnrollmentAccess::Own);
        }
        if let Some(access) = EnrollmentAccess::program_wide(p) {
            return Ok(access);
        }
        if p.has(Role::Coach) {
            let mine: Vec<_> =
                enrollments::assignments(c, e.id)?.into_iter().filter(|(a, _)| a.coach_id == user.id()).collect();
            if mine.iter().any(|(a, _)| a.end_date.is_none()) {
                return Ok(EnrollmentAccess::Coach);
            }
            if !mine.is_empty() {
                return Ok(EnrollmentAccess::FormerCoach);
            }
        }
        if p.has(Role::DistrictRepresentative) && p.districts.contains(&e.district_id) {
            return Ok(EnrollmentAccess::District);
        }
        Err(ApiError::not_found("enrollment"))
    }

    pub fn require_manage(self) -> Result<(), ApiError> {
        if matches!(self, EnrollmentAccess::Manage | EnrollmentAccess::Administer) {
            Ok(())
        } else {
            Err(ApiError::Forbidden("only the program's coordinators may change enrollments".into()))
        }
    }
}

impl EnrollmentAccess {
    /// Coaching logs, ILPs and reflections: the candidate, their coaches (a former one
    /// read-only), the program's coordinators and director. Not district representatives, not
    /// the installation administrator.
    pub fn require_confidential(self) -> Result<(), ApiError> {
        match self {
            EnrollmentAccess::Manage
            | EnrollmentAccess::Oversee
            | EnrollmentAccess::Own
            | EnrollmentAccess::Coach
            | EnrollmentAccess::FormerCoach => Ok(()),
            EnrollmentAccess::District | EnrollmentAccess::Administer => Err(ApiError::Forbidden(
                "coaching records are confidential to the candidate, their coach and program staff".into(),
            )),
        }
    }

    /// Documents of the e-portfolio are uploaded by the candidate, their current coach and the
    /// program's coordinators (the handbook's).
    pub fn require_upload_documents(self) -> Result<(), ApiError> {
        match self {
            EnrollmentAccess::Own | EnrollmentAccess::Coach | EnrollmentAccess::Manage => Ok(()),
            _ => Err(ApiError::Forbidden(
                "documents are uploaded by the candidate, their coach and the program's coordinators".into(),
            )),
        }
    }

    /// Comments on shared records (ILPs, Applications to Practice): the candidate, their
    /// current coach, and the program's coordinators and director.
    pub fn may_comment(self) -> Result<(), ApiError> {
        match self {
            EnrollmentAccess::Own | EnrollmentAccess::Coach | EnrollmentAccess::Manage | EnrollmentAccess::Oversee => {
                Ok(())
            }
            other => {
                other.require_confidential()?;
                Err(ApiError::Forbidden("a former coach has read-only access".into()))
            }
        }
    }

    /// Requests: the candidate and the program's coordinators and director; the current coach
    /// also the plans they help with (extension, withdrawal, doctoral waiver), never a
    /// complaint or a change of coach. Never a district representative or the administrator.
    pub fn reads_request(self, kind: RequestKind) -> bool {
        match self {
            EnrollmentAccess::Own | EnrollmentAccess::Manage | EnrollmentAccess::Oversee => true,
            EnrollmentAccess::Coach => kind.read_by_coach(),
            EnrollmentAccess::FormerCoach | EnrollmentAccess::District | EnrollmentAccess::Administer => false,
        }
    }

    /// Submitting a request: the candidate, or a coordinator for them (a form received on
    /// paper).
    pub fn may_submit_request(self) -> Result<(), ApiError> {
        match self {
            EnrollmentAccess::Own | EnrollmentAccess::Manage => Ok(()),
            _ => Err(ApiError::Forbidden("a request is submitted by the candidate or a coordinator for them".into())),
        }
    }

    /// Recording fees (payments, reversals, plan changes): the program's coordinators only.
    pub fn require_record_fees(self) -> Result<(), ApiError> {
        self.require_fees()?;
        if self != EnrollmentAccess::Manage {
            return Err(ApiError::Forbidden("the program's coordinators record fees and payments".into()));
        }
        Ok(())
    }

    /// Fees and payments: the candidate, the district representative of their district and
    /// the program's staff; never coaches.
    pub fn require_fees(self) -> Result<(), ApiError> {
        match self {
            EnrollmentAccess::Coach | EnrollmentAccess::FormerCoach => {
                Err(ApiError::Forbidden("fees are the candidate's, their district's and the program staff's".into()))
            }
            _ => Ok(()),
        }
    }

    /// Writing coaching logs: the candidate's current coach.
    pub fn require_current_coach(self) -> Result<(), ApiError> {
        match self {
            EnrollmentAccess::Coach => Ok(()),
            EnrollmentAccess::FormerCoach => Err(ApiError::Forbidden("a former coach has read-only access".into())),
            _ => Err(ApiError::Forbidden("only the candidate's current coach writes coaching logs".into())),
        }
    }
}

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
        if access != EnrollmentAccess::FormerCoach {
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

/// What the caller may do with accounts. An account belongs to the programs its roles are in:
/// a coordinator manages the accounts whose every role is in programs they coordinate (and
/// accounts with no role yet, to set them up), never an installation administrator nor anyone
/// with a role elsewhere; program staff read the accounts whose every role is in programs they
/// run. The installation administrator reads and manages every account. Out of scope is 404.
#[derive(Debug, Clone)]
pub struct AccountAccess {
    /// Whom the caller may read with their email; `None`: no one but themself.
    pub read: Option<AccountScope>,
    /// Whom the caller may change (email, status, name); `None`: only their own name.
    pub manage: Option<AccountScope>,
}

impl AccountAccess {
    pub fn load(c: &mut DbConnection, user: &UserRow) -> Result<AccountAccess, ApiError> {
        Ok(AccountAccess::of(user, &memberships::of_user(c, user.id)?))
    }

    /// From the caller's own memberships (`memberships::of_user`).
    pub fn of(user: &UserRow, own: &[(MembershipRow, String)]) -> AccountAccess {
        if user.is_admin {
            return AccountAccess { read: Some(AccountScope::All), manage: Some(AccountScope::All) };
        }
        let programs_as = |roles: &[Role]| {
            let mut ids: Vec<ProgramId> =
                own.iter().filter(|(m, _)| roles.contains(&m.role)).map(|(m, _)| m.program_id).collect();
            ids.dedup();
            ids
        };
        let coordinated = programs_as(&[Role::Coordinator]);
        let staffed = programs_as(&[Role::Coordinator, Role::Director]);
        let manages = !coordinated.is_empty();
        AccountAccess {
            read: (!staffed.is_empty()).then_some(AccountScope::Within { programs: staffed, unaffiliated: manages }),
            manage: manages.then_some(AccountScope::Within { programs: coordinated, unaffiliated: true }),
        }
    }

    /// Accounts are created by the installation administrator and coordinators.
    pub fn require_create(&self) -> Result<(), ApiError> {
        match self.manage {
            Some(_) => Ok(()),
            None => Err(ApiError::Forbidden("only coordinators and administrators manage accounts".into())),
        }
    }

    /// Looking accounts up is for the administrator and program staff.
    pub fn require_list(&self) -> Result<&AccountScope, ApiError> {
        self.read.as_ref().ok_or_else(|| ApiError::Forbidden("only program staff look up accounts".into()))
    }

    pub fn reads(&self, c: &mut DbConnection, account: &UserRow) -> Result<bool, ApiError> {
        in_scope(c, self.read.as_ref(), account)
    }

    pub fn manages(&self, c: &mut DbConnection, account: &UserRow) -> Result<bool, ApiError> {
        in_scope(c, self.manage.as_ref(), account)
    }

    /// As [`Self::manages`], given the account's memberships.
    pub fn manages_with(&self, account: &UserRow, roles: &[(MembershipRow, String)]) -> bool {
        within(self.manage.as_ref(), account, roles)
    }
}

/// Whether `account` is in `scope`, reading its roles only when the scope depends on them.
fn in_scope(c: &mut DbConnection, scope: Option<&AccountScope>, account: &UserRow) -> Result<bool, ApiError> {
    Ok(match scope {
        Some(AccountScope::Within { .. }) => within(scope, account, &memberships::of_user(c, account.id)?),
        other => within(other, account, &[]),
    })
}

/// Whether `account`, holding `roles`, is in `scope` (the rule `users::list` filters by, for
/// one account).
fn within(scope: Option<&AccountScope>, account: &UserRow, roles: &[(MembershipRow, String)]) -> bool {
    match scope {
        None => false,
        Some(AccountScope::All) => true,
        Some(AccountScope::Within { programs, unaffiliated }) => {
            !account.is_admin
                && roles.iter().all(|(m, _)| programs.contains(&m.program_id))
                && (*unaffiliated || !roles.is_empty())
        }
    }
}

pub fn require_admin(user: &CurrentUser) -> Result<(), ApiError> {
    if user.is_admin() {
        Ok(())
    } else {
        Err(ApiError::Forbidden("only the installation administrator may do this".into()))
    }
}
