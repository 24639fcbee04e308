//! The CPSEL reference data shipped with the app, taken from the handbook: 6 standards,
//! 19 elements with their example indicators and the four Descriptions of Practice levels.

use serde::{Deserialize, Serialize};
use std::sync::OnceLock;
use utoipa::ToSchema;

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Framework {
    pub framework: String,
    pub name: String,
    pub rating_scale: Vec<Rating>,
    pub standards: Vec<Standard>,
}

/// One point of the reflection rating scale (0 no experience … 4 exemplifies).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Rating {
    pub value: u8,
    pub label: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Standard {
    #[schema(minimum = 1, maximum = 6)]
    pub number: u8,
    pub title: String,
    pub statement: String,
    pub elements: Vec<Element>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Element {
    /// Standard number and letter, e.g. "2B".
    #[schema(example = "2B")]
    pub code: String,
    pub title: String,
    pub statement: String,
    pub indicators: Vec<String>,
    pub levels: Levels,
}

/// The Descriptions of Practice continuum for one element.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Levels {
    pub directed_toward: Vec<String>,
    pub approaches: Vec<String>,
    pub meets: Vec<String>,
    pub exemplifies: Vec<String>,
}

/// The CPSEL, parsed once; the data file is checked by the tests below.
pub fn cpsel() -> &'static Framework {
    static CPSEL: OnceLock<Framework> = OnceLock::new();
    CPSEL.get_or_init(|| serde_json::from_str(include_str!("../data/cpsel.json")).expect("shipped cpsel.json parses"))
}

impl Framework {
    pub fn standard(&self, number: u8) -> Option<&Standard> {
        self.standards.iter().find(|s| s.number == number)
    }

    pub fn element(&self, code: &str) -> Option<&Element> {
        self.standards.iter().flat_map(|s| &s.elements).find(|e| e.code == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ships_six_standards_and_nineteen_elements() {
        let f = cpsel();
        assert_eq!(f.standards.len(), 6);
        let codes: Vec<_> = f.standards.iter().flat_map(|s| &s.elements).map(|e| e.code.as_str()).collect();
        assert_eq!(
            codes,
            [
                "1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "3D", "4A", "4B", "4C", "5A", "5B", "5C", "6A",
                "6B", "6C"
            ]
        );
        for s in &f.standards {
            assert!(s.elements.iter().all(|e| e.code.starts_with(&s.number.to_string())));
        }
    }

    #[test]
    fn every_element_has_text_indicators_and_all_four_levels() {
        for e in cpsel().standards.iter().flat_map(|s| &s.elements) {
            assert!(!e.statement.is_empty() && !e.indicators.is_empty(), "{}", e.code);
            let l = &e.levels;
            for level in [&l.directed_toward, &l.approaches, &l.meets, &l.exemplifies] {
                assert!(!level.is_empty() && level.iter().all(|t| !t.trim().is_empty()), "{}", e.code);
            }
        }
    }

    #[test]
    fn titles_are_the_handbooks() {
        let f = cpsel();
        assert_eq!(f.standard(2).unwrap().title, "Instructional Leadership");
        assert_eq!(f.element("1A").unwrap().title, "Student-Centered Vision");
        assert!(f.element("7A").is_none());
    }
}
