//! The account as a record of the kernel.

use super::json::{User, UserActions};
use crate::capabilities::AccountAccess;
use crate::current_user::CurrentUser;
use crate::error::{ApiError, OrNotFound};
use crate::kernel::{Loaded, Record};
use coachfolio_domain::ids::{ProgramId, UserId};
use coachfolio_domain::step::Edit;
use coachfolio_persistence::memberships::MembershipRow;
use coachfolio_persistence::users::{self, UserRow};
use coachfolio_persistence::DbConnection;

/// The account kind.
pub(crate) struct Account;

/// Who asks: the account may be their own, and they may manage it.
pub(crate) struct AccountContext {
    pub me: UserId,
    pub manages: bool,
}

impl Record for Account {
    type Row = UserRow;
    type Context = AccountContext;
    type View = User;
    type Step = Edit;
    const ENTITY: &'static str = "user";

    /// Accounts are installation-wide.
    fn program_id(_: &UserRow) -> Option<ProgramId> {
        None
    }

    fn view(_: &mut DbConnection, row: &UserRow, ctx: &AccountContext) -> Result<User, ApiError> {
        Ok(to_json(row, ctx))
    }
}

pub(crate) fn to_json(u: &UserRow, ctx: &AccountContext) -> User {
    let own = u.id == ctx.me;
    User {
        id: u.id.uuid(),
        email: u.email.clone(),
        username: u.username.clone(),
        display_name: u.display_name.clone(),
        status: u.status,
        must_change_password: u.must_change_password,
        is_admin: u.is_admin,
        version: u.version,
        created_at: u.created_at.assume_utc(),
        can: UserActions { edit: own || ctx.manages, change_email: ctx.manages, change_status: ctx.manages && !own },
    }
}

/// Someone's own account, with what they may change of it, given their memberships.
pub(crate) fn own(row: &UserRow, roles: &[(MembershipRow, String)]) -> User {
    let manages = AccountAccess::of(row, roles).manages_with(row, roles);
    to_json(row, &AccountContext { me: row.id, manages })
}

/// Loads an account `me` may see: their own, or one in their scope; 404 otherwise.
pub(crate) fn load(c: &mut DbConnection, me: &CurrentUser, id: UserId) -> Result<Loaded<Account>, ApiError> {
    let access = AccountAccess::load(c, &me.user)?;
    let row = users::find(c, id).or_not_found("account")?;
    let manages = access.manages(c, &row)?;
    if row.id != me.id() && !access.reads(c, &row)? {
        return Err(ApiError::not_found("account"));
    }
    Ok(Loaded { row, context: AccountContext { me: me.id(), manages } })
}
