//! The "what's next" list each home starts with: what the records ask of each person now.

use crate::common::TestApp;
use actix_web::http::Method;
use serde_json::{json, Value};

/// The items of the caller's list: (kind, the candidate's username or "" for their own).
async fn to_do(t: &TestApp, token: &str) -> Vec<(String, String)> {
    let p = t.program(token).await;
    let list = t.get(&format!("/api/programs/{p}/to-do"), token).await.expect(200).body;
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            let about = i["candidate"]["username"].as_str().unwrap_or_default().to_string();
            (i["kind"].as_str().unwrap().to_string(), about)
        })
        .collect()
}

fn has(items: &[(String, String)], kind: &str, about: &str) -> bool {
    items.iter().any(|(k, a)| k == kind && a == about)
}

fn today() -> time::Date {
    coachfolio_domain::time_zone::date_in("America/Los_Angeles", time::OffsetDateTime::now_utc())
}

/// Lily Chen has had no coaching this program year: her list, her coach's and nobody else's
/// say so; her agency's overdue installments are hers to see, not her coach's.
async fn a_candidate_short_of_hours_is_told_and_so_is_her_coach(t: TestApp) {
    let hours = |items: &[(String, String)], about: &str| {
        has(items, "coaching_hours_behind", about) || has(items, "logs_this_month", about)
    };
    let chen = to_do(&t, &t.token("cand.chen").await).await;
    assert!(hours(&chen, ""), "{chen:?}");
    assert!(has(&chen, "installments_due", ""), "{chen:?}");
    assert!(chen.iter().all(|(_, about)| about.is_empty()), "only her own: {chen:?}");

    let coach = to_do(&t, &t.token("coach.rivera").await).await;
    assert!(hours(&coach, "cand.chen"), "{coach:?}");
    assert!(!has(&coach, "installments_due", "cand.chen"), "a coach never sees fees: {coach:?}");
    let caseload = ["cand.alvarez", "cand.brooks", "cand.chen", "cand.evans"];
    assert!(coach.iter().all(|(_, about)| caseload.contains(&about.as_str())), "only her caseload: {coach:?}");

    for other in ["coach.okafor", "district.rep", "director"] {
        let theirs = to_do(&t, &t.token(other).await).await;
        assert!(!theirs.iter().any(|(_, about)| about == "cand.chen"), "{other}: {theirs:?}");
    }
}

/// A submitted log asks its candidate to acknowledge it and shows as waiting on the coach's
/// list; once acknowledged it leaves both.
async fn a_submitted_log_waits_on_both_lists_until_acknowledged(t: TestApp) {
    let coord = t.token("coordinator").await;
    let e = t.enrollment_of(&coord, "cand.alvarez").await["id"].as_str().unwrap().to_string();
    let (coach, cand) = (t.token("coach.rivera").await, t.token("cand.alvarez").await);
    let p = t.program(&cand).await;
    let waiting = |token: String| {
        let (t, p) = (&t, p.clone());
        async move {
            let list = t.get(&format!("/api/programs/{p}/to-do"), &token).await.expect(200).body;
            list["items"].as_array().unwrap().clone()
        }
    };
    let before = waiting(cand.clone()).await.iter().filter(|i| i["kind"] == "acknowledge_log").count();

    let day = today().previous_day().unwrap();
    let d = t.post(&format!("/api/enrollments/{e}/coaching-logs"), &coach, json!({"focus": "Master schedule"})).await;
    let id = d.body["id"].as_str().unwrap().to_string();
    let full = json!({
        "meeting_date": day.to_string(), "start_time": "15:00", "duration_minutes": 60, "mode": "face_to_face",
        "activity_codes": ["A", "1"], "standards": [1], "focus": "Master schedule", "candidate_next_steps": "Draft",
        "coach_next_steps": "Review", "ilp_revisions": "", "follow_up_done": true
    });
    let d = t.patch(&format!("/api/coaching-logs/{id}"), &coach, &d.etag(), full).await.expect(200);
    let s = t
        .call(Method::POST, &format!("/api/coaching-logs/{id}/submit"), Some(&coach), Some(json!({})), Some(&d.etag()))
        .await
        .expect(200);

    let mine = waiting(cand.clone()).await;
    let ack: Vec<&Value> = mine.iter().filter(|i| i["kind"] == "acknowledge_log").collect();
    assert_eq!(ack.len(), before + 1);
    let this = ack.iter().find(|i| i["record_id"] == id.as_str()).expect("the new log is asked");
    assert_eq!(this["enrollment_id"], e.as_str());
    assert!(this["candidate"].is_null(), "her own");
    let theirs = waiting(coach.clone()).await;
    let w = theirs
        .iter()
        .find(|i| i["kind"] == "awaiting_acknowledgement" && i["candidate"]["username"] == "cand.alvarez")
        .expect("the coach sees it waiting");
    assert!(w["count"].as_u64().unwrap() >= 1);

    t.call(
        Method::POST,
        &format!("/api/coaching-logs/{id}/acknowledge"),
        Some(&cand),
        Some(json!({})),
        Some(&s.etag()),
    )
    .await
    .expect(200);
    let mine = waiting(cand).await;
    assert!(!mine.iter().any(|i| i["record_id"] == id.as_str()), "acknowledged: no longer asked");
}

/// The director decides the doctoral waiver, the coordinators approve professional learning;
/// a coach or a candidate has neither.
async fn decisions_wait_for_whoever_takes_them(t: TestApp) {
    let director = to_do(&t, &t.token("director").await).await;
    assert!(has(&director, "decide_requests", ""), "{director:?}");
    let coord = to_do(&t, &t.token("coordinator").await).await;
    assert!(!has(&coord, "decide_requests", ""), "the waiver is the director's: {coord:?}");
    assert!(has(&coord, "approve_professional_learning", ""), "{coord:?}");
    for who in ["coach.rivera", "cand.alvarez", "district.rep"] {
        let theirs = to_do(&t, &t.token(who).await).await;
        assert!(
            !theirs.iter().any(|(k, _)| k == "decide_requests" || k == "approve_professional_learning"),
            "{who}: {theirs:?}"
        );
    }
}

/// Elena Evans's form asks each column to confirm, then each signature in the handbook's order,
/// of exactly the person whose turn it is; a district representative is asked only for their
/// district's candidates.
async fn the_completion_form_asks_each_person_in_turn(t: TestApp) {
    for who in ["district.rep", "coordinator"] {
        let theirs = to_do(&t, &t.token(who).await).await;
        assert!(has(&theirs, "confirm_completion", "cand.evans"), "{who}: {theirs:?}");
    }
    for who in ["cand.evans", "coach.rivera", "director", "coach.okafor"] {
        let theirs = to_do(&t, &t.token(who).await).await;
        assert!(!theirs.iter().any(|(k, _)| k == "confirm_completion" || k == "sign_completion"), "{who}: {theirs:?}");
    }

    // Both columns confirm everything; then each signer in turn is asked, and only they are.
    let coord = t.token("coordinator").await;
    let eid = t.enrollment_of(&coord, "cand.evans").await["id"].as_str().unwrap().to_string();
    let path = format!("/api/enrollments/{eid}/completion");
    let mut form = t.get(&path, &coord).await.expect(200);
    for who in ["district.rep", "coordinator"] {
        let token = t.token(who).await;
        let items: Vec<Value> = form.body["items"].as_array().unwrap().clone();
        for item in items.iter().filter(|i| i["on_the_form"] == true) {
            let body = json!({"item": item["item"], "reason": (item["state"] != "met").then_some("seen the letter")});
            form = t
                .call(Method::POST, &format!("{path}/confirmations"), Some(&token), Some(body), Some(&form.etag()))
                .await
                .expect(200);
        }
        assert!(!has(&to_do(&t, &token).await, "confirm_completion", "cand.evans"), "{who} has confirmed");
    }
    let turns = [
        ("cand.evans", "candidate", ""),
        ("coach.rivera", "coach", "cand.evans"),
        ("district.rep", "district_representative", "cand.evans"),
        ("coordinator", "coordinator", "cand.evans"),
    ];
    for (n, (who, signer, about)) in turns.iter().enumerate() {
        for (other, _, other_about) in turns.iter().filter(|(o, _, _)| o != who) {
            let theirs = to_do(&t, &t.token(other).await).await;
            assert!(!has(&theirs, "sign_completion", other_about), "{other} asked in {who}'s turn: {theirs:?}");
        }
        let token = t.token(who).await;
        assert!(has(&to_do(&t, &token).await, "sign_completion", about), "turn {n}: {who}");
        form = t
            .call(
                Method::POST,
                &format!("{path}/signatures"),
                Some(&token),
                Some(json!({"signer": signer})),
                Some(&form.etag()),
            )
            .await
            .expect(200);
    }
    for (who, _, about) in turns {
        assert!(!has(&to_do(&t, &t.token(who).await).await, "sign_completion", about), "signed: {who}");
    }
}

/// A cohort meeting two weeks ahead asks each candidate of the program to register until they
/// do; a professional-learning day (not required) asks nothing.
async fn a_required_meeting_ahead_asks_to_register(t: TestApp) {
    let coord = t.token("coordinator").await;
    let p = t.program(&coord).await;
    let day = today() + time::Duration::days(14);
    let event = |kind: &str| {
        json!({"kind": kind, "title": format!("{kind} in two weeks"), "audience": "candidates",
            "location": {"name": "Demo County Office of Education"},
            "starts_at": format!("{day}T17:30"), "ends_at": format!("{day}T20:00"), "credited_minutes": 150})
    };
    let meeting = t.post(&format!("/api/programs/{p}/events"), &coord, event("cohort_meeting")).await.expect(201);
    t.post(&format!("/api/programs/{p}/events"), &coord, event("professional_learning")).await.expect(201);
    let id = meeting.body["id"].as_str().unwrap().to_string();
    let asked = |items: &Value| -> Vec<String> {
        items["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| i["kind"] == "register_for_event")
            .map(|i| i["record_id"].as_str().unwrap().to_string())
            .collect()
    };
    let brooks = t.token("cand.brooks").await;
    let list = t.get(&format!("/api/programs/{p}/to-do"), &brooks).await.expect(200).body;
    assert_eq!(asked(&list), std::slice::from_ref(&id), "only the required meeting: {list}");
    let item = list["items"].as_array().unwrap().iter().find(|i| i["record_id"] == id.as_str()).unwrap();
    assert_eq!(item["due_on"], day.to_string());
    t.post(&format!("/api/events/{id}/registrations"), &brooks, json!({})).await.expect(201);
    assert!(asked(&t.get(&format!("/api/programs/{p}/to-do"), &brooks).await.expect(200).body).is_empty());
    // Others still are; a coach is not asked to register for candidates' meetings.
    let chen = t.get(&format!("/api/programs/{p}/to-do"), &t.token("cand.chen").await).await.expect(200).body;
    assert_eq!(asked(&chen), [id]);
    let coach = t.get(&format!("/api/programs/{p}/to-do"), &t.token("coach.rivera").await).await.expect(200).body;
    assert!(asked(&coach).is_empty());
}

/// Someone with no role in a program has no list there.
async fn a_program_is_not_anyones_to_read(t: TestApp) {
    let (other, _, _) = t.other_program().await;
    for who in ["coordinator", "cand.alvarez", "coach.rivera"] {
        t.get(&format!("/api/programs/{other}/to-do"), &t.token(who).await).await.expect(404);
    }
    // The installation administrator sees the program but has nothing to do in it.
    let admin = t.token("admin").await;
    let p = t.program(&t.token("coordinator").await).await;
    let list = t.get(&format!("/api/programs/{p}/to-do"), &admin).await.expect(200).body;
    assert_eq!(list["items"], json!([]));
}

on_both_databases!(
    a_candidate_short_of_hours_is_told_and_so_is_her_coach,
    a_submitted_log_waits_on_both_lists_until_acknowledged,
    decisions_wait_for_whoever_takes_them,
    the_completion_form_asks_each_person_in_turn,
    a_required_meeting_ahead_asks_to_register,
    a_program_is_not_anyones_to_read,
);
