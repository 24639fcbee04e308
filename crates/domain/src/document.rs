//! Documents of the e-portfolio: PDFs of evidence, each of a type from the handbook's list, with
//! its activity's date and name (the handbook's naming convention) and, for professional
//! learning, its hours.

use crate::text_enum::text_enum;
use crate::validation::FieldError;
use time::Date;

text_enum! {
    /// The handbook's types of document.
    DocumentKind {
        CoachingLog = "coaching_log",
        PlReflection = "pl_reflection",
        PlAgenda = "pl_agenda",
        PlSignInSheet = "pl_sign_in_sheet",
        JobShadowSummary = "job_shadow_summary",
        SchoolVisitSummary = "school_visit_summary",
        ApplicationToPractice = "application_to_practice",
        EmploymentVerification = "employment_verification",
        EnrollmentForm = "enrollment_form",
        ParticipationAgreement = "participation_agreement",
        DoctoralWaiver = "doctoral_waiver",
        RequestForm = "request_form",
        Other = "other",
    }
}

crate::step::steps! {
    /// A document's step beside its upload and deletion: a new version of its file.
    DocumentStep {
        NewVersion = "new_version",
    }
}

impl DocumentKind {
    /// Whether it is as confidential as coaching records (candidate, coaches, the program's
    /// coordinators and director). The others are the enrollment's paperwork, which the
    /// district representative of the candidate's district sees too; "other" is kept
    /// confidential, as nobody can say what it holds.
    pub fn is_confidential(self) -> bool {
        !matches!(
            self,
            DocumentKind::EmploymentVerification
                | DocumentKind::EnrollmentForm
                | DocumentKind::ParticipationAgreement
                | DocumentKind::DoctoralWaiver
                | DocumentKind::RequestForm
        )
    }

    /// As the handbook names the type in a file name ("signinsheet" in its example).
    pub fn label(self) -> &'static str {
        match self {
            DocumentKind::CoachingLog => "coaching log",
            DocumentKind::PlReflection => "PL reflection form",
            DocumentKind::PlAgenda => "PL agenda",
            DocumentKind::PlSignInSheet => "PL sign-in sheet",
            DocumentKind::JobShadowSummary => "job shadow summary",
            DocumentKind::SchoolVisitSummary => "school visit summary",
            DocumentKind::ApplicationToPractice => "application to practice",
            DocumentKind::EmploymentVerification => "employment verification letter",
            DocumentKind::EnrollmentForm => "enrollment form",
            DocumentKind::ParticipationAgreement => "participation agreement",
            DocumentKind::DoctoralWaiver => "doctoral waiver",
            DocumentKind::RequestForm => "request form",
            DocumentKind::Other => "document",
        }
    }
}

pub const MAX_TITLE: usize = 200;
/// A day's professional learning at most.
pub const MAX_MINUTES: u32 = 24 * 60;

/// Checks what describes a document: its activity's name, the time credited (within a day).
pub fn check(title: &str, minutes: Option<u32>, errors: &mut Vec<FieldError>) {
    let n = title.trim().chars().count();
    if n == 0 || n > MAX_TITLE {
        errors.push(FieldError::new("title", format!("name the activity in 1 to {MAX_TITLE} characters")));
    }
    if minutes.is_some_and(|m| m > MAX_MINUTES) {
        errors.push(FieldError::new("minutes", "must be at most 24 hours (1440 minutes) for one day"));
    }
}

/// The handbook's naming convention, "date, name of the activity, type of document"
/// (`2016-07-18.Equity in education.PL sign-in sheet.pdf`), with the characters a file name
/// cannot hold replaced.
pub fn file_name(activity_date: Date, title: &str, kind: DocumentKind) -> String {
    let safe: String =
        title
            .trim()
            .chars()
            .map(|c| {
                if c.is_control() || matches!(c, '/' | '\\' | '"' | ':' | '*' | '?' | '<' | '>' | '|') {
                    '-'
                } else {
                    c
                }
            })
            .collect();
    format!("{activity_date}.{safe}.{}.pdf", kind.label())
}

/// Whether bytes start as a PDF file does (`%PDF-`): the first check of an upload, before its
/// structure is parsed.
pub fn has_pdf_header(first: &[u8]) -> bool {
    first.starts_with(b"%PDF-")
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn file_names_follow_the_handbook_convention() {
        assert_eq!(
            file_name(date!(2016 - 07 - 18), "Equity in education", DocumentKind::PlSignInSheet),
            "2016-07-18.Equity in education.PL sign-in sheet.pdf"
        );
        assert_eq!(
            file_name(date!(2026 - 10 - 01), "A/B: \"test\"", DocumentKind::Other),
            "2026-10-01.A-B- -test-.document.pdf"
        );
    }

    #[test]
    fn paperwork_is_not_confidential_and_evidence_is() {
        assert!(!DocumentKind::EmploymentVerification.is_confidential());
        assert!(DocumentKind::CoachingLog.is_confidential());
        assert!(DocumentKind::Other.is_confidential());
    }

    #[test]
    fn a_title_is_needed_and_a_day_holds_at_most_24_hours() {
        let fields = |t: &str, m| {
            let mut e = Vec::new();
            check(t, m, &mut e);
            e.into_iter().map(|f| f.field).collect::<Vec<_>>()
        };
        assert!(fields("Equity in education", Some(360)).is_empty());
        assert_eq!(fields("  ", None), ["title"]);
        assert_eq!(fields("PL day", Some(1441)), ["minutes"]);
        assert!(has_pdf_header(b"%PDF-1.7\n") && !has_pdf_header(b"hello.pdf"));
    }
}
