//! Programs, requirement settings, cohorts, districts and members.

use crate::common::TestApp;
use actix_web::http::Method;
use serde_json::json;

async fn a_new_program_starts_with_the_fcss_casc_defaults(t: TestApp) {
    let admin = t.token("admin").await;
    let r = t
        .post("/api/programs", &admin, json!({"name": "North County CASC", "organisation": "North COE"}))
        .await
        .expect(201);
    let s = &r.body["settings"];
    assert_eq!(s["monthly_coaching_minutes"], 270);
    assert_eq!(s["yearly_coaching_minutes"], 2400);
    assert_eq!(s["coaching_months"], json!([9, 10, 11, 12, 1, 2, 3, 4, 5]));
    assert_eq!(s["fee_program_coach_cents"], 700000);
    assert_eq!(r.body["framework"], "CPSEL");
    assert_eq!(r.body["time_zone"], "America/Los_Angeles");
    assert_eq!(r.etag(), "\"1\"");
    t.post("/api/programs", &admin, json!({"name": "North County CASC", "organisation": "x"}))
        .await
        .expect_field(409, "name");
    let coord = t.token("coordinator").await;
    t.post("/api/programs", &coord, json!({"name": "Mine", "organisation": "x"})).await.expect(403);
}

async fn coordinators_edit_settings_with_the_version_they_read(t: TestApp) {
    let coord = t.token("coordinator").await;
    let p = t.program(&coord).await;
    let path = format!("/api/programs/{p}");
    let read = t.get(&path, &coord).await.expect(200);
    let etag = read.etag();
    let change =
        json!({"settings": {"monthly_coaching_minutes": 300, "coaching_months": [8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6]}});
    t.call(Method::PATCH, &path, Some(&coord), Some(change.clone()), None).await.expect(428);
    let r = t.patch(&path, &coord, &etag, change.clone()).await.expect(200);
    assert_eq!(r.body["settings"]["monthly_coaching_minutes"], 300);
    assert_eq!(r.body["settings"]["yearly_coaching_minutes"], 2400, "settings not named keep their values");
    assert_eq!(r.etag(), "\"2\"");
    // A second tab still holding version 1 does not overwrite the change.
    let stale = t.patch(&path, &coord, &etag, json!({"settings": {"monthly_coaching_minutes": 200}})).await.expect(412);
    assert_eq!(stale.body["current"]["settings"]["monthly_coaching_minutes"], 300);
    assert_eq!(stale.etag(), "\"2\"");
    assert_eq!(t.get(&path, &coord).await.body["settings"]["monthly_coaching_minutes"], 300);
}

async fn out_of_range_settings_are_refused_and_nothing_is_stored(t: TestApp) {
    let coord = t.token("coordinator").await;
    let p = t.program(&coord).await;
    let path = format!("/api/programs/{p}");
    let etag = t.get(&path, &coord).await.etag();
    t.patch(&path, &coord, &etag, json!({"settings": {"yearly_coaching_minutes": -60}}))
        .await
        .expect_field(422, "settings.yearly_coaching_minutes");
    t.patch(&path, &coord, &etag, json!({"settings": {"coaching_months": [9, 13]}}))
        .await
        .expect_field(422, "settings.coaching_months");
    t.patch(&path, &coord, &etag, json!({"settings": {"program_years": 0}}))
        .await
        .expect_field(422, "settings.program_years");
    t.patch(&path, &coord, &etag, json!({"settings": {"digest_hour": 24}}))
        .await
        .expect_field(422, "settings.digest_hour");
    t.patch(&path, &coord, &etag, json!({"settings": {"bogus": 1}})).await.expect_field(422, "settings.bogus");
    t.patch(&path, &coord, &etag, json!({"name": "   "})).await.expect_field(422, "name");
    t.patch(&path, &coord, &etag, json!({"time_zone": "Mars"})).await.expect_field(422, "time_zone");
    // Shaped like a zone is not enough: it must be one of the IANA database.
    t.patch(&path, &coord, &etag, json!({"time_zone": "Mars/Olympus_Mons"})).await.expect_field(422, "time_zone");
    let after = t.get(&path, &coord).await.expect(200);
    assert_eq!(after.etag(), etag, "nothing was written");
    assert_eq!(after.body["settings"]["yearly_coaching_minutes"], 2400);
    // Directors read settings but do not change them.
    let director = t.token("director").await;
    t.patch(&path, &director, &etag, json!({"name": "Renamed"})).await.expect(403);
}

async fn cohorts_and_districts(t: TestApp) {
    let coord = t.token("coordinator").await;
    let p = t.program(&coord).await;
    let c = t
        .post(&format!("/api/programs/{p}/cohorts"), &coord, json!({"label": "Cohort C", "start_date": "2026-09-01"}))
        .await
        .expect(201);
    assert_eq!(c.body["program_years"], 2);
    t.post(&format!("/api/programs/{p}/cohorts"), &coord, json!({"label": "Cohort C", "start_date": "2026-09-01"}))
        .await
        .expect_field(409, "label");
    t.post(&format!("/api/programs/{p}/cohorts"), &coord, json!({"label": "", "start_date": "2026-09-01"}))
        .await
        .expect_field(422, "label");
    t.post(&format!("/api/programs/{p}/cohorts"), &coord, json!({"label": "D", "start_date": "2026-02-30"}))
        .await
        .expect_field(422, "start_date");
    t.post(
        &format!("/api/programs/{p}/cohorts"),
        &coord,
        json!({"label": "D", "start_date": "2026-09-01", "program_years": 11}),
    )
    .await
    .expect_field(422, "program_years");
    let id = c.body["id"].as_str().unwrap();
    let r = t
        .patch(&format!("/api/cohorts/{id}"), &coord, &c.etag(), json!({"label": "Cohort C (2026)"}))
        .await
        .expect(200);
    assert_eq!(r.body["label"], "Cohort C (2026)");
    let list = t.get(&format!("/api/programs/{p}/cohorts"), &coord).await.expect(200);
    assert_eq!(list.body.as_array().unwrap().len(), 4);

    let d = t
        .post(&format!("/api/programs/{p}/districts"), &coord, json!({"name": "Lake Unified", "county": "Demo County"}))
        .await
        .expect(201);
    t.post(&format!("/api/programs/{p}/districts"), &coord, json!({"name": "Lake Unified", "county": "Demo County"}))
        .await
        .expect_field(409, "name");
    let id = d.body["id"].as_str().unwrap();
    t.patch(&format!("/api/districts/{id}"), &coord, &d.etag(), json!({"county": "Lake County"})).await.expect(200);
    t.patch(&format!("/api/districts/{id}"), &coord, &d.etag(), json!({"county": "Other"})).await.expect(412);
}

async fn members_and_roles(t: TestApp) {
    let coord = t.token("coordinator").await;
    let p = t.program(&coord).await;
    let user = t.new_account(&coord, "new.coach").await;
    let r = t
        .post(&format!("/api/programs/{p}/members"), &coord, json!({"user_id": user, "role": "coach"}))
        .await
        .expect(201);
    assert_eq!(r.body["user"]["username"], "new.coach");
    t.post(&format!("/api/programs/{p}/members"), &coord, json!({"user_id": user, "role": "coach"}))
        .await
        .expect_field(409, "role");
    t.post(&format!("/api/programs/{p}/members"), &coord, json!({"user_id": user, "role": "district_representative"}))
        .await
        .expect_field(422, "district_id");
    t.post(&format!("/api/programs/{p}/members"), &coord, json!({"user_id": user, "role": "superhero"}))
        .await
        .expect_field(422, "role");
    let coaches = t.get(&format!("/api/programs/{p}/members?role=coach"), &coord).await.expect(200);
    assert_eq!(coaches.body.as_array().unwrap().len(), 3);
    let m = r.body["id"].as_str().unwrap();
    t.call(Method::DELETE, &format!("/api/programs/{p}/members/{m}"), Some(&coord), None, None).await.expect(204);
    let coaches = t.get(&format!("/api/programs/{p}/members?role=coach"), &coord).await.expect(200);
    assert_eq!(coaches.body.as_array().unwrap().len(), 2);
}

async fn every_write_is_audited(t: TestApp) {
    let coord = t.token("coordinator").await;
    let p = t.program(&coord).await;
    let c = t
        .post(&format!("/api/programs/{p}/cohorts"), &coord, json!({"label": "Cohort Z", "start_date": "2027-01-11"}))
        .await
        .expect(201);
    let id = c.body["id"].as_str().unwrap();
    t.patch(&format!("/api/cohorts/{id}"), &coord, &c.etag(), json!({"label": "Cohort Y"})).await.expect(200);
    let audit = t.get(&format!("/api/programs/{p}/audit"), &coord).await.expect(200);
    let events = audit.body["items"].as_array().unwrap();
    let update = events.iter().find(|e| e["action"] == "cohort.updated").expect("update recorded");
    assert_eq!(update["before"]["label"], "Cohort Z");
    assert_eq!(update["after"]["label"], "Cohort Y");
    assert_eq!(update["actor"]["username"], "coordinator");
    assert!(events.iter().any(|e| e["action"] == "cohort.created" && e["entity_id"] == id));
    // The trail is append-only in the database itself.
    use diesel::RunQueryDsl;
    let tampered: Result<usize, coachfolio_persistence::StoreError> =
        t.db.write(|c| Ok(diesel::sql_query("UPDATE audit_events SET action = 'x'").execute(c)?));
    assert!(tampered.is_err());
    let deleted: Result<usize, coachfolio_persistence::StoreError> =
        t.db.write(|c| Ok(diesel::sql_query("DELETE FROM audit_events").execute(c)?));
    assert!(deleted.is_err());
}

async fn standards_are_served(t: TestApp) {
    let r = t.call(Method::GET, "/api/standards", None, None, None).await.expect(200);
    let standards = r.body.as_array().unwrap();
    assert_eq!(standards.len(), 6);
    assert_eq!(standards[1]["title"], "Instructional Leadership");
    assert_eq!(standards[1]["elements"][1]["code"], "2B");
    assert!(!standards[1]["elements"][1]["levels"]["meets"][0].as_str().unwrap().is_empty());
}

on_both_databases!(
    a_new_program_starts_with_the_fcss_casc_defaults,
    coordinators_edit_settings_with_the_version_they_read,
    out_of_range_settings_are_refused_and_nothing_is_stored,
    cohorts_and_districts,
    members_and_roles,
    every_write_is_audited,
    standards_are_served,
);
