use actix_web::{get, web};
use coachfolio_domain::standards::{cpsel, Standard};

/// The CPSEL standards, elements, example indicators and Descriptions of Practice
///
/// Reference data from the handbook; public.
#[utoipa::path(tag = "standards", security(()), responses((status = 200, body = Vec<Standard>)))]
#[get("/standards")]
pub async fn list() -> web::Json<&'static [Standard]> {
    web::Json(&cpsel().standards)
}
