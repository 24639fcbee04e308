//! Every failure answers problem+json, whatever went wrong with the request.

use crate::common::TestApp;
use actix_web::http::{header, Method};
use actix_web::test::TestRequest;
use serde_json::json;

async fn malformed_and_mistyped_bodies(t: TestApp) {
    let coord = t.token("coordinator").await;
    let p = t.program(&coord).await;
    let path = format!("/api/programs/{p}/cohorts");
    let raw = |body: &'static str, ct: &'static str| {
        TestRequest::post()
            .uri(&path)
            .insert_header((header::AUTHORIZATION, format!("Bearer {coord}")))
            .insert_header((header::CONTENT_TYPE, ct))
            .set_payload(body)
    };
    t.send(raw("{\"label\": ", "application/json")).await.expect(400);
    t.send(raw("label=x", "application/x-www-form-urlencoded")).await.expect(415);
    t.send(raw("{\"label\": 5, \"start_date\": \"2026-09-01\"}", "application/json")).await.expect_field(422, "label");
    t.send(raw("{\"start_date\": \"2026-09-01\"}", "application/json")).await.expect_field(422, "label");
    let big = Box::leak(
        format!("{{\"label\": \"{}\", \"start_date\": \"2026-09-01\"}}", "x".repeat(300 * 1024)).into_boxed_str(),
    );
    t.send(raw(big, "application/json")).await.expect(413);
    let cohorts = t.get(&path, &coord).await.expect(200);
    assert_eq!(cohorts.body.as_array().unwrap().len(), 3, "nothing was stored");
}

async fn bad_ids_queries_routes_and_methods(t: TestApp) {
    let coord = t.token("coordinator").await;
    let p = t.program(&coord).await;
    t.get("/api/programs/not-a-uuid", &coord).await.expect_field(400, "program_id");
    t.get(&format!("/api/programs/{p}/enrollments?status=dancing"), &coord).await.expect(400);
    t.get(&format!("/api/programs/{p}/enrollments?per_page=1000"), &coord).await.expect_field(422, "per_page");
    t.get(&format!("/api/programs/{p}/enrollments?page=0"), &coord).await.expect_field(422, "page");
    t.get(&format!("/api/programs/{p}/enrollments?bogus=1"), &coord).await.expect(400);
    t.get("/api/no-such-thing", &coord).await.expect(404);
    let r = t.call(Method::PUT, &format!("/api/programs/{p}"), Some(&coord), Some(json!({})), None).await.expect(405);
    let allow = r.headers.get(header::ALLOW).unwrap().to_str().unwrap().to_string();
    assert!(allow.contains("GET") && allow.contains("PATCH"), "{allow}");
    t.call(Method::DELETE, "/api/users", Some(&coord), None, None).await.expect(405);
    let page = t.get(&format!("/api/programs/{p}/enrollments?per_page=2&page=2"), &coord).await.expect(200);
    assert_eq!(
        (page.body["page"].as_i64(), page.body["per_page"].as_i64(), page.body["total"].as_i64()),
        (Some(2), Some(2), Some(4))
    );
    assert_eq!(page.body["items"].as_array().unwrap().len(), 2);
}

async fn a_bad_if_match_is_a_clear_error(t: TestApp) {
    let coord = t.token("coordinator").await;
    let p = t.program(&coord).await;
    t.patch(&format!("/api/programs/{p}"), &coord, "yesterday", json!({"name": "X"}))
        .await
        .expect_field(400, "If-Match");
}

async fn health_readiness_and_docs(t: TestApp) {
    let r = t.call(Method::GET, "/health", None, None, None).await.expect(200);
    assert_eq!(r.body["status"], "ok");
    t.call(Method::GET, "/ready", None, None, None).await.expect(200);
    let spec = t.call(Method::GET, "/api/openapi.json", None, None, None).await.expect(200);
    assert!(spec.body["paths"]["/api/enrollments/{enrollment_id}"]["patch"].is_object());
    let docs = t.send(TestRequest::get().uri("/api/docs/")).await;
    assert_eq!(docs.status.as_u16(), 200);
    assert!(docs.body.as_str().unwrap_or_default().contains("swagger"), "Swagger UI page");
    // Client-side routes fall back to the SPA (here: the not-built notice, still HTML).
    let spa = t.send(TestRequest::get().uri("/enrollments/123")).await;
    assert!(spa.body.as_str().unwrap_or_default().contains("Coachfolio"));
}

on_both_databases!(
    malformed_and_mistyped_bodies,
    bad_ids_queries_routes_and_methods,
    a_bad_if_match_is_a_clear_error,
    health_readiness_and_docs,
);
