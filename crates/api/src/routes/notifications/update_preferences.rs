use super::json::{Preferences, PreferencesChange};
use super::preferences::of;
use crate::body::Body;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{patch, web};
use coachfolio_domain::{FieldError, Invalid};
use coachfolio_persistence::{notification_preferences, now};

/// Change my email choices
///
/// Sets the kinds listed and leaves the others as they were (so two pages changing different
/// kinds never undo each other). Account emails (invitations, password resets) are always
/// sent: 422 naming the item. Answers every choice.
#[utoipa::path(tag = "me", request_body = PreferencesChange, responses((status = 200, body = Preferences)))]
#[patch("/me/notification-preferences")]
pub async fn update_preferences(
    state: web::Data<AppState>,
    me: Caller,
    body: Body<PreferencesChange>,
) -> Result<web::Json<Preferences>, ApiError> {
    let items = body.0.items;
    let mut errors = Vec::new();
    for (i, p) in items.iter().enumerate() {
        if p.kind.carries_secret() {
            errors.push(FieldError::new(format!("items[{i}].kind"), "account emails are always sent"));
        }
        if items[..i].iter().any(|q| q.kind == p.kind) {
            errors.push(FieldError::new(format!("items[{i}].kind"), "is listed twice"));
        }
    }
    Invalid::check(errors)?;
    let choices: Vec<_> = items.into_iter().map(|p| (p.kind, p.email)).collect();
    let updated = state
        .write(move |c| {
            notification_preferences::set(c, me.id(), &choices, now())?;
            of(c, me.id())
        })
        .await?;
    Ok(web::Json(updated))
}
