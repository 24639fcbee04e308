//! The "what's next" list on the wire.

use coachfolio_domain::completion::CompletionItem;
use coachfolio_domain::to_do::ToDoKind;
use coachfolio_domain::user::UserRef;
use serde::Serialize;
use time::Date;
use utoipa::ToSchema;
use uuid::Uuid;

#[derive(Debug, Serialize, ToSchema)]
pub struct ToDoList {
    /// The program's today, which the due dates are measured from.
    pub as_of: Date,
    /// Overdue first, then by due date, then the rest.
    pub items: Vec<ToDo>,
}

/// One thing to do, and where it is done: `kind` names the page, `record_id` the record on it
/// (a coaching log, an ILP, an event, a follow-up) and `enrollment_id` the candidate's pages.
/// Completion forms to confirm or sign name each candidate, up to ten; beyond that one item
/// without `enrollment_id` counts them (they are done from the portfolio review).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ToDo {
    pub kind: ToDoKind,
    pub enrollment_id: Option<Uuid>,
    /// The candidate it is about, when it is not the caller's own enrollment.
    pub candidate: Option<UserRef>,
    pub record_id: Option<Uuid>,
    /// What it is about, in words ("Beginning reflection", "1 h 30 of 2 h logged in 2026-12").
    pub detail: String,
    pub due_on: Option<Date>,
    pub overdue: bool,
    /// How many (logs, steps, requests, items, candidates) it stands for.
    #[schema(minimum = 1)]
    pub count: u32,
    /// The completion items it names (missing, or to confirm).
    pub items: Vec<CompletionItem>,
}

impl ToDo {
    pub fn new(kind: ToDoKind, detail: impl Into<String>) -> ToDo {
        ToDo {
            kind,
            enrollment_id: None,
            candidate: None,
            record_id: None,
            detail: detail.into(),
            due_on: None,
            overdue: false,
            count: 1,
            items: Vec::new(),
        }
    }

    /// About `enrollment`, of `candidate` unless the caller's own.
    pub fn of(mut self, enrollment: Uuid, candidate: Option<&UserRef>) -> ToDo {
        self.enrollment_id = Some(enrollment);
        self.candidate = candidate.cloned();
        self
    }

    pub fn record(mut self, id: Uuid) -> ToDo {
        self.record_id = Some(id);
        self
    }

    /// Due on `day`, overdue once `today` is past it.
    pub fn due(mut self, day: Date, today: Date) -> ToDo {
        self.due_on = Some(day);
        self.overdue = day < today;
        self
    }

    pub fn count(mut self, n: u32) -> ToDo {
        self.count = n.max(1);
        self
    }

    pub fn items(mut self, items: Vec<CompletionItem>) -> ToDo {
        self.items = items;
        self
    }
}
