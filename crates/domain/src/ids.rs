//! Record ids: one type per kind of record, so a coaching log's id can never be passed where a
//! user's is expected. Each wraps a UUID; stored as its hyphenated text on both backends and
//! sent as a plain UUID on the wire.

use std::fmt;
use std::str::FromStr;
use uuid::Uuid;

macro_rules! ids {
    ($($(#[$meta:meta])* $name:ident),+ $(,)?) => {$(
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "sql", derive(diesel::expression::AsExpression, diesel::deserialize::FromSqlRow))]
        #[cfg_attr(feature = "sql", diesel(sql_type = diesel::sql_types::Text))]
        #[serde(transparent)]
        pub struct $name(Uuid);

        impl $name {
            /// A fresh random id (UUID v4).
            pub fn new() -> Self {
                $name(Uuid::new_v4())
            }
            pub fn uuid(self) -> Uuid {
                self.0
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl From<Uuid> for $name {
            fn from(u: Uuid) -> Self {
                $name(u)
            }
        }

        impl From<$name> for Uuid {
            fn from(id: $name) -> Uuid {
                id.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.hyphenated().fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, uuid::Error> {
                Uuid::parse_str(s).map($name)
            }
        }

        #[cfg(feature = "sql")]
        crate::sql::text_column!($name);
    )+};
}

ids! {
    UserId,
    ProgramId,
    CohortId,
    DistrictId,
    MembershipId,
    EnrollmentId,
    AssignmentId,
    /// A collaborative coaching log.
    LogId,
    /// An Individual Leadership Plan.
    IlpId,
    CommentId,
    /// A reflection assessment (one term).
    ReflectionId,
    /// An Application to Practice.
    AtpId,
    EventId,
    RegistrationId,
    /// A person's mark on an event's sign-in sheet.
    AttendanceId,
    /// A document of the e-portfolio (its versions keep the files).
    DocumentId,
    DocumentVersionId,
    /// An alternative professional learning (the PL reflection form and its approval).
    ProfessionalLearningId,
    /// A job shadow or a Distinguished School / WASC visit.
    ExperienceId,
    /// A payment toward a program fee (or its reversal).
    PaymentId,
    /// A request (change of coach, extension, withdrawal, complaint, doctoral waiver).
    RequestId,
    /// A charge an approved request added to a fee plan.
    ChargeId,
    /// A change of an enrollment's cost structure or payer from a day.
    PlanChangeId,
    SessionId,
    RefreshTokenId,
    AuditEventId,
    RevisionId,
    /// A completion roster for the credential office.
    RosterId,
    /// A follow-up with a candidate from the portfolio review ("contact the candidate").
    FollowUpId,
    /// A notification to one person (in the app, and by email when it is on).
    NotificationId,
    /// A single-use link to set a password: an invitation or a reset.
    PasswordLinkId,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_read_back_what_they_write_and_refuse_anything_else() {
        let id = LogId::new();
        assert_eq!(id.to_string().parse::<LogId>().unwrap(), id);
        assert!("not-a-uuid".parse::<LogId>().is_err());
        assert_eq!(serde_json::to_value(id).unwrap(), serde_json::Value::String(id.to_string()));
    }
}
