//! Accounts: installation-wide; roles are per program (memberships).

use crate::connection::MultiBackend;
use crate::schema::{memberships, users};
use crate::versioned::versioned;
use crate::StoreError;
use coachfolio_domain::ids::{ProgramId, UserId};
use coachfolio_domain::user::{identity_key, UserRef, UserStatus};
use diesel::prelude::*;
use time::PrimitiveDateTime;

/// An account as read; a change writes every field but its id, admin flag and creation time.
#[derive(Debug, Clone, Queryable, Selectable, AsChangeset)]
#[diesel(table_name = users)]
pub struct UserRow {
    #[diesel(skip_update)]
    pub id: UserId,
    pub email: String,
    pub email_key: String,
    pub username: String,
    pub username_key: String,
    pub display_name: String,
    pub password_hash: String,
    pub status: UserStatus,
    pub must_change_password: bool,
    #[diesel(skip_update)]
    pub is_admin: bool,
    pub version: i32,
    #[diesel(skip_update)]
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}
versioned!(UserRow, users, UserId);

impl UserRow {
    pub fn to_ref(&self) -> UserRef {
        UserRef {
            id: self.id.uuid(),
            display_name: self.display_name.clone(),
            username: self.username.clone(),
            email: self.email.clone(),
        }
    }

    /// Sets the email and the key its uniqueness is checked on.
    pub fn set_email(&mut self, email: &str) {
        self.email = email.trim().into();
        self.email_key = identity_key(email);
    }
}

/// A new account: active, with a password to change at first sign-in unless said otherwise.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = users)]
pub struct NewUser {
    pub id: UserId,
    pub email: String,
    pub email_key: String,
    pub username: String,
    pub username_key: String,
    pub display_name: String,
    pub password_hash: String,
    pub status: UserStatus,
    pub must_change_password: bool,
    pub is_admin: bool,
    pub version: i32,
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}

impl NewUser {
    pub fn new(email: &str, username: &str, display_name: &str, password_hash: String) -> NewUser {
        let at = crate::now();
        NewUser {
            id: UserId::new(),
            email: email.trim().into(),
            email_key: identity_key(email),
            username: username.trim().into(),
            username_key: identity_key(username),
            display_name: display_name.trim().into(),
            password_hash,
            status: UserStatus::Active,
            must_change_password: true,
            is_admin: false,
            version: 1,
            created_at: at,
            updated_at: at,
        }
    }
}

/// The columns a [`UserRef`] needs, for joins.
pub type RefColumns = (users::id, users::display_name, users::username, users::email);
pub const REF_COLUMNS: RefColumns = (users::id, users::display_name, users::username, users::email);

/// What [`REF_COLUMNS`] loads.
pub type RefTuple = (UserId, String, String, String);

pub fn user_ref((id, display_name, username, email): RefTuple) -> UserRef {
    UserRef { id: id.uuid(), display_name, username, email }
}

pub fn insert(c: &mut crate::DbConnection, new: &NewUser) -> Result<UserRow, StoreError> {
    // `RETURNING` does not build for the multi-backend connection: read the row back.
    diesel::insert_into(users::table).values(new).execute(c)?;
    find(c, new.id)
}

pub fn find(c: &mut crate::DbConnection, id: UserId) -> Result<UserRow, StoreError> {
    Ok(users::table.find(id).select(UserRow::as_select()).get_result(c)?)
}

/// Holds the account until the transaction ends (a change that reads it and writes it whole,
/// as a new password, cannot lose a race): on PostgreSQL a row lock; SQLite's write
/// transactions already run one at a time.
pub fn lock(c: &mut crate::DbConnection, id: UserId) -> Result<UserRow, StoreError> {
    if let crate::DbConnection::Postgres(pg) = c {
        users::table.find(id).select(users::id).for_update().get_result::<UserId>(pg)?;
    }
    find(c, id)
}

/// Finds an account by username or email, without regard to case.
pub fn find_by_login(c: &mut crate::DbConnection, key: &str) -> Result<Option<UserRow>, StoreError> {
    Ok(users::table
        .filter(users::username_key.eq(key).or(users::email_key.eq(key)))
        .select(UserRow::as_select())
        .get_result(c)
        .optional()?)
}

/// Whether another account (not `except`) already uses this email or username key.
pub fn taken(
    c: &mut crate::DbConnection,
    email_key: Option<&str>,
    username_key: Option<&str>,
    except: Option<UserId>,
) -> Result<(bool, bool), StoreError> {
    // Only the keys given are looked for (PostgreSQL refuses a NUL placeholder in text).
    let keys: Vec<&str> = email_key.into_iter().chain(username_key).collect();
    let mut q = users::table
        .select((users::email_key, users::username_key))
        .filter(users::email_key.eq_any(keys.clone()).or(users::username_key.eq_any(keys)))
        .into_boxed();
    if let Some(id) = except {
        q = q.filter(users::id.ne(id));
    }
    let hits: Vec<(String, String)> = q.load(c)?;
    Ok((
        email_key.is_some_and(|k| hits.iter().any(|(e, _)| e == k)),
        username_key.is_some_and(|k| hits.iter().any(|(_, u)| u == k)),
    ))
}

/// Which accounts someone may see with their email, and manage.
#[derive(Debug, Clone)]
pub enum AccountScope {
    /// The installation administrator: every account.
    All,
    /// Accounts (never an administrator's) whose every role is in `programs`; with
    /// `unaffiliated`, also accounts that hold no role yet (to be set up and enrolled).
    Within { programs: Vec<ProgramId>, unaffiliated: bool },
}

type Condition = Box<dyn BoxableExpression<users::table, MultiBackend, SqlType = diesel::sql_types::Bool>>;

impl AccountScope {
    fn condition(&self) -> Condition {
        use diesel::dsl::{exists, not};
        match self {
            AccountScope::All => Box::new(diesel::dsl::sql::<diesel::sql_types::Bool>("1 = 1")),
            AccountScope::Within { programs, unaffiliated } => {
                let roles = || memberships::table.filter(memberships::user_id.eq(users::id));
                let outside = roles().filter(not(memberships::program_id.eq_any(programs.clone())));
                let within = users::is_admin.eq(false).and(not(exists(outside)));
                if *unaffiliated {
                    Box::new(within)
                } else {
                    Box::new(within.and(exists(roles())))
                }
            }
        }
    }
}

/// A page of the accounts in `scope` matching `q` in name, username or email, by display name.
/// An account out of scope is listed only when `q` is its whole email (the caller knows it
/// already; it is how a coordinator finds a coach of another program to add to theirs).
pub fn list(
    c: &mut crate::DbConnection,
    q: Option<&str>,
    scope: &AccountScope,
    offset: i64,
    limit: i64,
) -> Result<(Vec<UserRow>, i64), StoreError> {
    let exact = q.map(identity_key).unwrap_or_default();
    let pattern = q.map(|q| format!("%{}%", q.trim().to_lowercase().replace(['%', '_'], "")));
    let filtered = || {
        let mut query = users::table.filter(scope.condition().or(users::email_key.eq(exact.clone()))).into_boxed();
        if let Some(p) = &pattern {
            query = query.filter(
                users::username_key.like(p.clone()).or(users::email_key.like(p.clone())).or(diesel::dsl::sql::<
                    diesel::sql_types::Bool,
                >(
                    "lower(display_name) LIKE ",
                )
                .bind::<diesel::sql_types::Text, _>(p.clone())),
            );
        }
        query
    };
    let total = filtered().count().get_result(c)?;
    let rows = filtered()
        .order((users::display_name, users::id))
        .offset(offset)
        .limit(limit)
        .select(UserRow::as_select())
        .load(c)?;
    Ok((rows, total))
}

/// Active installation administrators other than `except`. On PostgreSQL the administrators'
/// rows stay locked until the transaction ends, so two administrators disabling each other at
/// once cannot both pass this check (SQLite's write transactions already run one at a time).
pub fn other_active_admins(c: &mut crate::DbConnection, except: UserId) -> Result<i64, StoreError> {
    if let crate::DbConnection::Postgres(pg) = c {
        diesel::sql_query("SELECT id FROM users WHERE is_admin FOR UPDATE").execute(pg)?;
    }
    Ok(users::table
        .filter(users::is_admin.eq(true))
        .filter(users::status.eq(UserStatus::Active))
        .filter(users::id.ne(except))
        .count()
        .get_result(c)?)
}

/// The people with these ids, as shown beside records: one query.
pub fn refs(c: &mut crate::DbConnection, ids: &[UserId]) -> Result<Vec<UserRef>, StoreError> {
    let rows: Vec<RefTuple> = users::table.filter(users::id.eq_any(ids)).select(REF_COLUMNS).load(c)?;
    Ok(rows.into_iter().map(user_ref).collect())
}

/// One person as shown beside a record (a statement that stays prepared, unlike `IN (…)`).
pub fn ref_of(c: &mut crate::DbConnection, id: UserId) -> Result<UserRef, StoreError> {
    let row: RefTuple = users::table.find(id).select(REF_COLUMNS).get_result(c)?;
    Ok(user_ref(row))
}
