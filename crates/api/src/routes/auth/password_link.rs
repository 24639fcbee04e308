use super::json::{LinkToken, PasswordLink};
use super::link::usable_link;
use crate::body::Body;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{post, web};

/// Whom a password link is for
///
/// The page an invitation or reset email opens reads this first, to greet the person and show
/// their username. 422 naming `token` when the link has expired or was used. The secret is
/// sent in the body, never in a URL a log would keep.
#[utoipa::path(tag = "auth", request_body = LinkToken, security(()), responses((status = 200, body = PasswordLink)))]
#[post("/auth/password-link")]
pub async fn inspect(state: web::Data<AppState>, body: Body<LinkToken>) -> Result<web::Json<PasswordLink>, ApiError> {
    let token = body.0.token;
    let (link, user) = state.read(move |c| usable_link(c, &token)).await?;
    Ok(web::Json(PasswordLink {
        purpose: link.purpose,
        username: user.username,
        display_name: user.display_name,
        expires_at: (link.created_at + link.purpose.lifetime()).assume_utc(),
    }))
}
