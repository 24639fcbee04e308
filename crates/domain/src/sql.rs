//! The storage edge of the domain's value types (feature `sql`): ids and enumerations are TEXT
//! columns on SQLite and PostgreSQL, read and written through diesel's `ToSql`/`FromSql`. A
//! stored value that does not parse is a deserialization error, never a default.
//!
//! These impls live beside the types because Rust's orphan rule allows them nowhere else; the
//! rules of the domain never touch them. The persistence crate adds the multi-backend impls.

/// Implements `ToSql<Text>` for SQLite and PostgreSQL (through `Display`) and `FromSql<Text>`
/// for any backend (through `FromStr`).
macro_rules! text_column {
    ($ty:ty) => {
        impl diesel::serialize::ToSql<diesel::sql_types::Text, diesel::sqlite::Sqlite> for $ty {
            fn to_sql<'b>(
                &'b self,
                out: &mut diesel::serialize::Output<'b, '_, diesel::sqlite::Sqlite>,
            ) -> diesel::serialize::Result {
                out.set_value(self.to_string());
                Ok(diesel::serialize::IsNull::No)
            }
        }

        impl diesel::serialize::ToSql<diesel::sql_types::Text, diesel::pg::Pg> for $ty {
            fn to_sql<'b>(
                &'b self,
                out: &mut diesel::serialize::Output<'b, '_, diesel::pg::Pg>,
            ) -> diesel::serialize::Result {
                use std::io::Write;
                out.write_all(self.to_string().as_bytes())?;
                Ok(diesel::serialize::IsNull::No)
            }
        }

        impl<DB> diesel::deserialize::FromSql<diesel::sql_types::Text, DB> for $ty
        where
            DB: diesel::backend::Backend,
            String: diesel::deserialize::FromSql<diesel::sql_types::Text, DB>,
        {
            fn from_sql(bytes: DB::RawValue<'_>) -> diesel::deserialize::Result<Self> {
                let text = <String as diesel::deserialize::FromSql<diesel::sql_types::Text, DB>>::from_sql(bytes)?;
                text.parse().map_err(|_| format!("{text:?} is not a stored {}", stringify!($ty)).into())
            }
        }
    };
}
pub(crate) use text_column;
