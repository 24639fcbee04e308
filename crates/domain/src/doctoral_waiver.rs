//! What an approved doctoral waiver takes off the professional-learning requirement. The
//! handbook's form: the coordinator reviews the transcript, identifies the courses that cover
//! each topic (human resources, legal and ethical issues, curriculum and instructional
//! leadership, finance and budget), and the program's PL activities on those topics are waived;
//! "any topics that are not specifically covered … will be a requirement during the program".
//! So the decision names, for each topic waived, the program's activity it replaces, the program
//! year it falls in, and its hours; each year's requirement (and the total) is reduced by them.

use crate::settings::RequirementSettings;
use crate::text_enum::text_enum;
use crate::user::check_text;
use crate::validation::FieldError;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

text_enum! {
    /// The professional-learning topics a doctorate's coursework may waive.
    WaivableTopic {
        HumanResources = "human_resources",
        LegalAndEthicalIssues = "legal_and_ethical_issues",
        CurriculumAndInstructionalLeadership = "curriculum_and_instructional_leadership",
        FinanceAndBudget = "finance_and_budget",
    }
}

impl WaivableTopic {
    /// The form's name for the topic.
    pub fn label(self) -> &'static str {
        match self {
            WaivableTopic::HumanResources => "Human Resources",
            WaivableTopic::LegalAndEthicalIssues => "Legal & Ethical Issues",
            WaivableTopic::CurriculumAndInstructionalLeadership => "Curriculum & Instructional Leadership",
            WaivableTopic::FinanceAndBudget => "Finance & Budget",
        }
    }
}

/// The longest activity name.
pub const MAX_ACTIVITY: usize = 300;

/// A professional-learning activity the waiver waives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WaivedPl {
    /// The topic the candidate's doctoral coursework covers.
    pub topic: WaivableTopic,
    /// The program's activity it replaces, as the program names it (a PL day, a session).
    #[schema(max_length = 300, example = "PL Day 3: School Finance and Budget")]
    pub activity: String,
    /// The program year whose requirement it reduces (1 to the program's years).
    #[schema(minimum = 1, example = 1)]
    pub year: u32,
    /// The activity's length in minutes, taken off that year's requirement.
    #[schema(minimum = 1, example = 360)]
    pub minutes: u32,
}

/// The rules of an approval's waived activities: each well formed, on a topic the decision
/// waives; every topic waived has at least one; a year's waived minutes never exceed its
/// requirement.
pub fn check(topics: &[WaivableTopic], waived: &[WaivedPl], s: &RequirementSettings) -> Vec<FieldError> {
    let mut errors = Vec::new();
    for (i, w) in waived.iter().enumerate() {
        let field = |name: &str| format!("waived_pl[{i}].{name}");
        check_text(&field("activity"), &w.activity, MAX_ACTIVITY, &mut errors);
        if !(1..=s.program_years).contains(&w.year) {
            errors.push(FieldError::new(field("year"), format!("must be a program year, 1 to {}", s.program_years)));
        }
        if w.minutes == 0 {
            errors.push(FieldError::new(field("minutes"), "must be more than zero"));
        }
        if !topics.contains(&w.topic) {
            errors.push(FieldError::new(field("topic"), "is not among the topics waived"));
        }
    }
    for t in topics {
        if !waived.iter().any(|w| w.topic == *t) {
            errors.push(FieldError::new("waived_pl", format!("name the activity the {} topic waives", t.label())));
        }
    }
    for year in 1..=s.program_years {
        if minutes_in(waived, year) > s.yearly_pl_minutes {
            errors.push(FieldError::new(
                "waived_pl",
                format!("waives more than year {year}'s {} hours of professional learning", s.yearly_pl_minutes / 60),
            ));
        }
    }
    errors
}

/// The minutes waived in program year `year`.
pub fn minutes_in(waived: &[WaivedPl], year: u32) -> u32 {
    waived.iter().filter(|w| w.year == year).map(|w| w.minutes).sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use WaivableTopic::*;

    fn waived(topic: WaivableTopic, year: u32, hours: u32) -> WaivedPl {
        WaivedPl { topic, activity: format!("PL day on {}", topic.label()), year, minutes: hours * 60 }
    }

    fn fields(errors: &[FieldError]) -> Vec<&str> {
        errors.iter().map(|e| e.field.as_str()).collect()
    }

    #[test]
    fn each_topic_waived_names_its_activity_and_each_activity_a_topic_waived() {
        let s = RequirementSettings::default();
        let topics = [FinanceAndBudget, HumanResources];
        assert!(check(&topics, &[waived(FinanceAndBudget, 1, 6), waived(HumanResources, 2, 6)], &s).is_empty());
        assert_eq!(fields(&check(&topics, &[waived(FinanceAndBudget, 1, 6)], &s)), ["waived_pl"]);
        assert_eq!(
            fields(&check(&[FinanceAndBudget], &[waived(FinanceAndBudget, 1, 6), waived(HumanResources, 1, 6)], &s)),
            ["waived_pl[1].topic"]
        );
    }

    #[test]
    fn an_activity_is_named_in_a_program_year_and_takes_time() {
        let s = RequirementSettings::default();
        let bad = WaivedPl { topic: FinanceAndBudget, activity: " ".into(), year: 3, minutes: 0 };
        assert_eq!(
            fields(&check(&[FinanceAndBudget], &[bad], &s)),
            ["waived_pl[0].activity", "waived_pl[0].year", "waived_pl[0].minutes"]
        );
    }

    #[test]
    fn a_year_cannot_lose_more_than_its_requirement() {
        let s = RequirementSettings::default();
        let too_much = [waived(FinanceAndBudget, 2, 12), waived(LegalAndEthicalIssues, 2, 9)];
        let errors = check(&[FinanceAndBudget, LegalAndEthicalIssues], &too_much, &s);
        assert_eq!(fields(&errors), ["waived_pl"]);
        assert!(errors[0].message.contains("year 2's 20 hours"), "{}", errors[0].message);
        assert_eq!(minutes_in(&too_much, 2), 21 * 60);
        assert_eq!(minutes_in(&too_much, 1), 0);
    }
}
