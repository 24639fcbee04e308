use super::json::TokenPair;
use super::session::{answer, start_session};
use crate::auth::passwords;
use crate::auth::throttle::Verdict;
use crate::body::Body;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{post, web, HttpRequest, HttpResponse};
use coachfolio_domain::user::{identity_key, UserStatus};
use coachfolio_persistence::users;
use serde::Deserialize;
use utoipa::ToSchema;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Login {
    /// Username or email, in any case.
    #[schema(min_length = 1, max_length = 254)]
    pub login: String,
    #[schema(min_length = 1, max_length = 1024)]
    pub password: String,
    /// Keep the refresh token in an HttpOnly cookie instead of the answer (the web app).
    #[serde(default)]
    pub refresh_cookie: bool,
}

/// Sign in with username or email and password
///
/// Wrong password, unknown account and disabled account get the same answer. Repeated
/// failures are slowed down, then refused with 429 and `Retry-After`.
#[utoipa::path(tag = "auth", request_body = Login, security(()),
    responses((status = 200, description = "Signed in", body = TokenPair)))]
#[post("/auth/login")]
pub async fn login(state: web::Data<AppState>, req: HttpRequest, body: Body<Login>) -> Result<HttpResponse, ApiError> {
    let Login { login, password, refresh_cookie } = body.0;
    if login.len() > 254 || password.len() > 1024 {
        return Err(ApiError::invalid("login", "wrong username/email or password"));
    }
    let key = identity_key(&login);
    let ip = req.peer_addr().map(|a| a.ip().to_string()).unwrap_or_default();
    let keys = vec![format!("login:{key}"), format!("ip:{ip}")];
    match state.throttle.check(&keys) {
        Verdict::Refuse { retry_after } => {
            return Err(ApiError::TooManyRequests { retry_after_secs: retry_after.as_secs().max(1) })
        }
        Verdict::Go { delay } if !delay.is_zero() => actix_web::rt::time::sleep(delay).await,
        Verdict::Go { .. } => {}
    }
    // Verify outside the write transaction: hashing is slow and must not hold the write lock.
    let user = state
        .read(move |c| {
            let user = users::find_by_login(c, &key)?;
            Ok(match user {
                Some(u) if passwords::verify(&password, &u.password_hash) && u.status == UserStatus::Active => Some(u),
                Some(_) => None,
                None => {
                    passwords::verify_nobody(&password);
                    None
                }
            })
        })
        .await?;
    let Some(user) = user else {
        state.throttle.failed(&keys);
        return Err(ApiError::Unauthorized("wrong username/email or password".into()));
    };
    state.throttle.succeeded(&keys[..1]);
    let s = state.clone();
    let pair = state.write(move |c| start_session(c, &s, &user)).await?;
    Ok(answer(&state, pair, refresh_cookie))
}
