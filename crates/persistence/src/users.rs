use crate::schema::users;
use crate::StoreError;
use coachfolio_domain::user::UserRef;
use diesel::prelude::*;
use time::PrimitiveDateTime;

#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = users)]
pub struct UserRow {
    pub id: String,
    pub email: String,
    pub email_key: String,
    pub username: String,
    pub username_key: String,
    pub display_name: String,
    pub password_hash: String,
    pub status: String,
    pub must_change_password: bool,
    pub is_admin: bool,
    pub version: i32,
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}

impl UserRow {
    pub fn to_ref(&self) -> UserRef {
        UserRef {
            id: self.id.parse().unwrap_or_default(),
            display_name: self.display_name.clone(),
            username: self.username.clone(),
            email: self.email.clone(),
        }
    }
}

/// The columns a [`UserRef`] needs, for joins.
pub type RefColumns = (users::id, users::display_name, users::username, users::email);
pub const REF_COLUMNS: RefColumns = (users::id, users::display_name, users::username, users::email);

/// What [`REF_COLUMNS`] loads.
pub type RefTuple = (String, String, String, String);

pub fn user_ref((id, display_name, username, email): RefTuple) -> UserRef {
    UserRef { id: id.parse().unwrap_or_default(), display_name, username, email }
}

pub fn insert(c: &mut crate::DbConnection, row: &UserRow) -> Result<(), StoreError> {
    diesel::insert_into(users::table).values(row).execute(c)?;
    Ok(())
}

pub fn find(c: &mut crate::DbConnection, id: &str) -> Result<UserRow, StoreError> {
    Ok(users::table.find(id).select(UserRow::as_select()).get_result(c)?)
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
    except: Option<&str>,
) -> Result<(bool, bool), StoreError> {
    let mut q = users::table.select((users::email_key, users::username_key)).into_boxed();
    q = q.filter(
        users::email_key.eq(email_key.unwrap_or("\u{0}")).or(users::username_key.eq(username_key.unwrap_or("\u{0}"))),
    );
    if let Some(id) = except {
        q = q.filter(users::id.ne(id));
    }
    let hits: Vec<(String, String)> = q.load(c)?;
    Ok((
        email_key.is_some_and(|k| hits.iter().any(|(e, _)| e == k)),
        username_key.is_some_and(|k| hits.iter().any(|(_, u)| u == k)),
    ))
}

/// A page of accounts matching `q` in name, username or email, by display name.
pub fn list(
    c: &mut crate::DbConnection,
    q: Option<&str>,
    offset: i64,
    limit: i64,
) -> Result<(Vec<UserRow>, i64), StoreError> {
    let pattern = q.map(|q| format!("%{}%", q.trim().to_lowercase().replace(['%', '_'], "")));
    let filtered = || {
        let mut query = users::table.into_boxed();
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

/// Writes `row` if the stored version is still `expected`; `false` when someone else wrote first.
pub fn update(c: &mut crate::DbConnection, row: &UserRow, expected: i32) -> Result<bool, StoreError> {
    let n = diesel::update(users::table.find(&row.id).filter(users::version.eq(expected))).set(row).execute(c)?;
    Ok(n == 1)
}

/// The people with these ids, as shown beside records: one query.
pub fn refs(c: &mut crate::DbConnection, ids: &[&str]) -> Result<Vec<UserRef>, StoreError> {
    let rows: Vec<RefTuple> = users::table.filter(users::id.eq_any(ids)).select(REF_COLUMNS).load(c)?;
    Ok(rows.into_iter().map(user_ref).collect())
}

/// One person as shown beside a record (a statement that stays prepared, unlike `IN (…)`).
pub fn ref_of(c: &mut crate::DbConnection, id: &str) -> Result<UserRef, StoreError> {
    let row: RefTuple = users::table.find(id).select(REF_COLUMNS).get_result(c)?;
    Ok(user_ref(row))
}
