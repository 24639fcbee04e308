use super::json::{PasswordResetAccepted, PasswordResetRequest};
use crate::auth::links;
use crate::auth::throttle::Verdict;
use crate::body::Body;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{post, web, HttpRequest, HttpResponse};
use coachfolio_domain::password_link::{LinkPurpose, RESETS_PER_WINDOW, RESET_WINDOW};
use coachfolio_domain::user::{check_email, identity_key, UserStatus};
use coachfolio_domain::Invalid;
use coachfolio_persistence::{now, password_links, users};

/// Ask for a password reset link
///
/// Emails a link to choose a new password (single-use, for an hour) to the active account with
/// this address. The answer is the same whether or not there is one. At most 3 links an hour
/// go to one account (further asks are answered alike and send nothing); one client asking
/// too often is refused with 429 and `Retry-After`. Refused (422) when the installation sends
/// no email.
#[utoipa::path(tag = "auth", request_body = PasswordResetRequest, security(()),
    responses((status = 202, description = "Sent if the address is an account's", body = PasswordResetAccepted)))]
#[post("/auth/password-reset")]
pub async fn ask(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: Body<PasswordResetRequest>,
) -> Result<HttpResponse, ApiError> {
    let email = body.0.email;
    let mut errors = Vec::new();
    check_email("email", &email, &mut errors);
    Invalid::check(errors)?;
    if !state.email {
        return Err(ApiError::invalid(
            "email",
            "cannot be sent a link: this installation sends no email; ask your coordinator or administrator for a new password",
        ));
    }
    // Every ask counts against the client, found or not.
    let client = vec![format!("reset:{}", req.peer_addr().map(|a| a.ip().to_string()).unwrap_or_default())];
    if let Verdict::Refuse { retry_after } = state.throttle.check(&client) {
        return Err(ApiError::TooManyRequests { retry_after_secs: retry_after.as_secs().max(1) });
    }
    state.throttle.failed(&client);
    let key = identity_key(&email);
    state
        .write(move |c| {
            let Some(user) = users::find_by_login(c, &key)?.filter(|u| u.email_key == key) else {
                return Ok(());
            };
            let recent = password_links::made_since(c, user.id, LinkPurpose::Reset, now() - RESET_WINDOW)?;
            if user.status != UserStatus::Active || recent >= RESETS_PER_WINDOW {
                return Ok(());
            }
            links::send(c, &user, LinkPurpose::Reset)
        })
        .await?;
    Ok(HttpResponse::Accepted().json(PasswordResetAccepted {
        message: "If an account has this address, a link to choose a new password is on its way. It works for an hour."
            .into(),
    }))
}
