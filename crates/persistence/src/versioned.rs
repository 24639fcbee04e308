//! The one versioned update every editable record goes through: bump the version, stamp the
//! change, and write only if nobody else wrote since the version the caller read. The API's
//! record kernel (`coachfolio_api::kernel`) builds on it.

use crate::{DbConnection, StoreError};
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
                Ok($crate::schema::$table::table.find(id).select(<$row>::as_select()).get_result(c)?)
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
                let n =
                    diesel::update(dsl::$table.find(self.id).filter(dsl::version.eq(expected))).set(self).execute(c)?;
                Ok(n == 1)
            }
        }
    };
}
pub(crate) use versioned;
