//! The reflection assessment on the Descriptions of Practice: three terms (initial, interim,
//! ending), each rating the 19 CPSEL elements N/A or 0–4 with evidence and actionable next
//! steps; how complete a term is, when it is due, and the growth between terms.

use crate::settings::RequirementSettings;
use crate::standards::cpsel;
use crate::text_enum::text_enum;
use crate::validation::{FieldError, Invalid};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use time::Date;
use utoipa::ToSchema;

text_enum! {
    /// Initial (at orientation), interim (end of year 1), ending (end of year 2).
    Term {
        Initial = "initial",
        Interim = "interim",
        Ending = "ending",
    }
}

text_enum! {
    /// In progress (the candidate is writing), submitted (read-only until a coordinator reopens it).
    ReflectionStatus {
        InProgress = "in_progress",
        Submitted = "submitted",
    }
}

crate::step::steps! {
    /// A reflection's steps: the candidate writes and submits; a coordinator reopens it.
    ReflectionStep {
        Edited = "edited",
        Submitted = "submitted",
        Reopened = "reopened",
    }
}

impl ReflectionStatus {
    /// The status after `step`, or why this one refuses it.
    pub fn after(self, step: ReflectionStep) -> Result<ReflectionStatus, crate::step::Refused> {
        use ReflectionStatus::*;
        match (step, self) {
            (ReflectionStep::Edited, InProgress) => Ok(InProgress),
            (ReflectionStep::Submitted, InProgress) => Ok(Submitted),
            (ReflectionStep::Reopened, Submitted) => Ok(InProgress),
            (ReflectionStep::Reopened, _) => {
                Err(crate::step::Refused("only a submitted reflection is reopened".into()))
            }
            (_, Submitted) => {
                Err(crate::step::Refused("it is submitted and read-only until a coordinator reopens it".into()))
            }
        }
    }
}

/// "N/A" on the rating scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub enum NotApplicable {
    #[serde(rename = "n/a")]
    Na,
}

/// A placement on the scale: `"n/a"`, or 0 no experience, 1 directed toward, 2 approaches,
/// 3 meets, 4 exemplifies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(untagged)]
pub enum Rating {
    Level(u8),
    NotApplicable(NotApplicable),
}

impl Rating {
    pub fn level(self) -> Option<u8> {
        match self {
            Rating::Level(l) => Some(l),
            Rating::NotApplicable(_) => None,
        }
    }
}

/// The level every element is expected to reach ("meets").
pub const MEETS: u8 = 3;
pub const MAX_TEXT: usize = 20_000;

/// One element's placement, its evidence and the candidate's actionable next steps.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Entry {
    pub rating: Option<Rating>,
    #[schema(max_length = 20000)]
    pub evidence: String,
    #[schema(max_length = 20000)]
    pub next_steps: String,
}

impl Entry {
    /// Rated, and with evidence unless not applicable.
    pub fn is_complete(&self) -> bool {
        match self.rating {
            None => false,
            Some(Rating::NotApplicable(_)) => true,
            Some(Rating::Level(_)) => !self.evidence.trim().is_empty(),
        }
    }
}

/// A term's entries by element code ("1A" … "6C").
pub type Entries = BTreeMap<String, Entry>;

fn element_codes() -> impl Iterator<Item = &'static str> {
    cpsel().standards.iter().flat_map(|s| &s.elements).map(|e| e.code.as_str())
}

/// The framework's number of elements (19 for the CPSEL).
pub fn element_count() -> usize {
    element_codes().count()
}

/// Rules every saved entry meets: a known element, a rating on the scale, texts within bounds.
pub fn check_entries(entries: &Entries) -> Vec<FieldError> {
    let mut errors = Vec::new();
    for (code, e) in entries {
        let field = |name: &str| format!("entries.{code}.{name}");
        if cpsel().element(code).is_none() {
            errors.push(FieldError::new(format!("entries.{code}"), format!("{code} is not a CPSEL element (1A–6C)")));
            continue;
        }
        if let Some(Rating::Level(l)) = e.rating {
            if l > 4 {
                errors.push(FieldError::new(field("rating"), "must be n/a or 0 to 4"));
            }
        }
        for (name, text) in [("evidence", &e.evidence), ("next_steps", &e.next_steps)] {
            if text.chars().count() > MAX_TEXT {
                errors.push(FieldError::new(field(name), format!("must be at most {MAX_TEXT} characters")));
            }
        }
    }
    errors
}

/// How many elements are complete, and the percent (rounded down) of all of them.
pub fn completion(entries: &Entries) -> (u32, u32) {
    let done = element_codes().filter(|c| entries.get(*c).is_some_and(Entry::is_complete)).count() as u32;
    (done, done * 100 / element_count() as u32)
}

/// How many elements are placed at "meets" (3) or above.
pub fn at_or_above_meets(entries: &Entries) -> u32 {
    entries.values().filter(|e| e.rating.and_then(Rating::level).is_some_and(|l| l >= MEETS)).count() as u32
}

/// What a submitted term must have: every element rated, with evidence unless N/A.
pub fn check_submit(entries: &Entries) -> Result<(), Invalid> {
    let mut errors = Vec::new();
    for code in element_codes() {
        match entries.get(code) {
            Some(e) if e.is_complete() => {}
            Some(e) if e.rating.is_some() => errors
                .push(FieldError::new(format!("entries.{code}.evidence"), "describe the evidence for this rating")),
            _ => errors.push(FieldError::new(format!("entries.{code}.rating"), "rate this element (n/a or 0–4)")),
        }
    }
    Invalid::check(errors)
}

/// When each term is due, by the program's settings: the initial a number of days after the
/// cohort starts (orientation), the interim by the end of program year 1, the ending a number
/// of months before the candidate's last end-of-year meeting (the handbook: "1-month prior to
/// the End Of Year 2 Candidate Meeting"), or before the program's end while none is scheduled.
pub fn due_date(
    term: Term,
    cohort_start: Date,
    program_years: u32,
    settings: &RequirementSettings,
    last_end_of_year: Option<Date>,
) -> Date {
    use crate::program_year::program_end;
    match term {
        Term::Initial => cohort_start + time::Duration::days(settings.initial_reflection_days_after_orientation.into()),
        Term::Interim => program_end(cohort_start, 1),
        Term::Ending => {
            let end = last_end_of_year.unwrap_or_else(|| program_end(cohort_start, program_years.max(1)));
            months_before(end, settings.ending_reflection_months_before_end)
        }
    }
}

fn months_before(d: Date, months: u32) -> Date {
    let index = d.year() * 12 + i32::from(u8::from(d.month())) - 1 - months as i32;
    let (y, m) = (index.div_euclid(12), time::Month::try_from(index.rem_euclid(12) as u8 + 1).expect("1..=12"));
    let last = m.length(y);
    Date::from_calendar_date(y, m, d.day().min(last)).expect("a valid day")
}

/// One element across the terms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct ElementGrowth {
    pub element: String,
    pub initial: Option<Rating>,
    pub interim: Option<Rating>,
    pub ending: Option<Rating>,
    /// Latest level minus the earliest level (both rated 0–4), when there are two.
    pub change: Option<i8>,
    /// Placed below "meets" on the latest term that rated it.
    pub below_meets: bool,
}

/// One standard across the terms: the mean level of its rated elements, in tenths (2.5 → 25),
/// so sums stay exact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct StandardGrowth {
    pub standard: u8,
    pub initial_tenths: Option<u32>,
    pub interim_tenths: Option<u32>,
    pub ending_tenths: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct Growth {
    pub elements: Vec<ElementGrowth>,
    pub standards: Vec<StandardGrowth>,
    /// Elements below "meets" on the latest term that rated them.
    pub below_meets: Vec<String>,
}

/// The growth view over the terms given (submitted ones, typically).
pub fn growth(terms: &BTreeMap<Term, &Entries>) -> Growth {
    let rating = |t: Term, code: &str| terms.get(&t).and_then(|e| e.get(code)).and_then(|e| e.rating);
    let elements: Vec<ElementGrowth> = element_codes()
        .map(|code| {
            let [initial, interim, ending] = [Term::Initial, Term::Interim, Term::Ending].map(|t| rating(t, code));
            let levels: Vec<u8> = [initial, interim, ending].into_iter().flatten().filter_map(Rating::level).collect();
            let latest = [ending, interim, initial].into_iter().flatten().next();
            ElementGrowth {
                element: code.into(),
                initial,
                interim,
                ending,
                change: (levels.len() >= 2).then(|| levels[levels.len() - 1] as i8 - levels[0] as i8),
                below_meets: latest.and_then(Rating::level).is_some_and(|l| l < MEETS),
            }
        })
        .collect();
    let mean = |t: Term, standard: u8| {
        let levels: Vec<u32> = cpsel()
            .standard(standard)
            .into_iter()
            .flat_map(|s| &s.elements)
            .filter_map(|e| rating(t, &e.code).and_then(Rating::level))
            .map(u32::from)
            .collect();
        (!levels.is_empty()).then(|| levels.iter().sum::<u32>() * 10 / levels.len() as u32)
    };
    Growth {
        below_meets: elements.iter().filter(|e| e.below_meets).map(|e| e.element.clone()).collect(),
        standards: (1..=6)
            .map(|s| StandardGrowth {
                standard: s,
                initial_tenths: mean(Term::Initial, s),
                interim_tenths: mean(Term::Interim, s),
                ending_tenths: mean(Term::Ending, s),
            })
            .collect(),
        elements,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use time::macros::date;

    fn rated(level: u8, evidence: &str) -> Entry {
        Entry { rating: Some(Rating::Level(level)), evidence: evidence.into(), next_steps: String::new() }
    }

    fn all(level: u8) -> Entries {
        element_codes().map(|c| (c.to_string(), rated(level, "evidence"))).collect()
    }

    #[test]
    fn ratings_read_as_the_handbook_writes_them() {
        let e: Entry = serde_json::from_str(r#"{"rating": "n/a"}"#).unwrap();
        assert_eq!(e.rating, Some(Rating::NotApplicable(NotApplicable::Na)));
        let e: Entry = serde_json::from_str(r#"{"rating": 3, "evidence": "x"}"#).unwrap();
        assert_eq!(e.rating, Some(Rating::Level(3)));
        assert!(serde_json::from_str::<Entry>(r#"{"rating": "three"}"#).is_err());
        let mut bad = Entries::new();
        bad.insert("2B".into(), rated(5, "x"));
        bad.insert("7A".into(), rated(1, "x"));
        let fields: Vec<_> = check_entries(&bad).into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["entries.2B.rating", "entries.7A"]);
    }

    #[test]
    fn a_term_is_complete_when_every_element_is_rated_with_evidence() {
        assert_eq!(element_count(), 19);
        let mut e = all(2);
        assert_eq!(completion(&e), (19, 100));
        check_submit(&e).unwrap();
        e.insert("1A".into(), Entry { rating: Some(Rating::NotApplicable(NotApplicable::Na)), ..Default::default() });
        e.insert("1B".into(), rated(3, "  "));
        e.remove("6C");
        assert_eq!(completion(&e), (17, 89));
        let fields: Vec<_> = check_submit(&e).unwrap_err().0.into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["entries.1B.evidence", "entries.6C.rating"]);
    }

    #[test]
    fn due_dates_follow_the_program_settings() {
        let s = RequirementSettings::default();
        let start = date!(2025 - 09 - 01);
        assert_eq!(due_date(Term::Initial, start, 2, &s, None), date!(2025 - 10 - 01));
        assert_eq!(due_date(Term::Interim, start, 2, &s, None), date!(2026 - 08 - 31));
        assert_eq!(due_date(Term::Ending, start, 2, &s, None), date!(2027 - 07 - 31));
        let b = date!(2026 - 01 - 12);
        assert_eq!(due_date(Term::Ending, b, 2, &s, None), date!(2027 - 12 - 11));
        // The handbook: a month before the year-2 end-of-year meeting, once it is scheduled.
        let meeting = Some(date!(2027 - 05 - 20));
        assert_eq!(due_date(Term::Ending, start, 2, &s, meeting), date!(2027 - 04 - 20));
        assert_eq!(due_date(Term::Interim, start, 2, &s, meeting), date!(2026 - 08 - 31), "the ending only");
    }

    #[test]
    fn growth_compares_the_terms_element_by_element_and_by_standard() {
        let (initial, mut interim) = (all(1), all(2));
        interim.insert("2B".into(), rated(3, "x"));
        interim.insert(
            "1A".into(),
            Entry { rating: Some(Rating::NotApplicable(NotApplicable::Na)), ..Default::default() },
        );
        let g = growth(&BTreeMap::from([(Term::Initial, &initial), (Term::Interim, &interim)]));
        let b2 = g.elements.iter().find(|e| e.element == "2B").unwrap();
        assert_eq!((b2.change, b2.below_meets), (Some(2), false));
        let a1 = g.elements.iter().find(|e| e.element == "1A").unwrap();
        assert_eq!(a1.change, None, "n/a is not a level");
        assert!(!a1.below_meets);
        assert_eq!(g.below_meets.len(), 17);
        let s2 = &g.standards[1];
        assert_eq!((s2.initial_tenths, s2.interim_tenths, s2.ending_tenths), (Some(10), Some(23), None));
    }

    proptest! {
        #[test]
        fn percent_complete_is_within_bounds_and_full_only_when_all_are(
            levels in proptest::collection::vec(proptest::option::of(0u8..=4), 19),
            evidence in proptest::collection::vec(any::<bool>(), 19),
        ) {
            let entries: Entries = element_codes()
                .zip(levels.iter().zip(&evidence))
                .filter_map(|(c, (l, e))| l.map(|l| (c.to_string(), rated(l, if *e { "seen" } else { "" }))))
                .collect();
            let (done, percent) = completion(&entries);
            prop_assert!(percent <= 100 && done <= 19);
            prop_assert_eq!(percent == 100, check_submit(&entries).is_ok());
            prop_assert_eq!(done as usize, levels.iter().zip(&evidence).filter(|(l, e)| l.is_some() && **e).count());
        }

        #[test]
        fn growth_change_is_latest_minus_earliest(a in 0u8..=4, b in 0u8..=4, c in 0u8..=4) {
            let (x, y, z) = (all(a), all(b), all(c));
            let g = growth(&BTreeMap::from([(Term::Initial, &x), (Term::Interim, &y), (Term::Ending, &z)]));
            for e in &g.elements {
                prop_assert_eq!(e.change, Some(c as i8 - a as i8));
                prop_assert_eq!(e.below_meets, c < MEETS);
            }
        }
    }
}
