//! Page parameters shared by every list: pages count from 1, at most 100 items a page.

use serde::Deserialize;
use utoipa::IntoParams;
use validator::Validate;

pub const MAX_PER_PAGE: u32 = 100;

#[derive(Debug, Clone, Deserialize, IntoParams, Validate)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct PageQuery {
    /// Page number, from 1.
    #[param(minimum = 1, maximum = 1000000)]
    #[validate(range(min = 1, max = 1000000))]
    pub page: Option<u32>,
    /// Items a page (default 25, at most 100).
    #[param(minimum = 1, maximum = 100)]
    #[validate(range(min = 1, max = 100))]
    pub per_page: Option<u32>,
}

impl PageQuery {
    pub fn page(&self) -> u32 {
        self.page.unwrap_or(1)
    }
    pub fn per_page(&self) -> u32 {
        self.per_page.unwrap_or(25).min(MAX_PER_PAGE)
    }
    pub fn offset(&self) -> i64 {
        i64::from(self.page() - 1) * i64::from(self.per_page())
    }
    pub fn limit(&self) -> i64 {
        self.per_page().into()
    }
}

/// Declares a concrete page type (`items`, `page`, `per_page`, `total`) for a list response.
macro_rules! page_of {
    ($name:ident, $item:ty) => {
        #[derive(Debug, serde::Serialize, utoipa::ToSchema)]
        pub struct $name {
            pub items: Vec<$item>,
            pub page: u32,
            pub per_page: u32,
            pub total: i64,
        }

        impl $name {
            pub fn new(items: Vec<$item>, q: &$crate::pagination::PageQuery, total: i64) -> Self {
                Self { items, page: q.page(), per_page: q.per_page(), total }
            }
        }
    };
}
pub(crate) use page_of;
