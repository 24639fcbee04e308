//! The completion roster as a record of the kernel.

use super::json::{Roster, RosterActions, RosterCandidate};
use crate::capabilities::{ProgramAccess, ProgramPermission};
use crate::current_user::CurrentUser;
use crate::error::{ApiError, OrNotFound};
use crate::kernel::{Loaded, Moving, Record};
use crate::notify::Notice;
use crate::people::person;
use coachfolio_domain::completion::Signer;
use coachfolio_domain::ids::{ProgramId, RosterId, UserId};
use coachfolio_domain::notification::NoticeKind;
use coachfolio_domain::roster::{RosterStatus, RosterStep};
use coachfolio_persistence::completion_rosters::{self, RosterRow};
use coachfolio_persistence::enrollments::{self, Filter};
use coachfolio_persistence::{completion_verifications, users, DbConnection};

pub(crate) struct RosterRecord;

impl Record for RosterRecord {
    type Row = RosterRow;
    type Context = ProgramAccess;
    type View = Roster;
    type Step = RosterStep;
    const ENTITY: &'static str = "completion_roster";

    fn program_id(row: &RosterRow) -> Option<ProgramId> {
        Some(row.program_id)
    }

    fn view(c: &mut DbConnection, row: &RosterRow, access: &ProgramAccess) -> Result<Roster, ApiError> {
        to_json(c, row, access)
    }

    fn advance(row: &mut RosterRow, step: &RosterStep, m: &Moving<'_>) -> Result<Vec<&'static str>, ApiError> {
        row.status = row.status.after(*step).map_err(ApiError::status_refused)?;
        (row.submitted_by, row.submitted_at) = (Some(m.by), Some(m.at));
        Ok(vec!["status"])
    }

    /// Each candidate on a submitted roster is told their name went to the credential office
    /// (the handbook: "will notify the candidate via email when the roster has been submitted").
    fn notices(
        _: &mut DbConnection,
        _: &RosterRow,
        _: &RosterRow,
        after: &Roster,
        _: &RosterStep,
    ) -> Result<Vec<Notice>, ApiError> {
        if after.status != RosterStatus::Submitted {
            return Ok(Vec::new());
        }
        Ok(after
            .candidates
            .iter()
            .map(|c| Notice {
                to: UserId::from(c.candidate.id),
                program_id: ProgramId::from(after.program_id),
                kind: NoticeKind::RosterSubmitted,
                title: "Your name went to the credential office".into(),
                body: "The completion roster with your name on it was submitted to the credential office for your credential recommendation.".into(),
                link: format!("/enrollments/{}/completion", c.enrollment_id),
            })
            .collect())
    }
}

/// A roster with its candidates as the credential office needs them.
pub(crate) fn to_json(c: &mut DbConnection, row: &RosterRow, access: &ProgramAccess) -> Result<Roster, ApiError> {
    let ids = row.enrollment_ids.0.clone();
    let (views, _) = enrollments::list(c, &Filter { ids: Some(ids.clone()), ..Default::default() }, 0, i64::MAX)?;
    let forms = completion_verifications::of_enrollments(c, &ids)?;
    let completed_on = |id| {
        let form = forms.iter().find(|f| f.id == id)?.verification();
        form.signature(Signer::Coordinator).map(|s| s.at.date())
    };
    let people = users::refs(c, &[Some(row.created_by), row.submitted_by].into_iter().flatten().collect::<Vec<_>>())?;
    Ok(Roster {
        id: row.id.uuid(),
        program_id: row.program_id.uuid(),
        status: row.status,
        candidates: views
            .iter()
            .map(|v| RosterCandidate {
                enrollment_id: v.row.id.uuid(),
                candidate: v.candidate.clone(),
                cohort_label: v.cohort_label.clone(),
                district_name: v.district_name.clone(),
                credential_number: v.row.details.credential_number.clone(),
                start_date: v.row.start_date,
                completed_on: completed_on(v.row.id),
            })
            .collect(),
        created_by: person(&people, row.created_by)?,
        created_at: row.created_at.assume_utc(),
        submitted_by: row.submitted_by.map(|u| person(&people, u)).transpose()?,
        submitted_at: row.submitted_at.map(|t| t.assume_utc()),
        version: row.version,
        can: RosterActions {
            submit: row.status == RosterStatus::Draft && access.allows(ProgramPermission::SubmitRosters),
        },
    })
}

/// Loads a roster for the program's coordinators; 404 for anyone else out of the program.
pub(crate) fn load(c: &mut DbConnection, me: &CurrentUser, id: RosterId) -> Result<Loaded<RosterRecord>, ApiError> {
    let row = completion_rosters::find(c, id).or_not_found("completion roster")?;
    let access = ProgramAccess::load(c, me, row.program_id)?;
    access.require(ProgramPermission::SubmitRosters)?;
    Ok(Loaded { row, context: access })
}
