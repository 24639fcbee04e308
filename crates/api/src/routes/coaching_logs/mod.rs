//! Collaborative coaching logs: written by the coach, acknowledged by the candidate.

pub mod acknowledge;
pub mod create;
pub mod delete;
pub mod get;
pub mod list;
pub mod return_to_coach;
pub mod revisions;
pub mod submit;
pub mod update;

use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::policy::EnrollmentAccess;
use crate::read_audit::ReadAudit;
use coachfolio_domain::coaching_log::{self, format_clock, parse_clock, LogFields, LogMode, LogState};
use coachfolio_domain::ledger::month_index;
use coachfolio_domain::settings::RequirementSettings;
use coachfolio_domain::user::UserRef;
use coachfolio_domain::{FieldError, Invalid};
use coachfolio_persistence::coaching_logs::{self as logs, LogRow};
use coachfolio_persistence::enrollments::{self, EnrollmentRow};
use coachfolio_persistence::{audit, programs, users, DbConnection};
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};
use utoipa::ToSchema;
use uuid::Uuid;

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct CoachingLog {
    pub id: Uuid,
    pub program_id: Uuid,
    pub enrollment_id: Uuid,
    pub candidate: UserRef,
    pub coach: UserRef,
    pub state: LogState,
    pub meeting_date: Option<Date>,
    /// "HH:MM", 24-hour.
    pub start_time: Option<String>,
    pub duration_minutes: Option<u32>,
    pub mode: Option<LogMode>,
    pub activity_codes: Vec<String>,
    /// CPSEL standards addressed (1–6).
    pub standards: Vec<u8>,
    /// Current focus, challenges and celebrations.
    pub focus: String,
    pub candidate_next_steps: String,
    pub coach_next_steps: String,
    pub ilp_revisions: String,
    pub next_meeting_date: Option<Date>,
    pub next_meeting_time: Option<String>,
    /// Whether the reflective follow-up conversation happened.
    pub follow_up_done: Option<bool>,
    /// The coach's signature.
    #[serde(with = "time::serde::rfc3339::option")]
    pub submitted_at: Option<OffsetDateTime>,
    /// The candidate's signature.
    #[serde(with = "time::serde::rfc3339::option")]
    pub acknowledged_at: Option<OffsetDateTime>,
    pub acknowledged_by: Option<UserRef>,
    pub acknowledgement_comment: Option<String>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub returned_at: Option<OffsetDateTime>,
    pub return_reason: Option<String>,
    pub version: i32,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
}

/// The log form's fields. Every field is optional (drafts save as the coach types); on a
/// change, a field left out keeps its value and `null` clears it.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LogFieldsBody {
    #[serde(default, with = "::serde_with::rust::double_option")]
    #[schema(value_type = Option<Date>)]
    pub meeting_date: Option<Option<Date>>,
    /// "HH:MM", 24-hour.
    #[serde(default, with = "::serde_with::rust::double_option")]
    #[schema(value_type = Option<String>, pattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$")]
    pub start_time: Option<Option<String>>,
    #[serde(default, with = "::serde_with::rust::double_option")]
    #[schema(value_type = Option<u32>, minimum = 1, maximum = 720)]
    pub duration_minutes: Option<Option<u32>>,
    #[serde(default, with = "::serde_with::rust::double_option")]
    #[schema(value_type = Option<LogMode>)]
    pub mode: Option<Option<LogMode>>,
    /// Codes from the program's `settings.activity_codes`.
    pub activity_codes: Option<Vec<String>>,
    #[schema(value_type = Option<Vec<u8>>)]
    pub standards: Option<Vec<u8>>,
    #[schema(max_length = 20000)]
    pub focus: Option<String>,
    #[schema(max_length = 20000)]
    pub candidate_next_steps: Option<String>,
    #[schema(max_length = 20000)]
    pub coach_next_steps: Option<String>,
    #[schema(max_length = 20000)]
    pub ilp_revisions: Option<String>,
    #[serde(default, with = "::serde_with::rust::double_option")]
    #[schema(value_type = Option<Date>)]
    pub next_meeting_date: Option<Option<Date>>,
    #[serde(default, with = "::serde_with::rust::double_option")]
    #[schema(value_type = Option<String>, pattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$")]
    pub next_meeting_time: Option<Option<String>>,
    #[serde(default, with = "::serde_with::rust::double_option")]
    #[schema(value_type = Option<bool>)]
    pub follow_up_done: Option<Option<bool>>,
}

fn json_list<T: serde::de::DeserializeOwned>(s: &str) -> Vec<T> {
    serde_json::from_str(s).unwrap_or_default()
}

fn clock(field: &str, v: Option<String>, errors: &mut Vec<FieldError>) -> Option<i32> {
    let v = v?;
    match parse_clock(&v) {
        Some(m) => Some(m as i32),
        None => {
            errors.push(FieldError::new(field, "must be a time of day as HH:MM"));
            None
        }
    }
}

impl LogFieldsBody {
    /// Applies the body to `row`; returns the names of the fields it changed.
    pub fn apply(self, row: &mut LogRow) -> Result<Vec<&'static str>, ApiError> {
        let before = row.clone();
        let mut errors = Vec::new();
        if let Some(v) = self.meeting_date {
            row.meeting_date = v;
        }
        if let Some(v) = self.start_time {
            row.start_minute = clock("start_time", v, &mut errors);
        }
        if let Some(v) = self.duration_minutes {
            row.duration_minutes = v.map(|d| d.min(i32::MAX as u32) as i32);
        }
        if let Some(v) = self.mode {
            row.mode = v.map(|m| m.as_str().to_string());
        }
        if let Some(v) = self.activity_codes {
            row.activity_codes = serde_json::to_string(&v).unwrap_or_default();
        }
        if let Some(v) = self.standards {
            row.standards = serde_json::to_string(&v).unwrap_or_default();
        }
        for (value, target) in [
            (self.focus, &mut row.focus),
            (self.candidate_next_steps, &mut row.candidate_next_steps),
            (self.coach_next_steps, &mut row.coach_next_steps),
            (self.ilp_revisions, &mut row.ilp_revisions),
        ] {
            if let Some(v) = value {
                *target = v;
            }
        }
        if let Some(v) = self.next_meeting_date {
            row.next_meeting_date = v;
        }
        if let Some(v) = self.next_meeting_time {
            row.next_meeting_minute = clock("next_meeting_time", v, &mut errors);
        }
        if let Some(v) = self.follow_up_done {
            row.follow_up_done = v;
        }
        Invalid::check(errors)?;
        derive(row);
        Ok(changed(&before, row))
    }
}

/// Keeps the columns the ledger sums from in step with the log.
pub(crate) fn derive(row: &mut LogRow) {
    row.meeting_month = row.meeting_date.map(month_index);
    let face_to_face = row.mode.as_deref() == Some(LogMode::FaceToFace.as_str());
    row.face_to_face_minutes = if face_to_face { row.duration_minutes.unwrap_or(0) } else { 0 };
}

fn changed(a: &LogRow, b: &LogRow) -> Vec<&'static str> {
    let mut out = Vec::new();
    macro_rules! cmp { ($($f:ident => $name:literal),*) => { $(if a.$f != b.$f { out.push($name); })* } }
    cmp!(meeting_date => "meeting_date", start_minute => "start_time", duration_minutes => "duration_minutes",
        mode => "mode", activity_codes => "activity_codes", standards => "standards", focus => "focus",
        candidate_next_steps => "candidate_next_steps", coach_next_steps => "coach_next_steps",
        ilp_revisions => "ilp_revisions", next_meeting_date => "next_meeting_date",
        next_meeting_minute => "next_meeting_time", follow_up_done => "follow_up_done");
    out
}

/// The domain's view of the fields, for its rules.
pub(crate) fn fields(row: &LogRow) -> LogFields {
    LogFields {
        meeting_date: row.meeting_date,
        start_minute: row.start_minute.map(|m| m as u32),
        duration_minutes: row.duration_minutes.map(|d| d.max(0) as u32),
        mode: row.mode.as_deref().and_then(LogMode::parse),
        activity_codes: json_list(&row.activity_codes),
        standards: json_list(&row.standards),
        texts: vec![
            ("focus", row.focus.clone()),
            ("candidate_next_steps", row.candidate_next_steps.clone()),
            ("coach_next_steps", row.coach_next_steps.clone()),
            ("ilp_revisions", row.ilp_revisions.clone()),
        ],
    }
}

/// Checks a log before it is stored: what is filled in always; everything, against the
/// enrollment, the coach's assignments and the candidate's other sessions, unless a draft.
pub(crate) fn check(
    c: &mut DbConnection,
    row: &LogRow,
    e: &EnrollmentRow,
    program: &ProgramRules,
) -> Result<(), ApiError> {
    let f = fields(row);
    let mut errors = coaching_log::check_fields(&f, &program.settings.activity_codes);
    if LogState::parse(&row.state) == Some(LogState::Draft) {
        return Ok(Invalid::check(errors)?);
    }
    // Everything wrong is reported at once, so the coach fixes the form in one round.
    errors.extend(coaching_log::check_complete(&f, program.today));
    let assignments: Vec<(Date, Option<Date>)> = enrollments::assignments(c, &e.id)?
        .into_iter()
        .filter(|(a, _)| a.coach_id == row.coach_id)
        .map(|(a, _)| (a.start_date, a.end_date))
        .collect();
    let others: Vec<coaching_log::Session> = match row.meeting_date {
        Some(day) => logs::sessions_on(c, &row.candidate_id, day, &row.id)?
            .into_iter()
            .map(|(s, d)| coaching_log::Session { date: day, start_minute: s as u32, duration_minutes: d as u32 })
            .collect(),
        None => Vec::new(),
    };
    let context = coaching_log::Context { enrollment_start: e.start_date, assignments: &assignments, others: &others };
    if let Err(more) = coaching_log::check_against(&f, &context) {
        let fresh: Vec<_> = more.0.into_iter().filter(|m| !errors.iter().any(|x| x.field == m.field)).collect();
        errors.extend(fresh);
    }
    Ok(Invalid::check(errors)?)
}

/// The log as the API shows it, with the people it names; those in `known` (loaded with the
/// log) are not looked up again.
pub(crate) fn view(c: &mut DbConnection, row: &LogRow, known: &[UserRef]) -> Result<CoachingLog, ApiError> {
    let mut people = known.to_vec();
    for id in [Some(row.candidate_id.as_str()), Some(row.coach_id.as_str()), row.acknowledged_by.as_deref()]
        .into_iter()
        .flatten()
    {
        if !people.iter().any(|p| p.id.to_string() == id) {
            people.push(users::ref_of(c, id)?);
        }
    }
    Ok(to_dto(row, &people))
}

pub(crate) fn to_dto(row: &LogRow, people: &[UserRef]) -> CoachingLog {
    let person = |id: &str| {
        people.iter().find(|u| u.id.to_string() == id).cloned().unwrap_or_else(|| UserRef {
            id: id.parse().unwrap_or_default(),
            display_name: String::new(),
            username: String::new(),
            email: String::new(),
        })
    };
    CoachingLog {
        id: row.id.parse().unwrap_or_default(),
        program_id: row.program_id.parse().unwrap_or_default(),
        enrollment_id: row.enrollment_id.parse().unwrap_or_default(),
        candidate: person(&row.candidate_id),
        coach: person(&row.coach_id),
        state: LogState::parse(&row.state).unwrap_or(LogState::Draft),
        meeting_date: row.meeting_date,
        start_time: row.start_minute.map(|m| format_clock(m as u32)),
        duration_minutes: row.duration_minutes.map(|d| d.max(0) as u32),
        mode: row.mode.as_deref().and_then(LogMode::parse),
        activity_codes: json_list(&row.activity_codes),
        standards: json_list(&row.standards),
        focus: row.focus.clone(),
        candidate_next_steps: row.candidate_next_steps.clone(),
        coach_next_steps: row.coach_next_steps.clone(),
        ilp_revisions: row.ilp_revisions.clone(),
        next_meeting_date: row.next_meeting_date,
        next_meeting_time: row.next_meeting_minute.map(|m| format_clock(m as u32)),
        follow_up_done: row.follow_up_done,
        submitted_at: row.submitted_at.map(|t| t.assume_utc()),
        acknowledged_at: row.acknowledged_at.map(|t| t.assume_utc()),
        acknowledged_by: row.acknowledged_by.as_deref().map(person),
        acknowledgement_comment: row.acknowledgement_comment.clone(),
        returned_at: row.returned_at.map(|t| t.assume_utc()),
        return_reason: row.return_reason.clone(),
        version: row.version,
        created_at: row.created_at.assume_utc(),
        updated_at: row.updated_at.assume_utc(),
    }
}

/// A log as loaded for a request: with its enrollment, the people it names, and how the
/// current user relates to it.
pub(crate) struct Loaded {
    pub row: LogRow,
    pub enrollment: EnrollmentRow,
    pub people: [UserRef; 2],
    pub access: EnrollmentAccess,
}

/// Loads a log for `me`; 404 when out of scope.
pub(crate) fn load(c: &mut DbConnection, me: &CurrentUser, id: &str) -> Result<Loaded, ApiError> {
    let (row, e, candidate, coach) =
        logs::find_with_enrollment(c, id).map_err(|_| ApiError::not_found("coaching log"))?;
    let access = EnrollmentAccess::load(c, me, &e).map_err(|_| ApiError::not_found("coaching log"))?;
    if access == EnrollmentAccess::FormerCoach && !coached_when(c, &e, &row, me)? {
        // A former coach sees the logs of the time they coached, not their successor's.
        return Err(ApiError::not_found("coaching log"));
    }
    Ok(Loaded { row, enrollment: e, people: [candidate, coach], access })
}

fn coached_when(c: &mut DbConnection, e: &EnrollmentRow, row: &LogRow, me: &CurrentUser) -> Result<bool, ApiError> {
    Ok(row.coach_id == me.id()
        || enrollments::assignments(c, &e.id)?.iter().any(|(a, _)| {
            a.coach_id == me.id()
                && row.meeting_date.is_some_and(|d| a.start_date <= d && a.end_date.is_none_or(|end| d <= end))
        }))
}

/// What a log is checked against: the program's settings, and its date today ("not in the
/// future" is the program's calendar, not the server's).
pub(crate) struct ProgramRules {
    pub settings: RequirementSettings,
    pub today: Date,
}

pub(crate) fn rules_of(c: &mut DbConnection, program_id: &str) -> Result<ProgramRules, ApiError> {
    let p = programs::find(c, program_id)?;
    Ok(ProgramRules { today: crate::clock::today_in(&p.time_zone), settings: p.settings()? })
}

/// Records that `me` read these logs' text.
pub(crate) fn audit_reads(reads: &ReadAudit, me: &CurrentUser, rows: &[&LogRow]) {
    reads.record(
        rows.iter()
            .map(|r| {
                audit::row(audit::Entry {
                    actor_id: Some(me.id()),
                    program_id: Some(&r.program_id),
                    action: "coaching_log.read",
                    entity: "coaching_log",
                    entity_id: &r.id,
                    before: None,
                    after: None,
                })
            })
            .collect(),
    );
}

/// Records a change to a log: the state it moved to, never its text (the revisions keep that).
pub(crate) fn audit_change(
    c: &mut DbConnection,
    me: &CurrentUser,
    row: &LogRow,
    action: &str,
    fields: &[&str],
) -> Result<(), ApiError> {
    audit::record(
        c,
        audit::Entry {
            actor_id: Some(me.id()),
            program_id: Some(&row.program_id),
            action,
            entity: "coaching_log",
            entity_id: &row.id,
            before: None,
            after: Some(serde_json::json!({"state": row.state, "version": row.version, "changed_fields": fields})),
        },
    )?;
    Ok(())
}

/// Keeps the log as it was before a change, once anyone has signed it.
pub(crate) fn keep_revision(
    c: &mut DbConnection,
    me: &CurrentUser,
    before: &LogRow,
    action: &str,
    fields: &[&str],
) -> Result<(), ApiError> {
    let snapshot = view(c, before, &[])?;
    logs::add_revision(
        c,
        &logs::RevisionRow {
            id: coachfolio_persistence::new_id(),
            log_id: before.id.clone(),
            version: before.version,
            at: coachfolio_persistence::now(),
            by_id: me.id().to_string(),
            action: action.into(),
            changed_fields: serde_json::to_string(fields).unwrap_or_default(),
            before_json: serde_json::to_string(&snapshot).map_err(|e| ApiError::Internal(e.to_string()))?,
        },
    )?;
    Ok(())
}

/// Writes a versioned change, answering 412 with the stored log when it moved on meanwhile.
pub(crate) fn save(c: &mut DbConnection, row: &mut LogRow, expected: i32) -> Result<(), ApiError> {
    row.version = expected + 1;
    row.updated_at = coachfolio_persistence::now();
    if !logs::update(c, row, expected)? {
        let current = logs::find(c, &row.id)?;
        return Err(crate::routes::stale(current.version, &view(c, &current, &[])?));
    }
    Ok(())
}

/// 412 unless the client's If-Match is the stored version.
pub(crate) fn check_version(
    c: &mut DbConnection,
    if_match: crate::etag::IfMatch,
    row: &LogRow,
) -> Result<(), ApiError> {
    if if_match.0 != row.version {
        return Err(crate::routes::stale(row.version, &view(c, row, &[])?));
    }
    Ok(())
}
