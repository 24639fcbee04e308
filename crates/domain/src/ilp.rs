//! The Individual Leadership Plan: the candidate's plan, written with their coach, its action
//! steps, its flow (draft → active → completed) and the completion rule that all six standards
//! are addressed across a candidate's ILPs.

use crate::standards::cpsel;
use crate::text_enum::text_enum;
use crate::validation::{FieldError, Invalid};
use serde::{Deserialize, Serialize};
use time::Date;
use utoipa::ToSchema;

text_enum! {
    /// Draft (being written) → active (being carried out) → completed (every step attained,
    /// the reflective summary written).
    IlpStatus {
        Draft = "draft",
        Active = "active",
        Completed = "completed",
    }
}

text_enum! {
    /// The handbook's "IN PROGRESS or ATTAINED".
    StepStatus {
        InProgress = "in_progress",
        Attained = "attained",
    }
}

/// Texts of an ILP are long reflections; a step's short fields are a line or a paragraph.
pub const MAX_TEXT: usize = 20_000;
pub const MAX_STEPS: usize = 50;

/// One action step of the plan, repeated as the handbook's form repeats it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ActionStep {
    /// Stable within its ILP, so comments can point at the step.
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
    /// The action step.
    #[schema(max_length = 20000)]
    pub step: String,
    #[schema(max_length = 20000)]
    pub people_involved: String,
    #[schema(max_length = 20000)]
    pub resources: String,
    pub due_date: Option<Date>,
    pub status: StepStatus,
    /// "Describe your learning and insights from your action steps."
    #[schema(max_length = 20000)]
    pub summary_of_learning: String,
}

/// The plan's content, as the handbook's form has it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IlpContent {
    pub standards: Vec<u8>,
    /// Elements such as "2B", optional.
    pub elements: Vec<String>,
    pub focus: String,
    pub smart_goal: String,
    pub steps: Vec<ActionStep>,
    pub pl_helped: Option<bool>,
    pub pl_explanation: String,
    pub reflective_summary: String,
}

/// The dates a step may be due within: the enrollment's start and, unless extended, the end of
/// its last program year.
#[derive(Debug, Clone, Copy)]
pub struct Window {
    pub start: Date,
    pub end: Option<Date>,
}

fn has_duplicates<T: PartialEq>(v: &[T]) -> bool {
    v.iter().enumerate().any(|(i, x)| v[..i].contains(x))
}

/// Rules every saved ILP meets, draft or not: what is filled in must make sense.
pub fn check_fields(c: &IlpContent, window: Window) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if let Some(s) = c.standards.iter().find(|s| !(1..=6).contains(*s)) {
        errors.push(FieldError::new("standards", format!("{s} is not a CPSEL standard (1–6)")));
    } else if has_duplicates(&c.standards) {
        errors.push(FieldError::new("standards", "lists a standard twice"));
    }
    if let Some(e) = c.elements.iter().find(|e| cpsel().element(e).is_none()) {
        errors.push(FieldError::new("elements", format!("{e} is not a CPSEL element (1A–6C)")));
    } else if has_duplicates(&c.elements) {
        errors.push(FieldError::new("elements", "lists an element twice"));
    } else if let Some(e) = c.elements.iter().find(|e| !c.standards.iter().any(|s| e.starts_with(&s.to_string()))) {
        errors.push(FieldError::new("elements", format!("{e} belongs to a standard the plan does not address")));
    }
    for (field, text) in [
        ("focus", &c.focus),
        ("smart_goal", &c.smart_goal),
        ("pl_explanation", &c.pl_explanation),
        ("reflective_summary", &c.reflective_summary),
    ] {
        if text.chars().count() > MAX_TEXT {
            errors.push(FieldError::new(field, format!("must be at most {MAX_TEXT} characters")));
        }
    }
    if c.steps.len() > MAX_STEPS {
        errors.push(FieldError::new("steps", format!("at most {MAX_STEPS} action steps")));
    }
    if has_duplicates(&c.steps.iter().map(|s| s.id).collect::<Vec<_>>()) {
        errors.push(FieldError::new("steps", "two steps have the same id"));
    }
    for (i, s) in c.steps.iter().enumerate() {
        for (name, text) in [
            ("step", &s.step),
            ("people_involved", &s.people_involved),
            ("resources", &s.resources),
            ("summary_of_learning", &s.summary_of_learning),
        ] {
            if text.chars().count() > MAX_TEXT {
                errors.push(FieldError::new(
                    format!("steps[{i}].{name}"),
                    format!("must be at most {MAX_TEXT} characters"),
                ));
            }
        }
        // A step due after the program's end is allowed (the handbook's own examples have
        // them) and shown with a warning (`due_after_end`); before its start it is a mistake.
        if s.due_date.is_some_and(|due| due < window.start) {
            errors.push(FieldError::new(format!("steps[{i}].due_date"), "is before the enrollment started"));
        }
    }
    errors
}

/// The steps due after the end of the enrollment's last program year: kept, with a warning.
pub fn due_after_end(c: &IlpContent, window: Window) -> Vec<uuid::Uuid> {
    let Some(end) = window.end else { return Vec::new() };
    c.steps.iter().filter(|s| s.due_date.is_some_and(|d| d > end)).map(|s| s.id).collect()
}

/// What an active plan must have: standards, its focus and goal, and at least one step with
/// its text.
pub fn check_active(c: &IlpContent) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let missing = |field: &str| FieldError::new(field, "is required before the plan is put into action");
    if c.standards.is_empty() {
        errors.push(FieldError::new("standards", "name at least one standard the plan addresses"));
    }
    if c.focus.trim().is_empty() {
        errors.push(missing("focus"));
    }
    if c.smart_goal.trim().is_empty() {
        errors.push(missing("smart_goal"));
    }
    if c.steps.is_empty() {
        errors.push(FieldError::new("steps", "add at least one action step"));
    }
    for (i, s) in c.steps.iter().enumerate() {
        if s.step.trim().is_empty() {
            errors.push(FieldError::new(format!("steps[{i}].step"), "describe the action step"));
        }
    }
    errors
}

/// What a completed plan must have, beyond an active one's: every step attained, the
/// reflective summary, and the explanation when professional learning helped.
pub fn check_complete(c: &IlpContent) -> Vec<FieldError> {
    let mut errors = check_active(c);
    for (i, s) in c.steps.iter().enumerate() {
        if s.status != StepStatus::Attained {
            errors.push(FieldError::new(format!("steps[{i}].status"), "is not attained yet"));
        }
    }
    if c.reflective_summary.trim().is_empty() {
        errors.push(FieldError::new("reflective_summary", "is required to complete the plan"));
    }
    match c.pl_helped {
        None => errors.push(FieldError::new("pl_helped", "say whether professional learning helped")),
        Some(true) if c.pl_explanation.trim().is_empty() => {
            errors.push(FieldError::new("pl_explanation", "say what professional learning it was and how it helped"))
        }
        Some(_) => {}
    }
    errors
}

crate::step::steps! {
    /// An ILP's steps: the candidate and their coach write it, put it into action, complete it;
    /// a completed plan is put into action again to record more.
    IlpStep {
        Edited = "edited",
        Activated = "activated",
        Completed = "completed",
    }
}

impl IlpStatus {
    /// The status after `step` for a plan of `content`, or why not (naming what is missing).
    pub fn after(self, step: IlpStep, content: &IlpContent) -> Result<IlpStatus, Invalid> {
        match step {
            IlpStep::Edited => Ok(self),
            IlpStep::Activated => self.change_to(IlpStatus::Active, content),
            IlpStep::Completed => self.change_to(IlpStatus::Completed, content),
        }
    }

    /// The status this one becomes, or why not: a plan is activated from a draft and completed
    /// from active; a completed plan is reopened (active) to record more.
    pub fn change_to(self, to: IlpStatus, content: &IlpContent) -> Result<IlpStatus, Invalid> {
        use IlpStatus::*;
        let errors = match (self, to) {
            (Draft, Active) | (Completed, Active) => check_active(content),
            (Active, Completed) => check_complete(content),
            _ => return Err(Invalid::field("status", format!("a {self} plan cannot become {to}"))),
        };
        Invalid::check(errors).map(|()| to)
    }
}

/// Which standards a candidate's plans address, and whether every step is attained.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct Coverage {
    /// Standards (1–6) addressed by at least one plan that is not a draft.
    pub addressed: Vec<u8>,
    pub missing: Vec<u8>,
    pub plans: u32,
    pub completed_plans: u32,
    pub steps: u32,
    pub steps_attained: u32,
    /// The completion checklist's two ILP items.
    pub all_standards_addressed: bool,
    pub all_steps_attained: bool,
}

/// Coverage over a candidate's plans (status and content each); drafts do not count yet.
pub fn coverage<'a>(plans: impl IntoIterator<Item = (IlpStatus, &'a IlpContent)>) -> Coverage {
    let mut addressed = [false; 7];
    let (mut n, mut completed, mut steps, mut attained) = (0, 0, 0, 0);
    for (status, c) in plans.into_iter().filter(|(s, _)| *s != IlpStatus::Draft) {
        n += 1;
        completed += u32::from(status == IlpStatus::Completed);
        for s in c.standards.iter().filter(|s| (1..=6).contains(*s)) {
            addressed[usize::from(*s)] = true;
        }
        steps += c.steps.len() as u32;
        attained += c.steps.iter().filter(|s| s.status == StepStatus::Attained).count() as u32;
    }
    let (yes, no): (Vec<u8>, Vec<u8>) = (1..=6u8).partition(|s| addressed[usize::from(*s)]);
    Coverage {
        all_standards_addressed: no.is_empty(),
        all_steps_attained: n > 0 && steps == attained,
        addressed: yes,
        missing: no,
        plans: n,
        completed_plans: completed,
        steps,
        steps_attained: attained,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use time::macros::date;

    fn step(status: StepStatus) -> ActionStep {
        ActionStep {
            id: uuid::Uuid::new_v4(),
            step: "Meet with grade level chairs".into(),
            people_involved: "Administration, classroom teachers".into(),
            resources: "RTI support documents".into(),
            due_date: Some(date!(2016 - 03 - 25)),
            status,
            summary_of_learning: String::new(),
        }
    }

    fn plan() -> IlpContent {
        IlpContent {
            standards: vec![2],
            elements: vec!["2B".into()],
            focus: "The grade level MTSS lacks focus".into(),
            smart_goal: "Create time for each PLC to meet".into(),
            steps: vec![step(StepStatus::InProgress)],
            ..Default::default()
        }
    }

    const WINDOW: Window = Window { start: date!(2015 - 09 - 01), end: Some(date!(2017 - 08 - 31)) };

    fn fields(errors: Vec<FieldError>) -> Vec<String> {
        errors.into_iter().map(|e| e.field).collect()
    }

    #[test]
    fn unknown_standards_and_elements_and_dates_outside_the_enrollment_are_named() {
        let mut p = plan();
        p.standards = vec![7];
        p.elements = vec!["9Z".into()];
        p.steps[0].due_date = Some(date!(2015 - 08 - 01));
        assert_eq!(fields(check_fields(&p, WINDOW)), ["standards", "elements", "steps[0].due_date"]);
        let mut p = plan();
        p.elements = vec!["3A".into()];
        assert_eq!(fields(check_fields(&p, WINDOW)), ["elements"], "3A belongs to a standard not addressed");
        assert!(check_fields(&plan(), WINDOW).is_empty());
        let extended = Window { end: None, ..WINDOW };
        let mut late = plan();
        late.steps[0].due_date = Some(date!(2018 - 01 - 01));
        assert!(check_fields(&late, WINDOW).is_empty(), "due after the end: allowed");
        assert_eq!(due_after_end(&late, WINDOW), [late.steps[0].id], "and warned about");
        assert!(due_after_end(&late, extended).is_empty(), "an extended enrollment has no end yet");
    }

    #[test]
    fn a_plan_is_put_into_action_with_standards_a_goal_and_a_step() {
        assert_eq!(
            fields(IlpStatus::Draft.change_to(IlpStatus::Active, &IlpContent::default()).unwrap_err().0),
            ["standards", "focus", "smart_goal", "steps"]
        );
        assert_eq!(IlpStatus::Draft.change_to(IlpStatus::Active, &plan()), Ok(IlpStatus::Active));
        assert!(IlpStatus::Draft.change_to(IlpStatus::Completed, &plan()).is_err(), "no skipping");
    }

    #[test]
    fn completing_needs_every_step_attained_and_the_reflection() {
        let mut p = plan();
        p.steps.push(step(StepStatus::Attained));
        assert_eq!(
            fields(IlpStatus::Active.change_to(IlpStatus::Completed, &p).unwrap_err().0),
            ["steps[0].status", "reflective_summary", "pl_helped"]
        );
        p.steps[0].status = StepStatus::Attained;
        p.reflective_summary = "Moved from 1 to 2 on Standard 2".into();
        p.pl_helped = Some(true);
        assert_eq!(fields(IlpStatus::Active.change_to(IlpStatus::Completed, &p).unwrap_err().0), ["pl_explanation"]);
        p.pl_explanation = "MTSS training".into();
        assert_eq!(IlpStatus::Active.change_to(IlpStatus::Completed, &p), Ok(IlpStatus::Completed));
        assert_eq!(IlpStatus::Completed.change_to(IlpStatus::Active, &p), Ok(IlpStatus::Active), "reopened");
    }

    #[test]
    fn coverage_counts_plans_in_action_not_drafts() {
        let mut a = plan();
        a.standards = vec![1, 2, 3];
        let mut b = plan();
        b.standards = vec![4, 5, 6];
        b.steps = vec![step(StepStatus::Attained)];
        let c = coverage([(IlpStatus::Active, &a), (IlpStatus::Draft, &b)]);
        assert_eq!((c.addressed, c.missing.clone()), (vec![1, 2, 3], vec![4, 5, 6]));
        let c = coverage([(IlpStatus::Active, &a), (IlpStatus::Completed, &b)]);
        assert!(c.all_standards_addressed && !c.all_steps_attained);
        assert_eq!((c.plans, c.completed_plans, c.steps, c.steps_attained), (2, 1, 2, 1));
        assert!(!coverage([]).all_steps_attained, "no plan is not every step attained");
    }

    proptest! {
        #[test]
        fn coverage_splits_the_six_standards(sets in proptest::collection::vec(proptest::collection::vec(1u8..=6, 0..4), 0..6)) {
            let plans: Vec<IlpContent> = sets.iter().map(|s| IlpContent { standards: s.clone(), ..Default::default() }).collect();
            let c = coverage(plans.iter().map(|p| (IlpStatus::Active, p)));
            let mut all: Vec<u8> = c.addressed.iter().chain(&c.missing).copied().collect();
            all.sort_unstable();
            prop_assert_eq!(all, vec![1, 2, 3, 4, 5, 6]);
            for s in &c.addressed {
                prop_assert!(sets.iter().any(|set| set.contains(s)));
            }
        }
    }
}
