//! Who may do what: the permission model's one table. A person's standing in a program (their
//! roles there, and whether they administer the installation) gives their program permissions;
//! their relation to one enrollment (their own, coached, of their district, run by them) gives
//! what they may do with its records. The API loads the standing and asks these functions;
//! every screen reads the answers the API sends, never the roles.
//!
//! What a record's state allows (a submitted log is not edited) is the record's own rule; this
//! table says only who.

use crate::annual_review::Reviewer;
use crate::completion::{Column, Signer};
use crate::request::{Decider, RequestKind};
use crate::role::Role;
use crate::text_enum::text_enum;

text_enum! {
    /// What someone may do in a program as a whole: its pages and menus.
    ProgramPermission {
        /// See the program, its cohorts, districts and events: every member, the administrator.
        Read = "read",
        /// Change the program: settings, cohorts, districts, members, enrollments, events,
        /// attendance. Its coordinators and the installation administrator.
        Manage = "manage",
        /// Its overview, settings, cohorts, districts and members: coordinators, director,
        /// administrator.
        Oversee = "oversee",
        /// Its candidates (enrollments) and the reports on them: hours, meeting counts,
        /// professional-learning hours, receivables, reflection status. Staff, the
        /// administrator, and a district representative for their districts.
        ListCandidates = "list_candidates",
        /// The people it has: staff and the administrator all of them; a coach or district
        /// representative the people they work with.
        ListMembers = "list_members",
        /// The professional-learning approval queue: coordinators and director.
        ReviewProfessionalLearning = "review_professional_learning",
        /// The requests queue: coordinators and director.
        HandleRequests = "handle_requests",
        /// The portfolio review: every candidate's follow-ups and completion items.
        /// Coordinators and director.
        ReviewPortfolios = "review_portfolios",
        /// Put recommended candidates on a completion roster and submit it to the credential
        /// office: coordinators.
        SubmitRosters = "submit_rosters",
        /// The audit trail: coordinators and director (all of it), the administrator (without
        /// the entries about confidential records).
        ReadAudit = "read_audit",
        /// The trail's entries about confidential records (ids and kinds, never their text):
        /// coordinators and director, who may read the records themselves.
        ReadConfidentialAudit = "read_confidential_audit",
        /// A caseload to coach: coaches.
        Coach = "coach",
        /// One's own records as a candidate.
        OwnRecords = "own_records",
    }
}

text_enum! {
    /// What someone may do across the installation.
    InstallationPermission {
        /// Create programs and see every one: the installation administrator.
        ManagePrograms = "manage_programs",
        /// Look accounts up: the administrator, and the staff of any program.
        ReadAccounts = "read_accounts",
        /// Create and change accounts: the administrator, and the coordinators of any program.
        ManageAccounts = "manage_accounts",
        /// Read the email delivery log: the administrator.
        ReadDeliveries = "read_deliveries",
    }
}

/// The roles someone holds in one program, and whether they administer the installation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Standing {
    roles: u8,
    pub admin: bool,
}

impl Standing {
    pub fn new(admin: bool, roles: impl IntoIterator<Item = Role>) -> Standing {
        let roles = roles.into_iter().fold(0, |bits, r| bits | bit(r));
        Standing { roles, admin }
    }

    pub fn has(self, role: Role) -> bool {
        self.roles & bit(role) != 0
    }

    pub fn roles(self) -> impl Iterator<Item = Role> {
        Role::ALL.iter().copied().filter(move |r| self.has(*r))
    }

    /// A member of the program, or the administrator.
    pub fn is_member(self) -> bool {
        self.admin || self.roles != 0
    }

    fn staff(self) -> bool {
        self.has(Role::Coordinator) || self.has(Role::Director)
    }

    pub fn allows(self, p: ProgramPermission) -> bool {
        use ProgramPermission::*;
        let oversee = self.admin || self.staff();
        match p {
            Read => self.is_member(),
            Manage => self.admin || self.has(Role::Coordinator),
            SubmitRosters => self.has(Role::Coordinator),
            Oversee | ReadAudit => oversee,
            ListCandidates => oversee || self.has(Role::DistrictRepresentative),
            ListMembers => oversee || self.has(Role::Coach) || self.has(Role::DistrictRepresentative),
            ReviewProfessionalLearning | HandleRequests | ReviewPortfolios | ReadConfidentialAudit => self.staff(),
            Coach => self.has(Role::Coach),
            OwnRecords => self.has(Role::Candidate),
        }
    }

    /// Why `p` is refused.
    pub fn refusal(p: ProgramPermission) -> &'static str {
        use ProgramPermission::*;
        match p {
            Read => "you hold no role in this program",
            Manage => "only the program's coordinators may do this",
            Oversee => "only the program's coordinators and director may see this",
            ListCandidates => "only program staff and district representatives see the program's candidates",
            ListMembers => "candidates cannot list the program's members",
            ReviewProfessionalLearning => "the approval queue is for the program's coordinators and director",
            HandleRequests => "the requests queue is the program's coordinators' and director's",
            ReviewPortfolios => "the portfolio review is the program's coordinators' and director's",
            SubmitRosters => "the program's coordinators submit the completion roster",
            ReadAudit => "only the program's coordinators and director read its audit trail",
            ReadConfidentialAudit => {
                "only the program's coordinators and director read the trail of confidential records"
            }
            Coach => "only coaches have a caseload",
            OwnRecords => "only candidates have records of their own here",
        }
    }

    /// The program permissions this standing gives, for a screen to read.
    pub fn permitted(self) -> Vec<ProgramPermission> {
        ProgramPermission::ALL.iter().copied().filter(|p| self.allows(*p)).collect()
    }
}

fn bit(role: Role) -> u8 {
    1 << Role::ALL.iter().position(|r| *r == role).expect("every role is listed")
}

/// How someone relates to one enrollment. Their own comes first: whatever staff role they hold,
/// on their own enrollment they are its candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// The candidate themself.
    Own,
    /// A coordinator of the program: reads and changes.
    Manage,
    /// The installation administrator (not a coordinator of the program): sets enrollments up;
    /// coaching records stay confidential to the people DOMAIN.md names.
    Administer,
    /// The program director: reads everything.
    Oversee,
    /// The candidate's current coach.
    Coach,
    /// A coach who was assigned before: reads the records of their period.
    FormerCoach,
    /// A district representative of the candidate's employer: enrollment, fees, attendance,
    /// completion, never confidential text.
    District,
}

impl Relation {
    /// What a program-wide standing gives over every enrollment of the program (but the
    /// caller's own); `None`: it depends on the enrollment (coached, of one's district).
    pub fn program_wide(s: Standing) -> Option<Relation> {
        if s.has(Role::Coordinator) {
            Some(Relation::Manage)
        } else if s.admin {
            Some(Relation::Administer)
        } else if s.has(Role::Director) {
            Some(Relation::Oversee)
        } else {
            None
        }
    }
}

/// What someone may do with one enrollment's records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnrollmentPermission {
    /// Its details, status and coach assignments: coordinators and the administrator.
    Change,
    /// The confidential records (coaching logs, ILPs, reflections, the Application to Practice,
    /// professional learning, job shadows and visits, evidence): the candidate, their coaches
    /// (a former one: their period), the coordinators and director.
    ReadRecords,
    WriteCoachingLog,
    AcknowledgeCoachingLog,
    ReturnCoachingLog,
    WriteIlp,
    /// Comment on shared records (ILPs, the Application to Practice).
    Comment,
    WriteReflection,
    ReopenReflection,
    WriteApplicationToPractice,
    WriteProfessionalLearning,
    DecideProfessionalLearning,
    WriteJobShadow,
    UploadDocument,
    /// Delete a document someone else uploaded.
    DeleteAnyDocument,
    ReadFees,
    RecordFees,
    ReadRequest(RequestKind),
    /// Read its requests at all (a coach: the plans they help with).
    ReadRequests,
    SubmitRequest,
    /// Cancel a request someone else filed (whoever filed one may cancel it too).
    CancelRequest,
    /// Take a request under review, close it.
    HandleRequest,
    DecideRequest(Decider),
    AttachToRequest,
    /// Confirm the completion verification's items in one column: the district representative
    /// of the candidate's district, a coordinator.
    ConfirmCompletion(Column),
    /// Sign the completion verification as one party: the candidate, their current coach, the
    /// district representative of their district, a coordinator.
    SignCompletion(Signer),
    /// Read the follow-ups the program's staff sent about it: the candidate and the staff (not
    /// a coach: a follow-up may be about fees or requests).
    ReadFollowUps,
    /// Contact the candidate about a follow-up, and resolve it: the coordinators and director.
    FollowUp,
    /// Mark the e-portfolio reviewed for a program year as the candidate, or as their current
    /// coach.
    MarkPortfolioReviewed(Reviewer),
}

impl EnrollmentPermission {
    /// Whether it writes to a confidential record (a former coach only reads those).
    fn writes_records(self) -> bool {
        use EnrollmentPermission::*;
        matches!(
            self,
            WriteCoachingLog
                | WriteIlp
                | Comment
                | WriteProfessionalLearning
                | UploadDocument
                | AcknowledgeCoachingLog
                | ReturnCoachingLog
                | WriteReflection
                | ReopenReflection
                | WriteApplicationToPractice
                | DecideProfessionalLearning
                | WriteJobShadow
        )
    }
}

/// Someone's relation to one enrollment with their standing in its program.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EnrollmentStanding {
    relation: Relation,
    /// Their roles in the program; none on their own enrollment (nobody reviews, decides,
    /// approves or verifies anything about their own record, whatever role they hold).
    standing: Standing,
}

impl EnrollmentStanding {
    pub fn new(relation: Relation, standing: Standing) -> EnrollmentStanding {
        let standing = if relation == Relation::Own { Standing::default() } else { standing };
        EnrollmentStanding { relation, standing }
    }

    pub fn relation(self) -> Relation {
        self.relation
    }

    pub fn allows(self, p: EnrollmentPermission) -> bool {
        use EnrollmentPermission::*;
        use Relation::*;
        let r = self.relation;
        let staff = self.standing.staff();
        match p {
            Change => matches!(r, Manage | Administer),
            ReadRecords => matches!(r, Manage | Oversee | Own | Coach | FormerCoach),
            WriteCoachingLog => r == Coach,
            AcknowledgeCoachingLog | WriteReflection | WriteApplicationToPractice | WriteJobShadow => r == Own,
            ReturnCoachingLog | ReopenReflection | DecideProfessionalLearning | DeleteAnyDocument | RecordFees => {
                r == Manage
            }
            WriteIlp | WriteProfessionalLearning => matches!(r, Own | Coach),
            Comment => matches!(r, Own | Coach | Manage | Oversee),
            UploadDocument => matches!(r, Own | Coach | Manage),
            ReadFees => !matches!(r, Coach | FormerCoach),
            ReadRequest(kind) => matches!(r, Own | Manage | Oversee) || (r == Coach && kind.read_by_coach()),
            ReadRequests => matches!(r, Own | Manage | Oversee | Coach),
            SubmitRequest | AttachToRequest => matches!(r, Own | Manage),
            CancelRequest => r == Own,
            HandleRequest => staff,
            DecideRequest(Decider::Director) => self.standing.has(Role::Director),
            DecideRequest(Decider::Coordinator) => staff,
            ConfirmCompletion(Column::DistrictRepresentative) | SignCompletion(Signer::DistrictRepresentative) => {
                r == District
            }
            ConfirmCompletion(Column::Coordinator) | SignCompletion(Signer::Coordinator) => r == Manage,
            SignCompletion(Signer::Candidate) => r == Own,
            SignCompletion(Signer::Coach) => r == Coach,
            ReadFollowUps => matches!(r, Own | Manage | Oversee),
            FollowUp => matches!(r, Manage | Oversee),
            MarkPortfolioReviewed(Reviewer::Candidate) => r == Own,
            MarkPortfolioReviewed(Reviewer::Coach) => r == Coach,
        }
    }

    /// Why `p` is refused to this person.
    pub fn refusal(self, p: EnrollmentPermission) -> &'static str {
        use EnrollmentPermission::*;
        if self.relation == Relation::Own && matches!(p, HandleRequest | DecideRequest(_)) {
            return "nobody handles or decides a request about their own enrollment";
        }
        if self.relation == Relation::Own && p == FollowUp {
            return "nobody follows up on their own enrollment";
        }
        if self.relation == Relation::Own
            && matches!(
                p,
                ConfirmCompletion(_)
                    | SignCompletion(Signer::Coach | Signer::DistrictRepresentative | Signer::Coordinator)
            )
        {
            return "nobody confirms or signs the completion of their own enrollment but as its candidate";
        }
        if self.relation == Relation::FormerCoach && p.writes_records() {
            return "a former coach has read-only access";
        }
        if p.writes_records() && !self.allows(ReadRecords) {
            return "coaching records are confidential to the candidate, their coach and program staff";
        }
        match p {
            Change => "only the program's coordinators change enrollments",
            ReadRecords => "coaching records are confidential to the candidate, their coach and program staff",
            WriteCoachingLog => "only the candidate's current coach writes coaching logs",
            AcknowledgeCoachingLog => "only the candidate acknowledges their coaching logs",
            ReturnCoachingLog => "only the program's coordinators return logs",
            WriteIlp => "the candidate and their coach write the plan",
            Comment => "the candidate, their coach and the program's staff comment",
            WriteReflection => "the candidate writes their own reflection",
            ReopenReflection => "only the program's coordinators reopen a reflection",
            WriteApplicationToPractice => "the candidate writes their Application to Practice",
            WriteProfessionalLearning => "the candidate and their coach write a professional learning record",
            DecideProfessionalLearning => "the program's coordinators approve professional learning",
            WriteJobShadow => "the candidate writes their job shadow or visit summary",
            UploadDocument => "documents are uploaded by the candidate, their coach and the program's coordinators",
            DeleteAnyDocument => "a document is deleted by whoever uploaded it or a coordinator",
            ReadFees => "fees are the candidate's, their district's and the program staff's",
            RecordFees => "the program's coordinators record fees and payments",
            ReadRequest(_) | ReadRequests => "requests are read by the candidate and the program's staff",
            SubmitRequest => "a request is submitted by the candidate or a coordinator for them",
            CancelRequest => "a request is cancelled by the candidate or whoever filed it",
            HandleRequest => "requests are handled by the program's coordinators and director",
            DecideRequest(Decider::Director) => "the program director decides it",
            DecideRequest(Decider::Coordinator) => "the program's coordinators decide it",
            AttachToRequest => "the candidate and the coordinators attach documents to a request",
            ConfirmCompletion(Column::DistrictRepresentative) => {
                "the district representative of the candidate's district confirms this column"
            }
            ConfirmCompletion(Column::Coordinator) => "the program's coordinators confirm this column",
            SignCompletion(Signer::Candidate) => "only the candidate signs as the candidate",
            SignCompletion(Signer::Coach) => "only the candidate's current coach signs as the coach",
            SignCompletion(Signer::DistrictRepresentative) => {
                "the district representative of the candidate's district signs as the district"
            }
            SignCompletion(Signer::Coordinator) => "a coordinator of the program signs as the coordinator",
            ReadFollowUps => "follow-ups are the candidate's and the program's coordinators' and director's",
            FollowUp => "the program's coordinators and director follow up with candidates",
            MarkPortfolioReviewed(_) => "the candidate and their current coach review the portfolio",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use EnrollmentPermission as P;

    fn standing(roles: &[Role]) -> Standing {
        Standing::new(false, roles.iter().copied())
    }

    #[test]
    fn program_permissions_per_role() {
        use ProgramPermission::*;
        let admin = Standing::new(true, []);
        let coord = standing(&[Role::Coordinator]);
        let director = standing(&[Role::Director]);
        let rep = standing(&[Role::DistrictRepresentative]);
        let coach = standing(&[Role::Coach]);
        let cand = standing(&[Role::Candidate]);
        let nobody = standing(&[]);
        assert_eq!(
            admin.permitted(),
            [Read, Manage, Oversee, ListCandidates, ListMembers, ReadAudit],
            "the administrator sets programs up; the approval and request queues are the staff's"
        );
        assert_eq!(
            coord.permitted(),
            [
                Read,
                Manage,
                Oversee,
                ListCandidates,
                ListMembers,
                ReviewProfessionalLearning,
                HandleRequests,
                ReviewPortfolios,
                SubmitRosters,
                ReadAudit,
                ReadConfidentialAudit
            ]
        );
        assert_eq!(
            director.permitted(),
            [
                Read,
                Oversee,
                ListCandidates,
                ListMembers,
                ReviewProfessionalLearning,
                HandleRequests,
                ReviewPortfolios,
                ReadAudit,
                ReadConfidentialAudit
            ]
        );
        assert_eq!(rep.permitted(), [Read, ListCandidates, ListMembers]);
        assert_eq!(coach.permitted(), [Read, ListMembers, Coach]);
        assert_eq!(cand.permitted(), [Read, OwnRecords]);
        assert!(nobody.permitted().is_empty());
    }

    #[test]
    fn one_person_holds_several_roles() {
        let s = standing(&[Role::Coach, Role::DistrictRepresentative]);
        assert!(s.has(Role::Coach) && s.has(Role::DistrictRepresentative) && !s.has(Role::Candidate));
        assert_eq!(s.roles().collect::<Vec<_>>(), [Role::Coach, Role::DistrictRepresentative]);
    }

    #[test]
    fn nobody_decides_about_their_own_enrollment() {
        let both = standing(&[Role::Coordinator, Role::Director, Role::Candidate]);
        let own = EnrollmentStanding::new(Relation::Own, both);
        for p in [
            P::Change,
            P::RecordFees,
            P::ReturnCoachingLog,
            P::ReopenReflection,
            P::DecideProfessionalLearning,
            P::HandleRequest,
            P::DecideRequest(Decider::Director),
            P::DecideRequest(Decider::Coordinator),
            P::DeleteAnyDocument,
            P::FollowUp,
        ] {
            assert!(!own.allows(p), "{p:?} on one's own enrollment");
        }
        assert!(own.refusal(P::DecideRequest(Decider::Director)).contains("own enrollment"));
        // The same person decides about someone else's.
        let other = EnrollmentStanding::new(Relation::Manage, both);
        assert!(other.allows(P::DecideRequest(Decider::Director)) && other.allows(P::RecordFees));
        // Their own records are theirs to write.
        assert!(own.allows(P::WriteReflection) && own.allows(P::SubmitRequest) && own.allows(P::ReadFees));
    }

    #[test]
    fn the_director_decides_extensions_the_coordinators_the_rest() {
        let coord = EnrollmentStanding::new(Relation::Manage, standing(&[Role::Coordinator]));
        let director = EnrollmentStanding::new(Relation::Oversee, standing(&[Role::Director]));
        let admin = EnrollmentStanding::new(Relation::Administer, Standing::new(true, []));
        assert!(
            !coord.allows(P::DecideRequest(Decider::Director)) && coord.allows(P::DecideRequest(Decider::Coordinator))
        );
        assert!(
            director.allows(P::DecideRequest(Decider::Director))
                && director.allows(P::DecideRequest(Decider::Coordinator))
        );
        assert!(!admin.allows(P::HandleRequest) && !admin.allows(P::DecideRequest(Decider::Coordinator)));
        assert!(!director.allows(P::Change) && director.allows(P::ReadRecords));
    }

    #[test]
    fn confidential_records_stay_with_the_people_domain_md_names() {
        let rel = |r| EnrollmentStanding::new(r, standing(&[]));
        for r in [Relation::Own, Relation::Manage, Relation::Oversee, Relation::Coach, Relation::FormerCoach] {
            assert!(rel(r).allows(P::ReadRecords), "{r:?}");
        }
        for r in [Relation::District, Relation::Administer] {
            assert!(!rel(r).allows(P::ReadRecords), "{r:?}");
            assert!(rel(r).refusal(P::WriteIlp).contains("confidential"));
        }
        let former = rel(Relation::FormerCoach);
        assert!(!former.allows(P::WriteCoachingLog) && !former.allows(P::Comment));
        assert_eq!(former.refusal(P::WriteIlp), "a former coach has read-only access");
        // Coaches never read fees; a coach reads the plans they help with, not a complaint.
        let coach = rel(Relation::Coach);
        assert!(!coach.allows(P::ReadFees) && rel(Relation::District).allows(P::ReadFees));
        assert!(coach.allows(P::ReadRequest(RequestKind::Extension)));
        assert!(!coach.allows(P::ReadRequest(RequestKind::Complaint)));
        assert!(!rel(Relation::District).allows(P::ReadRequests));
    }

    #[test]
    fn follow_ups_are_between_the_candidate_and_the_programs_staff() {
        let rel = |r| EnrollmentStanding::new(r, standing(&[Role::Coordinator, Role::Director]));
        for r in [Relation::Own, Relation::Manage, Relation::Oversee] {
            assert!(rel(r).allows(P::ReadFollowUps), "{r:?}");
        }
        for r in [Relation::Coach, Relation::FormerCoach, Relation::District, Relation::Administer] {
            assert!(!rel(r).allows(P::ReadFollowUps) && !rel(r).allows(P::FollowUp), "{r:?}");
        }
        assert!(rel(Relation::Manage).allows(P::FollowUp) && rel(Relation::Oversee).allows(P::FollowUp));
        assert!(!rel(Relation::Own).allows(P::FollowUp));
        assert_eq!(rel(Relation::Own).refusal(P::FollowUp), "nobody follows up on their own enrollment");
    }

    #[test]
    fn the_candidate_and_their_coach_each_mark_the_portfolio_reviewed() {
        let rel = |r| EnrollmentStanding::new(r, standing(&[Role::Coordinator, Role::Coach]));
        let marks = |r| Reviewer::ALL.iter().filter(|x| rel(r).allows(P::MarkPortfolioReviewed(**x))).count();
        assert!(rel(Relation::Own).allows(P::MarkPortfolioReviewed(Reviewer::Candidate)));
        assert!(rel(Relation::Coach).allows(P::MarkPortfolioReviewed(Reviewer::Coach)));
        assert_eq!(marks(Relation::Own) + marks(Relation::Coach), 2, "each their own mark only");
        for r in [Relation::FormerCoach, Relation::Manage, Relation::Oversee, Relation::District, Relation::Administer]
        {
            assert_eq!(marks(r), 0, "{r:?}");
        }
    }

    #[test]
    fn each_party_confirms_and_signs_only_its_own_part_of_the_completion_form() {
        let all = standing(&[Role::Coordinator, Role::Director, Role::Coach, Role::DistrictRepresentative]);
        let rel = |r| EnrollmentStanding::new(r, all);
        let parts = |r| {
            let s = rel(r);
            let mut out: Vec<String> = Column::ALL
                .iter()
                .filter(|c| s.allows(P::ConfirmCompletion(**c)))
                .map(|c| format!("confirm {c}"))
                .collect();
            out.extend(Signer::ALL.iter().filter(|x| s.allows(P::SignCompletion(**x))).map(|x| format!("sign {x}")));
            out
        };
        assert_eq!(parts(Relation::Own), ["sign candidate"], "whatever roles they hold elsewhere");
        assert_eq!(parts(Relation::Coach), ["sign coach"]);
        assert_eq!(parts(Relation::District), ["confirm district_representative", "sign district_representative"]);
        assert_eq!(parts(Relation::Manage), ["confirm coordinator", "sign coordinator"]);
        for r in [Relation::FormerCoach, Relation::Oversee, Relation::Administer] {
            assert!(parts(r).is_empty(), "{r:?}");
        }
        assert!(rel(Relation::Own).refusal(P::SignCompletion(Signer::Coordinator)).contains("their own enrollment"));
    }
}
