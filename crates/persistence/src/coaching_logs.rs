//! Coaching logs, their revisions, and the monthly sums the hours ledger is built from (kept
//! by database triggers in `monthly_coaching_hours`, so no code path can forget them).

use crate::schema::{coaching_log_revisions, coaching_logs, monthly_coaching_hours};
use crate::users::{user_ref, RefTuple, REF_COLUMNS};
use crate::StoreError;
use coachfolio_domain::user::UserRef;
use diesel::prelude::*;
use time::{Date, PrimitiveDateTime};

#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset, serde::Serialize)]
#[diesel(table_name = coaching_logs, treat_none_as_null = true)]
pub struct LogRow {
    pub id: String,
    pub program_id: String,
    pub enrollment_id: String,
    pub candidate_id: String,
    pub coach_id: String,
    pub state: String,
    pub meeting_date: Option<Date>,
    pub meeting_month: Option<i32>,
    pub start_minute: Option<i32>,
    pub duration_minutes: Option<i32>,
    pub face_to_face_minutes: i32,
    pub mode: Option<String>,
    /// JSON array of codes.
    pub activity_codes: String,
    /// JSON array of standard numbers.
    pub standards: String,
    pub focus: String,
    pub candidate_next_steps: String,
    pub coach_next_steps: String,
    pub ilp_revisions: String,
    pub next_meeting_date: Option<Date>,
    pub next_meeting_minute: Option<i32>,
    pub follow_up_done: Option<bool>,
    pub submitted_at: Option<PrimitiveDateTime>,
    pub acknowledged_at: Option<PrimitiveDateTime>,
    pub acknowledged_by: Option<String>,
    pub acknowledgement_comment: Option<String>,
    pub returned_at: Option<PrimitiveDateTime>,
    pub returned_by: Option<String>,
    pub return_reason: Option<String>,
    pub version: i32,
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = coaching_log_revisions)]
pub struct RevisionRow {
    pub id: String,
    pub log_id: String,
    /// The version this revision replaced.
    pub version: i32,
    pub at: PrimitiveDateTime,
    pub by_id: String,
    pub action: String,
    /// JSON array of field names.
    pub changed_fields: String,
    /// The log as it was, as the API showed it.
    pub before_json: String,
}

pub fn insert(c: &mut crate::DbConnection, row: &LogRow) -> Result<(), StoreError> {
    diesel::insert_into(coaching_logs::table).values(row).execute(c)?;
    Ok(())
}

/// Many logs at once (demo data, benchmarks).
pub fn insert_many(c: &mut crate::DbConnection, rows: &[LogRow]) -> Result<(), StoreError> {
    crate::insert_rows!(c, coaching_logs::table, rows)?;
    Ok(())
}

pub fn find(c: &mut crate::DbConnection, id: &str) -> Result<LogRow, StoreError> {
    Ok(coaching_logs::table.find(id).select(LogRow::as_select()).get_result(c)?)
}

pub fn update(c: &mut crate::DbConnection, row: &LogRow, expected: i32) -> Result<bool, StoreError> {
    let n = diesel::update(coaching_logs::table.find(&row.id).filter(coaching_logs::version.eq(expected)))
        .set(row)
        .execute(c)?;
    Ok(n == 1)
}

/// Deletes a draft still at `expected`; `false` if it moved on.
pub fn delete_draft(c: &mut crate::DbConnection, id: &str, expected: i32) -> Result<bool, StoreError> {
    let n = diesel::delete(
        coaching_logs::table
            .find(id)
            .filter(coaching_logs::version.eq(expected))
            .filter(coaching_logs::state.eq("draft")),
    )
    .execute(c)?;
    Ok(n == 1)
}

/// A page of an enrollment's logs, newest meeting first (undated drafts first of all).
pub fn list(
    c: &mut crate::DbConnection,
    enrollment_id: &str,
    offset: i64,
    limit: i64,
) -> Result<(Vec<LogRow>, i64), StoreError> {
    let total = coaching_logs::table.filter(coaching_logs::enrollment_id.eq(enrollment_id)).count().get_result(c)?;
    let rows = coaching_logs::table
        .filter(coaching_logs::enrollment_id.eq(enrollment_id))
        .order((
            coaching_logs::meeting_date.is_null().desc(),
            coaching_logs::meeting_date.desc(),
            coaching_logs::start_minute.desc(),
            coaching_logs::created_at.desc(),
        ))
        .offset(offset)
        .limit(limit)
        .select(LogRow::as_select())
        .load(c)?;
    Ok((rows, total))
}

/// The candidate's signed (non-draft) sessions on a day, except `except`: (start, duration).
pub fn sessions_on(
    c: &mut crate::DbConnection,
    candidate_id: &str,
    day: Date,
    except: &str,
) -> Result<Vec<(i32, i32)>, StoreError> {
    let rows: Vec<(Option<i32>, Option<i32>)> = coaching_logs::table
        .filter(coaching_logs::candidate_id.eq(candidate_id))
        .filter(coaching_logs::meeting_date.eq(day))
        .filter(coaching_logs::id.ne(except))
        .filter(coaching_logs::state.ne("draft"))
        .select((coaching_logs::start_minute, coaching_logs::duration_minutes))
        .load(c)?;
    Ok(rows.into_iter().filter_map(|(s, d)| Some((s?, d?))).collect())
}

/// The coaching of one enrollment in one calendar month, in one log state.
#[derive(Debug, Clone, Queryable)]
pub struct MonthSum {
    pub enrollment_id: String,
    pub month: i32,
    pub minutes: i32,
    pub face_to_face_minutes: i32,
    pub sessions: i32,
}

/// Monthly sums over `$hours` (the summary rows, already narrowed), for logs in `$states`.
/// No grouping: a month appears once per state, and the ledger adds them up.
macro_rules! month_sums {
    ($hours:expr, $states:expr, $c:expr) => {
        $hours
            .filter(monthly_coaching_hours::state.eq_any($states))
            .select((
                monthly_coaching_hours::enrollment_id,
                monthly_coaching_hours::month,
                monthly_coaching_hours::minutes,
                monthly_coaching_hours::face_to_face_minutes,
                monthly_coaching_hours::sessions,
            ))
            .load($c)
    };
}

/// Monthly sums of every enrollment of a program, for logs in `states`: one query over the
/// summary the database keeps beside the logs (migrations/*/…_monthly_coaching_hours).
pub fn month_sums_of_program(
    c: &mut crate::DbConnection,
    program_id: &str,
    states: &[&str],
) -> Result<Vec<MonthSum>, StoreError> {
    Ok(month_sums!(monthly_coaching_hours::table.filter(monthly_coaching_hours::program_id.eq(program_id)), states, c)?)
}

/// Monthly sums of the listed enrollments, for logs in `states`: one query.
pub fn month_sums_of(
    c: &mut crate::DbConnection,
    enrollment_ids: &[String],
    states: &[&str],
) -> Result<Vec<MonthSum>, StoreError> {
    Ok(month_sums!(
        monthly_coaching_hours::table.filter(monthly_coaching_hours::enrollment_id.eq_any(enrollment_ids)),
        states,
        c
    )?)
}

pub fn add_revision(c: &mut crate::DbConnection, row: &RevisionRow) -> Result<(), StoreError> {
    diesel::insert_into(coaching_log_revisions::table).values(row).execute(c)?;
    Ok(())
}

/// A log's revisions, newest first.
pub fn revisions(c: &mut crate::DbConnection, log_id: &str) -> Result<Vec<RevisionRow>, StoreError> {
    Ok(coaching_log_revisions::table
        .filter(coaching_log_revisions::log_id.eq(log_id))
        .order(coaching_log_revisions::version.desc())
        .select(RevisionRow::as_select())
        .load(c)?)
}

/// A log with its enrollment, its candidate and its coach, in one query.
pub fn find_with_enrollment(
    c: &mut crate::DbConnection,
    id: &str,
) -> Result<(LogRow, crate::enrollments::EnrollmentRow, UserRef, UserRef), StoreError> {
    use crate::schema::{enrollments, users};
    let (candidate, coach) = diesel::alias!(users as candidate, users as coach);
    let (row, e, who, by): (LogRow, _, RefTuple, RefTuple) = coaching_logs::table
        .inner_join(enrollments::table)
        .inner_join(candidate.on(candidate.field(users::id).eq(coaching_logs::candidate_id)))
        .inner_join(coach.on(coach.field(users::id).eq(coaching_logs::coach_id)))
        .filter(coaching_logs::id.eq(id))
        .select((
            LogRow::as_select(),
            crate::enrollments::EnrollmentRow::as_select(),
            candidate.fields(REF_COLUMNS),
            coach.fields(REF_COLUMNS),
        ))
        .get_result(c)?;
    Ok((row, e, user_ref(who), user_ref(by)))
}
