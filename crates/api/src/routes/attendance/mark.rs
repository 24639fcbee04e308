use super::json::{Attendance, MarkAttendance};
use super::record::{checked_mark, require_taking, AttendanceContext, AttendanceRecord};
use crate::body::Body;
use crate::capabilities::Caller;
use crate::error::ApiError;
use crate::etag::{created_tagged, ok_tagged, IfMatch};
use crate::kernel::{self, Loaded};
use crate::routes::events::record::{admits, attendee_of, load};
use crate::state::AppState;
use actix_web::{put, web, HttpResponse};
use coachfolio_domain::attendance::AttendanceStatus;
use coachfolio_domain::event::RegistrationState;
use coachfolio_domain::ids::{EventId, UserId};
use coachfolio_domain::step::Edit;
use coachfolio_persistence::attendance::{self as marks, NewAttendance};
use coachfolio_persistence::events;
use uuid::Uuid;

/// Mark a person attended, absent or excused
///
/// For the program's coordinators, once the event has started. The first mark needs no
/// If-Match (a walk-in who did not register is marked the same way, if the event is for them);
/// a correction sends the mark's ETag, and the mark as it read before is kept in its history.
/// An absence from a required meeting may carry its make-up.
#[utoipa::path(tag = "attendance", request_body = MarkAttendance,
    params(("event_id" = Uuid, Path), ("user_id" = Uuid, Path),
        ("If-Match" = Option<String>, Header, description = "The mark's ETag, to correct it")),
    responses((status = 200, body = Attendance), (status = 201, body = Attendance)))]
#[put("/events/{event_id}/attendance/{user_id}")]
pub async fn mark(
    state: web::Data<AppState>,
    me: Caller,
    path: web::Path<(Uuid, Uuid)>,
    if_match: Option<IfMatch>,
    body: Body<MarkAttendance>,
) -> Result<HttpResponse, ApiError> {
    let (event_id, who) = path.into_inner();
    let (event_id, who) = (EventId::from(event_id), UserId::from(who));
    let (created, view) = state
        .write(move |c| {
            let loaded = load(c, &me, event_id)?;
            let (event, ctx) = (loaded.row, loaded.context);
            require_taking(&event, &ctx)?;
            if who == me.id() {
                return Err(ApiError::Forbidden("nobody records their own attendance".into()));
            }
            let registration = events::registration_of(c, event_id, who)?;
            let existing = marks::of_person(c, event_id, who)?;
            if registration.is_none() && existing.is_none() {
                let attendee = attendee_of(c, who, event.program_id, ctx.now)?;
                admits(&event, &attendee).map_err(|why| ApiError::invalid("user_id", why))?;
            }
            let kept = existing.as_ref().filter(|r| r.mark.status == AttendanceStatus::Attended);
            let mark = checked_mark(c, &event, &ctx, body.0, kept.map(|r| r.mark.credited_minutes))?;
            let context = AttendanceContext { event, ctx };
            match existing {
                None => {
                    let walk_in = registration.is_none_or(|r| r.state != RegistrationState::Confirmed);
                    let new = NewAttendance::new(event_id, context.event.program_id, who, walk_in, mark, me.id());
                    marks::insert(c, std::slice::from_ref(&new))?;
                    let row = marks::find(c, new.id)?;
                    Ok((true, kernel::created::<AttendanceRecord>(c, &me, &row, &context)?))
                }
                Some(row) => {
                    let if_match = if_match.ok_or(ApiError::PreconditionRequired)?;
                    let loaded = Loaded { row, context };
                    let view =
                        kernel::update::<AttendanceRecord>(c, &me, if_match, loaded, Edit::Corrected, |_, row, _| {
                            if row.mark == mark {
                                return Ok(vec![]);
                            }
                            row.mark = mark;
                            (row.recorded_by, row.recorded_at) = (me.id(), coachfolio_persistence::now());
                            Ok(vec!["status", "note", "makeup"])
                        })?;
                    Ok((false, view))
                }
            }
        })
        .await?;
    Ok(if created { created_tagged(view.version, &view) } else { ok_tagged(view.version, &view) })
}
