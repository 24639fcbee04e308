//! Whom the Program Completion Verification asks: once both columns have confirmed every item,
//! each party in the form's order when their signature is the one it waits for — the candidate,
//! their current coach, their district's representatives, the program's coordinators.

use super::json::CompletionVerification;
use crate::error::ApiError;
use crate::notify::Notice;
use coachfolio_domain::completion::Signer;
use coachfolio_domain::ids::{EnrollmentId, ProgramId, UserId};
use coachfolio_domain::notification::NoticeKind;
use coachfolio_domain::role::Role;
use coachfolio_persistence::{enrollments, memberships, DbConnection};

/// Asks `signer` to sign `form`.
pub(crate) fn asked(
    c: &mut DbConnection,
    form: &CompletionVerification,
    signer: Signer,
) -> Result<Vec<Notice>, ApiError> {
    let program_id = ProgramId::from(form.program_id);
    let members = |c: &mut DbConnection, role: Role| memberships::of_program(c, program_id, Some(role));
    let to: Vec<UserId> = match signer {
        Signer::Candidate => vec![UserId::from(form.candidate.id)],
        Signer::Coach => form.coach.iter().map(|u| UserId::from(u.id)).collect(),
        Signer::DistrictRepresentative => {
            let district = enrollments::find(c, EnrollmentId::from(form.enrollment_id))?.district_id;
            members(c, Role::DistrictRepresentative)?
                .into_iter()
                .filter(|(m, _)| m.district_id == Some(district))
                .map(|(m, _)| m.user_id)
                .collect()
        }
        Signer::Coordinator => members(c, Role::Coordinator)?.into_iter().map(|(m, _)| m.user_id).collect(),
    };
    let whose = match signer {
        Signer::Candidate => "Your Program Completion Verification".to_string(),
        _ => format!("{}'s Program Completion Verification", form.candidate.display_name),
    };
    Ok(to
        .into_iter()
        .map(|to| Notice {
            to,
            program_id,
            kind: NoticeKind::CompletionSignatureAsked,
            title: format!("{whose} is ready for your signature"),
            body: format!("{whose} waits for the signature of {}.", signer.label()),
            link: format!("/enrollments/{}/completion", form.enrollment_id),
        })
        .collect())
}
