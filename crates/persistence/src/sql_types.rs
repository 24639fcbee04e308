//! Typed columns on both backends. The domain's ids and enumerations carry their SQLite and
//! PostgreSQL TEXT impls (domain feature `sql`); here they gain the multi-backend ones, and
//! JSON columns get a typed wrapper, so rows hold `LogState`, `UserId` and `Json<Vec<u8>>`, and
//! a stored value that does not parse is an error, never a default.

use crate::connection::MultiBackend;
use coachfolio_domain::annual_review::Reviewer;
use coachfolio_domain::application_to_practice::AtpStatus;
use coachfolio_domain::attendance::AttendanceStatus;
use coachfolio_domain::coaching_log::{LogMode, LogState};
use coachfolio_domain::document::DocumentKind;
use coachfolio_domain::enrollment::{CostStructure, Employment, EnrollmentStatus, Position};
use coachfolio_domain::event::{Audience, EventKind, EventStatus, RegistrationState};
use coachfolio_domain::fees::{FeeKind, FeePayer, FeePlan, PaymentMethod};
use coachfolio_domain::follow_up::FollowUpStatus;
use coachfolio_domain::ids::*;
use coachfolio_domain::ilp::IlpStatus;
use coachfolio_domain::job_shadow::{ExperienceKind, ExperienceStatus};
use coachfolio_domain::notification::{EmailStatus, EmailTiming, NoticeKind};
use coachfolio_domain::password_link::LinkPurpose;
use coachfolio_domain::professional_learning::PlStatus;
use coachfolio_domain::reflection::{ReflectionStatus, Term};
use coachfolio_domain::request::{RequestKind, RequestStatus};
use coachfolio_domain::role::Role;
use coachfolio_domain::user::UserStatus;
use diesel::deserialize::{self, FromSql};
use diesel::pg::Pg;
use diesel::serialize::{self, IsNull, Output, ToSql};
use diesel::sql_types::Text;
use diesel::sqlite::Sqlite;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::fmt::Debug;

/// The multi-backend `ToSql` of a TEXT-column type whose SQLite and PostgreSQL impls exist
/// (its `FromSql` is generic over backends already).
macro_rules! multi_backend_text {
    ($($ty:ty),+ $(,)?) => {$(
        impl ToSql<Text, MultiBackend> for $ty {
            fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, MultiBackend>) -> serialize::Result {
                out.set_value((Text, self));
                Ok(IsNull::No)
            }
        }
    )+};
}

multi_backend_text!(
    UserId,
    ProgramId,
    CohortId,
    DistrictId,
    MembershipId,
    EnrollmentId,
    AssignmentId,
    LogId,
    IlpId,
    CommentId,
    ReflectionId,
    AtpId,
    EventId,
    RegistrationId,
    AttendanceId,
    DocumentId,
    DocumentVersionId,
    ProfessionalLearningId,
    ExperienceId,
    PaymentId,
    RequestId,
    ChargeId,
    PlanChangeId,
    SessionId,
    RefreshTokenId,
    AuditEventId,
    RevisionId,
    Role,
    UserStatus,
    EnrollmentStatus,
    Position,
    Employment,
    CostStructure,
    LogState,
    LogMode,
    IlpStatus,
    Term,
    ReflectionStatus,
    AtpStatus,
    EventKind,
    Audience,
    EventStatus,
    RegistrationState,
    AttendanceStatus,
    DocumentKind,
    PlStatus,
    FeePayer,
    PaymentMethod,
    ExperienceKind,
    ExperienceStatus,
    RequestKind,
    RequestStatus,
    FeeKind,
    FollowUpId,
    FollowUpStatus,
    Reviewer,
    FeePlan,
    NotificationId,
    NoticeKind,
    EmailStatus,
    PasswordLinkId,
    LinkPurpose,
    EmailTiming,
);

/// A value stored as JSON text (lists of codes and standards, settings, snapshots).
#[derive(Debug, Clone, Default, PartialEq, Eq, diesel::expression::AsExpression, diesel::deserialize::FromSqlRow)]
#[diesel(sql_type = Text)]
pub struct Json<T: Debug>(pub T);

impl<T: Debug> std::ops::Deref for Json<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

fn to_json<T: Serialize>(v: &T) -> Result<String, Box<dyn std::error::Error + Send + Sync>> {
    Ok(serde_json::to_string(v)?)
}

impl<T: Serialize + Debug> ToSql<Text, Sqlite> for Json<T> {
    fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, Sqlite>) -> serialize::Result {
        out.set_value(to_json(&self.0)?);
        Ok(IsNull::No)
    }
}

impl<T: Serialize + Debug> ToSql<Text, Pg> for Json<T> {
    fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, Pg>) -> serialize::Result {
        use std::io::Write;
        out.write_all(to_json(&self.0)?.as_bytes())?;
        Ok(IsNull::No)
    }
}

impl<T: Serialize + Debug + Send + Sync + 'static> ToSql<Text, MultiBackend> for Json<T> {
    fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, MultiBackend>) -> serialize::Result {
        out.set_value((Text, self));
        Ok(IsNull::No)
    }
}

impl<T, DB> FromSql<Text, DB> for Json<T>
where
    T: DeserializeOwned + Debug,
    DB: diesel::backend::Backend,
    String: FromSql<Text, DB>,
{
    fn from_sql(bytes: DB::RawValue<'_>) -> deserialize::Result<Self> {
        let text = String::from_sql(bytes)?;
        serde_json::from_str(&text).map(Json).map_err(|e| format!("stored JSON does not parse: {e}").into())
    }
}
