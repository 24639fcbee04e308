//! The coordinator's portfolio review: each active candidate's follow-ups and completion items.

use crate::common::TestApp;
use serde_json::Value;

fn row<'a>(review: &'a Value, username: &str) -> &'a Value {
    review["rows"].as_array().unwrap().iter().find(|r| r["candidate"]["username"] == username).unwrap()
}

fn flags(row: &Value) -> Vec<String> {
    row["flags"].as_array().unwrap().iter().map(|f| f["flag"].as_str().unwrap().to_string()).collect()
}

fn names(review: &Value) -> Vec<String> {
    review["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["candidate"]["username"].as_str().unwrap().to_string())
        .collect()
}

async fn the_review_flags_what_to_follow_up(t: TestApp) {
    let coord = t.token("coordinator").await;
    let p = t.program(&coord).await;
    let path = format!("/api/programs/{p}/portfolio-review");
    let review = t.get(&path, &coord).await.expect(200).body;
    assert_eq!(names(&review), ["cand.evans", "cand.chen", "cand.brooks", "cand.alvarez"], "by display name");

    // Elena Evans has met all but the employer's letter, whose time has passed.
    let evans = row(&review, "cand.evans");
    assert_eq!(evans["items_met"], 9);
    let letter = evans["flags"].as_array().unwrap().iter().find(|f| f["flag"] == "completion_items_not_met").unwrap();
    assert_eq!(letter["detail"], "employer_letter");
    // Lily Chen's agency has not paid what fell due; Marcus Brooks waits for his waiver's decision.
    assert!(flags(row(&review, "cand.chen")).contains(&"installments_overdue".to_string()));
    let brooks = row(&review, "cand.brooks");
    assert!(flags(brooks).contains(&"open_requests".to_string()), "{brooks}");
    assert!(!flags(row(&review, "cand.alvarez")).contains(&"open_requests".to_string()));
    assert_eq!(brooks["items"].as_array().unwrap().len(), 10);

    // Filters and sorts.
    let only = t.get(&format!("{path}?flag=open_requests"), &coord).await.expect(200).body;
    assert_eq!(names(&only), ["cand.brooks"]);
    let valley = row(&review, "cand.chen")["district_id"].as_str().unwrap().to_string();
    let district = t.get(&format!("{path}?district_id={valley}"), &coord).await.expect(200).body;
    assert_eq!(names(&district), ["cand.chen"]);
    let okafor = t.user_id("coach.okafor").await;
    assert!(names(&t.get(&format!("{path}?coach_id={okafor}"), &coord).await.expect(200).body).is_empty());
    let by_completion = t.get(&format!("{path}?sort=completion"), &coord).await.expect(200).body;
    let met: Vec<u64> =
        by_completion["rows"].as_array().unwrap().iter().map(|r| r["items_met"].as_u64().unwrap()).collect();
    assert!(met.windows(2).all(|w| w[0] <= w[1]), "{met:?}");
    t.get(&format!("{path}?flag=bored"), &coord).await.expect(400);

    // The CSV: a line per candidate, a column per completion item.
    let csv = t.get(&format!("{path}.csv"), &coord).await.expect(200);
    let text = csv.body.as_str().unwrap();
    let mut lines = text.lines();
    let header = lines.next().unwrap();
    assert!(header.starts_with(
        "Candidate,Username,Cohort,District,Coach,Status,Program year,Follow up,Items met,ilp_action_steps"
    ));
    assert_eq!(lines.count(), 4);
    assert!(text.contains("Elena Evans") && text.contains("completion_items_not_met: employer_letter"));

    // The director reads it too; the district representative, coaches and candidates do not.
    t.get(&path, &t.token("director").await).await.expect(200);
    for who in ["district.rep", "coach.rivera", "cand.alvarez", "admin"] {
        t.get(&path, &t.token(who).await).await.expect(403);
    }
}

/// The coach's caseload carries the same follow-ups, but for fees and requests.
async fn a_coach_follows_up_their_candidates_without_fees_or_requests(t: TestApp) {
    let coach = t.token("coach.rivera").await;
    let caseload = t.get("/api/me/caseload", &coach).await.expect(200).body;
    let brooks = caseload
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["enrollment"]["candidate"]["username"] == "cand.brooks")
        .unwrap();
    let theirs: Vec<&str> =
        brooks["follow_ups"].as_array().unwrap().iter().map(|f| f["flag"].as_str().unwrap()).collect();
    assert!(theirs.contains(&"reflection_overdue"), "{theirs:?}");
    for hidden in ["installments_overdue", "open_requests"] {
        assert!(!theirs.contains(&hidden), "{hidden} in {theirs:?}");
    }
    let coord = t.token("coordinator").await;
    let p = t.program(&coord).await;
    let review = t.get(&format!("/api/programs/{p}/portfolio-review"), &coord).await.expect(200).body;
    let staff = flags(row(&review, "cand.brooks"));
    assert!(staff.contains(&"open_requests".to_string()) && staff.contains(&"installments_overdue".to_string()));
}

on_both_databases!(the_review_flags_what_to_follow_up, a_coach_follows_up_their_candidates_without_fees_or_requests);
