use super::json::{Delivery, DeliveryPage, DeliveryQuery};
use crate::capabilities::{AccountAccess, Caller};
use crate::error::ApiError;
use crate::pagination::PageQuery;
use crate::state::AppState;
use actix_web::{get, web};
use coachfolio_domain::permission::InstallationPermission;
use coachfolio_persistence::notifications;
use validator::Validate;

/// The email delivery log
///
/// For the installation administrator: every notification's email, newest first, with where
/// it stands (pending, sending, sent, failed, expired), its attempts and the last error. Never
/// a notification's text. Without SMTP configured nothing is sent and emails stay pending.
#[utoipa::path(tag = "notifications", params(DeliveryQuery), responses((status = 200, body = DeliveryPage)))]
#[get("/notification-deliveries")]
pub async fn list_deliveries(
    state: web::Data<AppState>,
    me: Caller,
    query: web::Query<DeliveryQuery>,
) -> Result<web::Json<DeliveryPage>, ApiError> {
    let q = query.into_inner();
    q.validate()?;
    let page = PageQuery { page: q.page, per_page: q.per_page };
    let (offset, limit) = (page.offset(), page.limit());
    let (rows, total) = state
        .read(move |c| {
            AccountAccess::of(&me.user, &[]).require(InstallationPermission::ReadDeliveries)?;
            Ok(notifications::deliveries(c, q.email_status, offset, limit)?)
        })
        .await?;
    let items = rows
        .into_iter()
        .map(|(r, recipient)| Delivery {
            id: r.id.uuid(),
            kind: r.kind,
            recipient,
            created_at: r.created_at.assume_utc(),
            email_status: r.email_status,
            attempts: r.attempts,
            next_attempt_at: r.next_attempt_at.assume_utc(),
            last_error: r.last_error,
            sent_at: r.sent_at.map(|t| t.assume_utc()),
        })
        .collect();
    Ok(web::Json(DeliveryPage::new(items, &page, total)))
}
