//! Building an enrollment's annual reviews, year by year, from its marks.

use super::json::{AnnualReview, ReviewMark};
use crate::capabilities::{EnrollmentAccess, EnrollmentPermission};
use crate::error::ApiError;
use crate::people::person;
use coachfolio_domain::annual_review::Reviewer;
use coachfolio_domain::program_year::{program_end, program_year};
use coachfolio_persistence::annual_reviews::{self, MarkRow};
use coachfolio_persistence::enrollments::EnrollmentView;
use coachfolio_persistence::{users, DbConnection};
use time::Date;

/// Which mark `access` gives, if any (a candidate's own first).
pub(crate) fn reviewer(access: EnrollmentAccess) -> Option<Reviewer> {
    Reviewer::ALL.iter().copied().find(|r| access.allows(EnrollmentPermission::MarkPortfolioReviewed(*r)))
}

/// The program years of `view` so far, today being `today`: the last one once the program is
/// over.
pub(crate) fn current_year(view: &EnrollmentView, today: Date) -> Option<u32> {
    let years = view.program_years();
    program_year(view.cohort_start, today).map(|y| y.min(years))
}

/// Every program year of the enrollment with its marks, as `access` may act on them.
pub(crate) fn reviews(
    c: &mut DbConnection,
    view: &EnrollmentView,
    access: EnrollmentAccess,
    today: Date,
) -> Result<Vec<AnnualReview>, ApiError> {
    let marks = annual_reviews::of_enrollments(c, &[view.row.id])?;
    let mut people: Vec<_> = marks.iter().map(|m| m.reviewed_by).collect();
    people.sort_unstable();
    people.dedup();
    let people = users::refs(c, &people)?;
    let mark_of = |year: u32, who: Reviewer| -> Result<Option<ReviewMark>, ApiError> {
        marks
            .iter()
            .find(|m: &&MarkRow| m.program_year == year as i32 && m.reviewer == who)
            .map(|m| Ok(ReviewMark { by: person(&people, m.reviewed_by)?, at: m.reviewed_at.assume_utc() }))
            .transpose()
    };
    let mine = reviewer(access).filter(|_| view.row.status.is_active());
    let current = current_year(view, today);
    (1..=view.program_years())
        .map(|year| {
            let (candidate, coach) = (mark_of(year, Reviewer::Candidate)?, mark_of(year, Reviewer::Coach)?);
            let marked = match mine {
                Some(Reviewer::Candidate) => candidate.is_some(),
                Some(Reviewer::Coach) => coach.is_some(),
                None => true,
            };
            Ok(AnnualReview {
                program_year: year,
                year_ends: program_end(view.cohort_start, year),
                candidate,
                coach,
                can_mark: !marked && current.is_some_and(|now| year <= now),
            })
        })
        .collect()
}
