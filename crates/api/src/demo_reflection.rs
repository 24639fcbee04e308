//! The demo's reflections: a term rated element by element, with short evidence.

use coachfolio_domain::reflection::{self, Entries, Entry, Rating, ReflectionStatus, Term};
use coachfolio_domain::standards::cpsel;
use coachfolio_persistence::enrollments::EnrollmentRow;
use coachfolio_persistence::reflections::NewReflection;
use coachfolio_persistence::Json;

/// A term of `e`'s reflection rating its first `upto` elements, the `i`-th at `level(i)`.
pub(crate) fn term(
    e: &EnrollmentRow,
    term: Term,
    upto: usize,
    submitted: bool,
    level: impl Fn(usize) -> u8,
) -> NewReflection {
    let entries: Entries = cpsel()
        .standards
        .iter()
        .flat_map(|s| &s.elements)
        .take(upto)
        .enumerate()
        .map(|(i, el)| {
            let entry = Entry {
                rating: Some(Rating::Level(level(i))),
                evidence: format!("{}: evidence from my site's work this term.", el.title),
                next_steps: "Talk it over with my coach and choose one next step.".into(),
            };
            (el.code.clone(), entry)
        })
        .collect();
    let mut new = NewReflection::start(e, term);
    new.complete_elements = reflection::completion(&entries).0 as i32;
    new.meets_elements = reflection::at_or_above_meets(&entries) as i32;
    new.entries = Json(entries);
    if submitted {
        new.status = ReflectionStatus::Submitted;
        new.submitted_at = Some(new.created_at);
    }
    new
}
