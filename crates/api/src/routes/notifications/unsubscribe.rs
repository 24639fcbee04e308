use super::json::{UnsubscribeQuery, Unsubscribed};
use crate::error::ApiError;
use crate::notify::unsubscribe::Leave;
use crate::state::AppState;
use actix_web::{post, web};
use coachfolio_domain::ids::UserId;
use coachfolio_domain::notification::EmailTiming;
use coachfolio_persistence::{audit, notification_preferences, now};

/// Stop a kind of email (one-click unsubscribe)
///
/// The link at the foot of every notification email, and its `List-Unsubscribe` header (RFC
/// 8058: a mail client POSTs `List-Unsubscribe=One-Click`, any body is ignored). No sign-in: the
/// link is signed for its person and kind. Turns that kind's email off (`daily_digest`: every
/// kind in the person's digest); the app still lists the notifications. 422 naming `sig` when
/// the link is not one Coachfolio made.
#[utoipa::path(tag = "me", params(UnsubscribeQuery), security(()),
    responses((status = 200, body = Unsubscribed)))]
#[post("/unsubscribe")]
pub async fn unsubscribe(
    state: web::Data<AppState>,
    query: web::Query<UnsubscribeQuery>,
) -> Result<web::Json<Unsubscribed>, ApiError> {
    let UnsubscribeQuery { user, kind, sig } = query.into_inner();
    let user = UserId::from(user);
    let leave = Leave::parse(&kind).ok_or_else(|| ApiError::invalid("kind", "is not a kind of email one can stop"))?;
    if !state.keys.unsubscribe.verify(user, leave, &sig) {
        return Err(ApiError::invalid(
            "sig",
            "this link is not one Coachfolio made: choose what you get under Notifications",
        ));
    }
    state
        .write(move |c| {
            match leave {
                Leave::Kind(k) => notification_preferences::set(c, user, &[(k, EmailTiming::Off)], now())?,
                Leave::Digest => {
                    notification_preferences::digest_off(c, user, now())?;
                }
            }
            audit::record(
                c,
                audit::Entry {
                    actor_id: Some(user),
                    program_id: None,
                    action: "notifications.unsubscribed",
                    entity: "user",
                    entity_id: user.to_string(),
                    before: None,
                    after: Some(serde_json::json!({ "kind": leave.as_str() })),
                    confidential: false,
                },
            )?;
            Ok(())
        })
        .await?;
    Ok(web::Json(Unsubscribed { kind: kind.clone(), email: EmailTiming::Off }))
}
