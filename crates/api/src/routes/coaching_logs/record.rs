//! The coaching log as a record of the kernel: loading it for a caller, what they may do with
//! it, the rules it is checked against, and how it is shown and audited.

use super::json::{CoachingLog, LogActions, LogFieldsBody};
use crate::attachable::{Attachable, Support};
use crate::capabilities::{EnrollmentAccess, EnrollmentPermission, Reach};
use crate::current_user::CurrentUser;
use crate::error::{ApiError, OrNotFound};
use crate::kernel::{Loaded, Moving, Record};
use crate::notify::Notice;
use coachfolio_domain::coaching_log::{self, format_clock, parse_clock, LogFields, LogState, LogStep};
use coachfolio_domain::ids::{LogId, ProgramId, UserId};
use coachfolio_domain::notification::NoticeKind;
use coachfolio_domain::settings::RequirementSettings;
use coachfolio_domain::user::UserRef;
use coachfolio_domain::{FieldError, Invalid};
use coachfolio_persistence::coaching_logs::{self as logs, LogForm, LogRow};
use coachfolio_persistence::documents::DocumentForm;
use coachfolio_persistence::enrollments::{self, EnrollmentRow};
use coachfolio_persistence::{programs, users, DbConnection, Found, Json};
use serde_json::{json, Value};
use time::Date;

/// The coaching log kind.
pub(crate) struct Log;

/// What a log is shown and checked with: who asks and how they relate to the candidate, the
/// enrollment, and the people loaded with the log (not looked up again).
pub(crate) struct LogContext {
    pub me: UserId,
    pub access: EnrollmentAccess,
    pub enrollment: EnrollmentRow,
    pub people: Vec<UserRef>,
}

impl Record for Log {
    type Row = LogRow;
    type Context = LogContext;
    type View = CoachingLog;
    type Step = LogStep;
    const ENTITY: &'static str = "coaching_log";
    const CONFIDENTIAL: bool = true;

    fn program_id(row: &LogRow) -> Option<ProgramId> {
        Some(row.program_id)
    }

    fn view(c: &mut DbConnection, row: &LogRow, ctx: &LogContext) -> Result<CoachingLog, ApiError> {
        let mut people = ctx.people.clone();
        for id in [Some(row.candidate_id), Some(row.coach_id()), row.signed.acknowledged_by].into_iter().flatten() {
            if !people.iter().any(|p| p.id == id.uuid()) {
                people.push(users::ref_of(c, id)?);
            }
        }
        Ok(to_json(row, &people, ctx.can(row)))
    }

    /// The state a log moved to, never its text (the revisions keep that).
    fn audited(_: &CoachingLog, after: &CoachingLog, changed: &[&str]) -> (Option<Value>, Option<Value>) {
        (None, Some(json!({"state": after.state, "version": after.version, "changed_fields": changed})))
    }

    /// The flow `LogFlow::after` gives: the signatures, and an acknowledged log edited back to
    /// submitted.
    fn advance(row: &mut LogRow, step: &LogStep, m: &Moving<'_>) -> Result<Vec<&'static str>, ApiError> {
        let next = row.flow().after(step, m.by, m.at, m.changed)?;
        if next == row.flow() {
            return Ok(Vec::new());
        }
        let state = next.state != row.state();
        row.set_flow(next);
        Ok(match step {
            LogStep::Returned { .. } => vec!["state", "return_reason"],
            _ if state => vec!["state"],
            _ => Vec::new(),
        })
    }

    /// Once anyone has signed, an edit or a return keeps the log as it read before.
    fn keeps_revision(before: &LogRow, _: &LogRow, step: &LogStep) -> bool {
        before.state().keeps_revisions() && matches!(step, LogStep::Edited | LogStep::Returned { .. })
    }

    /// A draft's autosaves are the coach's typing, not yet a record.
    fn audits_change(before: &LogRow, step: &LogStep) -> bool {
        !(before.state() == LogState::Draft && *step == LogStep::Edited)
    }

    /// A log to acknowledge (submitted, or changed after it was acknowledged) asks its
    /// candidate; a return and an acknowledgement tell its coach. The session's date only:
    /// never the log's text, which stays in the app.
    fn notices(
        _: &mut DbConnection,
        before: &LogRow,
        _: &LogRow,
        after: &CoachingLog,
        _: &LogStep,
    ) -> Result<Vec<Notice>, ApiError> {
        // Most steps are autosaves that move nothing: they tell nobody and build nothing.
        if after.state == before.state() {
            return Ok(Vec::new());
        }
        let date = after.meeting_date.map_or_else(|| "no date".to_string(), |d| d.to_string());
        let notice = |to: &UserRef, kind, title: String, body: String| Notice {
            to: UserId::from(to.id),
            program_id: before.program_id,
            kind,
            title,
            body,
            link: format!("/coaching-logs/{}", after.id),
        };
        Ok(match after.state {
            LogState::Submitted => vec![notice(
                &after.candidate,
                NoticeKind::LogSubmitted,
                format!("Coaching log of {date} to acknowledge"),
                format!(
                    "{} submitted the coaching log of your session on {date}. Read it and acknowledge it (or comment on it) in Coachfolio.",
                    after.coach.display_name
                ),
            )],
            LogState::Returned => vec![notice(
                &after.coach,
                NoticeKind::LogReturned,
                format!("Coaching log of {date} returned for correction"),
                format!("The coaching log of your session with {} on {date} was returned to you; the reason is on the log.", after.candidate.display_name),
            )],
            LogState::Acknowledged => vec![notice(
                &after.coach,
                NoticeKind::LogAcknowledged,
                format!("{} acknowledged the coaching log of {date}", after.candidate.display_name),
                format!("{} acknowledged the coaching log of your session on {date}.", after.candidate.display_name),
            )],
            LogState::Draft => Vec::new(),
        })
    }
}

impl LogContext {
    /// Writing and signing: the candidate's current coach (a former coach reads only).
    pub fn may_write(&self) -> Result<(), ApiError> {
        self.access.require(EnrollmentPermission::WriteCoachingLog)
    }

    pub fn may_acknowledge(&self) -> Result<(), ApiError> {
        self.access.require(EnrollmentPermission::AcknowledgeCoachingLog)
    }

    pub fn may_return(&self) -> Result<(), ApiError> {
        self.access.require(EnrollmentPermission::ReturnCoachingLog)
    }

    /// A draft can be thrown away by its coach; a signed log stays (a coordinator returns it).
    pub fn may_discard(&self, row: &LogRow) -> Result<(), ApiError> {
        self.access.require(EnrollmentPermission::WriteCoachingLog)?;
        if row.state() != LogState::Draft || row.coach_id() != self.me {
            return Err(ApiError::conflict("state", "only your own drafts can be discarded"));
        }
        Ok(())
    }

    /// What the caller may do now: the same checks the handlers make, and the log's state.
    pub fn can(&self, row: &LogRow) -> LogActions {
        let state = row.state();
        let write = self.may_write().is_ok();
        LogActions {
            edit: write,
            submit: write && state.can_submit(),
            acknowledge: self.may_acknowledge().is_ok() && state.can_acknowledge(),
            r#return: self.may_return().is_ok() && state.can_return(),
            discard: self.may_discard(row).is_ok(),
        }
    }

    /// Whether the caller may see this log: someone else's draft is not yet a record, and a
    /// log is within their reach by its meeting's day (a former coach's period).
    pub fn sees(&self, row: &LogRow, reach: &Reach) -> bool {
        if row.state() == LogState::Draft && row.coach_id() != self.me {
            return false;
        }
        reach.covers(row)
    }
}

/// Loads a log for `me`; 404 when out of their scope.
pub(crate) fn load(c: &mut DbConnection, me: &CurrentUser, id: LogId) -> Result<Loaded<Log>, ApiError> {
    let (row, enrollment, candidate, coach) = logs::find_with_enrollment(c, id).or_not_found("coaching log")?;
    let access = EnrollmentAccess::load(c, me, &enrollment).map_err(|_| ApiError::not_found("coaching log"))?;
    let context = LogContext { me: me.id(), access, enrollment, people: vec![candidate, coach] };
    if !context.sees(&row, &Reach::load(c, me, access, row.enrollment_id)?) {
        return Err(ApiError::not_found("coaching log"));
    }
    Ok(Loaded { row, context })
}

/// The log as the API shows it, with the people it names.
pub(crate) fn to_json(row: &LogRow, people: &[UserRef], can: LogActions) -> CoachingLog {
    let person = |id: UserId| {
        people.iter().find(|u| u.id == id.uuid()).cloned().unwrap_or_else(|| UserRef {
            id: id.uuid(),
            display_name: String::new(),
            username: String::new(),
            email: String::new(),
        })
    };
    let (f, s) = (&row.form, &row.signed);
    CoachingLog {
        id: row.id.uuid(),
        program_id: row.program_id.uuid(),
        enrollment_id: row.enrollment_id.uuid(),
        candidate: person(row.candidate_id),
        coach: person(s.coach_id),
        state: s.state,
        meeting_date: f.meeting_date,
        start_time: f.start_minute.map(|m| format_clock(m as u32)),
        duration_minutes: f.duration_minutes.map(|d| d.max(0) as u32),
        mode: f.mode,
        activity_codes: f.activity_codes.0.clone(),
        standards: f.standards.0.clone(),
        focus: f.focus.clone(),
        candidate_next_steps: f.candidate_next_steps.clone(),
        coach_next_steps: f.coach_next_steps.clone(),
        ilp_revisions: f.ilp_revisions.clone(),
        next_meeting_date: f.next_meeting_date,
        next_meeting_time: f.next_meeting_minute.map(|m| format_clock(m as u32)),
        follow_up_done: f.follow_up_done,
        submitted_at: s.submitted_at.map(|t| t.assume_utc()),
        acknowledged_at: s.acknowledged_at.map(|t| t.assume_utc()),
        acknowledged_by: s.acknowledged_by.map(person),
        acknowledgement_comment: s.acknowledgement_comment.clone(),
        returned_at: s.returned_at.map(|t| t.assume_utc()),
        return_reason: s.return_reason.clone(),
        version: row.version,
        created_at: row.created_at.assume_utc(),
        updated_at: row.updated_at.assume_utc(),
        can,
    }
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
    /// Applies the body to the form; returns the names of the fields it changed.
    pub(crate) fn apply(self, form: &mut LogForm) -> Result<Vec<&'static str>, ApiError> {
        let before = form.clone();
        let mut errors = Vec::new();
        if let Some(v) = self.meeting_date {
            form.meeting_date = v;
        }
        if let Some(v) = self.start_time {
            form.start_minute = clock("start_time", v, &mut errors);
        }
        if let Some(v) = self.duration_minutes {
            form.duration_minutes = v.map(|d| d.min(i32::MAX as u32) as i32);
        }
        if let Some(v) = self.mode {
            form.mode = v;
        }
        if let Some(v) = self.activity_codes {
            form.activity_codes = Json(v);
        }
        if let Some(v) = self.standards {
            form.standards = Json(v);
        }
        for (value, target) in [
            (self.focus, &mut form.focus),
            (self.candidate_next_steps, &mut form.candidate_next_steps),
            (self.coach_next_steps, &mut form.coach_next_steps),
            (self.ilp_revisions, &mut form.ilp_revisions),
        ] {
            if let Some(v) = value {
                *target = v;
            }
        }
        if let Some(v) = self.next_meeting_date {
            form.next_meeting_date = v;
        }
        if let Some(v) = self.next_meeting_time {
            form.next_meeting_minute = clock("next_meeting_time", v, &mut errors);
        }
        if let Some(v) = self.follow_up_done {
            form.follow_up_done = v;
        }
        Invalid::check(errors)?;
        form.derive();
        Ok(changed(&before, form))
    }
}

fn changed(a: &LogForm, b: &LogForm) -> Vec<&'static str> {
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
fn fields(form: &LogForm) -> LogFields {
    LogFields {
        meeting_date: form.meeting_date,
        start_minute: form.start_minute.map(|m| m as u32),
        duration_minutes: form.duration_minutes.map(|d| d.max(0) as u32),
        mode: form.mode,
        activity_codes: form.activity_codes.0.clone(),
        standards: form.standards.0.clone(),
        texts: vec![
            ("focus", form.focus.clone()),
            ("candidate_next_steps", form.candidate_next_steps.clone()),
            ("coach_next_steps", form.coach_next_steps.clone()),
            ("ilp_revisions", form.ilp_revisions.clone()),
        ],
    }
}

/// What a log is checked against: the program's settings, and its date today ("not in the
/// future" is the program's calendar, not the server's).
pub(crate) struct ProgramRules {
    pub settings: RequirementSettings,
    pub today: Date,
}

pub(crate) fn rules_of(c: &mut DbConnection, program_id: ProgramId) -> Result<ProgramRules, ApiError> {
    let p = programs::find(c, program_id)?;
    Ok(ProgramRules { today: crate::clock::today_in(&p.time_zone), settings: p.settings.0 })
}

/// Checks a log before it is stored: what is filled in always; everything, against the
/// enrollment, the coach's assignments and the candidate's other sessions, unless a draft.
pub(crate) fn check(
    c: &mut DbConnection,
    row: &LogRow,
    e: &EnrollmentRow,
    rules: &ProgramRules,
    signed: bool,
) -> Result<(), ApiError> {
    let f = fields(&row.form);
    let mut errors = coaching_log::check_fields(&f, &rules.settings.activity_codes);
    if !signed {
        return Ok(Invalid::check(errors)?);
    }
    // Everything wrong is reported at once, so the coach fixes the form in one round.
    errors.extend(coaching_log::check_complete(&f, rules.today));
    let assignments: Vec<(Date, Option<Date>)> = enrollments::assignments(c, e.id)?
        .into_iter()
        .filter(|(a, _)| a.coach_id == row.coach_id())
        .map(|(a, _)| (a.start_date, a.end_date))
        .collect();
    let others: Vec<coaching_log::Session> = match row.form.meeting_date {
        Some(day) => logs::sessions_on(c, row.candidate_id, day, row.id)?
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

/// A coaching log takes any evidence of the session.
impl Attachable for Log {
    const FIELD: &'static str = "coaching_log_id";
    const WHAT: &'static str = "coaching logs";

    fn named(form: &DocumentForm) -> bool {
        form.coaching_log_id.is_some()
    }

    fn support(c: &mut DbConnection, form: &DocumentForm, _: EnrollmentAccess) -> Result<Option<Support>, ApiError> {
        let Some(id) = form.coaching_log_id else { return Ok(None) };
        Ok(logs::find(c, id).found()?.map(|r| Support { enrollment_id: r.enrollment_id, takes: None, closed: None }))
    }
}
