use super::json::{UserPage, UserQuery};
use super::record::{to_json, AccountContext};
use crate::capabilities::{AccountAccess, Caller};
use crate::error::ApiError;
use crate::pagination::PageQuery;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_persistence::{memberships, users};
use std::collections::HashMap;
use validator::Validate;

/// List accounts
///
/// For administrators, coordinators and directors, to find people to enroll or assign: the
/// accounts whose every role is in programs you run (coordinators also see accounts with no
/// role yet), and an account of another program only when `q` is its whole email.
#[utoipa::path(tag = "users", params(UserQuery), responses((status = 200, body = UserPage)))]
#[get("/users")]
pub async fn list(
    state: web::Data<AppState>,
    me: Caller,
    query: web::Query<UserQuery>,
) -> Result<web::Json<UserPage>, ApiError> {
    let query = query.into_inner();
    query.validate()?;
    let page = PageQuery { page: query.page, per_page: query.per_page };
    let (offset, limit) = (page.offset(), page.limit());
    let (items, total) = state
        .read(move |c| {
            let access = AccountAccess::load(c, &me.user)?;
            let (rows, total) = users::list(c, query.q.as_deref(), access.require_list()?, offset, limit)?;
            // Whom the caller manages, from the page's memberships read at once.
            let ids: Vec<_> = rows.iter().map(|r| r.id).collect();
            let mut roles: HashMap<_, Vec<_>> = HashMap::new();
            for m in memberships::of_users(c, &ids)? {
                roles.entry(m.0.user_id).or_default().push(m);
            }
            let items = rows
                .iter()
                .map(|row| {
                    let manages = access.manages_with(row, roles.get(&row.id).map(Vec::as_slice).unwrap_or_default());
                    to_json(row, &AccountContext { me: me.id(), manages })
                })
                .collect();
            Ok((items, total))
        })
        .await?;
    Ok(web::Json(UserPage::new(items, &page, total)))
}
