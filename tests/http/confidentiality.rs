//! What each person may read beyond a record's own endpoint: the program's audit trail, the
//! members list, a calendar feed after leaving a program, and a former coach's period for every
//! confidential kind. Each test tries to read what the reader must not.

use crate::common::{multipart, pdf, Res, TestApp};
use actix_web::http::Method;
use serde_json::{json, Value};

fn today() -> time::Date {
    coachfolio_domain::time_zone::date_in("America/Los_Angeles", time::OffsetDateTime::now_utc())
}

async fn upload(t: &TestApp, enrollment: &str, token: &str, title: &str) -> Res {
    let day = today().to_string();
    let fields = [("kind", "coaching_log"), ("title", title), ("activity_date", day.as_str())];
    let file = pdf(title);
    let form = multipart(&fields, Some(("notes.pdf", file.as_slice())));
    t.send_multipart(Method::POST, &format!("/api/enrollments/{enrollment}/documents"), token, None, form).await
}

fn ids(list: &Value) -> Vec<String> {
    list.as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap().to_string()).collect()
}

async fn the_administrator_reads_the_programs_setup_in_its_trail_never_confidential_entries(t: TestApp) {
    let coord = t.token("coordinator").await;
    let admin = t.token("admin").await;
    let p = t.program(&coord).await;
    let eid = t.enrollment_of(&coord, "cand.alvarez").await["id"].as_str().unwrap().to_string();
    let cand = t.token("cand.alvarez").await;
    let complaint = json!({"kind": "complaint", "incident_on": "2026-11-02", "description": "My principal shouts."});
    let complaint = t.post(&format!("/api/enrollments/{eid}/requests"), &cand, complaint).await.expect(201);
    let complaint = complaint.body["id"].as_str().unwrap().to_string();
    let doc = upload(&t, &eid, &cand, "Notes on my principal").await.expect(201);
    let doc = doc.body["id"].as_str().unwrap().to_string();
    t.post(&format!("/api/programs/{p}/cohorts"), &admin, json!({"label": "Cohort C", "start_date": "2027-01-10"}))
        .await
        .expect(201);

    let trail = |token: String| {
        let t = &t;
        let p = p.clone();
        async move { t.get(&format!("/api/programs/{p}/audit?per_page=100"), &token).await.expect(200).body }
    };
    let admins = trail(admin.clone()).await;
    let text = admins.to_string();
    assert!(admins["items"].as_array().unwrap().iter().any(|a| a["action"] == "cohort.created"), "the setup");
    for hidden in [complaint.as_str(), doc.as_str(), "Notes on my principal", "complaint"] {
        assert!(!text.contains(hidden), "the administrator's trail names {hidden}: {text}");
    }
    let confidential = ["coaching_log", "ilp", "reflection", "request", "document", "professional_learning"];
    assert!(admins["items"].as_array().unwrap().iter().all(|a| !confidential.contains(&a["entity"].as_str().unwrap())));
    assert_eq!(admins["total"].as_u64().unwrap() as usize, admins["items"].as_array().unwrap().len());
    // The records themselves are not theirs to read either.
    t.get(&format!("/api/requests/{complaint}"), &admin).await.expect(404);
    t.get(&format!("/api/documents/{doc}"), &admin).await.expect(404);

    // The program's staff read the whole trail, its entries carrying kinds and ids, no text.
    for staff in [coord.clone(), t.token("director").await] {
        let all = trail(staff).await;
        let items = all["items"].as_array().unwrap();
        let filed = items.iter().find(|a| a["entity_id"] == complaint.as_str()).expect("the complaint's entry");
        assert_eq!(filed["after"]["kind"], "complaint");
        let uploaded = items.iter().find(|a| a["entity_id"] == doc.as_str()).expect("the document's entry");
        assert_eq!(uploaded["after"]["kind"], "coaching_log");
        assert!(!all.to_string().contains("Notes on my principal") && !all.to_string().contains("shouts"));
    }
    for other in ["district.rep", "coach.rivera", "cand.alvarez"] {
        t.get(&format!("/api/programs/{p}/audit"), &t.token(other).await).await.expect(403);
    }
}

async fn coaches_and_district_representatives_list_only_the_people_they_work_with(t: TestApp) {
    let coord = t.token("coordinator").await;
    let p = t.program(&coord).await;
    let members = |token: String| {
        let t = &t;
        let p = p.clone();
        async move {
            let list = t.get(&format!("/api/programs/{p}/members"), &token).await.expect(200).body;
            let mut names: Vec<(String, String)> = list
                .as_array()
                .unwrap()
                .iter()
                .map(|m| (m["role"].as_str().unwrap().into(), m["user"]["username"].as_str().unwrap().into()))
                .collect();
            names.sort();
            names
        }
    };
    let everyone = members(coord.clone()).await;
    assert_eq!(members(t.token("director").await).await, everyone);
    assert_eq!(members(t.token("admin").await).await, everyone);
    let of = |names: &[(String, String)], role: &str| -> Vec<String> {
        names.iter().filter(|(r, _)| r == role).map(|(_, u)| u.clone()).collect()
    };
    let all_candidates = of(&everyone, "candidate");
    assert!(all_candidates.len() >= 3 && of(&everyone, "coach").len() >= 2);

    // Maya Rivera: the program's staff, herself, and her own candidates only.
    let rivera = members(t.token("coach.rivera").await).await;
    assert_eq!(of(&rivera, "coach"), ["coach.rivera"]);
    assert!(of(&rivera, "district_representative").is_empty());
    assert_eq!(of(&rivera, "coordinator"), of(&everyone, "coordinator"));
    assert_eq!(of(&rivera, "director"), of(&everyone, "director"));
    let coached = t.get("/api/me/candidates", &t.token("coach.rivera").await).await.expect(200).body;
    let mut hers: Vec<String> = coached
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["enrollment"]["candidate"]["username"].as_str().unwrap().to_string())
        .collect();
    hers.sort();
    assert_eq!(of(&rivera, "candidate"), hers);
    // Daniel Okafor coaches nobody yet: he sees the staff and himself.
    let okafor = members(t.token("coach.okafor").await).await;
    assert_eq!(of(&okafor, "coach"), ["coach.okafor"]);
    assert!(of(&okafor, "candidate").is_empty(), "never another coach's candidate: {okafor:?}");

    // The district representative: the staff, themself, and their district's candidates.
    let rep_token = t.token("district.rep").await;
    let rep = members(rep_token.clone()).await;
    assert_eq!(of(&rep, "district_representative"), ["district.rep"]);
    assert!(of(&rep, "coach").is_empty());
    let theirs = t.get(&format!("/api/programs/{p}/enrollments?per_page=100"), &rep_token).await.expect(200).body;
    let mut district: Vec<String> = theirs["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["candidate"]["username"].as_str().unwrap().to_string())
        .collect();
    district.sort();
    assert_eq!(of(&rep, "candidate"), district);
    assert!(district.len() < all_candidates.len(), "never another district's candidate");
    let emails = t.get(&format!("/api/programs/{p}/members"), &rep_token).await.expect(200).body.to_string();
    for other in all_candidates.iter().filter(|c| !district.contains(c)) {
        assert!(!emails.contains(other.as_str()), "{other} is another district's candidate");
    }
    t.get(&format!("/api/programs/{p}/members"), &t.token("cand.alvarez").await).await.expect(403);
}

async fn a_calendar_feed_lists_no_events_of_a_program_one_has_left(t: TestApp) {
    let coord = t.token("coordinator").await;
    let p = t.program(&coord).await;
    let alvarez = t.token("cand.alvarez").await;
    let feed = t.post("/api/me/calendar-feed", &alvarez, json!({})).await.expect(201);
    let feed = feed.body["path"].as_str().unwrap().to_string();
    let events = |body: Vec<u8>| String::from_utf8(body).unwrap().matches("BEGIN:VEVENT").count();
    let (_, before, _) = t.raw(actix_web::test::TestRequest::get().uri(&feed)).await;
    assert!(events(before) >= 1, "her registered cohort meeting");

    let id = t.user_id("cand.alvarez").await;
    let members = t.get(&format!("/api/programs/{p}/members?role=candidate"), &coord).await.expect(200).body;
    let membership = members.as_array().unwrap().iter().find(|m| m["user"]["id"] == id.as_str()).unwrap()["id"].clone();
    let membership = membership.as_str().unwrap();
    t.call(Method::DELETE, &format!("/api/programs/{p}/members/{membership}"), Some(&coord), None, None)
        .await
        .expect(204);
    let (status, after, _) = t.raw(actix_web::test::TestRequest::get().uri(&feed)).await;
    assert_eq!(status.as_u16(), 200, "the feed still answers, without the program's events");
    assert_eq!(events(after), 0);
}

/// Sets a record's `created_at` to `day` (as if begun then).
fn begun_on(t: &TestApp, table: &str, id: &str, day: time::Date) {
    use diesel::RunQueryDsl;
    let sql = format!("UPDATE {table} SET created_at = '{day} 12:00:00' WHERE id = '{id}'");
    t.db.write(|c| Ok::<_, coachfolio_persistence::StoreError>(diesel::sql_query(sql).execute(c)?)).unwrap();
}

async fn a_former_coach_reads_every_kind_of_record_only_from_their_period(t: TestApp) {
    let coord = t.token("coordinator").await;
    let eid = t.enrollment_of(&coord, "cand.alvarez").await["id"].as_str().unwrap().to_string();
    let cand = t.token("cand.alvarez").await;
    let rivera = t.token("coach.rivera").await;
    let assignments = t.get(&format!("/api/enrollments/{eid}/coach-assignments"), &coord).await.expect(200).body;
    let assignment = assignments[0]["id"].as_str().unwrap().to_string();
    let started: time::Date = time::Date::parse(
        assignments[0]["start_date"].as_str().unwrap(),
        &time::format_description::well_known::Iso8601::DATE,
    )
    .unwrap();
    let during = started.next_day().unwrap();
    let yesterday = today().previous_day().unwrap();
    let pl_path = format!("/api/enrollments/{eid}/professional-learning");
    let shadow_path = format!("/api/enrollments/{eid}/job-shadows-and-visits");
    let id = |r: Res| r.expect(201).body["id"].as_str().unwrap().to_string();
    let pl = |title: &str| json!({"title": title, "activity_date": yesterday.to_string(), "minutes": 120});

    // While Maya Rivera coaches: her own PL record, and the candidate's PL, job shadow and notes.
    let hers = id(t.post(&pl_path, &rivera, pl("Rounds with Maya")).await);
    let then_pl = id(t.post(&pl_path, &cand, pl("Equity summit")).await);
    let shadow = json!({"kind": "job_shadow", "activity_date": yesterday.to_string(), "minutes": 240});
    let then_shadow = id(t.post(&shadow_path, &cand, shadow).await);
    let then_doc = id(upload(&t, &eid, &cand, "October notes").await);
    for (table, record) in
        [("professional_learning", &then_pl), ("job_shadows_and_visits", &then_shadow), ("documents", &then_doc)]
    {
        begun_on(&t, table, record, during);
    }

    // She hands Sofia Alvarez over to Daniel Okafor; what the candidate writes next is his time.
    t.post(&format!("/api/coach-assignments/{assignment}/end"), &coord, json!({"end_date": yesterday.to_string()}))
        .await
        .expect(200);
    let okafor_id = t.user_id("coach.okafor").await;
    let next = json!({"coach_id": okafor_id, "start_date": today().to_string()});
    t.post(&format!("/api/enrollments/{eid}/coach-assignments"), &coord, next).await.expect(201);
    let now_pl = id(t.post(&pl_path, &cand, pl("Budget academy")).await);
    let visit = json!({"kind": "school_visit", "activity_date": yesterday.to_string()});
    let now_visit = id(t.post(&shadow_path, &cand, visit).await);
    let now_doc = id(upload(&t, &eid, &cand, "December notes").await);

    // Maya Rivera reads her period and what she wrote; nothing of Daniel Okafor's.
    let listed = ids(&t.get(&pl_path, &rivera).await.expect(200).body);
    assert!(listed.contains(&hers) && listed.contains(&then_pl) && !listed.contains(&now_pl), "{listed:?}");
    t.get(&format!("/api/professional-learning/{then_pl}"), &rivera).await.expect(200);
    t.get(&format!("/api/professional-learning/{now_pl}"), &rivera).await.expect(404);
    let listed = ids(&t.get(&shadow_path, &rivera).await.expect(200).body);
    assert_eq!(listed, std::slice::from_ref(&then_shadow));
    t.get(&format!("/api/job-shadows-and-visits/{now_visit}"), &rivera).await.expect(404);
    let docs = ids(&t.get(&format!("/api/enrollments/{eid}/documents"), &rivera).await.expect(200).body);
    assert!(docs.contains(&then_doc) && !docs.contains(&now_doc), "{docs:?}");
    t.get(&format!("/api/documents/{now_doc}"), &rivera).await.expect(404);
    t.get(&format!("/api/documents/{now_doc}/file"), &rivera).await.expect(404);
    t.get(&format!("/api/documents/{then_doc}/file"), &rivera).await.expect(200);

    // Daniel Okafor, her successor, reads all of it; the candidate too.
    let okafor = t.token("coach.okafor").await;
    for token in [&okafor, &cand] {
        let listed = ids(&t.get(&pl_path, token).await.expect(200).body);
        assert!([&hers, &then_pl, &now_pl].iter().all(|r| listed.contains(r)));
        let docs = ids(&t.get(&format!("/api/enrollments/{eid}/documents"), token).await.expect(200).body);
        assert!(docs.contains(&then_doc) && docs.contains(&now_doc));
        t.get(&format!("/api/job-shadows-and-visits/{now_visit}"), token).await.expect(200);
    }
}

/// A candidate's attendance marks show to those who read their enrollment; the proof of
/// attendance opens to the candidate and the program's staff, and each mark says whether it
/// does for its reader.
async fn a_proof_of_attendance_opens_where_its_mark_says(t: TestApp) {
    let coord = t.token("coordinator").await;
    let p = t.program(&coord).await;
    let eid = t.enrollment_of(&coord, "cand.alvarez").await["id"].as_str().unwrap().to_string();
    let meeting = json!({"kind": "cohort_meeting", "title": "Candidate Cohort Meeting", "audience": "candidates",
        "starts_at": "2020-09-24T17:30", "ends_at": "2030-09-24T20:00", "capacity": 40, "credited_minutes": 0});
    let ev = t.post(&format!("/api/programs/{p}/events"), &coord, meeting).await.expect(201);
    let alvarez = t.user_id("cand.alvarez").await;
    let mark = format!("/api/events/{}/attendance/{alvarez}", ev.body["id"].as_str().unwrap());
    t.call(Method::PUT, &mark, Some(&coord), Some(json!({"status": "attended"})), None).await.expect(201);
    for (who, opens) in [
        ("cand.alvarez", true),
        ("coordinator", true),
        ("director", true),
        ("coach.rivera", false),
        ("district.rep", false),
    ] {
        let token = t.token(who).await;
        let counts = t.get(&format!("/api/enrollments/{eid}/meeting-counts"), &token).await.expect(200).body;
        let line = counts["marks"].as_array().unwrap().iter().find(|m| m["event_id"] == ev.body["id"]).unwrap().clone();
        assert_eq!(line["certificate"], opens, "{who}");
        // The proof is the mark itself, printed: read with its `can.certificate`, or not at all.
        let proof = t.get(&format!("/api/attendance/{}", line["attendance_id"].as_str().unwrap()), &token).await;
        assert_eq!(proof.status.as_u16() == 200 && proof.body["can"]["certificate"] == true, opens, "{who}");
    }
}

on_both_databases!(
    a_proof_of_attendance_opens_where_its_mark_says,
    the_administrator_reads_the_programs_setup_in_its_trail_never_confidential_entries,
    coaches_and_district_representatives_list_only_the_people_they_work_with,
    a_calendar_feed_lists_no_events_of_a_program_one_has_left,
    a_former_coach_reads_every_kind_of_record_only_from_their_period,
);
