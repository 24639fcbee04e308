//! The collaborative coaching log: its vocabulary, its flow and the rules on its fields.

use crate::ids::UserId;
use crate::settings::ActivityCode;
use crate::text_enum::text_enum;
use crate::validation::{FieldError, Invalid};
use time::{Date, PrimitiveDateTime};

text_enum! {
    /// How the session was held: face to face, or one of the "system of support" modes.
    LogMode {
        FaceToFace = "face_to_face",
        Phone = "phone",
        Video = "video",
        Email = "email",
        Text = "text",
    }
}

impl LogMode {
    pub fn is_face_to_face(self) -> bool {
        self == LogMode::FaceToFace
    }
}

text_enum! {
    /// Draft (the coach is writing) → submitted (the coach signed) → acknowledged (the candidate
    /// signed: verified). A coordinator may return a submitted or acknowledged log to the coach.
    LogState {
        Draft = "draft",
        Submitted = "submitted",
        Acknowledged = "acknowledged",
        Returned = "returned",
    }
}

impl LogState {
    pub fn can_submit(self) -> bool {
        matches!(self, LogState::Draft | LogState::Returned)
    }
    pub fn can_acknowledge(self) -> bool {
        self == LogState::Submitted
    }
    pub fn can_return(self) -> bool {
        matches!(self, LogState::Submitted | LogState::Acknowledged)
    }
    /// An edit keeps a revision once someone has signed.
    pub fn keeps_revisions(self) -> bool {
        matches!(self, LogState::Submitted | LogState::Acknowledged | LogState::Returned)
    }
}

/// Who signed a log and when: the part of a log its flow changes. Each step is a function
/// from one flow to the next, or the rule that refuses it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogFlow {
    pub state: LogState,
    /// The coach who writes and signs the log.
    pub coach_id: UserId,
    pub submitted_at: Option<PrimitiveDateTime>,
    pub acknowledged_at: Option<PrimitiveDateTime>,
    pub acknowledged_by: Option<UserId>,
    pub acknowledgement_comment: Option<String>,
    pub returned_at: Option<PrimitiveDateTime>,
    pub returned_by: Option<UserId>,
    pub return_reason: Option<String>,
}

pub use crate::step::Refused;

/// The coaching log's steps: the coach edits and submits (their signature), the candidate
/// acknowledges (theirs, with a comment), a coordinator returns it to the coach (with why).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LogStep {
    Edited,
    Submitted,
    Acknowledged { comment: Option<String> },
    Returned { reason: String },
}

impl crate::step::Step for LogStep {
    fn name(&self) -> &'static str {
        match self {
            LogStep::Edited => "edited",
            LogStep::Submitted => "submitted",
            LogStep::Acknowledged { .. } => "acknowledged",
            LogStep::Returned { .. } => "returned",
        }
    }
}

impl LogFlow {
    /// The flow after `step` taken by `by` at `at`. An edit changes it only when the log
    /// `changed`: an acknowledged log that changes must be acknowledged again.
    pub fn after(&self, step: &LogStep, by: UserId, at: PrimitiveDateTime, changed: bool) -> Result<LogFlow, Refused> {
        match step {
            LogStep::Edited if changed => Ok(self.edited()),
            LogStep::Edited => Ok(self.clone()),
            LogStep::Submitted => self.submit(by, at),
            LogStep::Acknowledged { comment } => self.acknowledge(by, at, comment.clone()),
            LogStep::Returned { reason } => self.return_to_coach(by, at, reason.clone()),
        }
    }

    /// A new draft by `coach`.
    pub fn draft(coach: UserId) -> LogFlow {
        LogFlow {
            state: LogState::Draft,
            coach_id: coach,
            submitted_at: None,
            acknowledged_at: None,
            acknowledged_by: None,
            acknowledgement_comment: None,
            returned_at: None,
            returned_by: None,
            return_reason: None,
        }
    }

    /// The coach's signature. A returned log is signed again by whoever coaches now.
    pub fn submit(&self, coach: UserId, at: PrimitiveDateTime) -> Result<LogFlow, Refused> {
        if !self.state.can_submit() {
            return Err(Refused(format!("a {} log cannot be submitted again", self.state)));
        }
        Ok(LogFlow {
            state: LogState::Submitted,
            coach_id: coach,
            submitted_at: Some(at),
            returned_at: None,
            returned_by: None,
            return_reason: None,
            ..self.clone()
        })
    }

    /// The candidate's signature: with the coach's, the log is verified.
    pub fn acknowledge(
        &self,
        candidate: UserId,
        at: PrimitiveDateTime,
        comment: Option<String>,
    ) -> Result<LogFlow, Refused> {
        if !self.state.can_acknowledge() {
            return Err(Refused(format!("a {} log cannot be acknowledged", self.state)));
        }
        Ok(LogFlow {
            state: LogState::Acknowledged,
            acknowledged_at: Some(at),
            acknowledged_by: Some(candidate),
            acknowledgement_comment: comment,
            ..self.clone()
        })
    }

    /// A coordinator sends a signed log back for correcting; its hours stop counting.
    pub fn return_to_coach(&self, by: UserId, at: PrimitiveDateTime, reason: String) -> Result<LogFlow, Refused> {
        if !self.state.can_return() {
            return Err(Refused(format!("a {} log cannot be returned", self.state)));
        }
        Ok(LogFlow {
            state: LogState::Returned,
            returned_at: Some(at),
            returned_by: Some(by),
            return_reason: Some(reason),
            ..self.without_acknowledgement()
        })
    }

    /// After the coach changes a log: an acknowledged one needs the candidate's signature again.
    pub fn edited(&self) -> LogFlow {
        match self.state {
            LogState::Acknowledged => LogFlow { state: LogState::Submitted, ..self.without_acknowledgement() },
            _ => self.clone(),
        }
    }

    fn without_acknowledgement(&self) -> LogFlow {
        LogFlow { acknowledged_at: None, acknowledged_by: None, acknowledgement_comment: None, ..self.clone() }
    }
}

/// A session may last at most this long (minutes): anything more is a typing mistake.
pub const MAX_DURATION_MINUTES: u32 = 12 * 60;
pub const MAX_TEXT: usize = 20_000;

/// "HH:MM" → minutes after midnight.
pub fn parse_clock(s: &str) -> Option<u32> {
    let (h, m) = s.trim().split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// Minutes after midnight → "HH:MM".
pub fn format_clock(minutes: u32) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// The fields of a log as they stand, for checking.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LogFields {
    pub meeting_date: Option<Date>,
    pub start_minute: Option<u32>,
    pub duration_minutes: Option<u32>,
    pub mode: Option<LogMode>,
    pub activity_codes: Vec<String>,
    pub standards: Vec<u8>,
    pub texts: Vec<(&'static str, String)>,
}

/// Rules every saved log meets, draft or not: what is filled in must make sense.
pub fn check_fields(f: &LogFields, codes: &[ActivityCode]) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if let Some(d) = f.duration_minutes {
        if d == 0 || d > MAX_DURATION_MINUTES {
            errors.push(FieldError::new("duration_minutes", "must be more than 0 and at most 12 hours (720 minutes)"));
        }
    }
    if let Some(s) = f.standards.iter().find(|s| !(1..=6).contains(*s)) {
        errors.push(FieldError::new("standards", format!("{s} is not a CPSEL standard (1–6)")));
    }
    if has_duplicates(&f.standards) {
        errors.push(FieldError::new("standards", "lists a standard twice"));
    }
    if let Some(c) = f.activity_codes.iter().find(|c| !codes.iter().any(|a| &a.code == *c)) {
        errors.push(FieldError::new("activity_codes", format!("{c} is not one of the program's activity codes")));
    }
    if has_duplicates(&f.activity_codes) {
        errors.push(FieldError::new("activity_codes", "lists an activity twice"));
    }
    for (field, text) in &f.texts {
        if text.chars().count() > MAX_TEXT {
            errors.push(FieldError::new(*field, format!("must be at most {MAX_TEXT} characters")));
        }
    }
    errors
}

fn has_duplicates<T: PartialEq>(v: &[T]) -> bool {
    v.iter().enumerate().any(|(i, x)| v[..i].contains(x))
}

/// What a submitted log must have, beyond [`check_fields`].
pub fn check_complete(f: &LogFields, today: Date) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let missing = |field: &str| FieldError::new(field, "is required to submit the log");
    match f.meeting_date {
        None => errors.push(missing("meeting_date")),
        Some(d) if d > today => errors.push(FieldError::new("meeting_date", "cannot be in the future")),
        Some(_) => {}
    }
    if f.start_minute.is_none() {
        errors.push(missing("start_time"));
    }
    if f.duration_minutes.is_none() {
        errors.push(missing("duration_minutes"));
    }
    if f.mode.is_none() {
        errors.push(missing("mode"));
    }
    errors
}

/// A session of the same candidate already logged, for the overlap rule.
#[derive(Debug, Clone, Copy)]
pub struct Session {
    pub date: Date,
    pub start_minute: u32,
    pub duration_minutes: u32,
}

impl Session {
    fn end(self) -> u32 {
        self.start_minute + self.duration_minutes
    }

    /// Two sessions overlap when their times intersect on the same day; touching ends do not.
    pub fn overlaps(self, other: Session) -> bool {
        self.date == other.date && self.start_minute < other.end() && other.start_minute < self.end()
    }
}

/// The relational rules of a submitted log, given what the database knows.
pub struct Context<'a> {
    pub enrollment_start: Date,
    /// The coach's assignment periods to this candidate: (start, end).
    pub assignments: &'a [(Date, Option<Date>)],
    pub others: &'a [Session],
}

pub fn check_against(f: &LogFields, ctx: &Context<'_>) -> Result<(), Invalid> {
    let mut errors = Vec::new();
    if let Some(date) = f.meeting_date {
        if date < ctx.enrollment_start {
            errors.push(FieldError::new("meeting_date", "is before the candidate's enrollment started"));
        } else if !ctx.assignments.iter().any(|(s, e)| *s <= date && e.is_none_or(|e| date <= e)) {
            errors
                .push(FieldError::new("meeting_date", "the coach was not the candidate's assigned coach on this date"));
        }
        if let (Some(start), Some(duration)) = (f.start_minute, f.duration_minutes) {
            let this = Session { date, start_minute: start, duration_minutes: duration };
            if start + duration > 24 * 60 {
                errors.push(FieldError::new("duration_minutes", "the session must end on the meeting date"));
            }
            if let Some(o) = ctx.others.iter().find(|o| o.overlaps(this)) {
                errors.push(FieldError::new(
                    "start_time",
                    format!(
                        "overlaps another session of this candidate ({}–{})",
                        format_clock(o.start_minute),
                        format_clock(o.end())
                    ),
                ));
            }
        }
    }
    Invalid::check(errors)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn complete() -> LogFields {
        LogFields {
            meeting_date: Some(date!(2026 - 10 - 05)),
            start_minute: Some(15 * 60),
            duration_minutes: Some(90),
            mode: Some(LogMode::FaceToFace),
            activity_codes: vec!["A".into()],
            standards: vec![1, 2],
            texts: vec![],
        }
    }

    fn fields(errors: Vec<FieldError>) -> Vec<String> {
        errors.into_iter().map(|e| e.field).collect()
    }

    #[test]
    fn clock_times_parse_and_format() {
        assert_eq!(parse_clock("14:30"), Some(870));
        assert_eq!(parse_clock("24:00"), None);
        assert_eq!(parse_clock("9:30"), None);
        assert_eq!(format_clock(870), "14:30");
    }

    #[test]
    fn impossible_durations_standards_and_codes_are_named() {
        let codes = ActivityCode::handbook();
        let mut f = complete();
        f.duration_minutes = Some(20 * 60);
        f.standards = vec![7];
        f.activity_codes = vec!["Z".into()];
        assert_eq!(fields(check_fields(&f, &codes)), ["duration_minutes", "standards", "activity_codes"]);
        f.duration_minutes = Some(0);
        assert!(fields(check_fields(&f, &codes)).contains(&"duration_minutes".to_string()));
        assert!(check_fields(&complete(), &codes).is_empty());
    }

    #[test]
    fn a_submitted_log_is_complete_and_not_in_the_future() {
        assert_eq!(
            fields(check_complete(&LogFields::default(), date!(2026 - 11 - 22))),
            ["meeting_date", "start_time", "duration_minutes", "mode"]
        );
        let mut f = complete();
        f.meeting_date = Some(date!(2026 - 11 - 23));
        assert_eq!(fields(check_complete(&f, date!(2026 - 11 - 22))), ["meeting_date"]);
    }

    #[test]
    fn the_coach_must_be_assigned_on_the_meeting_date() {
        let f = complete();
        let ctx = |a: &'static [(Date, Option<Date>)]| Context {
            enrollment_start: date!(2025 - 09 - 01),
            assignments: a,
            others: &[],
        };
        assert!(check_against(&f, &ctx(&[(date!(2025 - 09 - 01), None)])).is_ok());
        assert!(check_against(&f, &ctx(&[(date!(2025 - 09 - 01), Some(date!(2026 - 06 - 30)))])).is_err());
        assert!(check_against(&f, &ctx(&[(date!(2026 - 10 - 06), None)])).is_err());
        let before = Context {
            enrollment_start: date!(2026 - 10 - 06),
            assignments: &[(date!(2025 - 09 - 01), None)],
            others: &[],
        };
        assert_eq!(check_against(&f, &before).unwrap_err().0[0].field, "meeting_date");
    }

    #[test]
    fn overlapping_sessions_are_refused_but_touching_ones_are_not() {
        let f = complete(); // 15:00–16:30
        let assigned = [(date!(2025 - 09 - 01), None)];
        let with = |others: &[Session]| {
            check_against(&f, &Context { enrollment_start: date!(2025 - 09 - 01), assignments: &assigned, others })
                .map_err(|e| e.0[0].field.clone())
        };
        let s = |start: u32, d: u32| Session { date: date!(2026 - 10 - 05), start_minute: start, duration_minutes: d };
        assert_eq!(with(&[s(16 * 60, 60)]), Err("start_time".into()));
        assert_eq!(with(&[s(14 * 60, 61)]), Err("start_time".into()));
        assert_eq!(with(&[s(16 * 60 + 30, 60)]), Ok(()));
        assert_eq!(with(&[s(14 * 60, 60)]), Ok(()));
        let other_day = Session { date: date!(2026 - 10 - 06), start_minute: 15 * 60, duration_minutes: 90 };
        assert_eq!(with(&[other_day]), Ok(()));
    }

    #[test]
    fn the_flow_signs_and_returns() {
        let (coach, candidate, coordinator) = (UserId::new(), UserId::new(), UserId::new());
        let at = time::macros::datetime!(2026-10-05 16:00);
        let draft = LogFlow::draft(coach);
        assert!(draft.acknowledge(candidate, at, None).is_err(), "a draft is not signed yet");
        assert!(draft.return_to_coach(coordinator, at, "x".into()).is_err());
        let submitted = draft.submit(coach, at).unwrap();
        assert_eq!((submitted.state, submitted.submitted_at), (LogState::Submitted, Some(at)));
        assert!(submitted.submit(coach, at).is_err(), "signed once");
        let acknowledged = submitted.acknowledge(candidate, at, Some("thanks".into())).unwrap();
        assert_eq!(acknowledged.acknowledged_by, Some(candidate));
        let edited = acknowledged.edited();
        assert_eq!((edited.state, edited.acknowledged_by), (LogState::Submitted, None));
        assert_eq!(submitted.edited(), submitted, "a submitted log stays submitted");
        let returned = acknowledged.return_to_coach(coordinator, at, "wrong date".into()).unwrap();
        assert_eq!(returned.state, LogState::Returned);
        assert_eq!(returned.acknowledged_at, None, "a returned log needs both signatures again");
        let resubmitted = returned.submit(coach, at).unwrap();
        assert_eq!((resubmitted.state, resubmitted.return_reason), (LogState::Submitted, None));
    }
}
