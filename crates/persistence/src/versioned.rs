//! The one versioned update every editable record goes through: bump the version, stamp the
//! change, and write only if nobody else wrote since the version the caller read. The API's
//! record kernel (`coachfolio_api::kernel`) builds on it.

use crate::{DbConnection, StoreError};
use diesel::backend::Backend;
use diesel::query_builder::{AstPass, QueryFragment, QueryId};
use diesel::{QueryResult, RunQueryDsl};
use time::PrimitiveDateTime;

/// A row with an optimistic-concurrency version.
pub trait Versioned: Sized {
    type Id: Copy + std::fmt::Display;

    fn id(&self) -> Self::Id;
    fn version(&self) -> i32;
    fn find(c: &mut DbConnection, id: Self::Id) -> Result<Self, StoreError>;

    #[doc(hidden)]
    fn stamp(&mut self, version: i32, at: PrimitiveDateTime);
    /// Writes the row only where the stored version is still `expected`; `false` when not.
    #[doc(hidden)]
    fn update_where_version(&self, c: &mut DbConnection, expected: i32) -> Result<bool, StoreError>;
}

/// What a versioned write found.
pub enum Saved<R> {
    Written,
    /// Someone else wrote first: the row as it is now.
    Stale(R),
}

/// Writes `row` as the next version of what was read at `row.version()`; on a lost race
/// returns the stored row instead, and `row` is left as it was.
pub fn save<R: Versioned>(c: &mut DbConnection, row: &mut R) -> Result<Saved<R>, StoreError> {
    let expected = row.version();
    row.stamp(expected + 1, crate::now());
    if row.update_where_version(c, expected)? {
        return Ok(Saved::Written);
    }
    row.stamp(expected, crate::now());
    Ok(Saved::Stale(R::find(c, row.id())?))
}

/// `UPDATE table SET changeset WHERE filter`, kept prepared by its connection. Diesel's own
/// `UPDATE` is prepared anew on every run, since a changeset that skips its `None` fields
/// changes its SQL; preparing was a twentieth of an autosave's time (docs/benchmarks.md). The
/// connection's cache is keyed by the SQL text, so a statement whose SQL does vary is still
/// never run as another.
pub(crate) struct PreparedUpdate<T, V, W> {
    /// The table's `FROM` clause (`QuerySource::from_clause`).
    pub table: T,
    pub values: V,
    pub filter: W,
}

impl<T, V, W> QueryId for PreparedUpdate<T, V, W> {
    type QueryId = ();
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl<DB, T, V, W> QueryFragment<DB> for PreparedUpdate<T, V, W>
where
    DB: Backend,
    T: QueryFragment<DB>,
    V: QueryFragment<DB>,
    W: QueryFragment<DB>,
{
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, DB>) -> QueryResult<()> {
        out.push_sql("UPDATE ");
        self.table.walk_ast(out.reborrow())?;
        out.push_sql(" SET ");
        self.values.walk_ast(out.reborrow())?;
        out.push_sql(" WHERE ");
        self.filter.walk_ast(out.reborrow())
    }
}

impl<T, V, W, C> RunQueryDsl<C> for PreparedUpdate<T, V, W> {}

/// Implements [`Versioned`] for a row of a table with `id`, `version` and `updated_at`.
macro_rules! versioned {
    ($row:ty, $table:ident, $id:ty) => {
        impl $crate::versioned::Versioned for $row {
            type Id = $id;

            fn id(&self) -> $id {
                self.id
            }
            fn version(&self) -> i32 {
                self.version
            }
            fn find(c: &mut $crate::DbConnection, id: $id) -> Result<Self, $crate::StoreError> {
                use diesel::prelude::*;
                let query = $crate::schema::$table::table.find(id);
                Ok($crate::connection::native!(c, |c| query.select(<$row>::as_select()).get_result(c))?)
            }
            fn stamp(&mut self, version: i32, at: time::PrimitiveDateTime) {
                self.version = version;
                self.updated_at = at;
            }
            fn update_where_version(
                &self,
                c: &mut $crate::DbConnection,
                expected: i32,
            ) -> Result<bool, $crate::StoreError> {
                use diesel::prelude::*;
                use $crate::schema::$table::dsl;
                let update = $crate::versioned::PreparedUpdate {
                    table: diesel::QuerySource::from_clause(&dsl::$table),
                    values: diesel::query_builder::AsChangeset::as_changeset(self),
                    filter: dsl::id.eq(self.id).and(dsl::version.eq(expected)),
                };
                let n = $crate::connection::native!(c, |c| update.execute(c))?;
                Ok(n == 1)
            }
        }
    };
}
pub(crate) use versioned;

#[cfg(test)]
mod tests {
    use super::PreparedUpdate;
    use crate::districts::DistrictRow;
    use crate::schema::districts::dsl;
    use coachfolio_domain::ids::{DistrictId, ProgramId};
    use diesel::prelude::*;
    use diesel::query_builder::AsChangeset;
    use diesel::{debug_query, pg::Pg, sqlite::Sqlite};

    /// The prepared update writes exactly what diesel's own `UPDATE … SET row` would, with the
    /// same binds, on both backends.
    #[test]
    fn a_prepared_update_is_the_update_diesel_writes() {
        let at = crate::now();
        let row = DistrictRow {
            id: DistrictId::new(),
            program_id: ProgramId::new(),
            name: "Fresno Unified".into(),
            county: "Fresno".into(),
            version: 3,
            created_at: at,
            updated_at: at,
        };
        let filter = || dsl::id.eq(row.id).and(dsl::version.eq(2));
        let ours = PreparedUpdate {
            table: diesel::QuerySource::from_clause(&dsl::districts),
            values: (&row).as_changeset(),
            filter: filter(),
        };
        let diesels = diesel::update(dsl::districts.filter(filter())).set(&row);
        assert_eq!(debug_query::<Sqlite, _>(&ours).to_string(), debug_query::<Sqlite, _>(&diesels).to_string());
        assert_eq!(debug_query::<Pg, _>(&ours).to_string(), debug_query::<Pg, _>(&diesels).to_string());
    }
}
