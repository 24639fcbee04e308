//! The job shadow and the Distinguished School / Gold Ribbon / WASC visit: the handbook's two
//! one-page forms, one of which the program requires (a job shadow of at least four hours, or
//! a full-day visit).

use crate::document::DocumentKind;
use crate::text_enum::text_enum;
use crate::validation::FieldError;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

text_enum! {
    /// Which of the two experiences.
    ExperienceKind {
        JobShadow = "job_shadow",
        SchoolVisit = "school_visit",
    }
}

text_enum! {
    /// Draft → submitted (the summary is done and the requirement met).
    ExperienceStatus {
        Draft = "draft",
        Submitted = "submitted",
    }
}

crate::step::steps! {
    /// A job shadow or visit summary's steps: the candidate writes it, then submits it.
    ExperienceStep {
        Edited = "edited",
        Submitted = "submitted",
    }
}

impl ExperienceStatus {
    /// The status after `step`, or why this one refuses it.
    pub fn after(self, step: ExperienceStep) -> Result<ExperienceStatus, crate::step::Refused> {
        match step {
            ExperienceStep::Edited => crate::step::editable(self, &[ExperienceStatus::Draft]),
            ExperienceStep::Submitted => {
                crate::step::submitted(self, &[ExperienceStatus::Draft], ExperienceStatus::Submitted)
            }
        }
    }
}

impl ExperienceKind {
    /// The type of its optional one-page summary PDF.
    pub fn summary_kind(self) -> DocumentKind {
        match self {
            ExperienceKind::JobShadow => DocumentKind::JobShadowSummary,
            ExperienceKind::SchoolVisit => DocumentKind::SchoolVisitSummary,
        }
    }
}

pub const MAX_TEXT: usize = 20_000;
pub const MAX_LINE: usize = 300;

/// The forms' fields; each kind uses its own (a job shadow has no program focus, a visit no
/// position or recommendation).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields, default)]
pub struct ExperienceForm {
    /// The candidate's own position.
    #[schema(max_length = 300)]
    pub candidate_position: String,
    /// Who and where (the administrator shadowed, or the school visited).
    #[schema(max_length = 300)]
    pub host: String,
    /// Job shadow: the position shadowed.
    #[schema(max_length = 300)]
    pub position: String,
    /// Job shadow: why this administrator.
    #[schema(max_length = 20000)]
    pub why_chosen: String,
    /// Visit: what the program visited is designed to focus on.
    #[schema(max_length = 20000)]
    pub program_focus: String,
    /// The time spent, what was learned and what the candidate will apply.
    #[schema(max_length = 20000)]
    pub learned: String,
    /// Job shadow: would the candidate recommend it to another candidate, and why.
    pub would_recommend: Option<bool>,
    #[schema(max_length = 20000)]
    pub recommend_reason: String,
}

impl ExperienceForm {
    fn lines(&self) -> [(&'static str, &str, usize); 7] {
        [
            ("candidate_position", &self.candidate_position, MAX_LINE),
            ("host", &self.host, MAX_LINE),
            ("position", &self.position, MAX_LINE),
            ("why_chosen", &self.why_chosen, MAX_TEXT),
            ("program_focus", &self.program_focus, MAX_TEXT),
            ("learned", &self.learned, MAX_TEXT),
            ("recommend_reason", &self.recommend_reason, MAX_TEXT),
        ]
    }
}

/// Rules every save meets: bounded text, and a job shadow's time at least the program's
/// minimum once it is given (a shorter one does not satisfy the requirement).
pub fn check_fields(
    kind: ExperienceKind,
    minutes: Option<i32>,
    form: &ExperienceForm,
    min_minutes: u32,
) -> Vec<FieldError> {
    let mut errors = Vec::new();
    for (name, text, max) in form.lines() {
        if text.chars().count() > max {
            errors.push(FieldError::new(name, format!("must be at most {max} characters")));
        }
    }
    match (kind, minutes) {
        (_, Some(m)) if m > 24 * 60 => {
            errors.push(FieldError::new("minutes", "must be at most 24 hours (1440 minutes) for one day"))
        }
        (ExperienceKind::JobShadow, Some(m)) if m < min_minutes as i32 => errors.push(FieldError::new(
            "minutes",
            format!(
                "a job shadow must be at least {} hours ({min_minutes} minutes) to meet the requirement",
                f64::from(min_minutes) / 60.0
            ),
        )),
        (_, Some(m)) if m <= 0 => errors.push(FieldError::new("minutes", "must be more than zero")),
        _ => {}
    }
    errors
}

/// What submitting needs: every field of the kind's form.
pub fn check_submit(kind: ExperienceKind, minutes: Option<i32>, form: &ExperienceForm) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let required: &[&str] = match kind {
        ExperienceKind::JobShadow => {
            &["candidate_position", "host", "position", "why_chosen", "learned", "recommend_reason"]
        }
        ExperienceKind::SchoolVisit => &["candidate_position", "host", "program_focus", "learned"],
    };
    for (name, text, _) in form.lines() {
        if required.contains(&name) && text.trim().is_empty() {
            errors.push(FieldError::new(name, "is required"));
        }
    }
    if kind == ExperienceKind::JobShadow {
        if minutes.is_none() {
            errors.push(FieldError::new("minutes", "is required for a job shadow"));
        }
        if form.would_recommend.is_none() {
            errors.push(FieldError::new("would_recommend", "is required"));
        }
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(errors: Vec<FieldError>) -> Vec<String> {
        errors.into_iter().map(|e| e.field).collect()
    }

    #[test]
    fn a_job_shadow_under_four_hours_is_refused() {
        let f = ExperienceForm::default();
        assert_eq!(fields(check_fields(ExperienceKind::JobShadow, Some(239), &f, 240)), ["minutes"]);
        assert!(check_fields(ExperienceKind::JobShadow, Some(240), &f, 240).is_empty());
        assert!(check_fields(ExperienceKind::JobShadow, None, &f, 240).is_empty(), "a draft may leave it for later");
        assert!(check_fields(ExperienceKind::SchoolVisit, Some(200), &f, 240).is_empty());
        assert_eq!(fields(check_fields(ExperienceKind::SchoolVisit, Some(1500), &f, 240)), ["minutes"]);
        assert_eq!(fields(check_fields(ExperienceKind::SchoolVisit, Some(-5), &f, 240)), ["minutes"]);
    }

    #[test]
    fn each_form_requires_its_own_fields() {
        let f = ExperienceForm::default();
        assert_eq!(
            fields(check_submit(ExperienceKind::JobShadow, None, &f)),
            [
                "candidate_position",
                "host",
                "position",
                "why_chosen",
                "learned",
                "recommend_reason",
                "minutes",
                "would_recommend"
            ]
        );
        assert_eq!(
            fields(check_submit(ExperienceKind::SchoolVisit, None, &f)),
            ["candidate_position", "host", "program_focus", "learned"]
        );
    }
}
