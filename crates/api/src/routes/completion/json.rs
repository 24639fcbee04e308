//! The completion verification on the wire.

use coachfolio_domain::completion::{Column, CompletionItem, ItemCheck, ItemState, Signer};
use coachfolio_domain::enrollment::EnrollmentStatus;
use coachfolio_domain::reflection::ElementGrowth;
use coachfolio_domain::user::UserRef;
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};
use utoipa::ToSchema;
use uuid::Uuid;

/// An enrollment's Program Completion Verification as its reader may see it.
#[derive(Debug, Serialize, ToSchema)]
pub struct CompletionVerification {
    pub enrollment_id: Uuid,
    pub program_id: Uuid,
    pub candidate: UserRef,
    pub cohort_label: String,
    pub district_name: String,
    pub coach: Option<UserRef>,
    pub status: EnrollmentStatus,
    /// The program's date the items were computed on.
    pub as_of: Date,
    /// The form is due on or before the final end-of-year meeting (the program's end when
    /// none is scheduled).
    pub due_on: Date,
    /// The form's ten items, then those shown beside them.
    pub items: Vec<CompletionItemView>,
    /// The ending reflection element by element (the growth item), for those who read the
    /// candidate's reflections; empty otherwise or until it is submitted.
    pub growth: Vec<ElementGrowth>,
    /// The signatures given, in the form's order.
    pub signatures: Vec<SignatureView>,
    /// Whose signature comes next (none once signed).
    pub next_signer: Option<Signer>,
    /// Every party has signed.
    pub signed: bool,
    /// When the coordinator submitted a completion roster with this candidate on it to the
    /// credential office (the candidate's notice to apply for the credential).
    #[serde(with = "time::serde::rfc3339::option")]
    pub sent_to_credential_office_at: Option<OffsetDateTime>,
    pub version: i32,
    pub can: CompletionActions,
}

/// One item with its computed state, the two columns' confirmations and its evidence.
#[derive(Debug, Serialize, ToSchema)]
pub struct CompletionItemView {
    #[serde(flatten)]
    pub check: ItemCheck,
    pub district_representative: Option<ConfirmationView>,
    pub coordinator: Option<ConfirmationView>,
    /// The records behind it the reader may open.
    pub evidence: Vec<Evidence>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ConfirmationView {
    pub by: UserRef,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    /// What the records showed when it was confirmed.
    pub state: ItemState,
    pub reason: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SignatureView {
    pub signer: Signer,
    pub by: UserRef,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
}

/// A record behind an item: what it is, its id (the enrollment's for a ledger) and a label.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Evidence {
    pub kind: EvidenceKind,
    pub id: Uuid,
    pub label: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceKind {
    Ilp,
    Reflection,
    ApplicationToPractice,
    JobShadowOrVisit,
    Document,
    /// The enrollment's fees.
    Fees,
    /// The enrollment's coaching hours.
    CoachingHours,
    /// The enrollment's meeting counts.
    MeetingCounts,
    /// The enrollment's professional-learning hours.
    ProfessionalLearningHours,
}

/// What the reader may do with the form now.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
pub struct CompletionActions {
    /// The column they confirm, while nobody has signed.
    pub confirm: Option<Column>,
    /// The part they sign, when it is their turn.
    pub sign: Option<Signer>,
}

/// A column's confirmation of one item.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConfirmItem {
    pub item: CompletionItem,
    /// Required when the records do not show the item met: why it is confirmed anyway.
    #[schema(max_length = 2000)]
    pub reason: Option<String>,
}

/// A signature.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SignForm {
    /// The part signed; the caller must be that party.
    pub signer: Signer,
}

/// Where one candidate stands on the completion form, for the lists of a program's candidates
/// (a district representative's home): the items computed, the caller's column, the signatures.
#[derive(Debug, Serialize, ToSchema)]
pub struct CompletionStatus {
    pub enrollment_id: Uuid,
    pub candidate: UserRef,
    pub cohort_label: String,
    pub district_name: String,
    pub status: EnrollmentStatus,
    /// How many of the form's ten items the records show met.
    #[schema(maximum = 10)]
    pub items_met: u32,
    /// The form's items whose time has passed, not met.
    pub not_met: Vec<CompletionItem>,
    /// When the form is due (the candidate's last end-of-year meeting, or the program's end).
    pub due_on: Date,
    /// The form's items the caller's column has confirmed (none for who confirms in no column).
    #[schema(maximum = 10)]
    pub confirmed_by_your_column: u32,
    /// Who has signed, in the form's order.
    pub signed_by: Vec<Signer>,
}
