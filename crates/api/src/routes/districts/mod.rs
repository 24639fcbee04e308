//! Districts: the candidates' employers, whose representatives verify employment and pay fees.

pub mod create;
pub mod list;
pub mod update;

use coachfolio_persistence::districts::DistrictRow;
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

#[derive(Debug, Serialize, ToSchema)]
pub struct District {
    pub id: Uuid,
    pub program_id: Uuid,
    pub name: String,
    pub county: String,
    pub version: i32,
}

impl From<&DistrictRow> for District {
    fn from(r: &DistrictRow) -> Self {
        District {
            id: r.id.parse().unwrap_or_default(),
            program_id: r.program_id.parse().unwrap_or_default(),
            name: r.name.clone(),
            county: r.county.clone(),
            version: r.version,
        }
    }
}
