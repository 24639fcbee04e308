//! The request as a record of the kernel: who reads it, who takes each step, and how it is
//! shown. Its text is confidential: the candidate and the program's coordinators and director
//! (and, for the plans they help with, the current coach).

use super::json::{Request, RequestActions, RequestStep};
use crate::attachable::{Attachable, Support};
use crate::capabilities::{Caller, EnrollmentAccess, EnrollmentPermission};
use crate::current_user::CurrentUser;
use crate::error::{ApiError, OrNotFound};
use crate::etag::IfMatch;
use crate::kernel::Moving;
use crate::kernel::Taken;
use crate::kernel::{self, Loaded, Record};
use crate::notify::Notice;
use crate::routes::documents::json::AttachedDocument;
use crate::state::AppState;
use coachfolio_domain::document::DocumentKind;
use coachfolio_domain::enrollment::EnrollmentStatus;
use coachfolio_domain::ids::{ProgramId, RequestId, UserId};
use coachfolio_domain::request::RequestAction;
use coachfolio_domain::request::{RequestForm, RequestKind, RequestStatus};
use coachfolio_domain::settings::RequirementSettings;
use coachfolio_domain::user::{check_optional_text, UserRef};
use coachfolio_domain::Invalid;
use coachfolio_persistence::documents::DocumentForm;
use coachfolio_persistence::documents::{self, AttachedTo, DocumentRow};
use coachfolio_persistence::enrollments::{self, EnrollmentRow};
use coachfolio_persistence::requests::{self, RequestRow};
use coachfolio_persistence::Found;
use coachfolio_persistence::{programs, users, DbConnection};
use serde_json::{json, Value};
use time::Date;

pub(crate) struct RequestRecord;

/// How the caller relates to the candidate and the program, the program's date and its
/// settings (the fees an approval charges).
pub(crate) struct RequestContext {
    pub me: UserId,
    pub access: EnrollmentAccess,
    pub enrollment: EnrollmentRow,
    pub today: Date,
    pub settings: RequirementSettings,
}

impl Record for RequestRecord {
    type Row = RequestRow;
    type Context = RequestContext;
    type View = Request;
    type Step = RequestAction;
    const ENTITY: &'static str = "request";
    const CONFIDENTIAL: bool = true;

    fn program_id(row: &RequestRow) -> Option<ProgramId> {
        Some(row.program_id)
    }

    fn view(c: &mut DbConnection, row: &RequestRow, ctx: &RequestContext) -> Result<Request, ApiError> {
        let docs = documents::attached_to(c, AttachedTo::Request(&[row.id]))?;
        let people = users::refs(c, &people_of(std::slice::from_ref(row)))?;
        to_json(row, &docs, &people, ctx)
    }

    /// Its kind, status and decision's outcome, never the form's text.
    fn audited(_: &Request, after: &Request, changed: &[&str]) -> (Option<Value>, Option<Value>) {
        let after = json!({
            "kind": after.kind,
            "status": after.status,
            "approved": after.decision.as_ref().map(|d| d.approved),
            "version": after.version,
            "changed_fields": changed,
        });
        (None, Some(after))
    }

    /// The status `RequestStatus::after` gives, kept in the request's history with who took
    /// the action and their note.
    fn advance(row: &mut RequestRow, step: &RequestAction, m: &Moving<'_>) -> Result<Vec<&'static str>, ApiError> {
        let next = row.status.after(*step).map_err(ApiError::status_refused)?;
        row.step(next, m.by, m.note.map(Into::into));
        Ok(vec!["status"])
    }

    /// A new request asks whoever decides it; a decision and the closing tell the candidate.
    fn created_notices(c: &mut DbConnection, row: &RequestRow, _: &RequestContext) -> Result<Vec<Notice>, ApiError> {
        super::notices::submitted(c, row)
    }

    fn notices(
        _: &mut DbConnection,
        before: &RequestRow,
        _: &RequestRow,
        after: &Request,
        _: &RequestAction,
    ) -> Result<Vec<Notice>, ApiError> {
        Ok(super::notices::moved(before, after))
    }
}

/// Everyone the requests name.
pub(crate) fn people_of(rows: &[RequestRow]) -> Vec<UserId> {
    let mut ids: Vec<UserId> = rows
        .iter()
        .flat_map(|r| [r.candidate_id, r.submitted_by].into_iter().chain(r.steps.0.iter().map(|s| s.by)))
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

pub(crate) fn to_json(
    row: &RequestRow,
    docs: &[DocumentRow],
    people: &[UserRef],
    ctx: &RequestContext,
) -> Result<Request, ApiError> {
    let person = |id: UserId| crate::people::person(people, id);
    let steps = row
        .steps
        .0
        .iter()
        .map(|s| Ok(RequestStep { status: s.status, by: person(s.by)?, at: s.at, note: s.note.clone() }))
        .collect::<Result<Vec<_>, ApiError>>()?;
    Ok(Request {
        id: row.id.uuid(),
        program_id: row.program_id.uuid(),
        enrollment_id: row.enrollment_id.uuid(),
        candidate: person(row.candidate_id)?,
        kind: row.kind,
        form: row.form.0.clone(),
        status: row.status,
        decided_by_role: row.kind.decider(),
        decision: row.decision.as_ref().map(|d| d.0.clone()),
        steps,
        submitted_by: person(row.submitted_by)?,
        submitted_at: row.created_at.assume_utc(),
        documents: AttachedDocument::list(docs, |d| d.form.request_id == Some(row.id)),
        version: row.version,
        updated_at: row.updated_at.assume_utc(),
        can: ctx.can(row),
    })
}

impl RequestContext {
    /// The context of an enrollment's requests for `me`: 404 when out of scope.
    pub fn load(c: &mut DbConnection, me: &CurrentUser, enrollment: EnrollmentRow) -> Result<RequestContext, ApiError> {
        let access = EnrollmentAccess::load(c, me, &enrollment)?;
        let program = programs::find(c, enrollment.program_id)?;
        Ok(RequestContext {
            me: me.id(),
            access,
            enrollment,
            today: crate::clock::today_in(&program.time_zone),
            settings: program.settings.0,
        })
    }

    pub fn can(&self, row: &RequestRow) -> RequestActions {
        RequestActions {
            review: self.may_review(row).is_ok(),
            decide: self.may_decide(row).is_ok(),
            close: self.may_close(row).is_ok(),
            cancel: self.may_cancel(row).is_ok(),
            comment: self.reads(row.kind),
            attach: self.may_attach(row).is_ok(),
        }
    }

    pub fn reads(&self, kind: RequestKind) -> bool {
        self.access.allows(EnrollmentPermission::ReadRequest(kind))
    }

    /// A request of `kind` may be submitted for this enrollment now: by the candidate or a
    /// coordinator, for a candidate in a status the kind fits (409 naming `kind` otherwise).
    pub fn may_submit(&self, kind: RequestKind) -> Result<(), ApiError> {
        self.access.require(EnrollmentPermission::SubmitRequest)?;
        use EnrollmentStatus::*;
        let status = self.enrollment.status;
        let fits = match kind {
            RequestKind::Extension | RequestKind::ChangeOfCoach | RequestKind::DoctoralWaiver => {
                matches!(status, Enrolled | Extended)
            }
            RequestKind::Withdrawal => matches!(status, Applied | Enrolled | Extended),
            RequestKind::Complaint => true,
        };
        if !fits {
            return Err(ApiError::conflict("kind", format!("{} is not open to a {status} enrollment", kind.label())));
        }
        Ok(())
    }

    pub fn may_review(&self, row: &RequestRow) -> Result<(), ApiError> {
        self.access.require(EnrollmentPermission::HandleRequest)?;
        row.status.review().map(|_| ()).map_err(|r| ApiError::conflict("status", r.0))
    }

    /// The director decides extensions and doctoral waivers; the coordinators (or the
    /// director) the rest.
    pub fn may_decide(&self, row: &RequestRow) -> Result<(), ApiError> {
        self.access.require(EnrollmentPermission::DecideRequest(row.kind.decider()))?;
        row.status.decide(true).map(|_| ()).map_err(|r| ApiError::conflict("status", r.0))
    }

    pub fn may_close(&self, row: &RequestRow) -> Result<(), ApiError> {
        self.access.require(EnrollmentPermission::HandleRequest)?;
        row.status.close().map(|_| ()).map_err(|r| ApiError::conflict("status", r.0))
    }

    /// The candidate, or whoever filed it for them.
    pub fn may_cancel(&self, row: &RequestRow) -> Result<(), ApiError> {
        if row.submitted_by != self.me {
            self.access.require(EnrollmentPermission::CancelRequest)?;
        }
        row.status.cancel().map(|_| ()).map_err(|r| ApiError::conflict("status", r.0))
    }

    /// Documents go with a request while it is not closed, from the candidate and the staff.
    pub fn may_attach(&self, row: &RequestRow) -> Result<(), ApiError> {
        self.access.require(EnrollmentPermission::AttachToRequest)?;
        if matches!(row.status, RequestStatus::Done | RequestStatus::Cancelled) {
            return Err(ApiError::conflict("status", format!("is {}; nothing more is attached to it", row.status)));
        }
        Ok(())
    }
}

/// Loads a request for someone who reads it; 404 otherwise.
pub(crate) fn load(c: &mut DbConnection, me: &CurrentUser, id: RequestId) -> Result<Loaded<RequestRecord>, ApiError> {
    let row = requests::find(c, id).or_not_found("request")?;
    let enrollment = enrollments::find(c, row.enrollment_id)?;
    let context = RequestContext::load(c, me, enrollment).map_err(|_| ApiError::not_found("request"))?;
    if !context.reads(row.kind) {
        return Err(ApiError::not_found("request"));
    }
    Ok(Loaded { row, context })
}

/// Takes `action` on request `id` for `me` (taking it under review, closing it as done,
/// cancelling it: the actions that change nothing but the request), keeping its note.
pub(crate) async fn take(
    action: RequestAction,
    state: &AppState,
    me: Caller,
    id: RequestId,
    if_match: IfMatch,
    note: Option<String>,
) -> Result<Request, ApiError> {
    let note = checked_note(note)?;
    state
        .write(move |c| {
            let loaded = load(c, &me, id)?;
            let (ctx, row) = (&loaded.context, &loaded.row);
            match action {
                RequestAction::Reviewed => ctx.may_review(row)?,
                RequestAction::Closed => ctx.may_close(row)?,
                RequestAction::Cancelled => ctx.may_cancel(row)?,
                RequestAction::Approved | RequestAction::Denied => ctx.may_decide(row)?,
            }
            kernel::update::<RequestRecord>(c, &me, if_match, loaded, Taken { step: action, note }, |_, _, _| {
                Ok(vec![])
            })
        })
        .await
}

/// A step's note, trimmed (blank: none); 422 naming `note` when too long.
fn checked_note(note: Option<String>) -> Result<Option<String>, ApiError> {
    let note = note.map(|n| n.trim().to_string()).filter(|n| !n.is_empty());
    let mut errors = Vec::new();
    check_optional_text("note", note.as_deref(), 2000, &mut errors);
    Invalid::check(errors)?;
    Ok(note)
}

/// Reads a request's form by its `kind`, naming the field that is wrong.
pub(crate) fn form_of(body: serde_json::Value) -> Result<RequestForm, ApiError> {
    let serde_json::Value::Object(mut fields) = body else {
        return Err(ApiError::invalid("body", "send the request's form as a JSON object"));
    };
    let kinds: Vec<&str> = RequestKind::ALL.iter().map(|k| k.as_str()).collect();
    let kind = fields
        .remove("kind")
        .and_then(|k| k.as_str().and_then(RequestKind::parse))
        .ok_or_else(|| ApiError::invalid("kind", format!("choose the kind of request: {}", kinds.join(", "))))?;
    let rest = serde_json::Value::Object(fields);
    use crate::body::parse_value;
    Ok(match kind {
        RequestKind::ChangeOfCoach => RequestForm::ChangeOfCoach(parse_value(rest)?),
        RequestKind::Extension => RequestForm::Extension(parse_value(rest)?),
        RequestKind::Withdrawal => RequestForm::Withdrawal(parse_value(rest)?),
        RequestKind::Complaint => RequestForm::Complaint(parse_value(rest)?),
        RequestKind::DoctoralWaiver => RequestForm::DoctoralWaiver(parse_value(rest)?),
    })
}

/// A request takes its signed form, a doctoral waiver's papers or another document, from whoever
/// reads it, until it is closed.
impl Attachable for RequestRecord {
    const FIELD: &'static str = "request_id";
    const WHAT: &'static str = "requests";

    fn named(form: &DocumentForm) -> bool {
        form.request_id.is_some()
    }

    fn support(
        c: &mut DbConnection,
        form: &DocumentForm,
        access: EnrollmentAccess,
    ) -> Result<Option<Support>, ApiError> {
        let Some(id) = form.request_id else { return Ok(None) };
        let found = requests::find(c, id).found()?.filter(|r| access.allows(EnrollmentPermission::ReadRequest(r.kind)));
        Ok(found.map(|r| Support {
            enrollment_id: r.enrollment_id,
            takes: Some((
                vec![DocumentKind::RequestForm, DocumentKind::DoctoralWaiver, DocumentKind::Other],
                "a request takes its request form, a doctoral waiver's papers or another document".into(),
            )),
            closed: matches!(r.status, RequestStatus::Done | RequestStatus::Cancelled)
                .then_some("is closed; nothing more is attached to it"),
        }))
    }
}
