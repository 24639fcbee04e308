//! The people a page names are loaded once (`users::refs`); each line then finds its own.

use crate::error::ApiError;
use coachfolio_domain::ids::UserId;
use coachfolio_domain::user::UserRef;

/// The person `id` among `people`; a 500 if the page forgot to load them.
pub(crate) fn person(people: &[UserRef], id: UserId) -> Result<UserRef, ApiError> {
    people.iter().find(|u| u.id == id.uuid()).cloned().ok_or_else(|| ApiError::Internal("person missing".into()))
}
