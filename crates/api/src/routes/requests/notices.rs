//! Whom a request's steps tell: a new request asks whoever decides it (the director, or the
//! coordinators); a decision and the closing tell the candidate. A notice names the request's
//! kind and who asked, never its form's text or the decision's reason.

use super::json::Request;
use crate::error::ApiError;
use crate::notify::Notice;
use coachfolio_domain::ids::UserId;
use coachfolio_domain::notification::NoticeKind;
use coachfolio_domain::request::{Decider, RequestStatus};
use coachfolio_domain::role::Role;
use coachfolio_persistence::requests::RequestRow;
use coachfolio_persistence::{memberships, users, DbConnection};

/// The deciders of a new request.
pub(crate) fn submitted(c: &mut DbConnection, row: &RequestRow) -> Result<Vec<Notice>, ApiError> {
    let role = match row.kind.decider() {
        Decider::Director => Role::Director,
        Decider::Coordinator => Role::Coordinator,
    };
    let candidate = users::ref_of(c, row.candidate_id)?;
    let label = row.kind.label();
    Ok(memberships::of_program(c, row.program_id, Some(role))?
        .into_iter()
        .map(|(_, decider)| {
            notice(
                UserId::from(decider.id),
                row,
                NoticeKind::RequestSubmitted,
                format!("A {label} request to decide"),
                format!("{} asked for a {label}; it waits for your decision.", candidate.display_name),
            )
        })
        .collect())
}

/// The candidate, when their request is decided or closed.
pub(crate) fn moved(before: &RequestRow, after: &Request) -> Vec<Notice> {
    let (kind, said) = match after.status {
        s if s == before.status => return Vec::new(),
        RequestStatus::Approved => (NoticeKind::RequestDecided, "was approved"),
        RequestStatus::Denied => (NoticeKind::RequestDecided, "was denied"),
        RequestStatus::Done => (NoticeKind::RequestClosed, "was closed"),
        _ => return Vec::new(),
    };
    let label = before.kind.label();
    vec![notice(
        before.candidate_id,
        before,
        kind,
        format!("Your {label} request {said}"),
        format!("Your {label} request {said}. The decision and its reason are on the request."),
    )]
}

fn notice(to: UserId, row: &RequestRow, kind: NoticeKind, title: String, body: String) -> Notice {
    Notice { to, program_id: row.program_id, kind, title, body, link: format!("/requests/{}", row.id) }
}
