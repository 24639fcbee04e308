use super::{User, UserPage};
use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::pagination::PageQuery;
use crate::policy;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_persistence::users;
use serde::Deserialize;
use utoipa::IntoParams;
use validator::Validate;

#[derive(Debug, Deserialize, IntoParams, Validate)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct UserQuery {
    /// Part of a name, username or email.
    #[param(max_length = 100)]
    #[validate(length(max = 100))]
    pub q: Option<String>,
    #[param(minimum = 1, maximum = 1000000)]
    #[validate(range(min = 1, max = 1000000))]
    pub page: Option<u32>,
    #[param(minimum = 1, maximum = 100)]
    #[validate(range(min = 1, max = 100))]
    pub per_page: Option<u32>,
}

/// List accounts
///
/// For administrators, coordinators and directors, to find people to enroll or assign.
#[utoipa::path(tag = "users", params(UserQuery), responses((status = 200, body = UserPage)))]
#[get("/users")]
pub async fn list(
    state: web::Data<AppState>,
    me: CurrentUser,
    query: web::Query<UserQuery>,
) -> Result<web::Json<UserPage>, ApiError> {
    let query = query.into_inner();
    query.validate()?;
    let page = PageQuery { page: query.page, per_page: query.per_page };
    let (offset, limit) = (page.offset(), page.limit());
    let (rows, total) = state
        .read(move |c| {
            policy::require_account_reader(c, &me)?;
            Ok(users::list(c, query.q.as_deref(), offset, limit)?)
        })
        .await?;
    Ok(web::Json(UserPage::new(rows.iter().map(User::from).collect(), &page, total)))
}
