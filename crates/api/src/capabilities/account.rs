//! Who may look accounts up and change them, across the installation.

use crate::error::ApiError;
use coachfolio_domain::ids::ProgramId;
use coachfolio_domain::permission::InstallationPermission;
use coachfolio_domain::role::Role;
use coachfolio_persistence::memberships::{self, MembershipRow};
use coachfolio_persistence::users::{AccountScope, UserRow};
use coachfolio_persistence::DbConnection;

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
    /// The installation administrator: creates programs too.
    pub admin: bool,
}

impl AccountAccess {
    pub fn load(c: &mut DbConnection, user: &UserRow) -> Result<AccountAccess, ApiError> {
        Ok(AccountAccess::of(user, &memberships::of_user(c, user.id)?))
    }

    /// From the caller's own memberships (`memberships::of_user`).
    pub fn of(user: &UserRow, own: &[(MembershipRow, String)]) -> AccountAccess {
        if user.is_admin {
            return AccountAccess { read: Some(AccountScope::All), manage: Some(AccountScope::All), admin: true };
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
            admin: false,
        }
    }

    pub fn require(&self, p: InstallationPermission) -> Result<(), ApiError> {
        if self.allows(p) {
            Ok(())
        } else {
            Err(refused(p))
        }
    }

    pub fn allows(&self, p: InstallationPermission) -> bool {
        match p {
            InstallationPermission::ManagePrograms | InstallationPermission::ReadDeliveries => self.admin,
            InstallationPermission::ReadAccounts => self.read.is_some(),
            InstallationPermission::ManageAccounts => self.manage.is_some(),
        }
    }

    /// What the caller may do across the installation, for a screen to read.
    pub fn permitted(&self) -> Vec<InstallationPermission> {
        InstallationPermission::ALL.iter().copied().filter(|p| self.allows(*p)).collect()
    }

    /// Looking accounts up is for the administrator and program staff.
    /// Whom the caller looks up ([`InstallationPermission::ReadAccounts`]).
    pub fn require_list(&self) -> Result<&AccountScope, ApiError> {
        self.read.as_ref().ok_or_else(|| refused(InstallationPermission::ReadAccounts))
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

fn refused(p: InstallationPermission) -> ApiError {
    ApiError::Forbidden(
        match p {
            InstallationPermission::ManagePrograms | InstallationPermission::ReadDeliveries => {
                "only the installation administrator may do this"
            }
            InstallationPermission::ReadAccounts => "only program staff look accounts up",
            InstallationPermission::ManageAccounts => "only coordinators and administrators manage accounts",
        }
        .into(),
    )
}
