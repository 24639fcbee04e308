//! The program's requests, the handbook's five forms: change of coach, extension, withdrawal,
//! complaint and doctoral waiver. Each is submitted, taken under review, approved or denied by
//! the role the handbook names, then closed as done. The forms' fields and every rule of the
//! flow are here; what an approval changes (coach, enrollment, fees) is the API's.

pub use crate::doctoral_waiver::WaivableTopic;
use crate::doctoral_waiver::{self, WaivedPl};
use crate::settings::RequirementSettings;
use crate::text_enum::text_enum;
use crate::user::check_text;
use crate::validation::FieldError;
use serde::{Deserialize, Serialize};
use time::Date;
use utoipa::ToSchema;

text_enum! {
    /// Which of the handbook's request forms.
    RequestKind {
        ChangeOfCoach = "change_of_coach",
        Extension = "extension",
        Withdrawal = "withdrawal",
        Complaint = "complaint",
        DoctoralWaiver = "doctoral_waiver",
    }
}

text_enum! {
    /// Submitted → under review → approved or denied → done; the candidate may cancel it while
    /// it is open (submitted or under review).
    RequestStatus {
        Submitted = "submitted",
        UnderReview = "under_review",
        Approved = "approved",
        Denied = "denied",
        Done = "done",
        Cancelled = "cancelled",
    }
}

text_enum! {
    /// The extreme circumstances for which the handbook grants an extension.
    ExtensionReason {
        PersonalOrFamilyIllness = "personal_or_family_illness",
        PersonalOrFamilyCrisis = "personal_or_family_crisis",
        DeathInFamily = "death_in_family",
        MaternityOrFamilyLeave = "maternity_or_family_leave",
    }
}

text_enum! {
    /// The doctorates the waiver accepts (in Educational Leadership or Administration).
    DoctoralDegree {
        Phd = "phd",
        Edd = "edd",
    }
}

pub const MAX_TEXT: usize = 20_000;
pub const MAX_LINE: usize = 300;

/// A request's form: the fields of its handbook form, by kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RequestForm {
    ChangeOfCoach(ChangeOfCoachForm),
    Extension(ExtensionForm),
    Withdrawal(WithdrawalForm),
    Complaint(ComplaintForm),
    DoctoralWaiver(DoctoralWaiverForm),
}

/// The Request for Change in Coach, after the coordinator tried to resolve the concerns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ChangeOfCoachForm {
    /// The date of contact with the program coordinator.
    pub contacted_coordinator_on: Date,
    /// The date of the meeting with the coach, if one was held.
    pub met_with_coach_on: Option<Date>,
    /// The concerns about the coaching process.
    #[schema(max_length = 20000)]
    pub concerns: String,
}

/// The Program Extension Request: one more year, for an extreme circumstance, with an
/// individual plan for completing the missing requirements.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ExtensionForm {
    pub reason: ExtensionReason,
    /// The circumstances, in the candidate's words.
    #[schema(max_length = 20000)]
    pub circumstances: String,
    /// The individual completion plan: each missing requirement and how and when it will be
    /// met.
    #[schema(max_length = 20000)]
    pub completion_plan: String,
}

/// The Withdrawal Request Form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WithdrawalForm {
    /// The nature of the withdrawal request, in detail.
    #[schema(max_length = 20000)]
    pub description: String,
    /// The last day the candidate means to take part, if they know it.
    pub last_day: Option<Date>,
}

/// The Complaint Procedure Form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ComplaintForm {
    /// The date of the incident.
    pub incident_on: Date,
    /// The issue, in detail.
    #[schema(max_length = 20000)]
    pub description: String,
}

/// The Doctoral Waiver Form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DoctoralWaiverForm {
    pub degree: DoctoralDegree,
    /// The degree's field (Educational Leadership or Administration).
    #[schema(max_length = 300)]
    pub field: String,
    /// The regionally accredited institution that granted it.
    #[schema(max_length = 300)]
    pub institution: String,
    /// When the degree was granted (coursework without the dissertation does not qualify).
    pub conferred_on: Date,
    /// The topics the candidate asks to have waived.
    pub topics: Vec<WaivableTopic>,
}

impl RequestForm {
    pub fn kind(&self) -> RequestKind {
        match self {
            RequestForm::ChangeOfCoach(_) => RequestKind::ChangeOfCoach,
            RequestForm::Extension(_) => RequestKind::Extension,
            RequestForm::Withdrawal(_) => RequestKind::Withdrawal,
            RequestForm::Complaint(_) => RequestKind::Complaint,
            RequestForm::DoctoralWaiver(_) => RequestKind::DoctoralWaiver,
        }
    }

    /// The form's rules: what it needs, bounded text, and no date ahead of `today` for what
    /// has already happened.
    pub fn check(&self, today: Date) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let mut past = |field: &str, d: Option<Date>| {
            if d.is_some_and(|d| d > today) {
                errors.push(FieldError::new(field, "is ahead of today"));
            }
        };
        match self {
            RequestForm::ChangeOfCoach(ChangeOfCoachForm { contacted_coordinator_on, met_with_coach_on, .. }) => {
                past("contacted_coordinator_on", Some(*contacted_coordinator_on));
                past("met_with_coach_on", *met_with_coach_on);
            }
            RequestForm::Complaint(ComplaintForm { incident_on, .. }) => past("incident_on", Some(*incident_on)),
            RequestForm::DoctoralWaiver(DoctoralWaiverForm { conferred_on, .. }) => {
                past("conferred_on", Some(*conferred_on))
            }
            RequestForm::Extension(_) | RequestForm::Withdrawal(_) => {}
        }
        match self {
            RequestForm::ChangeOfCoach(f) => check_text("concerns", &f.concerns, MAX_TEXT, &mut errors),
            RequestForm::Extension(f) => {
                check_text("circumstances", &f.circumstances, MAX_TEXT, &mut errors);
                check_text("completion_plan", &f.completion_plan, MAX_TEXT, &mut errors);
            }
            RequestForm::Withdrawal(WithdrawalForm { description, .. })
            | RequestForm::Complaint(ComplaintForm { description, .. }) => {
                check_text("description", description, MAX_TEXT, &mut errors)
            }
            RequestForm::DoctoralWaiver(f) => {
                check_text("field", &f.field, MAX_LINE, &mut errors);
                check_text("institution", &f.institution, MAX_LINE, &mut errors);
                check_topics("topics", &f.topics, &mut errors);
            }
        }
        errors
    }
}

/// At least one topic, each once.
fn check_topics(field: &str, topics: &[WaivableTopic], errors: &mut Vec<FieldError>) {
    let mut seen = topics.to_vec();
    seen.sort();
    seen.dedup();
    if topics.is_empty() {
        errors.push(FieldError::new(field, "choose at least one topic"));
    } else if seen.len() != topics.len() {
        errors.push(FieldError::new(field, "names a topic twice"));
    }
}

/// Who decides a kind of request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Decider {
    /// The program director (extensions and doctoral waivers, in the handbook).
    Director,
    /// The program's coordinators (the director may as well).
    Coordinator,
}

impl RequestKind {
    pub fn decider(self) -> Decider {
        match self {
            RequestKind::Extension | RequestKind::DoctoralWaiver => Decider::Director,
            RequestKind::ChangeOfCoach | RequestKind::Withdrawal | RequestKind::Complaint => Decider::Coordinator,
        }
    }

    /// Whether the candidate's current coach reads it: the plans they help with (an extension's
    /// completion plan, a withdrawal, a waiver), never a complaint or a change of coach.
    pub fn read_by_coach(self) -> bool {
        matches!(self, RequestKind::Extension | RequestKind::Withdrawal | RequestKind::DoctoralWaiver)
    }

    pub fn label(self) -> &'static str {
        match self {
            RequestKind::ChangeOfCoach => "change of coach",
            RequestKind::Extension => "extension",
            RequestKind::Withdrawal => "withdrawal",
            RequestKind::Complaint => "complaint",
            RequestKind::DoctoralWaiver => "doctoral waiver",
        }
    }
}

pub use crate::step::Refused;

crate::step::steps! {
    /// A request's steps, as its form's flow chart has them.
    RequestAction {
        Reviewed = "under_review",
        Approved = "approved",
        Denied = "denied",
        Closed = "closed",
        Cancelled = "cancelled",
    }
}

impl RequestStatus {
    /// The status after `step`, or why this one refuses it.
    pub fn after(self, step: RequestAction) -> Result<RequestStatus, Refused> {
        match step {
            RequestAction::Reviewed => self.review(),
            RequestAction::Approved => self.decide(true),
            RequestAction::Denied => self.decide(false),
            RequestAction::Closed => self.close(),
            RequestAction::Cancelled => self.cancel(),
        }
    }

    /// Still waiting for a decision: a second request of the same kind waits for it.
    pub fn is_open(self) -> bool {
        matches!(self, RequestStatus::Submitted | RequestStatus::UnderReview)
    }

    pub fn review(self) -> Result<RequestStatus, Refused> {
        match self {
            RequestStatus::Submitted => Ok(RequestStatus::UnderReview),
            s => Err(Refused(format!("is {s}; only a submitted request is taken under review"))),
        }
    }

    pub fn decide(self, approve: bool) -> Result<RequestStatus, Refused> {
        match self {
            RequestStatus::UnderReview if approve => Ok(RequestStatus::Approved),
            RequestStatus::UnderReview => Ok(RequestStatus::Denied),
            RequestStatus::Submitted => Err(Refused("is submitted; take it under review before deciding it".into())),
            s => Err(Refused(format!("is {s}; it was decided or closed already"))),
        }
    }

    pub fn close(self) -> Result<RequestStatus, Refused> {
        match self {
            RequestStatus::Approved | RequestStatus::Denied => Ok(RequestStatus::Done),
            s => Err(Refused(format!("is {s}; a request is closed once decided"))),
        }
    }

    pub fn cancel(self) -> Result<RequestStatus, Refused> {
        if self.is_open() {
            Ok(RequestStatus::Cancelled)
        } else {
            Err(Refused(format!("is {self}; only an open request can be cancelled")))
        }
    }
}

/// What a decision records beside approve or deny: its reason, and what an approval of each
/// kind needs (the new coach and the day they start; the last day of a withdrawal and whether
/// its fee is charged; the complaint's meeting and plan of action; the topics waived and the
/// professional-learning activities and hours they waive).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    pub approved: bool,
    #[schema(max_length = 20000)]
    pub reason: String,
    /// Change of coach: the new coach.
    pub new_coach_id: Option<uuid::Uuid>,
    /// Change of coach: the day the new coach starts (the current assignment ends the day
    /// before). Withdrawal: the candidate's last day in the program.
    pub effective_on: Option<Date>,
    /// Withdrawal: whether the program's withdrawal fee is charged to the candidate.
    #[serde(default)]
    pub charge_withdrawal_fee: bool,
    /// Complaint: the date of the meeting with the candidate.
    pub meeting_on: Option<Date>,
    /// Complaint: the plan of action agreed at that meeting.
    #[schema(max_length = 20000)]
    pub plan_of_action: Option<String>,
    /// Doctoral waiver: the topics waived (of those asked for).
    #[serde(default)]
    pub waived_topics: Vec<WaivableTopic>,
    /// Doctoral waiver: the program's professional-learning activities those topics waive,
    /// each with its program year and minutes; that year's PL requirement is reduced by them.
    #[serde(default)]
    pub waived_pl: Vec<WaivedPl>,
}

impl Decision {
    /// The rules of a decision on `form` in a program with settings `s`: a reason always; what
    /// an approval of its kind needs; nothing that belongs to another kind.
    pub fn check(&self, form: &RequestForm, s: &RequirementSettings) -> Vec<FieldError> {
        let mut errors = Vec::new();
        check_text("reason", &self.reason, MAX_TEXT, &mut errors);
        let kind = form.kind();
        let required = if kind == RequestKind::Complaint {
            "is required to decide a complaint"
        } else {
            "is required to approve it"
        };
        let mut needs = |field: &str, present: bool, wanted: bool| {
            if wanted && !present {
                errors.push(FieldError::new(field, required));
            } else if present && !wanted {
                errors.push(FieldError::new(field, format!("is not part of this decision ({})", kind.label())));
            }
        };
        let approving = |k: RequestKind| self.approved && kind == k;
        needs("new_coach_id", self.new_coach_id.is_some(), approving(RequestKind::ChangeOfCoach));
        let dated = approving(RequestKind::ChangeOfCoach) || approving(RequestKind::Withdrawal);
        needs("effective_on", self.effective_on.is_some(), dated);
        needs("charge_withdrawal_fee", self.charge_withdrawal_fee, self.charge_withdrawal_fee && dated);
        // A complaint's meeting and plan of action close it either way.
        let complaint = kind == RequestKind::Complaint;
        needs("meeting_on", self.meeting_on.is_some(), complaint);
        needs("plan_of_action", self.plan_of_action.is_some(), complaint);
        needs("waived_topics", !self.waived_topics.is_empty(), approving(RequestKind::DoctoralWaiver));
        needs("waived_pl", !self.waived_pl.is_empty(), approving(RequestKind::DoctoralWaiver));
        if let Some(plan) = &self.plan_of_action {
            check_text("plan_of_action", plan, MAX_TEXT, &mut errors);
        }
        if let RequestForm::DoctoralWaiver(DoctoralWaiverForm { topics, .. }) = form {
            if self.approved {
                check_topics("waived_topics", &self.waived_topics, &mut errors);
                if self.waived_topics.iter().any(|t| !topics.contains(t)) {
                    errors.push(FieldError::new("waived_topics", "may waive only the topics asked for"));
                }
                if !self.waived_pl.is_empty() {
                    errors.extend(doctoral_waiver::check(&self.waived_topics, &self.waived_pl, s));
                }
            }
        }
        errors
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 12 - 03);
    static S: std::sync::LazyLock<RequirementSettings> = std::sync::LazyLock::new(RequirementSettings::default);

    fn fields(errors: &[FieldError]) -> Vec<&str> {
        errors.iter().map(|e| e.field.as_str()).collect()
    }

    fn extension() -> RequestForm {
        RequestForm::Extension(ExtensionForm {
            reason: ExtensionReason::MaternityOrFamilyLeave,
            circumstances: "Leave from January to June.".into(),
            completion_plan: "Coaching hours from July; cohort meetings in the fall.".into(),
        })
    }

    #[test]
    fn the_flow_goes_submitted_review_decided_done() {
        let s = RequestStatus::Submitted.review().unwrap();
        assert_eq!(s, RequestStatus::UnderReview);
        assert!(RequestStatus::Submitted.decide(true).is_err());
        assert_eq!(s.decide(true).unwrap(), RequestStatus::Approved);
        assert_eq!(s.decide(false).unwrap(), RequestStatus::Denied);
        assert_eq!(RequestStatus::Denied.close().unwrap(), RequestStatus::Done);
        assert!(RequestStatus::Approved.decide(false).is_err());
        assert!(RequestStatus::UnderReview.close().is_err());
        assert!(RequestStatus::Done.review().is_err());
    }

    #[test]
    fn only_an_open_request_is_cancelled_and_only_open_ones_block_another() {
        for s in RequestStatus::ALL {
            assert_eq!(s.cancel().is_ok(), s.is_open(), "{s}");
        }
        assert!(RequestStatus::UnderReview.is_open());
        assert!(!RequestStatus::Denied.is_open());
    }

    #[test]
    fn the_director_decides_extensions_and_waivers() {
        assert_eq!(RequestKind::Extension.decider(), Decider::Director);
        assert_eq!(RequestKind::DoctoralWaiver.decider(), Decider::Director);
        assert_eq!(RequestKind::Withdrawal.decider(), Decider::Coordinator);
        assert!(!RequestKind::Complaint.read_by_coach());
        assert!(!RequestKind::ChangeOfCoach.read_by_coach());
    }

    #[test]
    fn a_form_names_what_is_missing_and_refuses_days_ahead() {
        assert!(extension().check(TODAY).is_empty());
        let blank = RequestForm::Extension(ExtensionForm {
            reason: ExtensionReason::DeathInFamily,
            circumstances: " ".into(),
            completion_plan: String::new(),
        });
        assert_eq!(fields(&blank.check(TODAY)), ["circumstances", "completion_plan"]);
        let complaint =
            RequestForm::Complaint(ComplaintForm { incident_on: date!(2026 - 12 - 04), description: "x".into() });
        assert_eq!(fields(&complaint.check(TODAY)), ["incident_on"]);
        let waiver = RequestForm::DoctoralWaiver(DoctoralWaiverForm {
            degree: DoctoralDegree::Edd,
            field: "Educational Leadership".into(),
            institution: "Fresno State".into(),
            conferred_on: date!(2024 - 05 - 20),
            topics: vec![WaivableTopic::FinanceAndBudget, WaivableTopic::FinanceAndBudget],
        });
        assert_eq!(fields(&waiver.check(TODAY)), ["topics"]);
    }

    #[test]
    fn a_decision_needs_a_reason_and_what_its_kind_approves_with() {
        let approve = Decision { approved: true, reason: "Leave documented.".into(), ..Decision::default() };
        assert!(approve.check(&extension(), &S).is_empty());
        assert_eq!(fields(&Decision { reason: String::new(), ..approve.clone() }.check(&extension(), &S)), ["reason"]);
        let change = RequestForm::ChangeOfCoach(ChangeOfCoachForm {
            contacted_coordinator_on: TODAY,
            met_with_coach_on: None,
            concerns: "Meetings keep being cancelled.".into(),
        });
        assert_eq!(fields(&approve.check(&change, &S)), ["new_coach_id", "effective_on"]);
        let deny = Decision { approved: false, ..approve.clone() };
        assert!(deny.check(&change, &S).is_empty());
        let stray = Decision { effective_on: Some(TODAY), ..deny };
        assert_eq!(fields(&stray.check(&change, &S)), ["effective_on"]);
        let complaint = RequestForm::Complaint(ComplaintForm { incident_on: TODAY, description: "x".into() });
        assert_eq!(fields(&approve.check(&complaint, &S)), ["meeting_on", "plan_of_action"]);
    }

    #[test]
    fn a_waiver_waives_only_what_was_asked() {
        let form = RequestForm::DoctoralWaiver(DoctoralWaiverForm {
            degree: DoctoralDegree::Phd,
            field: "Educational Administration".into(),
            institution: "UC Davis".into(),
            conferred_on: date!(2020 - 06 - 01),
            topics: vec![WaivableTopic::HumanResources],
        });
        let d = Decision {
            approved: true,
            reason: "Transcript shows HR coursework.".into(),
            waived_topics: vec![WaivableTopic::FinanceAndBudget],
            ..Decision::default()
        };
        assert_eq!(fields(&d.check(&form, &S)), ["waived_pl", "waived_topics"]);
        let hr = |minutes| WaivedPl {
            topic: WaivableTopic::HumanResources,
            activity: "PL Day 2: Human Resources".into(),
            year: 1,
            minutes,
        };
        let ok = Decision { waived_topics: vec![WaivableTopic::HumanResources], waived_pl: vec![hr(360)], ..d };
        assert!(ok.check(&form, &S).is_empty());
        let no_activity = Decision { waived_pl: vec![], ..ok.clone() };
        assert_eq!(fields(&no_activity.check(&form, &S)), ["waived_pl"]);
        let whole_year = Decision { waived_pl: vec![hr(21 * 60)], ..ok.clone() };
        assert_eq!(fields(&whole_year.check(&form, &S)), ["waived_pl"]);
        let denied = Decision { approved: false, ..ok };
        assert_eq!(fields(&denied.check(&form, &S)), ["waived_topics", "waived_pl"]);
    }

    #[test]
    fn forms_read_from_json_with_their_kind() {
        let f: RequestForm = serde_json::from_value(serde_json::json!({
            "kind": "withdrawal", "description": "Moving out of state.", "last_day": "2027-01-31"
        }))
        .unwrap();
        assert_eq!(f.kind(), RequestKind::Withdrawal);
        let unknown = serde_json::from_value::<RequestForm>(serde_json::json!({
            "kind": "withdrawal", "description": "x", "colour": "red"
        }));
        assert!(unknown.is_err());
    }
}
