//! Coaching logs, their revisions, and the monthly sums the hours ledger is built from (kept
//! by database triggers in `monthly_coaching_hours`, so no code path can forget them).

use crate::enrollments::EnrollmentRow;
use crate::schema::{coaching_logs, monthly_coaching_hours};
use crate::sql_types::Json;
use crate::users::{user_ref, RefTuple, REF_COLUMNS};
use crate::versioned::versioned;
use crate::StoreError;
use coachfolio_domain::coaching_log::{LogFlow, LogMode, LogState};
use coachfolio_domain::ids::{EnrollmentId, LogId, ProgramId, UserId};
use coachfolio_domain::ledger::month_index;
use coachfolio_domain::user::UserRef;
use diesel::prelude::*;
use time::{Date, PrimitiveDateTime};

/// A log as read. A change writes the form and the signatures; the log's candidate, program
/// and creation time never change.
#[derive(Debug, Clone, Queryable, Selectable, AsChangeset)]
#[diesel(table_name = coaching_logs)]
pub struct LogRow {
    #[diesel(skip_update)]
    pub id: LogId,
    #[diesel(skip_update)]
    pub program_id: ProgramId,
    #[diesel(skip_update)]
    pub enrollment_id: EnrollmentId,
    #[diesel(skip_update)]
    pub candidate_id: UserId,
    #[diesel(embed)]
    pub form: LogForm,
    #[diesel(embed)]
    pub signed: LogSignatures,
    pub version: i32,
    #[diesel(skip_update)]
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}
versioned!(LogRow, coaching_logs, LogId);

/// The Collaborative Coaching Log form's fields, and the two columns the hours are summed
/// from (kept in step by [`LogForm::derive`]).
#[derive(Debug, Clone, Default, PartialEq, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = coaching_logs, treat_none_as_null = true)]
pub struct LogForm {
    pub meeting_date: Option<Date>,
    pub meeting_month: Option<i32>,
    pub start_minute: Option<i32>,
    pub duration_minutes: Option<i32>,
    pub face_to_face_minutes: i32,
    pub mode: Option<LogMode>,
    pub activity_codes: Json<Vec<String>>,
    pub standards: Json<Vec<u8>>,
    pub focus: String,
    pub candidate_next_steps: String,
    pub coach_next_steps: String,
    pub ilp_revisions: String,
    pub next_meeting_date: Option<Date>,
    pub next_meeting_minute: Option<i32>,
    pub follow_up_done: Option<bool>,
}

impl LogForm {
    /// Keeps the columns the ledger sums from in step with the form.
    pub fn derive(&mut self) {
        self.meeting_month = self.meeting_date.map(month_index);
        let face_to_face = self.mode.is_some_and(LogMode::is_face_to_face);
        self.face_to_face_minutes = if face_to_face { self.duration_minutes.unwrap_or(0) } else { 0 };
    }
}

/// The signatures' columns: the domain's [`LogFlow`], as stored.
#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = coaching_logs, treat_none_as_null = true)]
pub struct LogSignatures {
    pub state: LogState,
    pub coach_id: UserId,
    pub submitted_at: Option<PrimitiveDateTime>,
    pub acknowledged_at: Option<PrimitiveDateTime>,
    pub acknowledged_by: Option<UserId>,
    pub acknowledgement_comment: Option<String>,
    pub returned_at: Option<PrimitiveDateTime>,
    pub returned_by: Option<UserId>,
    pub return_reason: Option<String>,
}

impl From<LogSignatures> for LogFlow {
    fn from(s: LogSignatures) -> LogFlow {
        LogFlow {
            state: s.state,
            coach_id: s.coach_id,
            submitted_at: s.submitted_at,
            acknowledged_at: s.acknowledged_at,
            acknowledged_by: s.acknowledged_by,
            acknowledgement_comment: s.acknowledgement_comment,
            returned_at: s.returned_at,
            returned_by: s.returned_by,
            return_reason: s.return_reason,
        }
    }
}

impl From<LogFlow> for LogSignatures {
    fn from(f: LogFlow) -> LogSignatures {
        LogSignatures {
            state: f.state,
            coach_id: f.coach_id,
            submitted_at: f.submitted_at,
            acknowledged_at: f.acknowledged_at,
            acknowledged_by: f.acknowledged_by,
            acknowledgement_comment: f.acknowledgement_comment,
            returned_at: f.returned_at,
            returned_by: f.returned_by,
            return_reason: f.return_reason,
        }
    }
}

impl LogRow {
    pub fn flow(&self) -> LogFlow {
        self.signed.clone().into()
    }

    /// Moves the log to the flow's next step.
    pub fn set_flow(&mut self, flow: LogFlow) {
        self.signed = flow.into();
    }

    pub fn state(&self) -> LogState {
        self.signed.state
    }

    pub fn coach_id(&self) -> UserId {
        self.signed.coach_id
    }
}

/// A new log: an empty draft by its coach unless the form and signatures are given.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = coaching_logs)]
pub struct NewLog {
    pub id: LogId,
    pub program_id: ProgramId,
    pub enrollment_id: EnrollmentId,
    pub candidate_id: UserId,
    #[diesel(embed)]
    pub form: LogForm,
    #[diesel(embed)]
    pub signed: LogSignatures,
    pub version: i32,
    pub created_at: PrimitiveDateTime,
    pub updated_at: PrimitiveDateTime,
}

impl NewLog {
    pub fn draft(enrollment: &EnrollmentRow, coach: UserId) -> NewLog {
        let at = crate::now();
        NewLog {
            id: LogId::new(),
            program_id: enrollment.program_id,
            enrollment_id: enrollment.id,
            candidate_id: enrollment.candidate_id,
            form: LogForm::default(),
            signed: LogFlow::draft(coach).into(),
            version: 1,
            created_at: at,
            updated_at: at,
        }
    }
}

pub fn insert(c: &mut crate::DbConnection, new: &NewLog) -> Result<LogRow, StoreError> {
    // `RETURNING` does not build for the multi-backend connection: read the row back.
    diesel::insert_into(coaching_logs::table).values(new).execute(c)?;
    find(c, new.id)
}

/// Many logs at once (demo data, benchmarks).
pub fn insert_many(c: &mut crate::DbConnection, rows: &[NewLog]) -> Result<(), StoreError> {
    crate::insert_rows!(c, coaching_logs::table, rows)?;
    Ok(())
}

pub fn find(c: &mut crate::DbConnection, id: LogId) -> Result<LogRow, StoreError> {
    <LogRow as crate::versioned::Versioned>::find(c, id)
}

/// Deletes a draft still at `expected`; `false` if it moved on.
pub fn delete_draft(c: &mut crate::DbConnection, id: LogId, expected: i32) -> Result<bool, StoreError> {
    let n = diesel::delete(
        coaching_logs::table
            .find(id)
            .filter(coaching_logs::version.eq(expected))
            .filter(coaching_logs::state.eq(LogState::Draft)),
    )
    .execute(c)?;
    Ok(n == 1)
}

/// An enrollment's logs, newest meeting first (undated drafts first of all). All of them: who
/// reads which (a draft its coach, a former coach their period) is decided on the rows, and a
/// page is cut from what the reader sees, so its total counts nothing hidden.
pub fn of_enrollment(c: &mut crate::DbConnection, enrollment_id: EnrollmentId) -> Result<Vec<LogRow>, StoreError> {
    Ok(coaching_logs::table
        .filter(coaching_logs::enrollment_id.eq(enrollment_id))
        .order((
            coaching_logs::meeting_date.is_null().desc(),
            coaching_logs::meeting_date.desc(),
            coaching_logs::start_minute.desc(),
            coaching_logs::created_at.desc(),
        ))
        .select(LogRow::as_select())
        .load(c)?)
}

/// The candidate's signed (non-draft) sessions on a day, except `except`: (start, duration).
pub fn sessions_on(
    c: &mut crate::DbConnection,
    candidate_id: UserId,
    day: Date,
    except: LogId,
) -> Result<Vec<(i32, i32)>, StoreError> {
    let rows: Vec<(Option<i32>, Option<i32>)> = coaching_logs::table
        .filter(coaching_logs::candidate_id.eq(candidate_id))
        .filter(coaching_logs::meeting_date.eq(day))
        .filter(coaching_logs::id.ne(except))
        .filter(coaching_logs::state.ne(LogState::Draft))
        .select((coaching_logs::start_minute, coaching_logs::duration_minutes))
        .load(c)?;
    Ok(rows.into_iter().filter_map(|(s, d)| Some((s?, d?))).collect())
}

/// The coaching of one enrollment in one calendar month, in one log state.
#[derive(Debug, Clone, Queryable)]
pub struct MonthSum {
    pub enrollment_id: EnrollmentId,
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
    program_id: ProgramId,
    states: &[LogState],
) -> Result<Vec<MonthSum>, StoreError> {
    Ok(month_sums!(monthly_coaching_hours::table.filter(monthly_coaching_hours::program_id.eq(program_id)), states, c)?)
}

/// Monthly sums of the listed enrollments, for logs in `states`: one query.
pub fn month_sums_of(
    c: &mut crate::DbConnection,
    enrollment_ids: &[EnrollmentId],
    states: &[LogState],
) -> Result<Vec<MonthSum>, StoreError> {
    Ok(month_sums!(
        monthly_coaching_hours::table.filter(monthly_coaching_hours::enrollment_id.eq_any(enrollment_ids)),
        states,
        c
    )?)
}

/// A log with its enrollment, its candidate and its coach, in one query.
pub fn find_with_enrollment(
    c: &mut crate::DbConnection,
    id: LogId,
) -> Result<(LogRow, EnrollmentRow, UserRef, UserRef), StoreError> {
    use crate::schema::{enrollments, users};
    let (candidate, coach) = diesel::alias!(users as candidate, users as coach);
    let query = coaching_logs::table
        .inner_join(enrollments::table)
        .inner_join(candidate.on(candidate.field(users::id).eq(coaching_logs::candidate_id)))
        .inner_join(coach.on(coach.field(users::id).eq(coaching_logs::coach_id)))
        .filter(coaching_logs::id.eq(id));
    let people = (candidate.fields(REF_COLUMNS), coach.fields(REF_COLUMNS));
    let (row, e, who, by): (LogRow, EnrollmentRow, RefTuple, RefTuple) = crate::connection::native!(c, |c| query
        .select((LogRow::as_select(), EnrollmentRow::as_select(), people.0, people.1))
        .get_result(c))?;
    Ok((row, e, user_ref(who), user_ref(by)))
}

/// A log waiting for someone, without its text.
#[derive(Debug, Clone, Queryable)]
pub struct WaitingLog {
    pub id: LogId,
    pub enrollment_id: EnrollmentId,
    pub coach_id: UserId,
    pub state: LogState,
    pub meeting_date: Option<Date>,
}

/// The logs of these enrollments waiting for someone: submitted (the candidate acknowledges
/// them) or returned (their coach revises them), earliest meeting first: one query.
pub fn waiting_of(c: &mut crate::DbConnection, enrollment_ids: &[EnrollmentId]) -> Result<Vec<WaitingLog>, StoreError> {
    Ok(coaching_logs::table
        .filter(coaching_logs::enrollment_id.eq_any(enrollment_ids))
        .filter(coaching_logs::state.eq_any([LogState::Submitted, LogState::Returned]))
        .order((coaching_logs::meeting_date, coaching_logs::created_at))
        .select((
            coaching_logs::id,
            coaching_logs::enrollment_id,
            coaching_logs::coach_id,
            coaching_logs::state,
            coaching_logs::meeting_date,
        ))
        .load(c)?)
}
