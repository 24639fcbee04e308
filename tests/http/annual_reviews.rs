//! The e-portfolio's annual review: the candidate and their coach each mark a year reviewed.

use crate::common::TestApp;
use serde_json::{json, Value};

fn asked(list: &Value) -> Vec<String> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["kind"] == "review_portfolio")
        .map(|i| i["detail"].as_str().unwrap().to_string())
        .collect()
}

/// Sofia Alvarez is in year 2: year 1 is over and asked of her and of her coach until each has
/// marked it; year 2 has begun but is not asked yet; a year to come cannot be marked.
async fn the_candidate_and_her_coach_each_mark_a_year_reviewed(t: TestApp) {
    let coord = t.token("coordinator").await;
    let p = t.program(&coord).await;
    let e = t.enrollment_of(&coord, "cand.alvarez").await["id"].as_str().unwrap().to_string();
    let (cand, coach) = (t.token("cand.alvarez").await, t.token("coach.rivera").await);
    let to_do = |token: String| {
        let (t, p) = (&t, p.clone());
        async move { t.get(&format!("/api/programs/{p}/to-do"), &token).await.expect(200).body }
    };
    assert_eq!(asked(&to_do(cand.clone()).await), ["year 1"]);
    assert!(asked(&to_do(coach.clone()).await).contains(&"year 1".to_string()));

    let path = format!("/api/enrollments/{e}/annual-reviews");
    let years = t.get(&path, &cand).await.expect(200).body;
    assert_eq!(years.as_array().unwrap().len(), 2);
    assert_eq!((years[0]["can_mark"].as_bool(), years[1]["can_mark"].as_bool()), (Some(true), Some(true)));
    assert!(years[0]["candidate"].is_null() && years[0]["coach"].is_null());

    let marked = t.post(&format!("{path}/1"), &cand, json!({})).await.expect(200).body;
    assert_eq!(marked[0]["candidate"]["by"]["username"], "cand.alvarez");
    assert_eq!(marked[0]["can_mark"], false);
    t.post(&format!("{path}/1"), &cand, json!({})).await.expect_field(409, "program_year");
    t.post(&format!("{path}/3"), &cand, json!({})).await.expect_field(422, "program_year");
    assert!(asked(&to_do(cand.clone()).await).is_empty(), "marked: no longer asked of her");
    assert!(asked(&to_do(coach.clone()).await).contains(&"year 1".to_string()), "still asked of her coach");

    let both = t.post(&format!("{path}/1"), &coach, json!({})).await.expect(200).body;
    assert_eq!(both[0]["coach"]["by"]["username"], "coach.rivera");
    assert_eq!(both[0]["candidate"]["by"]["username"], "cand.alvarez", "each keeps their own mark");

    // Everyone who sees the enrollment reads the marks; only the two of them mark.
    let rep = t.token("district.rep").await;
    assert_eq!(t.get(&path, &rep).await.expect(200).body[0]["coach"]["by"]["username"], "coach.rivera");
    for who in ["coordinator", "director", "district.rep", "coach.okafor", "admin"] {
        let token = t.token(who).await;
        let expected = if who == "coach.okafor" { 404 } else { 403 };
        t.post(&format!("{path}/2"), &token, json!({})).await.expect(expected);
    }
    t.get(&path, &t.token("cand.brooks").await).await.expect(404);
}

on_both_databases!(the_candidate_and_her_coach_each_mark_a_year_reviewed);
