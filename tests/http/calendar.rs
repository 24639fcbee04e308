//! Calendars: each event's .ics download and each person's private feed, read back with an
//! iCalendar parser: stable UIDs, SEQUENCE counting changes, cancellations, revocation.

use crate::common::{Res, TestApp};
use actix_web::http::{header, Method};
use icalendar::parser::{read_calendar, unfold};
use serde_json::json;

/// The VEVENTs of an iCalendar text: (UID, SUMMARY, DTSTART, SEQUENCE, STATUS).
fn events_of(text: &str) -> Vec<[String; 5]> {
    let unfolded = unfold(text);
    let cal = read_calendar(&unfolded).expect("valid iCalendar");
    cal.components
        .iter()
        .filter(|c| c.name.as_str() == "VEVENT")
        .map(|c| {
            ["UID", "SUMMARY", "DTSTART", "SEQUENCE", "STATUS"]
                .map(|p| c.find_prop(p).map(|v| v.val.as_str().to_string()).unwrap_or_default())
        })
        .collect()
}

fn text(r: &Res) -> String {
    r.body.as_str().expect("a text body").to_string()
}

async fn a_private_feed_follows_the_persons_events(t: TestApp) {
    let coord = t.token("coordinator").await;
    let p = t.program(&coord).await;
    let body = json!({"kind": "cohort_meeting", "title": "Candidate Cohort Meeting", "audience": "candidates",
        "location": {"name": "Demo County Office of Education", "room": "Room 101T", "address": ""},
        "starts_at": "2030-09-24T17:30", "ends_at": "2030-09-24T20:00", "credited_minutes": 150});
    let e = t.post(&format!("/api/programs/{p}/events"), &coord, body.clone()).await.expect(201);
    let eid = e.body["id"].as_str().unwrap().to_string();
    let alvarez = t.token("cand.alvarez").await;
    t.post(&format!("/api/events/{eid}/registrations"), &alvarez, json!({})).await.expect(201);

    // The one event's download.
    let one =
        t.call(Method::GET, &format!("/api/events/{eid}/calendar.ics"), Some(&alvarez), None, None).await.expect(200);
    assert!(one.headers.get(header::CONTENT_TYPE).unwrap().to_str().unwrap().starts_with("text/calendar"));
    assert!(one.headers.get(header::CONTENT_DISPOSITION).unwrap().to_str().unwrap().starts_with("attachment"));
    let uid = format!("{eid}@coachfolio");
    // 17:30 in Fresno in September is 00:30 the next day in UTC.
    assert_eq!(
        events_of(&text(&one)),
        [[uid.clone(), "Candidate Cohort Meeting".into(), "20300925T003000Z".into(), "0".into(), "CONFIRMED".into()]]
    );

    // The feed: made once, read without signing in.
    let none = t.get("/api/me/calendar-feed", &alvarez).await.expect(200);
    assert_eq!(none.body["active"], false);
    let made = t.post("/api/me/calendar-feed", &alvarez, json!({})).await.expect(201);
    let feed = made.body["path"].as_str().unwrap().to_string();
    assert_eq!(t.get("/api/me/calendar-feed", &alvarez).await.body["path"], serde_json::Value::Null, "shown once");
    assert_eq!(made.headers.get(header::CACHE_CONTROL).unwrap(), "no-store", "the secret is not cached");
    let read = t.call(Method::GET, &feed, None, None, None).await.expect(200);
    assert_eq!(read.headers.get(header::CACHE_CONTROL).unwrap(), "no-store");
    assert!(text(&read).contains("X-WR-CALNAME:Coachfolio events"), "a feed is a calendar of its own");
    assert!(!text(&one).contains("X-WR-CALNAME"), "a single event joins the person's own calendar");
    assert!(text(&one).contains("PRODID:-//Coachfolio//Events//EN"));
    let mine = events_of(&text(&read));
    let ours = mine.iter().find(|e| e[0] == uid).expect("her registered event");
    assert_eq!(ours[3], "0");
    assert!(mine.len() >= 2, "with the demo cohort meeting she registered for");

    // A change keeps the UID and counts up SEQUENCE; a cancellation says so.
    let mut renamed = body;
    renamed["title"] = json!("Candidate Cohort Meeting (Room change)");
    let v2 = t
        .call(Method::PUT, &format!("/api/events/{eid}"), Some(&coord), Some(renamed), Some(&e.etag()))
        .await
        .expect(200);
    let after = events_of(&text(&t.call(Method::GET, &feed, None, None, None).await.expect(200)));
    let ours = after.iter().find(|e| e[0] == uid).unwrap();
    assert_eq!((ours[1].as_str(), ours[3].as_str()), ("Candidate Cohort Meeting (Room change)", "1"));
    let reason = json!({"reason": "Room flooded"});
    let cancel = format!("/api/events/{eid}/cancel");
    t.call(Method::POST, &cancel, Some(&coord), Some(reason), Some(&v2.etag())).await.expect(200);
    let cancelled = text(&t.call(Method::GET, &feed, None, None, None).await.expect(200));
    assert!(unfold(&cancelled).contains("DESCRIPTION:Cancelled: Room flooded"), "the reason travels with it");
    let after = events_of(&cancelled);
    let ours = after.iter().find(|e| e[0] == uid).unwrap();
    assert_eq!((ours[3].as_str(), ours[4].as_str()), ("2", "CANCELLED"));

    // Another person's feed does not show her events; a new feed revokes the old address.
    let brooks = t.token("cand.brooks").await;
    let his = t.post("/api/me/calendar-feed", &brooks, json!({})).await.expect(201);
    let his =
        events_of(&text(&t.call(Method::GET, his.body["path"].as_str().unwrap(), None, None, None).await.expect(200)));
    assert!(his.iter().all(|e| e[0] != uid));
    let again = t.post("/api/me/calendar-feed", &alvarez, json!({})).await.expect(201);
    t.call(Method::GET, &feed, None, None, None).await.expect(404);
    let newer = again.body["path"].as_str().unwrap().to_string();
    t.call(Method::GET, &newer, None, None, None).await.expect(200);
    t.call(Method::DELETE, "/api/me/calendar-feed", Some(&alvarez), None, None).await.expect(204);
    t.call(Method::GET, &newer, None, None, None).await.expect(404);
    t.call(Method::GET, "/api/calendar-feeds/not-a-secret/events.ics", None, None, None).await.expect(404);
}

on_both_databases!(a_private_feed_follows_the_persons_events);
