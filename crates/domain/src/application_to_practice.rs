//! The Application to Practice: at the end of year 1, built on the submitted interim
//! reflection, the five elements of most growth and the five to focus on in year 2 (each with
//! its reason), an action plan per focus element, and the learning-and-leadership narrative.

use crate::standards::cpsel;
use crate::text_enum::text_enum;
use crate::validation::{FieldError, Invalid};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

text_enum! {
    /// Draft (being written) → submitted.
    AtpStatus {
        Draft = "draft",
        Submitted = "submitted",
    }
}

crate::step::steps! {
    /// The Application to Practice's steps: the candidate writes it, then submits it.
    AtpStep {
        Edited = "edited",
        Submitted = "submitted",
    }
}

impl AtpStatus {
    /// The status after `step`, or why this one refuses it.
    pub fn after(self, step: AtpStep) -> Result<AtpStatus, crate::step::Refused> {
        match step {
            AtpStep::Edited => crate::step::editable(self, &[AtpStatus::Draft]),
            AtpStep::Submitted => crate::step::submitted(self, &[AtpStatus::Draft], AtpStatus::Submitted),
        }
    }
}

/// Elements of most growth and elements of focus: five of each.
pub const PICKS: usize = 5;
pub const MAX_TEXT: usize = 20_000;

/// An element chosen, and why.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields, default)]
pub struct ElementReason {
    #[schema(example = "2B")]
    pub element: String,
    #[schema(max_length = 20000)]
    pub reason: String,
}

/// The plan for one focus element (the form's columns; the interim score is read from the
/// interim reflection, not written again).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields, default)]
pub struct FocusPlan {
    pub element: String,
    /// The rubric score desired at the completion of the program (0–4).
    #[schema(maximum = 4)]
    pub desired_score: Option<u8>,
    /// "What specific behavior from my coach might support me in growing in this area?"
    #[schema(max_length = 20000)]
    pub coach_support: String,
    /// "What might I be able to plan this coming year to help develop my leadership in this area?"
    #[schema(max_length = 20000)]
    pub plans: String,
    /// "Potential ILP revisions or new ILPs that would support my leadership development."
    #[schema(max_length = 20000)]
    pub ilp_revisions: String,
}

/// What the candidate writes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AtpContent {
    pub most_growth: Vec<ElementReason>,
    pub focus: Vec<ElementReason>,
    pub action_plans: Vec<FocusPlan>,
    /// How the CPSEL evidence, ILPs, professional learning and job shadow or visit made the
    /// candidate a better leader.
    pub impact: String,
}

fn picks(field: &str, list: &[ElementReason], errors: &mut Vec<FieldError>) {
    if list.len() > PICKS {
        errors.push(FieldError::new(field, format!("choose {PICKS} elements")));
    }
    for (i, p) in list.iter().enumerate() {
        if cpsel().element(&p.element).is_none() {
            errors.push(FieldError::new(format!("{field}[{i}].element"), "is not a CPSEL element (1A–6C)"));
        } else if list[..i].iter().any(|q| q.element == p.element) {
            errors.push(FieldError::new(format!("{field}[{i}].element"), "is chosen twice"));
        }
        if p.reason.chars().count() > MAX_TEXT {
            errors.push(FieldError::new(
                format!("{field}[{i}].reason"),
                format!("must be at most {MAX_TEXT} characters"),
            ));
        }
    }
}

/// Rules every saved draft meets: what is filled in must make sense.
pub fn check_fields(c: &AtpContent) -> Vec<FieldError> {
    let mut errors = Vec::new();
    picks("most_growth", &c.most_growth, &mut errors);
    picks("focus", &c.focus, &mut errors);
    for (i, plan) in c.action_plans.iter().enumerate() {
        let field = |name: &str| format!("action_plans[{i}].{name}");
        if !c.focus.iter().any(|f| f.element == plan.element) {
            errors.push(FieldError::new(field("element"), "is not one of the elements of focus"));
        } else if c.action_plans[..i].iter().any(|p| p.element == plan.element) {
            errors.push(FieldError::new(field("element"), "has a plan already"));
        }
        if plan.desired_score.is_some_and(|s| s > 4) {
            errors.push(FieldError::new(field("desired_score"), "must be 0 to 4"));
        }
        for (name, text) in
            [("coach_support", &plan.coach_support), ("plans", &plan.plans), ("ilp_revisions", &plan.ilp_revisions)]
        {
            if text.chars().count() > MAX_TEXT {
                errors.push(FieldError::new(field(name), format!("must be at most {MAX_TEXT} characters")));
            }
        }
    }
    if c.impact.chars().count() > MAX_TEXT {
        errors.push(FieldError::new("impact", format!("must be at most {MAX_TEXT} characters")));
    }
    errors
}

/// What a submitted Application to Practice has: five of each with reasons, a plan for every
/// focus element with the desired score and what is planned, and the narrative.
pub fn check_submit(c: &AtpContent) -> Result<(), Invalid> {
    let mut errors = check_fields(c);
    for (field, list) in [("most_growth", &c.most_growth), ("focus", &c.focus)] {
        if list.len() != PICKS {
            errors.push(FieldError::new(field, format!("choose {PICKS} elements")));
        }
        for (i, p) in list.iter().enumerate().filter(|(_, p)| p.reason.trim().is_empty()) {
            errors.push(FieldError::new(format!("{field}[{i}].reason"), format!("say why {} was chosen", p.element)));
        }
    }
    for (i, f) in c.focus.iter().enumerate() {
        match c.action_plans.iter().position(|p| p.element == f.element) {
            None => errors.push(FieldError::new(format!("focus[{i}].element"), "needs an action plan")),
            Some(j) => {
                let plan = &c.action_plans[j];
                if plan.desired_score.is_none() {
                    errors.push(FieldError::new(format!("action_plans[{j}].desired_score"), "is required"));
                }
                if plan.plans.trim().is_empty() {
                    errors.push(FieldError::new(format!("action_plans[{j}].plans"), "is required"));
                }
            }
        }
    }
    if c.impact.trim().is_empty() {
        errors.push(FieldError::new("impact", "is required to submit"));
    }
    Invalid::check(errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(e: &str) -> ElementReason {
        ElementReason { element: e.into(), reason: format!("why {e}") }
    }

    fn complete() -> AtpContent {
        let focus: Vec<_> = ["2B", "3A", "4C", "5A", "6B"].map(reason).to_vec();
        AtpContent {
            most_growth: ["1A", "1B", "2A", "3B", "6A"].map(reason).to_vec(),
            action_plans: focus
                .iter()
                .map(|f| FocusPlan {
                    element: f.element.clone(),
                    desired_score: Some(3),
                    plans: "Lead the PLC".into(),
                    ..Default::default()
                })
                .collect(),
            focus,
            impact: "I lead with data now.".into(),
        }
    }

    fn fields(r: Result<(), Invalid>) -> Vec<String> {
        r.map(|()| Vec::new()).unwrap_or_else(|e| e.0.into_iter().map(|f| f.field).collect())
    }

    #[test]
    fn a_complete_application_submits() {
        assert_eq!(fields(check_submit(&complete())), Vec::<String>::new());
    }

    #[test]
    fn unknown_repeated_or_unplanned_elements_are_named() {
        let mut c = complete();
        c.most_growth[0].element = "7A".into();
        c.focus[1].element = "2B".into();
        c.action_plans[4].desired_score = Some(5);
        assert_eq!(
            fields(Invalid::check(check_fields(&c))),
            ["most_growth[0].element", "focus[1].element", "action_plans[1].element", "action_plans[4].desired_score"]
        );
    }

    #[test]
    fn submitting_needs_five_of_each_a_plan_per_focus_and_the_narrative() {
        let mut c = complete();
        c.most_growth.pop();
        c.focus[0].reason.clear();
        c.action_plans.remove(2);
        c.impact.clear();
        assert_eq!(fields(check_submit(&c)), ["most_growth", "focus[0].reason", "focus[2].element", "impact"]);
    }
}
