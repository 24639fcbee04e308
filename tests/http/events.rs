//! Events and registration: who an event is for, the registration window, places and the
//! waitlist (also under 50 registrations at once), cancellations, copies and bad input.

use crate::common::{Res, TestApp};
use actix_web::http::Method;
use serde_json::{json, Value};

/// A candidate cohort meeting years ahead, open for registration now.
fn meeting(capacity: Option<u32>) -> Value {
    json!({"kind": "cohort_meeting", "title": "Candidate Cohort Meeting", "audience": "candidates",
        "location": {"name": "Demo County Office of Education", "room": "Room 101T", "address": "1177 Van Ness Ave."},
        "starts_at": "2030-09-24T17:30", "ends_at": "2030-09-24T20:00", "capacity": capacity,
        "credited_minutes": 150})
}

async fn schedule(t: &TestApp, coord: &str, body: Value) -> Res {
    let p = t.program(coord).await;
    t.post(&format!("/api/programs/{p}/events"), coord, body).await
}

async fn post_if(t: &TestApp, path: &str, token: &str, etag: &str, body: Value) -> Res {
    t.call(Method::POST, path, Some(token), Some(body), Some(etag)).await
}

fn id(r: &Res) -> String {
    r.body["id"].as_str().unwrap().to_string()
}

async fn a_coordinator_schedules_and_people_see_the_events_for_them(t: TestApp) {
    let coord = t.token("coordinator").await;
    let p = t.program(&coord).await;
    let e = schedule(&t, &coord, meeting(Some(40))).await.expect(201);
    assert_eq!(
        (e.body["starts_at"].as_str(), e.body["time_zone"].as_str()),
        (Some("2030-09-24T17:30"), Some("America/Los_Angeles"))
    );
    assert_eq!((e.body["slots_used"].as_u64(), e.body["places_left"].as_u64()), (Some(0), Some(40)));
    assert_eq!(
        e.body["can"],
        json!({"edit": true, "copy": true, "register": false, "register_others": true, "read_roster": true})
    );
    let coach_meeting = json!({"kind": "coach_meeting", "title": "Coach Meeting", "audience": "coaches",
        "starts_at": "2030-09-24T13:30", "ends_at": "2030-09-24T16:00", "credited_minutes": 150});
    let cm = schedule(&t, &coord, coach_meeting).await.expect(201);
    let titles = |r: Res| -> Vec<String> {
        r.body.as_array().unwrap().iter().map(|e| e["id"].as_str().unwrap().to_string()).collect()
    };
    let cand = t.token("cand.alvarez").await;
    let mine = titles(t.get(&format!("/api/programs/{p}/events"), &cand).await.expect(200));
    assert!(mine.contains(&id(&e)) && !mine.contains(&id(&cm)), "a candidate's list has no coach meetings");
    let coach = titles(t.get(&format!("/api/programs/{p}/events"), &t.token("coach.okafor").await).await.expect(200));
    assert!(coach.contains(&id(&cm)) && !coach.contains(&id(&e)));
    let all = titles(t.get(&format!("/api/programs/{p}/events"), &t.token("director").await).await.expect(200));
    assert!(all.contains(&id(&e)) && all.contains(&id(&cm)), "staff see every event");
    let seen = t.get(&format!("/api/events/{}", id(&e)), &cand).await.expect(200);
    assert_eq!(
        (seen.body["can"]["register"].as_bool(), seen.body["registration_closed_because"].as_str()),
        (Some(true), None)
    );
    let why = t.get(&format!("/api/events/{}", id(&cm)), &cand).await.expect(200);
    assert_eq!(why.body["registration_closed_because"], "the event is for coaches");
    // Another program's coordinator neither sees nor schedules (tests/access.rs); nor does a
    // candidate schedule.
    t.post(&format!("/api/programs/{p}/events"), &cand, meeting(None)).await.expect(403);
    // The demo calendar is the handbook's, moved to last program year and this one.
    let calendar = t.get(&format!("/api/programs/{p}/events?include_past=true"), &coord).await.expect(200);
    let kinds: Vec<_> = calendar.body.as_array().unwrap().iter().filter(|e| e["kind"] == "cohort_meeting").collect();
    assert_eq!(kinds.len(), 17, "four a year from the calendar, ours, and the finished cohort's eight");
}

async fn bad_events_are_refused_naming_the_field(t: TestApp) {
    let coord = t.token("coordinator").await;
    let (_, other_cohort, other_district) = t.other_program().await;
    let with = |k: &str, v: Value| {
        let mut b = meeting(Some(10));
        b[k] = v;
        b
    };
    for (body, field) in [
        (with("ends_at", json!("2030-09-24T17:00")), "ends_at"),
        (with("capacity", json!(0)), "capacity"),
        (with("title", json!("  ")), "title"),
        (with("kind", json!("party")), "kind"),
        (with("starts_at", json!("24/09/2030 17:30")), "starts_at"),
        (with("credited_minutes", json!(151)), "credited_minutes"),
        (with("cohort_id", json!(other_cohort)), "cohort_id"),
        (with("district_id", json!(other_district)), "district_id"),
        (with("registration_closes_at", json!("2030-09-25T08:00")), "registration_closes_at"),
    ] {
        schedule(&t, &coord, body).await.expect_field(422, field);
    }
    let p = t.program(&coord).await;
    let before = t.get(&format!("/api/programs/{p}/events?include_past=true"), &coord).await.body;
    assert_eq!(
        before.as_array().unwrap().iter().filter(|e| e["starts_at"] == "2030-09-24T17:30").count(),
        0,
        "nothing stored"
    );
}

async fn places_then_the_waitlist_and_a_cancellation_promotes_the_first_waiting(t: TestApp) {
    let coord = t.token("coordinator").await;
    let e = schedule(&t, &coord, meeting(Some(2))).await.expect(201);
    let regs = format!("/api/events/{}/registrations", id(&e));
    let (alvarez, brooks, chen) =
        (t.token("cand.alvarez").await, t.token("cand.brooks").await, t.token("cand.chen").await);
    let a = t.post(&regs, &alvarez, json!({})).await.expect(201);
    assert_eq!((a.body["state"].as_str(), a.body["slots_used"].as_u64()), (Some("confirmed"), Some(1)));
    assert_eq!(a.body["registered_by"]["username"], "cand.alvarez", "the handbook's Author");
    assert_eq!(a.body["person"]["email"], "cand.alvarez@demo.coachfolio.invalid");
    t.post(&regs, &alvarez, json!({})).await.expect_field(409, "user_id");
    t.post(&regs, &brooks, json!({})).await.expect(201);
    let c = t.post(&regs, &chen, json!({})).await.expect(201);
    assert_eq!((c.body["state"].as_str(), c.body["waitlist_position"].as_u64()), (Some("waitlisted"), Some(1)));
    let full = t.get(&format!("/api/events/{}", id(&e)), &chen).await.expect(200);
    assert_eq!((full.body["slots_used"].as_u64(), full.body["places_left"].as_u64()), (Some(2), Some(0)));
    assert_eq!(full.body["my_registration"]["waitlist_position"], 1);
    assert_eq!(full.body["my_registration"]["can_cancel"], true, "open window: she may leave the waitlist");
    // The coach is not a candidate; a coordinator's roster shows the order.
    t.post(&regs, &t.token("coach.rivera").await, json!({})).await.expect_field(422, "user_id");
    t.get(&regs, &alvarez).await.expect(403);
    let roster = t.get(&regs, &coord).await.expect(200);
    let states: Vec<_> = roster.body.as_array().unwrap().iter().map(|r| r["state"].as_str().unwrap()).collect();
    assert_eq!(states, ["confirmed", "confirmed", "waitlisted"]);
    // Alvarez cancels: Chen moves up in the same step.
    let mine = format!("/api/registrations/{}", id(&a));
    t.get(&mine, &brooks).await.expect(404);
    post_if(&t, &format!("{mine}/cancel"), &brooks, &a.etag(), json!({})).await.expect(404);
    let cancelled = post_if(&t, &format!("{mine}/cancel"), &alvarez, &a.etag(), json!({})).await.expect(200);
    assert_eq!(
        (cancelled.body["state"].as_str(), cancelled.body["cancelled_by"]["username"].as_str()),
        (Some("cancelled"), Some("cand.alvarez"))
    );
    let promoted = t.get(&format!("/api/registrations/{}", id(&c)), &chen).await.expect(200);
    let told = t.get("/api/me/notifications", &chen).await.expect(200).body;
    assert_eq!(told["items"][0]["kind"], "registration_promoted", "Chen is told she moved up");
    let own = t.get("/api/me/notifications", &alvarez).await.expect(200).body;
    assert!(!own["items"].as_array().unwrap().iter().any(|n| n["kind"] == "registered"), "not of her own step");
    assert_eq!((promoted.body["state"].as_str(), promoted.body["slots_used"].as_u64()), (Some("confirmed"), Some(1)));
    assert!(promoted.body["promoted_at"].is_string());
    post_if(&t, &format!("{mine}/cancel"), &alvarez, &cancelled.etag(), json!({})).await.expect_field(409, "state");
    // Registering again queues her behind nobody: a place is free? No: the event is full again.
    let again = t.post(&regs, &alvarez, json!({})).await.expect(201);
    assert_eq!((again.body["id"].clone(), again.body["state"].as_str()), (a.body["id"].clone(), Some("waitlisted")));
    // A larger capacity moves her up; a capacity below the confirmed count is refused.
    let ev = t.get(&format!("/api/events/{}", id(&e)), &coord).await;
    let put = |body: Value, etag: String| {
        let path = format!("/api/events/{}", id(&e));
        let coord = coord.clone();
        let t = &t;
        async move { t.call(Method::PUT, &path, Some(&coord), Some(body), Some(&etag)).await }
    };
    put(meeting(Some(1)), ev.etag()).await.expect_field(422, "capacity");
    let bigger = put(meeting(Some(3)), ev.etag()).await.expect(200);
    assert_eq!((bigger.body["slots_used"].as_u64(), bigger.body["waitlisted"].as_u64()), (Some(3), Some(0)));
    put(meeting(Some(5)), ev.etag()).await.expect(412);
    let states = t.get(&regs, &coord).await.body;
    assert!(states.as_array().unwrap().iter().all(|r| r["state"] == "confirmed"));
}

async fn the_window_binds_the_person_not_the_coordinator(t: TestApp) {
    let coord = t.token("coordinator").await;
    let alvarez = t.token("cand.alvarez").await;
    let mut closed = meeting(None);
    closed["registration_closes_at"] = json!("2026-01-01T00:00");
    let e = schedule(&t, &coord, closed).await.expect(201);
    assert_eq!(e.body["can"]["register"], false);
    let regs = format!("/api/events/{}/registrations", id(&e));
    t.post(&regs, &alvarez, json!({})).await.expect_field(409, "registration_closes_at");
    let alvarez_id = t.user_id("cand.alvarez").await;
    let r = t.post(&regs, &coord, json!({"user_id": alvarez_id})).await.expect(201);
    assert_eq!(r.body["registered_by"]["username"], "coordinator");
    let seen = t.get(&format!("/api/events/{}", id(&e)), &alvarez).await.expect(200);
    assert_eq!(seen.body["my_registration"]["can_cancel"], false, "the window has closed for her");
    let path = format!("/api/registrations/{}/cancel", id(&r));
    post_if(&t, &path, &alvarez, &r.etag(), json!({})).await.expect_field(409, "registration_closes_at");
    post_if(&t, &path, &coord, &r.etag(), json!({})).await.expect(200);
    // Someone outside the program, and a person the event is not for, named by the coordinator.
    let stranger = t.new_account(&t.token("admin").await, "stranger").await;
    t.post(&regs, &coord, json!({"user_id": stranger})).await.expect_field(422, "user_id");
    t.post(&regs, &coord, json!({"user_id": t.user_id("coach.okafor").await})).await.expect_field(422, "user_id");
    t.post(&regs, &alvarez, json!({"user_id": t.user_id("cand.brooks").await})).await.expect(403);
    // An event under way: the person can no longer register themself.
    let mut started = meeting(None);
    (started["starts_at"], started["ends_at"]) = (json!("2020-09-24T17:30"), json!("2030-09-24T20:00"));
    started["credited_minutes"] = json!(0);
    let s = schedule(&t, &coord, started).await.expect(201);
    t.post(&format!("/api/events/{}/registrations", id(&s)), &alvarez, json!({})).await.expect_field(409, "starts_at");
}

async fn a_cancelled_event_keeps_its_registrations_and_a_copy_moves_the_dates(t: TestApp) {
    let coord = t.token("coordinator").await;
    let mut body = meeting(Some(10));
    body["registration_opens_at"] = json!("2026-01-01T08:00");
    body["registration_closes_at"] = json!("2030-09-20T17:00");
    let e = schedule(&t, &coord, body).await.expect(201);
    let copy =
        t.post(&format!("/api/events/{}/copy", id(&e)), &coord, json!({"starts_on": "2031-09-23"})).await.expect(201);
    assert_eq!(
        (copy.body["starts_at"].as_str(), copy.body["ends_at"].as_str()),
        (Some("2031-09-23T17:30"), Some("2031-09-23T20:00"))
    );
    assert_eq!(copy.body["registration_closes_at"], "2031-09-19T17:00", "the window moves with it");
    assert_ne!(copy.body["id"], e.body["id"]);
    let regs = format!("/api/events/{}/registrations", id(&e));
    t.post(&regs, &t.token("cand.alvarez").await, json!({})).await.expect(201);
    let cancel = format!("/api/events/{}/cancel", id(&e));
    post_if(&t, &cancel, &t.token("cand.alvarez").await, &e.etag(), json!({})).await.expect(403);
    let c = post_if(&t, &cancel, &coord, &e.etag(), json!({"reason": "Room flooded"})).await.expect(200);
    assert_eq!((c.body["status"].as_str(), c.body["can"]["edit"].as_bool()), (Some("cancelled"), Some(false)));
    assert_eq!((c.body["cancel_reason"].as_str(), c.body["can"]["copy"].as_bool()), (Some("Room flooded"), Some(true)));
    let roster = t.get(&regs, &coord).await.expect(200);
    assert_eq!(roster.body[0]["state"], "event_cancelled", "kept, as event cancelled");
    let told = t.get("/api/me/notifications", &t.token("cand.alvarez").await).await.expect(200).body;
    assert_eq!(
        (told["items"][0]["kind"].as_str(), told["items"][0]["link"].as_str()),
        (Some("event_cancelled"), Some(format!("/events/{}", id(&e)).as_str()))
    );
    t.post(&regs, &t.token("cand.brooks").await, json!({})).await.expect_field(409, "status");
    post_if(&t, &cancel, &coord, &c.etag(), json!({})).await.expect_field(409, "status");
}

/// 50 registrations at once for 10 places: exactly 10 confirmed and 40 waitlisted, the places
/// to the first to arrive.
async fn fifty_at_once_for_ten_places(t: TestApp) {
    use coachfolio_domain::role::Role;
    use coachfolio_persistence::{memberships, users};
    let coord = t.token("coordinator").await;
    let program = t.program(&coord).await;
    let program_id: coachfolio_domain::ids::ProgramId = program.parse().unwrap();
    let people: Vec<String> =
        t.db.write(|c| {
            (0..50)
                .map(|i| {
                    let new = users::NewUser::new(&format!("c{i}@example.org"), &format!("c{i}"), "Coach", "x".into());
                    let u = users::insert(c, &new)?;
                    memberships::insert(c, &memberships::MembershipRow::new(u.id, program_id, Role::Coach, None))?;
                    Ok(u.id.to_string())
                })
                .collect::<Result<_, coachfolio_persistence::StoreError>>()
        })
        .unwrap();
    let training = json!({"kind": "coach_training", "title": "New Coach 2-Day Training", "audience": "coaches",
        "starts_at": "2030-09-10T08:00", "ends_at": "2030-09-11T15:30", "capacity": 10, "credited_minutes": 960});
    let e = schedule(&t, &coord, training).await.expect(201);
    let regs = format!("/api/events/{}/registrations", id(&e));
    let answers =
        futures_util::future::join_all(people.iter().map(|p| t.post(&regs, &coord, json!({"user_id": p})))).await;
    assert!(answers.iter().all(|r| r.status == 201), "every registration is taken");
    let roster = t.get(&regs, &coord).await.expect(200);
    let states: Vec<&str> = roster.body.as_array().unwrap().iter().map(|r| r["state"].as_str().unwrap()).collect();
    assert_eq!(states.len(), 50);
    assert_eq!(states.iter().filter(|s| **s == "confirmed").count(), 10);
    assert_eq!(&states[..10], ["confirmed"; 10], "the roster is in order of arrival: the places to the first ten");
    let positions: Vec<u64> =
        roster.body.as_array().unwrap()[10..].iter().map(|r| r["waitlist_position"].as_u64().unwrap()).collect();
    assert_eq!(positions, (1..=40).collect::<Vec<_>>());
    let event = t.get(&format!("/api/events/{}", id(&e)), &coord).await.expect(200);
    assert_eq!((event.body["slots_used"].as_u64(), event.body["waitlisted"].as_u64()), (Some(10), Some(40)));
}

on_both_databases!(
    a_coordinator_schedules_and_people_see_the_events_for_them,
    bad_events_are_refused_naming_the_field,
    places_then_the_waitlist_and_a_cancellation_promotes_the_first_waiting,
    the_window_binds_the_person_not_the_coordinator,
    a_cancelled_event_keeps_its_registrations_and_a_copy_moves_the_dates,
    fifty_at_once_for_ten_places,
);
