//! Reflection assessments: one per term, autosaved element by element, submitted complete,
//! reopened by a coordinator with a reason; growth between terms; the program's view.

use crate::common::{Res, TestApp};
use actix_web::http::Method;
use coachfolio_persistence::access_generation;
use serde_json::{json, Map, Value};

async fn post_if(t: &TestApp, path: &str, token: &str, etag: &str, body: Value) -> Res {
    t.call(Method::POST, path, Some(token), Some(body), Some(etag)).await
}

const ELEMENTS: [&str; 19] =
    ["1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "3D", "4A", "4B", "4C", "5A", "5B", "5C", "6A", "6B", "6C"];

fn every_element(level: u8) -> Value {
    let entries: Map<String, Value> = ELEMENTS
        .iter()
        .map(|e| (e.to_string(), json!({"rating": level, "evidence": format!("Evidence for {e}"), "next_steps": ""})))
        .collect();
    json!({"entries": entries})
}

async fn the_interim_is_written_submitted_and_reopened(t: TestApp) {
    let coord = t.token("coordinator").await;
    let e = t.enrollment_of(&coord, "cand.chen").await;
    let e = e["id"].as_str().unwrap();
    let (cand, coach) = (t.token("cand.chen").await, t.token("coach.rivera").await);
    let path = format!("/api/enrollments/{e}/reflections");
    let r = t.post(&path, &cand, json!({"term": "interim"})).await.expect(201);
    assert_eq!((r.body["status"].as_str(), r.body["percent_complete"].as_u64()), (Some("in_progress"), Some(0)));
    assert_eq!(r.body["can"], json!({"edit": true, "submit": true, "reopen": false}));
    t.post(&path, &cand, json!({"term": "interim"})).await.expect_field(409, "term");
    t.post(&path, &coach, json!({"term": "ending"})).await.expect(403);
    let one = format!("/api/reflections/{}", r.body["id"].as_str().unwrap());
    // The form autosaves one element at a time; the others keep theirs.
    let v2 =
        t.patch(&one, &cand, &r.etag(), json!({"entries": {"1A": {"rating": 2, "evidence": "SST process"}}})).await;
    let v2 = v2.expect(200);
    let na = json!({"entries": {"1B": {"rating": "n/a"}}});
    let v3 = t.patch(&one, &cand, &v2.etag(), na).await.expect(200);
    assert_eq!(v3.body["entries"]["1A"]["rating"], 2);
    assert_eq!((v3.body["complete_elements"].as_u64(), v3.body["percent_complete"].as_u64()), (Some(2), Some(10)));
    t.patch(&one, &cand, &v2.etag(), json!({"entries": {"1C": {"rating": 1}}})).await.expect(412);
    // Submitting names every element still missing.
    let r = post_if(&t, &format!("{one}/submit"), &cand, &v3.etag(), json!({})).await.expect(422);
    assert_eq!(r.fields().len(), 17);
    assert!(r.fields().contains(&"entries.6C.rating".to_string()));
    let v4 = t.patch(&one, &cand, &v3.etag(), every_element(3)).await.expect(200);
    assert_eq!(v4.body["meets_elements"], 19);
    let s = post_if(&t, &format!("{one}/submit"), &cand, &v4.etag(), json!({})).await.expect(200);
    assert_eq!(s.body["status"], "submitted");
    assert_eq!(s.body["can"]["edit"], false);
    t.patch(&one, &cand, &s.etag(), json!({"entries": {"1A": {"rating": 4}}})).await.expect_field(409, "status");
    // A coordinator reopens it, saying why; the submitted version is kept.
    post_if(&t, &format!("{one}/reopen"), &coach, &s.etag(), json!({"reason": "x"})).await.expect(403);
    post_if(&t, &format!("{one}/reopen"), &coord, &s.etag(), json!({"reason": " "})).await.expect_field(422, "reason");
    let coordinator_view = t.get(&one, &coord).await.expect(200);
    assert_eq!(coordinator_view.body["can"], json!({"edit": false, "submit": false, "reopen": true}));
    let reason = json!({"reason": "Evidence for 2C is missing"});
    let o = post_if(&t, &format!("{one}/reopen"), &coord, &s.etag(), reason).await.expect(200);
    assert_eq!(
        (o.body["status"].as_str(), o.body["reopen_reason"].as_str()),
        (Some("in_progress"), Some("Evidence for 2C is missing"))
    );
    assert_eq!(o.body["reopened_by"]["username"], "coordinator");
    t.patch(&one, &cand, &o.etag(), json!({"entries": {"2C": {"rating": 3, "evidence": "Walkthroughs"}}}))
        .await
        .expect(200);
    let p = t.program(&coord).await;
    let audit = t.get(&format!("/api/programs/{p}/audit?per_page=100"), &coord).await.expect(200);
    let reopened =
        audit.body["items"].as_array().unwrap().iter().find(|a| a["action"] == "reflection.reopened").cloned();
    // The trail says it was reopened, by whom; the reason is the reflection's (its text stays
    // out of the trail, as every confidential record's does).
    let reopened = reopened.expect("the reopening is audited");
    assert_eq!(reopened["actor"]["username"], "coordinator");
    assert!(reopened["after"]["note"].is_null() && !reopened.to_string().contains("2C is missing"));
}

async fn bad_entries_are_named_and_nothing_is_stored(t: TestApp) {
    let coord = t.token("coordinator").await;
    let e = t.enrollment_of(&coord, "cand.brooks").await;
    let cand = t.token("cand.brooks").await;
    let terms = t.get(&format!("/api/enrollments/{}/reflections", e["id"].as_str().unwrap()), &cand).await.expect(200);
    let interim = terms.body[1]["reflection_id"].as_str().unwrap();
    let one = format!("/api/reflections/{interim}");
    let before = t.get(&one, &cand).await.expect(200);
    for (entries, field) in [
        (json!({"1A": {"rating": 5}}), "entries.1A.rating"),
        (json!({"7A": {"rating": 1}}), "entries.7A"),
        (json!({"1A": {"rating": "three"}}), "entries.1A.rating"),
        (json!({"1A": {"evidence": "x".repeat(20_001)}}), "entries.1A.evidence"),
    ] {
        let r = t.patch(&one, &cand, &before.etag(), json!({"entries": entries})).await;
        let r = r.expect(422);
        assert!(r.fields().iter().any(|f| f.starts_with(field)), "{field}: {}", r.body);
    }
    let after = t.get(&one, &cand).await.expect(200);
    assert_eq!((after.etag(), &after.body["entries"]), (before.etag(), &before.body["entries"]), "nothing stored");
}

async fn growth_is_shown_term_beside_term(t: TestApp) {
    let coord = t.token("coordinator").await;
    let e = t.enrollment_of(&coord, "cand.alvarez").await;
    let e = e["id"].as_str().unwrap();
    let g = t.get(&format!("/api/enrollments/{e}/growth"), &t.token("coach.rivera").await).await.expect(200);
    assert_eq!(g.body["terms"], json!(["initial", "interim"]));
    let first = &g.body["elements"][0];
    assert_eq!(
        (first["element"].as_str(), first["initial"].as_u64(), first["interim"].as_u64()),
        (Some("1A"), Some(1), Some(2))
    );
    assert_eq!(first["change"], 1);
    assert!(g.body["below_meets"].as_array().unwrap().contains(&json!("1A")));
    assert_eq!(g.body["standards"].as_array().unwrap().len(), 6);
    t.get(&format!("/api/enrollments/{e}/growth"), &t.token("district.rep").await).await.expect(403);
    t.get(&format!("/api/enrollments/{e}/growth"), &t.token("coach.okafor").await).await.expect(404);
}

async fn terms_and_the_program_view_show_status_without_text(t: TestApp) {
    let coord = t.token("coordinator").await;
    let p = t.program(&coord).await;
    let e = t.enrollment_of(&coord, "cand.alvarez").await;
    let rep = t.token("district.rep").await;
    let terms = t.get(&format!("/api/enrollments/{}/reflections", e["id"].as_str().unwrap()), &rep).await.expect(200);
    let statuses: Vec<_> = terms.body.as_array().unwrap().iter().map(|t| t["status"].as_str().unwrap()).collect();
    assert_eq!(statuses, ["submitted", "submitted", "not_started"]);
    assert_eq!(terms.body[0]["percent_complete"], 100);
    let id = terms.body[0]["reflection_id"].as_str().unwrap();
    t.get(&format!("/api/reflections/{id}"), &rep).await.expect(403);

    let view = t.get(&format!("/api/programs/{p}/reflections"), &coord).await.expect(200);
    assert_eq!(view.body["rows"].as_array().unwrap().len(), 4);
    let sofia = view.body["rows"].as_array().unwrap().iter().find(|r| r["candidate"]["username"] == "cand.alvarez");
    let sofia = sofia.unwrap();
    assert_eq!(sofia["terms"][1]["status"], "submitted");
    assert!(sofia["latest_meets_elements"].as_u64().unwrap() > 0);
    assert_eq!((sofia["ilps"]["active"].as_u64(), sofia["ilps"]["standards_addressed"].as_u64()), (Some(1), Some(1)));
    let theirs = t.get(&format!("/api/programs/{p}/reflections"), &rep).await.expect(200);
    assert_eq!(theirs.body["rows"].as_array().unwrap().len(), 3, "Sierra Unified's candidates");
    assert!(theirs.body["rows"].as_array().unwrap().iter().all(|r| r["latest_meets_elements"].is_null()), "no ratings");
    t.get(&format!("/api/programs/{p}/reflections"), &t.token("coach.rivera").await).await.expect(403);
    let csv = t.get(&format!("/api/programs/{p}/reflections.csv"), &coord).await.expect(200);
    assert!(csv.headers.get("content-type").unwrap().to_str().unwrap().starts_with("text/csv"));
    let text = csv.body.as_str().unwrap();
    assert!(text.starts_with("Candidate,Username,Cohort,Status,Initial status,Initial %"), "{text}");
    assert_eq!(text.lines().count(), 5, "a header and the four candidates");
}

/// A caller's access to an enrollment is kept between requests only while nothing that decides
/// it has changed: a changed setting shows on the next read, and a coach whose assignment ends
/// or a director whose role is removed is refused at once.
async fn access_and_due_dates_follow_each_change_at_once(t: TestApp) {
    let coord = t.token("coordinator").await;
    let p = t.program(&coord).await;
    let e = t.enrollment_of(&coord, "cand.chen").await;
    let e = e["id"].as_str().unwrap();
    let (cand, rivera, director) =
        (t.token("cand.chen").await, t.token("coach.rivera").await, t.token("director").await);
    let r = t.post(&format!("/api/enrollments/{e}/reflections"), &cand, json!({"term": "ending"})).await.expect(201);
    let one = format!("/api/reflections/{}", r.body["id"].as_str().unwrap());
    for who in [&cand, &rivera, &director] {
        t.get(&one, who).await.expect(200);
    }
    let due = |r: &Res| {
        time::Date::parse(r.body["due_date"].as_str().unwrap(), &time::format_description::well_known::Iso8601::DATE)
            .unwrap()
    };
    let before = due(&t.get(&one, &cand).await.expect(200));

    // programs: the ending reflection falls due two months before the end instead of one.
    let program = t.get(&format!("/api/programs/{p}"), &coord).await.expect(200);
    let change = json!({"settings": {"ending_reflection_months_before_end": 2}});
    t.patch(&format!("/api/programs/{p}"), &coord, &program.etag(), change).await.expect(200);
    let saved = t.patch(&one, &cand, &r.etag(), json!({"entries": {"1A": {"rating": 2}}})).await.expect(200);
    assert!(due(&saved) < before, "the autosave shows the new due date");
    assert_eq!(due(&saved).month(), before.month().previous());

    // coach_assignments: Maya Rivera's assignment ended yesterday, before this reflection began.
    let history = t.get(&format!("/api/enrollments/{e}/coach-assignments"), &coord).await.expect(200);
    let aid = history.body[0]["id"].as_str().unwrap();
    let yesterday = time::OffsetDateTime::now_utc().date().previous_day().unwrap();
    t.post(&format!("/api/coach-assignments/{aid}/end"), &coord, json!({"end_date": yesterday.to_string()}))
        .await
        .expect(200);
    t.get(&one, &rivera).await.expect(404);

    // memberships: the director's role is removed.
    let directors = t.get(&format!("/api/programs/{p}/members?role=director"), &coord).await.expect(200);
    let m = directors.body[0]["id"].as_str().unwrap();
    t.call(Method::DELETE, &format!("/api/programs/{p}/members/{m}"), Some(&coord), None, None).await.expect(204);
    t.get(&one, &director).await.expect(404);
    t.get(&one, &cand).await.expect(200);

    // cohorts: renaming one changes the count too (every change to the five tables does).
    let count = || t.db.read(access_generation::current).unwrap();
    let n = count();
    let cohort_id = t.get(&format!("/api/enrollments/{e}"), &coord).await.body["cohort_id"].clone();
    let cohorts = t.get(&format!("/api/programs/{p}/cohorts"), &coord).await.expect(200);
    let version = cohorts.body.as_array().unwrap().iter().find(|c| c["id"] == cohort_id).unwrap()["version"].clone();
    let cohort = format!("/api/cohorts/{}", cohort_id.as_str().unwrap());
    t.patch(&cohort, &coord, &format!("\"{version}\""), json!({"label": "Cohort A, renamed"})).await.expect(200);
    assert!(count() > n);
}

/// The handbook: the ending reflection is due a month before the year-2 end-of-year candidate
/// meeting. Once the meeting is scheduled, the candidate's terms, the program's view and the
/// completion form all say so.
async fn the_ending_reflection_is_due_a_month_before_the_last_end_of_year_meeting(t: TestApp) {
    let coord = t.token("coordinator").await;
    let p = t.program(&coord).await;
    let e = t.enrollment_of(&coord, "cand.chen").await;
    let (eid, cohort) = (e["id"].as_str().unwrap(), e["cohort_id"].as_str().unwrap());
    let start = t
        .get(&format!("/api/programs/{p}/cohorts"), &coord)
        .await
        .expect(200)
        .body
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == cohort)
        .map(|c| c["start_date"].as_str().unwrap().to_string())
        .unwrap();
    let start = time::Date::parse(&start, &time::format_description::well_known::Iso8601::DATE).unwrap();
    // Late in her cohort's year 2, after whatever the demo's calendar has.
    let meeting = coachfolio_domain::program_year::program_end(start, 2) - time::Duration::days(45);
    let event = json!({"kind": "end_of_year", "title": "End of Year 2 Candidate Meeting", "audience": "candidates",
        "location": {"name": "Demo County Office of Education"}, "cohort_id": cohort,
        "starts_at": format!("{meeting}T17:30"), "ends_at": format!("{meeting}T20:00"), "credited_minutes": 150});
    t.post(&format!("/api/programs/{p}/events"), &coord, event).await.expect(201);
    let month_before = |d: time::Date| {
        let m = d.month().previous();
        let y = if m == time::Month::December { d.year() - 1 } else { d.year() };
        time::Date::from_calendar_date(y, m, d.day().min(m.length(y))).unwrap()
    };
    let expected = month_before(meeting).to_string();

    let cand = t.token("cand.chen").await;
    let terms = t.get(&format!("/api/enrollments/{eid}/reflections"), &cand).await.expect(200).body;
    let ending = terms.as_array().unwrap().iter().find(|x| x["term"] == "ending").unwrap();
    assert_eq!(ending["due_date"], expected.as_str(), "{terms}");
    let program = t.get(&format!("/api/programs/{p}/reflections"), &coord).await.expect(200).body;
    let row = program["rows"].as_array().unwrap().iter().find(|r| r["enrollment_id"] == eid).unwrap();
    let ending = row["terms"].as_array().unwrap().iter().find(|x| x["term"] == "ending").unwrap();
    assert_eq!(ending["due_date"], expected.as_str());
    let started = t.post(&format!("/api/enrollments/{eid}/reflections"), &cand, json!({"term": "ending"})).await;
    assert_eq!(started.expect(201).body["due_date"], expected.as_str());
}

on_both_databases!(
    the_ending_reflection_is_due_a_month_before_the_last_end_of_year_meeting,
    the_interim_is_written_submitted_and_reopened,
    bad_entries_are_named_and_nothing_is_stored,
    growth_is_shown_term_beside_term,
    terms_and_the_program_view_show_status_without_text,
    access_and_due_dates_follow_each_change_at_once,
);
