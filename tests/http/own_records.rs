//! Nobody decides about their own record: whatever staff role someone holds, on their own
//! enrollment they are its candidate. Enrolling a coordinator or director in the program they
//! run, or making a candidate its coordinator or director, is refused; where such a
//! combination exists from before (imported data), every decision about their own enrollment
//! is refused and shown as not theirs to take, while their role still works for everyone else.

use crate::common::TestApp;
use actix_web::http::Method;
use coachfolio_domain::ids::{ProgramId, UserId};
use coachfolio_domain::role::Role;
use coachfolio_persistence::memberships::{self, MembershipRow};
use serde_json::{json, Value};

/// Gives `username` a role in the program directly in the database, as imported data would.
async fn grant_as_imported(t: &TestApp, username: &str, program: &str, role: Role) {
    let user: UserId = t.user_id(username).await.parse().unwrap();
    let program: ProgramId = program.parse().unwrap();
    t.db.write(|c| memberships::insert(c, &MembershipRow::new(user, program, role, None))).unwrap();
}

async fn staff_cannot_be_enrolled_where_they_run_the_program_nor_candidates_made_staff(t: TestApp) {
    let coord = t.token("coordinator").await;
    let p = t.program(&coord).await;
    let e = t.enrollment_of(&coord, "cand.alvarez").await;
    for staff in ["coordinator", "director"] {
        let body = json!({"candidate_id": t.user_id(staff).await, "cohort_id": e["cohort_id"],
            "district_id": e["district_id"], "start_date": "2025-09-01", "position": "principal",
            "employment": "full_time", "cost_structure": "program_provides_coach"});
        let r = t.post(&format!("/api/programs/{p}/enrollments"), &coord, body).await.expect_field(409, "candidate_id");
        assert!(r.body["errors"][0]["message"].as_str().unwrap().contains("runs this program"));
    }
    let alvarez = t.user_id("cand.alvarez").await;
    for role in ["coordinator", "director"] {
        let body = json!({"user_id": alvarez, "role": role});
        t.post(&format!("/api/programs/{p}/members"), &coord, body).await.expect_field(409, "role");
    }
    // Other roles may be held beside the candidate's (a coach who is also a candidate).
    let body = json!({"user_id": alvarez, "role": "coach"});
    t.post(&format!("/api/programs/{p}/members"), &coord, body).await.expect(201);
    let members = t.get(&format!("/api/programs/{p}/members?role=coordinator"), &coord).await.expect(200);
    assert!(!members.body.as_array().unwrap().iter().any(|m| m["user"]["id"] == alvarez.as_str()));
}

async fn a_staff_role_decides_nothing_about_ones_own_enrollment(t: TestApp) {
    let coord = t.token("coordinator").await;
    let p = t.program(&coord).await;
    // Marcus Brooks, a candidate, holds the coordinator's and the director's roles from before.
    grant_as_imported(&t, "cand.brooks", &p, Role::Coordinator).await;
    grant_as_imported(&t, "cand.brooks", &p, Role::Director).await;
    let brooks = t.token("cand.brooks").await;
    let own = t.enrollment_of(&coord, "cand.brooks").await;
    let own_id = own["id"].as_str().unwrap().to_string();

    // His own enrollment reads as his, not as a coordinator's.
    let seen = t.get(&format!("/api/enrollments/{own_id}"), &brooks).await.expect(200);
    let can = &seen.body["can"];
    assert_eq!((can["edit"].as_bool(), can["change_status"].as_bool()), (Some(false), Some(false)));
    assert_eq!(can["assign_coach"], false);
    let tag = seen.etag();
    let status = t
        .call(
            Method::POST,
            &format!("/api/enrollments/{own_id}/status"),
            Some(&brooks),
            Some(json!({"status": "completed"})),
            Some(&tag),
        )
        .await;
    status.expect(403);
    t.patch(&format!("/api/enrollments/{own_id}"), &brooks, &tag, json!({"site": "Elsewhere"})).await.expect(403);
    let listed = t.get(&format!("/api/programs/{p}/enrollments?per_page=100"), &brooks).await.expect(200);
    let line = |id: &str| listed.body["items"].as_array().unwrap().iter().find(|l| l["id"] == id).unwrap().clone();
    assert_eq!(line(&own_id)["can"]["change_status"], false, "his own line in the program's list");

    // Fees: he does not record his own payments.
    let pay = json!({"paid_on": "2025-11-01", "payer": "candidate", "amount_cents": 100, "method": "personal_check"});
    t.post(&format!("/api/enrollments/{own_id}/payments"), &brooks, pay.clone()).await.expect(403);

    // His doctoral waiver (under review) is neither decided nor closed by him.
    let requests = t.get(&format!("/api/enrollments/{own_id}/requests"), &brooks).await.expect(200);
    let waiver = requests.body.as_array().unwrap().iter().find(|r| r["kind"] == "doctoral_waiver").unwrap().clone();
    assert_eq!((waiver["can"]["decide"].as_bool(), waiver["can"]["close"].as_bool()), (Some(false), Some(false)));
    let decide = format!("/api/requests/{}/decision", waiver["id"].as_str().unwrap());
    let tag = format!("\"{}\"", waiver["version"]);
    let approve = json!({"approved": true, "reason": "Approving my own waiver."});
    t.call(Method::POST, &decide, Some(&brooks), Some(approve), Some(&tag)).await.expect(403);
    // A complaint he files is not reviewed by him either.
    let complaint = json!({"kind": "complaint", "incident_on": "2026-11-02", "description": "A meeting moved."});
    let filed = t.post(&format!("/api/enrollments/{own_id}/requests"), &brooks, complaint).await.expect(201);
    assert_eq!(filed.body["can"]["review"], false);
    let review = format!("/api/requests/{}/review", filed.body["id"].as_str().unwrap());
    t.call(Method::POST, &review, Some(&brooks), Some(json!({})), Some(&filed.etag())).await.expect(403);
    let queue = t.get(&format!("/api/programs/{p}/requests"), &brooks).await.expect(200);
    let mine: Vec<&Value> =
        queue.body.as_array().unwrap().iter().filter(|r| r["enrollment_id"] == own_id.as_str()).collect();
    assert!(!mine.is_empty() && mine.iter().all(|r| r["you_decide"] == false), "his own requests in the queue");

    // His professional learning waits for another coordinator.
    let queue = t.get(&format!("/api/programs/{p}/professional-learning"), &brooks).await.expect(200);
    let pl = queue.body.as_array().unwrap().iter().find(|r| r["enrollment_id"] == own_id.as_str()).unwrap().clone();
    assert_eq!(pl["can"]["decide"], false);
    let decide = format!("/api/professional-learning/{}/decision", pl["id"].as_str().unwrap());
    let deny = json!({"decision": "denied", "reason": "Denying my own, to see."});
    let tag = format!("\"{}\"", pl["version"]);
    t.call(Method::POST, &decide, Some(&brooks), Some(deny.clone()), Some(&tag)).await.expect(403);
    // The other coordinator may.
    t.call(Method::POST, &decide, Some(&coord), Some(deny), Some(&tag)).await.expect(200);

    // His staff roles still work for the other candidates.
    let other = t.enrollment_of(&coord, "cand.alvarez").await;
    let other = t.get(&format!("/api/enrollments/{}", other["id"].as_str().unwrap()), &brooks).await.expect(200);
    assert_eq!(other.body["can"]["change_status"], true);
    assert_eq!(line(other.body["id"].as_str().unwrap())["can"]["change_status"], true);
}

async fn nobody_records_their_own_attendance(t: TestApp) {
    let coord = t.token("coordinator").await;
    let p = t.program(&coord).await;
    grant_as_imported(&t, "cand.brooks", &p, Role::Coordinator).await;
    let brooks = t.token("cand.brooks").await;
    let meeting = json!({"kind": "cohort_meeting", "title": "Candidate Cohort Meeting", "audience": "candidates",
        "starts_at": "2020-09-24T17:30", "ends_at": "2030-09-24T20:00", "capacity": 40, "credited_minutes": 0});
    let ev = t.post(&format!("/api/programs/{p}/events"), &coord, meeting).await.expect(201);
    let ev = ev.body["id"].as_str().unwrap().to_string();
    let brooks_id = t.user_id("cand.brooks").await;
    let own = format!("/api/events/{ev}/attendance/{brooks_id}");
    let attended = json!({"status": "attended"});
    t.call(Method::PUT, &own, Some(&brooks), Some(attended.clone()), None).await.expect(403);
    let alvarez = t.user_id("cand.alvarez").await;
    let other = format!("/api/events/{ev}/attendance/{alvarez}");
    t.call(Method::PUT, &other, Some(&brooks), Some(attended.clone()), None).await.expect(201);
    t.call(Method::PUT, &own, Some(&coord), Some(attended), None).await.expect(201);
}

on_both_databases!(
    staff_cannot_be_enrolled_where_they_run_the_program_nor_candidates_made_staff,
    a_staff_role_decides_nothing_about_ones_own_enrollment,
    nobody_records_their_own_attendance,
);
