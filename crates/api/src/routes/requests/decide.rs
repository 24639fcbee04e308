use super::json::Request;
use super::record::{load, RequestRecord};
use crate::body::Body;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::{ok_tagged, IfMatch};
use crate::kernel;
use crate::kernel::Taken;
use crate::state::AppState;
use actix_web::{post, web, HttpResponse};
use coachfolio_domain::ids::RequestId;
use coachfolio_domain::request::Decision;
use coachfolio_domain::request::RequestAction;
use coachfolio_domain::Invalid;
use coachfolio_persistence::Json;
use uuid::Uuid;

/// Approve or deny a request under review
///
/// By the director for an extension or a doctoral waiver, by the coordinators (or the
/// director) for the rest; always with a reason. An approval takes effect at once:
/// - change of coach: `new_coach_id` from `effective_on` (the current assignment ends the day
///   before);
/// - extension: the enrollment is extended by one program year and the program's extension
///   fee is added to the candidate's plan, due on that year's first fee date;
/// - withdrawal: the enrollment is withdrawn on `effective_on`, its coach assignment ends,
///   installments due after it are dropped, and with `charge_withdrawal_fee` the program's
///   withdrawal fee is added;
/// - doctoral waiver: `waived_topics` (of those asked for) and `waived_pl`, the program's
///   professional-learning activities those topics waive, each with its program year and
///   minutes: every topic waived names at least one, and a year loses at most its
///   requirement. The candidate's PL requirement (each year's and the total, on the ledger,
///   the completion form and the homes) is reduced by them from then on.
///
/// A complaint's decision records `meeting_on` and its `plan_of_action` either way.
#[utoipa::path(tag = "requests", request_body = Decision,
    params(("request_id" = Uuid, Path), ("If-Match" = String, Header, description = "The ETag last read")),
    responses((status = 200, body = Request)))]
#[post("/requests/{request_id}/decision")]
pub async fn decide(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<Uuid>,
    if_match: IfMatch,
    body: Body<Decision>,
) -> Result<HttpResponse, ApiError> {
    let id = RequestId::from(path.into_inner());
    let mut d = body.0;
    d.reason = d.reason.trim().to_string();
    d.plan_of_action = d.plan_of_action.map(|p| p.trim().to_string());
    let record = state
        .write(move |c| {
            let loaded = load(c, &me, id)?;
            loaded.context.may_decide(&loaded.row)?;
            Invalid::check(d.check(&loaded.row.form.0, &loaded.context.settings))?;
            let step = if d.approved { RequestAction::Approved } else { RequestAction::Denied };
            let taken = Taken { step, note: Some(d.reason.clone()) };
            kernel::update::<RequestRecord>(c, &me, if_match, loaded, taken, |c, row, ctx| {
                super::effects::apply(c, &me, row, &d, ctx)?;
                row.decision = Some(Json(d));
                Ok(vec!["decision"])
            })
        })
        .await?;
    Ok(ok_tagged(record.version, &record))
}
