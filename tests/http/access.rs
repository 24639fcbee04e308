//! The authorization matrix: every endpoint, every role, own / another candidate / another
//! program, with the answer each must get. Out of scope is 404 (existence not disclosed); in
//! scope but not allowed is 403. Requests that would change data carry a stale If-Match or an
//! invalid body, so an allowed caller gets 412/409/422 and the table runs on one database.

use crate::common::{multipart, pdf, TestApp};
use actix_web::http::Method;
use serde_json::{json, Value};

const WHO: [&str; 9] = [
    "admin",
    "coordinator",
    "director",
    "district.rep",
    "coach.rivera",
    "coach.okafor",
    "cand.alvarez",
    "cand.brooks",
    "coord2",
];

struct Case {
    method: Method,
    path: String,
    body: Option<Value>,
    if_match: bool,
    /// Expected status per caller, in the order of `WHO`.
    expect: [u16; 9],
}

fn case(method: Method, path: String, body: Option<Value>, expect: [u16; 9]) -> Case {
    let if_match = matches!(method, Method::PATCH | Method::PUT)
        || [
            "/status",
            "/submit",
            "/acknowledge",
            "/return",
            "/reopen",
            "/cancel",
            "/decision",
            "/review",
            "/close",
            "/fee-plan-changes",
            "/confirmations",
            "/signatures",
            "/resolve",
        ]
        .iter()
        .any(|s| path.ends_with(s))
        || (method == Method::DELETE
            && ["/coaching-logs/", "/ilps/", "/documents/", "/completion/"].iter().any(|p| path.contains(p)));
    Case { method, path, body, if_match, expect }
}

async fn every_endpoint_answers_every_role_as_the_policy_says(t: TestApp) {
    let admin = t.token("admin").await;
    let (other_program, _, _) = t.other_program().await;
    let coord2 = t.new_account(&admin, "coord2").await;
    t.post(
        &format!("/api/programs/{other_program}/members"),
        &admin,
        json!({"user_id": coord2, "role": "coordinator"}),
    )
    .await
    .expect(201);
    let coord2_token = t.first_password("coord2").await;

    let coord = t.token("coordinator").await;
    let p = t.program(&coord).await;
    let e = t.enrollment_of(&coord, "cand.alvarez").await;
    let eid = e["id"].as_str().unwrap().to_string();
    let alvarez = e["candidate"]["id"].as_str().unwrap().to_string();
    let cohort = e["cohort_id"].as_str().unwrap().to_string();
    let okafor = t.user_id("coach.okafor").await;
    let nobody = uuid::Uuid::new_v4();
    let follow_up = t
        .post(&format!("/api/enrollments/{eid}/follow-ups"), &coord, json!({"message": "Your interim reflection?"}))
        .await
        .expect(201);
    let fid = follow_up.body["id"].as_str().unwrap().to_string();
    let logs = t.get(&format!("/api/enrollments/{eid}/coaching-logs"), &coord).await.expect(200);
    let log = logs.body["items"][0]["id"].as_str().unwrap().to_string();
    let plans = t.get(&format!("/api/enrollments/{eid}/ilps"), &coord).await.expect(200);
    let ilp = plans.body[0]["id"].as_str().unwrap().to_string();
    let terms = t.get(&format!("/api/enrollments/{eid}/reflections"), &coord).await.expect(200);
    let reflection = terms.body[0]["reflection_id"].as_str().unwrap().to_string();
    let atp = t.get(&format!("/api/enrollments/{eid}/application-to-practice"), &coord).await.expect(200);
    let atp = atp.body["id"].as_str().unwrap().to_string();
    let meeting = json!({"kind": "cohort_meeting", "title": "Candidate Cohort Meeting", "audience": "candidates",
        "starts_at": "2030-09-24T17:30", "ends_at": "2030-09-24T20:00", "capacity": 40, "credited_minutes": 150});
    let ev = t.post(&format!("/api/programs/{p}/events"), &coord, meeting.clone()).await.expect(201);
    let ev = ev.body["id"].as_str().unwrap().to_string();
    // Sofia Alvarez's registration for the next cohort meeting (demo data).
    let listed = t.get(&format!("/api/programs/{p}/events"), &t.token("cand.alvarez").await).await.expect(200);
    let reg =
        listed.body.as_array().unwrap().iter().find_map(|e| e["my_registration"]["id"].as_str()).unwrap().to_string();
    // A meeting under way (attendance is open), and Marcus Brooks's mark at it.
    let mut under_way = meeting.clone();
    (under_way["starts_at"], under_way["ends_at"]) = (json!("2020-09-24T17:30"), json!("2030-09-24T20:00"));
    under_way["credited_minutes"] = json!(0);
    let now = t.post(&format!("/api/programs/{p}/events"), &coord, under_way).await.expect(201);
    let now = now.body["id"].as_str().unwrap().to_string();
    let brooks = t.user_id("cand.brooks").await;
    let at = format!("/api/events/{now}/attendance");
    let brooks_mark = format!("{at}/{brooks}");
    let mark = t.call(Method::PUT, &brooks_mark, Some(&coord), Some(json!({"status": "attended"})), None).await;
    let att = mark.expect(201).body["id"].as_str().unwrap().to_string();
    let rivera = t.user_id("coach.rivera").await;
    // A coordinator's upload of a coaching-log document to Sofia Alvarez's e-portfolio.
    let fields = [("kind", "coaching_log"), ("title", "October coaching"), ("activity_date", "2026-10-02")];
    let log_pdf = pdf("log");
    let form = multipart(&fields, Some(("log.pdf", log_pdf.as_slice())));
    let doc = t.send_multipart(Method::POST, &format!("/api/enrollments/{eid}/documents"), &coord, None, form).await;
    let doc = doc.expect(201).body["id"].as_str().unwrap().to_string();

    // Sofia Alvarez's draft alternative professional learning and job shadow.
    let cand = t.token("cand.alvarez").await;
    let pl_body = json!({"title": "Equity summit", "activity_date": "2026-01-10", "minutes": 360});
    let pl = t.post(&format!("/api/enrollments/{eid}/professional-learning"), &cand, pl_body).await.expect(201);
    let pl = pl.body["id"].as_str().unwrap().to_string();
    let shadow = json!({"kind": "job_shadow", "activity_date": "2026-01-10", "minutes": 240});
    let shadow = t.post(&format!("/api/enrollments/{eid}/job-shadows-and-visits"), &cand, shadow).await.expect(201);
    let shadow = shadow.body["id"].as_str().unwrap().to_string();

    // A payment toward Sofia Alvarez's program fee.
    let payment =
        json!({"paid_on": "2025-11-01", "payer": "agency", "amount_cents": 350000, "method": "purchase_order"});
    let fees = t.post(&format!("/api/enrollments/{eid}/payments"), &coord, payment).await.expect(201);
    let payment = fees.body["payments"][0]["id"].as_str().unwrap().to_string();

    // Sofia Alvarez's extension request and her complaint.
    let ext = json!({"kind": "extension", "reason": "personal_or_family_illness", "circumstances": "Surgery in March.",
        "completion_plan": "Make up the coaching hours in the summer."});
    let ext = t.post(&format!("/api/enrollments/{eid}/requests"), &cand, ext).await.expect(201);
    let ext = ext.body["id"].as_str().unwrap().to_string();
    let complaint =
        json!({"kind": "complaint", "incident_on": "2026-11-02", "description": "A meeting was moved without notice."});
    let complaint = t.post(&format!("/api/enrollments/{eid}/requests"), &cand, complaint).await.expect(201);
    let complaint = complaint.body["id"].as_str().unwrap().to_string();

    use Method as M;
    let cases = [
        //                                                                      admin coord dir  rep  coach okafor own  other coord2
        case(M::GET, format!("/api/programs/{p}"), None, [200, 200, 200, 200, 200, 200, 200, 200, 404]),
        case(M::GET, format!("/api/programs/{p}/overview"), None, [200, 200, 200, 403, 403, 403, 403, 403, 404]),
        case(
            M::PATCH,
            format!("/api/programs/{p}"),
            Some(json!({"name": "X"})),
            [412, 412, 403, 403, 403, 403, 403, 403, 404],
        ),
        case(M::GET, format!("/api/programs/{p}/cohorts"), None, [200, 200, 200, 200, 200, 200, 200, 200, 404]),
        case(
            M::POST,
            format!("/api/programs/{p}/cohorts"),
            Some(json!({"label": "", "start_date": "2026-09-01"})),
            [422, 422, 403, 403, 403, 403, 403, 403, 404],
        ),
        case(
            M::PATCH,
            format!("/api/cohorts/{cohort}"),
            Some(json!({"label": "X"})),
            [412, 412, 403, 403, 403, 403, 403, 403, 404],
        ),
        case(M::GET, format!("/api/programs/{p}/districts"), None, [200, 200, 200, 200, 200, 200, 200, 200, 404]),
        case(
            M::POST,
            format!("/api/programs/{p}/districts"),
            Some(json!({"name": "", "county": "x"})),
            [422, 422, 403, 403, 403, 403, 403, 403, 404],
        ),
        case(M::GET, format!("/api/programs/{p}/members"), None, [200, 200, 200, 200, 200, 200, 403, 403, 404]),
        case(
            M::POST,
            format!("/api/programs/{p}/members"),
            Some(json!({"user_id": okafor, "role": "coach"})),
            [409, 409, 403, 403, 403, 403, 403, 403, 404],
        ),
        case(
            M::DELETE,
            format!("/api/programs/{p}/members/{nobody}"),
            None,
            [404, 404, 403, 403, 403, 403, 403, 403, 404],
        ),
        case(M::GET, format!("/api/programs/{p}/enrollments"), None, [200, 200, 200, 200, 403, 403, 403, 403, 404]),
        case(
            M::POST,
            format!("/api/programs/{p}/enrollments"),
            Some(json!({"candidate_id": alvarez, "cohort_id": cohort, "district_id": nobody,
            "start_date": "2025-09-01", "position": "principal", "employment": "full_time", "cost_structure": "program_provides_coach"})),
            [422, 422, 403, 403, 403, 403, 403, 403, 404],
        ),
        case(M::GET, format!("/api/enrollments/{eid}"), None, [200, 200, 200, 200, 200, 404, 200, 404, 404]),
        case(
            M::PATCH,
            format!("/api/enrollments/{eid}"),
            Some(json!({"site": "X"})),
            [412, 412, 403, 403, 403, 404, 403, 404, 404],
        ),
        case(
            M::POST,
            format!("/api/enrollments/{eid}/status"),
            Some(json!({"status": "withdrawn"})),
            [412, 412, 403, 403, 403, 404, 403, 404, 404],
        ),
        case(
            M::GET,
            format!("/api/enrollments/{eid}/coach-assignments"),
            None,
            [200, 200, 200, 200, 200, 404, 200, 404, 404],
        ),
        case(
            M::POST,
            format!("/api/enrollments/{eid}/coach-assignments"),
            Some(json!({"coach_id": okafor, "start_date": "2025-09-15"})),
            [409, 409, 403, 403, 403, 404, 403, 404, 404],
        ),
        case(M::GET, format!("/api/programs/{p}/audit"), None, [200, 200, 200, 403, 403, 403, 403, 403, 404]),
        case(M::GET, "/api/users".into(), None, [200, 200, 200, 403, 403, 403, 403, 403, 200]),
        case(
            M::POST,
            "/api/users".into(),
            Some(json!({"email": "bad", "username": "x", "display_name": "", "temporary_password": "x"})),
            [422, 422, 403, 403, 403, 403, 403, 403, 422],
        ),
        // Accounts: within one's programs only (another program's coordinator: 404).
        case(M::GET, format!("/api/users/{alvarez}"), None, [200, 200, 200, 404, 404, 404, 200, 404, 404]),
        case(
            M::PATCH,
            format!("/api/users/{alvarez}"),
            Some(json!({"display_name": "X"})),
            [412, 412, 404, 404, 404, 404, 412, 404, 404],
        ),
        case(
            M::POST,
            "/api/programs".into(),
            Some(json!({"name": "", "organisation": ""})),
            [422, 403, 403, 403, 403, 403, 403, 403, 403],
        ),
        // Coaching logs are confidential: candidate, coach, coordinators and director only.
        case(
            M::GET,
            format!("/api/enrollments/{eid}/coaching-logs"),
            None,
            [403, 200, 200, 403, 200, 404, 200, 404, 404],
        ),
        case(
            M::POST,
            format!("/api/enrollments/{eid}/coaching-logs"),
            Some(json!({"duration_minutes": 0})),
            [403, 403, 403, 403, 422, 404, 403, 404, 404],
        ),
        case(M::GET, format!("/api/coaching-logs/{log}"), None, [403, 200, 200, 403, 200, 404, 200, 404, 404]),
        case(
            M::PATCH,
            format!("/api/coaching-logs/{log}"),
            Some(json!({"focus": "X"})),
            [403, 403, 403, 403, 412, 404, 403, 404, 404],
        ),
        case(M::DELETE, format!("/api/coaching-logs/{log}"), None, [403, 403, 403, 403, 409, 404, 403, 404, 404]),
        case(M::POST, format!("/api/coaching-logs/{log}/submit"), None, [403, 403, 403, 403, 412, 404, 403, 404, 404]),
        case(
            M::POST,
            format!("/api/coaching-logs/{log}/acknowledge"),
            Some(json!({})),
            [403, 403, 403, 403, 403, 404, 412, 404, 404],
        ),
        case(
            M::POST,
            format!("/api/coaching-logs/{log}/return"),
            Some(json!({"reason": "check"})),
            [403, 412, 403, 403, 403, 404, 403, 404, 404],
        ),
        case(
            M::GET,
            format!("/api/coaching-logs/{log}/revisions"),
            None,
            [403, 200, 200, 403, 200, 404, 200, 404, 404],
        ),
        // ILPs are confidential like coaching logs; the candidate and their coach write them.
        case(M::GET, format!("/api/enrollments/{eid}/ilps"), None, [403, 200, 200, 403, 200, 404, 200, 404, 404]),
        case(
            M::POST,
            format!("/api/enrollments/{eid}/ilps"),
            Some(json!({"standards": [7]})),
            [403, 403, 403, 403, 422, 404, 422, 404, 404],
        ),
        case(M::GET, format!("/api/ilps/{ilp}"), None, [403, 200, 200, 403, 200, 404, 200, 404, 404]),
        case(
            M::PATCH,
            format!("/api/ilps/{ilp}"),
            Some(json!({"focus": "X"})),
            [403, 403, 403, 403, 412, 404, 412, 404, 404],
        ),
        case(M::DELETE, format!("/api/ilps/{ilp}"), None, [403, 403, 403, 403, 409, 404, 409, 404, 404]),
        case(
            M::POST,
            format!("/api/ilps/{ilp}/status"),
            Some(json!({"status": "completed"})),
            [403, 403, 403, 403, 412, 404, 412, 404, 404],
        ),
        case(M::GET, format!("/api/ilps/{ilp}/revisions"), None, [403, 200, 200, 403, 200, 404, 200, 404, 404]),
        case(M::GET, format!("/api/ilps/{ilp}/comments"), None, [403, 200, 200, 403, 200, 404, 200, 404, 404]),
        case(
            M::POST,
            format!("/api/ilps/{ilp}/comments"),
            Some(json!({"step_id": nobody, "body": "?"})),
            [403, 422, 422, 403, 422, 404, 422, 404, 404],
        ),
        // Which standards are addressed, never plan text: the district representative too.
        case(
            M::GET,
            format!("/api/enrollments/{eid}/ilp-coverage"),
            None,
            [200, 200, 200, 200, 200, 404, 200, 404, 404],
        ),
        // Reflections: the candidate writes; readers as coaching logs; terms' status for the district too.
        case(
            M::GET,
            format!("/api/enrollments/{eid}/reflections"),
            None,
            [200, 200, 200, 200, 200, 404, 200, 404, 404],
        ),
        case(
            M::POST,
            format!("/api/enrollments/{eid}/reflections"),
            Some(json!({"term": "interim"})),
            [403, 403, 403, 403, 403, 404, 409, 404, 404],
        ),
        case(M::GET, format!("/api/reflections/{reflection}"), None, [403, 200, 200, 403, 200, 404, 200, 404, 404]),
        case(
            M::PATCH,
            format!("/api/reflections/{reflection}"),
            Some(json!({"entries": {}})),
            [403, 403, 403, 403, 403, 404, 409, 404, 404],
        ),
        case(
            M::POST,
            format!("/api/reflections/{reflection}/submit"),
            None,
            [403, 403, 403, 403, 403, 404, 409, 404, 404],
        ),
        case(
            M::POST,
            format!("/api/reflections/{reflection}/reopen"),
            Some(json!({"reason": "Check 2C"})),
            [403, 412, 403, 403, 403, 404, 403, 404, 404],
        ),
        case(M::GET, format!("/api/enrollments/{eid}/growth"), None, [403, 200, 200, 403, 200, 404, 200, 404, 404]),
        case(M::GET, format!("/api/programs/{p}/reflections"), None, [200, 200, 200, 200, 403, 403, 403, 403, 404]),
        case(M::GET, format!("/api/programs/{p}/reflections.csv"), None, [200, 200, 200, 200, 403, 403, 403, 403, 404]),
        // The Application to Practice: the candidate writes it, readers as reflections.
        case(
            M::GET,
            format!("/api/enrollments/{eid}/application-to-practice"),
            None,
            [403, 200, 200, 403, 200, 404, 200, 404, 404],
        ),
        case(
            M::POST,
            format!("/api/enrollments/{eid}/application-to-practice"),
            None,
            [403, 403, 403, 403, 403, 404, 409, 404, 404],
        ),
        case(
            M::GET,
            format!("/api/applications-to-practice/{atp}"),
            None,
            [403, 200, 200, 403, 200, 404, 200, 404, 404],
        ),
        case(
            M::PATCH,
            format!("/api/applications-to-practice/{atp}"),
            Some(json!({"impact": "X"})),
            [403, 403, 403, 403, 403, 404, 412, 404, 404],
        ),
        case(
            M::POST,
            format!("/api/applications-to-practice/{atp}/submit"),
            None,
            [403, 403, 403, 403, 403, 404, 412, 404, 404],
        ),
        // The coach reads and comments; so do the candidate and the program's staff.
        case(
            M::GET,
            format!("/api/applications-to-practice/{atp}/comments"),
            None,
            [403, 200, 200, 403, 200, 404, 200, 404, 404],
        ),
        case(
            M::POST,
            format!("/api/applications-to-practice/{atp}/comments"),
            Some(json!({"element": "2B", "body": "How will you measure it?"})),
            [403, 201, 201, 403, 201, 404, 201, 404, 404],
        ),
        // Events: every member reads them; coordinators schedule, copy, cancel and read rosters.
        case(M::GET, format!("/api/programs/{p}/events"), None, [200, 200, 200, 200, 200, 200, 200, 200, 404]),
        case(
            M::POST,
            format!("/api/programs/{p}/events"),
            Some(meeting.clone()),
            [201, 201, 403, 403, 403, 403, 403, 403, 404],
        ),
        case(M::GET, format!("/api/events/{ev}"), None, [200, 200, 200, 200, 200, 200, 200, 200, 404]),
        case(M::PUT, format!("/api/events/{ev}"), Some(meeting), [412, 412, 403, 403, 403, 403, 403, 403, 404]),
        case(
            M::POST,
            format!("/api/events/{ev}/copy"),
            Some(json!({"starts_on": "2031-09-23"})),
            [201, 201, 403, 403, 403, 403, 403, 403, 404],
        ),
        case(
            M::POST,
            format!("/api/events/{ev}/cancel"),
            Some(json!({})),
            [412, 412, 403, 403, 403, 403, 403, 403, 404],
        ),
        case(M::GET, format!("/api/events/{ev}/registrations"), None, [200, 200, 200, 403, 403, 403, 403, 403, 404]),
        // Only those the event is for register themselves (a candidates' meeting: not staff, not coaches).
        case(
            M::POST,
            format!("/api/events/{ev}/registrations"),
            Some(json!({})),
            [422, 422, 422, 422, 422, 422, 201, 201, 404],
        ),
        case(M::GET, format!("/api/events/{ev}/calendar.ics"), None, [200, 200, 200, 200, 200, 200, 200, 200, 404]),
        // Everyone signed in has their own calendar feed.
        case(M::GET, "/api/me/calendar-feed".into(), None, [200, 200, 200, 200, 200, 200, 200, 200, 200]),
        case(M::POST, "/api/me/calendar-feed".into(), None, [201, 201, 201, 201, 201, 201, 201, 201, 201]),
        case(M::DELETE, "/api/me/calendar-feed".into(), None, [204, 204, 204, 204, 204, 204, 204, 204, 204]),
        case(M::GET, format!("/api/registrations/{reg}"), None, [200, 200, 200, 404, 404, 404, 200, 404, 404]),
        case(M::POST, format!("/api/registrations/{reg}/cancel"), None, [412, 412, 403, 404, 404, 404, 412, 404, 404]),
        // Attendance: coordinators take it (the director reads it); a mark is the person's and
        // the staff's; counts as hours are (the district representative's candidates too).
        case(M::GET, at.clone(), None, [200, 200, 200, 403, 403, 403, 403, 403, 404]),
        case(M::GET, format!("{at}.csv"), None, [200, 200, 200, 403, 403, 403, 403, 403, 404]),
        case(
            M::PUT,
            format!("{at}/{alvarez}"),
            Some(json!({"status": "attended"})),
            [201, 412, 403, 403, 403, 403, 403, 403, 404],
        ),
        case(M::POST, format!("{at}/all-present"), None, [200, 200, 403, 403, 403, 403, 403, 403, 404]),
        case(M::GET, format!("/api/attendance/{att}"), None, [200, 200, 200, 404, 404, 404, 404, 200, 404]),
        case(M::GET, format!("/api/attendance/{att}/revisions"), None, [200, 200, 200, 404, 404, 404, 404, 200, 404]),
        case(
            M::GET,
            format!("/api/enrollments/{eid}/meeting-counts"),
            None,
            [200, 200, 200, 200, 200, 404, 200, 404, 404],
        ),
        case(M::GET, format!("/api/programs/{p}/meeting-counts"), None, [200, 200, 200, 200, 200, 200, 403, 403, 404]),
        case(
            M::GET,
            format!("/api/programs/{p}/meeting-counts.csv"),
            None,
            [200, 200, 200, 200, 200, 200, 403, 403, 404],
        ),
        case(
            M::GET,
            format!("/api/programs/{p}/coaches/{rivera}/meeting-counts"),
            None,
            [200, 200, 200, 404, 200, 404, 404, 404, 404],
        ),
        // Documents: evidence as confidential as coaching records (the list is filtered: the
        // district representative sees only the paperwork); deleted by its uploader or a
        // coordinator (uploads per role: tests/documents.rs).
        case(M::GET, format!("/api/enrollments/{eid}/documents"), None, [200, 200, 200, 200, 200, 404, 200, 404, 404]),
        case(M::GET, format!("/api/documents/{doc}"), None, [404, 200, 200, 404, 200, 404, 200, 404, 404]),
        case(M::GET, format!("/api/documents/{doc}/file"), None, [404, 200, 200, 404, 200, 404, 200, 404, 404]),
        case(M::DELETE, format!("/api/documents/{doc}"), None, [404, 412, 403, 404, 403, 404, 403, 404, 404]),
        // Alternative professional learning: written by the candidate and their current coach,
        // decided by coordinators, confidential; its hours reach the district representative.
        case(
            M::GET,
            format!("/api/enrollments/{eid}/professional-learning"),
            None,
            [403, 200, 200, 403, 200, 404, 200, 404, 404],
        ),
        case(
            M::POST,
            format!("/api/enrollments/{eid}/professional-learning"),
            Some(json!({"title": "", "activity_date": "2026-01-10", "minutes": 0})),
            [403, 403, 403, 403, 422, 404, 422, 404, 404],
        ),
        case(M::GET, format!("/api/professional-learning/{pl}"), None, [404, 200, 200, 404, 200, 404, 200, 404, 404]),
        case(
            M::PATCH,
            format!("/api/professional-learning/{pl}"),
            Some(json!({"title": "X"})),
            [404, 403, 403, 404, 412, 404, 412, 404, 404],
        ),
        case(
            M::POST,
            format!("/api/professional-learning/{pl}/submit"),
            None,
            [404, 403, 403, 404, 412, 404, 412, 404, 404],
        ),
        case(
            M::POST,
            format!("/api/professional-learning/{pl}/decision"),
            Some(json!({"decision": "approved", "reason": "All three PDFs"})),
            [404, 409, 403, 404, 403, 404, 403, 404, 404],
        ),
        case(
            M::GET,
            format!("/api/programs/{p}/professional-learning"),
            None,
            [403, 200, 200, 403, 403, 403, 403, 403, 404],
        ),
        case(
            M::GET,
            format!("/api/enrollments/{eid}/professional-learning-hours"),
            None,
            [200, 200, 200, 200, 200, 404, 200, 404, 404],
        ),
        case(
            M::GET,
            format!("/api/programs/{p}/professional-learning-hours"),
            None,
            [200, 200, 200, 200, 403, 403, 403, 403, 404],
        ),
        case(
            M::GET,
            format!("/api/programs/{p}/professional-learning-hours.csv"),
            None,
            [200, 200, 200, 200, 403, 403, 403, 403, 404],
        ),
        // The job shadow / visit summary: the candidate's own, confidential.
        case(
            M::GET,
            format!("/api/enrollments/{eid}/job-shadows-and-visits"),
            None,
            [403, 200, 200, 403, 200, 404, 200, 404, 404],
        ),
        case(
            M::POST,
            format!("/api/enrollments/{eid}/job-shadows-and-visits"),
            Some(json!({"kind": "job_shadow", "activity_date": "2026-01-10", "minutes": 10})),
            [403, 403, 403, 403, 403, 404, 422, 404, 404],
        ),
        case(
            M::GET,
            format!("/api/job-shadows-and-visits/{shadow}"),
            None,
            [404, 200, 200, 404, 200, 404, 200, 404, 404],
        ),
        case(
            M::PATCH,
            format!("/api/job-shadows-and-visits/{shadow}"),
            Some(json!({"minutes": 300})),
            [404, 403, 403, 404, 403, 404, 412, 404, 404],
        ),
        case(
            M::POST,
            format!("/api/job-shadows-and-visits/{shadow}/submit"),
            None,
            [404, 403, 403, 404, 403, 404, 412, 404, 404],
        ),
        // Fees: the candidate's, their district's and the staff's, never a coach's; payments
        // recorded and reversed by coordinators.
        case(M::GET, format!("/api/enrollments/{eid}/fees"), None, [200, 200, 200, 200, 403, 404, 200, 404, 404]),
        // The completion form: read by all who read the enrollment; each column confirmed by
        // its own party; each signature by its own.
        case(M::GET, format!("/api/enrollments/{eid}/completion"), None, [200, 200, 200, 200, 200, 404, 200, 404, 404]),
        case(
            M::POST,
            format!("/api/enrollments/{eid}/completion/confirmations"),
            Some(json!({"item": "fees_paid", "reason": "paid by check"})),
            [403, 412, 403, 412, 403, 404, 403, 404, 404],
        ),
        case(
            M::DELETE,
            format!("/api/enrollments/{eid}/completion/confirmations/fees_paid"),
            None,
            [403, 412, 403, 412, 403, 404, 403, 404, 404],
        ),
        case(
            M::POST,
            format!("/api/enrollments/{eid}/completion/signatures"),
            Some(json!({"signer": "coach"})),
            [403, 403, 403, 403, 412, 404, 403, 404, 404],
        ),
        case(
            M::POST,
            format!("/api/enrollments/{eid}/completion/signatures"),
            Some(json!({"signer": "candidate"})),
            [403, 403, 403, 403, 403, 404, 412, 404, 404],
        ),
        case(
            M::POST,
            format!("/api/enrollments/{eid}/payments"),
            Some(json!({"paid_on": "2026-01-10", "payer": "candidate", "amount_cents": 0, "method": "personal_check"})),
            [403, 422, 403, 403, 403, 404, 403, 404, 404],
        ),
        case(
            M::POST,
            format!("/api/payments/{payment}/reversal"),
            Some(json!({"reason": ""})),
            [403, 422, 403, 403, 403, 404, 403, 404, 404],
        ),
        case(
            M::POST,
            format!("/api/enrollments/{eid}/fee-plan-changes"),
            Some(json!({"effective_on": "2026-06-01", "cost_structure": "district_provides_coach"})),
            [403, 412, 403, 403, 403, 404, 403, 404, 404],
        ),
        case(M::GET, format!("/api/programs/{p}/receivables"), None, [200, 200, 200, 200, 403, 403, 403, 403, 404]),
        case(M::GET, format!("/api/programs/{p}/receivables.csv"), None, [200, 200, 200, 200, 403, 403, 403, 403, 404]),
        // Requests: the candidate and the program's staff; the coach the plans they help with,
        // never a complaint; the director decides extensions.
        case(
            M::POST,
            format!("/api/enrollments/{eid}/requests"),
            Some(
                json!({"kind": "extension", "reason": "death_in_family", "circumstances": "x", "completion_plan": " "}),
            ),
            [403, 422, 403, 403, 403, 404, 422, 404, 404],
        ),
        case(M::GET, format!("/api/enrollments/{eid}/requests"), None, [403, 200, 200, 403, 200, 404, 200, 404, 404]),
        case(M::GET, format!("/api/requests/{ext}"), None, [404, 200, 200, 404, 200, 404, 200, 404, 404]),
        case(M::GET, format!("/api/requests/{complaint}"), None, [404, 200, 200, 404, 404, 404, 200, 404, 404]),
        case(
            M::GET,
            format!("/api/requests/{complaint}/comments"),
            None,
            [404, 200, 200, 404, 404, 404, 200, 404, 404],
        ),
        case(
            M::POST,
            format!("/api/requests/{complaint}/comments"),
            Some(json!({"body": "Noted."})),
            [404, 201, 201, 404, 404, 404, 201, 404, 404],
        ),
        case(
            M::POST,
            format!("/api/requests/{ext}/review"),
            Some(json!({})),
            [404, 412, 412, 404, 403, 404, 403, 404, 404],
        ),
        case(
            M::POST,
            format!("/api/requests/{ext}/decision"),
            Some(json!({"approved": true, "reason": "x"})),
            [404, 403, 409, 404, 403, 404, 403, 404, 404],
        ),
        case(
            M::POST,
            format!("/api/requests/{ext}/close"),
            Some(json!({})),
            [404, 409, 409, 404, 403, 404, 403, 404, 404],
        ),
        case(
            M::POST,
            format!("/api/requests/{ext}/cancel"),
            Some(json!({})),
            [404, 403, 403, 404, 403, 404, 412, 404, 404],
        ),
        case(M::GET, format!("/api/programs/{p}/requests"), None, [403, 200, 200, 403, 403, 403, 403, 403, 404]),
        // The portfolio review: the program's coordinators and director.
        case(
            M::GET,
            format!("/api/programs/{p}/portfolio-review"),
            None,
            [403, 200, 200, 403, 403, 403, 403, 403, 404],
        ),
        case(
            M::GET,
            format!("/api/programs/{p}/portfolio-review.csv"),
            None,
            [403, 200, 200, 403, 403, 403, 403, 403, 404],
        ),
        // Hours, never text: the district representative too.
        case(M::GET, format!("/api/enrollments/{eid}/ledger"), None, [200, 200, 200, 200, 200, 404, 200, 404, 404]),
        case(M::GET, format!("/api/programs/{p}/hours"), None, [200, 200, 200, 200, 403, 403, 403, 403, 404]),
        case(M::GET, format!("/api/programs/{p}/hours.csv"), None, [200, 200, 200, 200, 403, 403, 403, 403, 404]),
        case(M::GET, "/api/me/caseload".into(), None, [200, 200, 200, 200, 200, 200, 200, 200, 200]),
        // Follow-ups: between the candidate and the program's coordinators and director; a
        // coach, the district and the administrator are refused, outsiders do not learn of them.
        case(M::GET, format!("/api/enrollments/{eid}/follow-ups"), None, [403, 200, 200, 403, 403, 404, 200, 404, 404]),
        case(
            M::POST,
            format!("/api/enrollments/{eid}/follow-ups"),
            Some(json!({"message": "Please register for the next cohort meeting."})),
            [403, 201, 201, 403, 403, 404, 403, 404, 404],
        ),
        case(
            M::POST,
            format!("/api/follow-ups/{fid}/resolve"),
            Some(json!({})),
            [404, 412, 412, 404, 404, 404, 403, 404, 404],
        ),
        case(
            M::POST,
            format!("/api/follow-ups/{fid}/reopen"),
            Some(json!({})),
            [404, 412, 412, 404, 404, 404, 403, 404, 404],
        ),
        // The annual review: read by all who see the enrollment, marked by the candidate and coach.
        case(
            M::GET,
            format!("/api/enrollments/{eid}/annual-reviews"),
            None,
            [200, 200, 200, 200, 200, 404, 200, 404, 404],
        ),
        case(
            M::POST,
            format!("/api/enrollments/{eid}/annual-reviews/2"),
            Some(json!({})),
            [403, 403, 403, 403, 200, 404, 200, 404, 404],
        ),
        // Where candidates stand on completion: those who list the program's candidates.
        case(
            M::GET,
            format!("/api/programs/{p}/completion-status"),
            None,
            [200, 200, 200, 200, 403, 403, 403, 403, 404],
        ),
        // What's next: every member of the program, each their own list; nobody outside it.
        case(M::GET, format!("/api/programs/{p}/to-do"), None, [200, 200, 200, 200, 200, 200, 200, 200, 404]),
        // Reference data for every signed-in person.
        case(M::GET, "/api/requirement-settings/defaults".into(), None, [200, 200, 200, 200, 200, 200, 200, 200, 200]),
    ];
    // The district representative (Sierra Unified) and the coordinator's other lists are filtered, not refused.
    let mut tokens = Vec::new();
    for who in WHO {
        tokens.push(if who == "coord2" { coord2_token.clone() } else { t.token(who).await });
    }
    let mut wrong = Vec::new();
    for c in &cases {
        for (i, who) in WHO.iter().enumerate() {
            let if_match = c.if_match.then_some("\"999\"");
            let r = t.call(c.method.clone(), &c.path, Some(&tokens[i]), c.body.clone(), if_match).await;
            if r.status.as_u16() != c.expect[i] {
                wrong.push(format!(
                    "{} {} as {who}: expected {}, got {} {}",
                    c.method,
                    c.path,
                    c.expect[i],
                    r.status.as_u16(),
                    r.body
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{} answers broke the policy:\n{}", wrong.len(), wrong.join("\n"));
}

async fn a_district_representative_sees_only_their_district(t: TestApp) {
    let coord = t.token("coordinator").await;
    let p = t.program(&coord).await;
    let chen = t.enrollment_of(&coord, "cand.chen").await;
    let rep = t.token("district.rep").await;
    let list = t.get(&format!("/api/programs/{p}/enrollments"), &rep).await.expect(200);
    let names: Vec<_> = list.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["candidate"]["username"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        names,
        ["cand.evans", "cand.brooks", "cand.alvarez"],
        "by display name: Elena Evans, Marcus Brooks, Sofia Alvarez"
    );
    assert_eq!(list.body["total"], 3);
    t.get(&format!("/api/enrollments/{}", chen["id"].as_str().unwrap()), &rep).await.expect(404);
    // Asking for the other district by name does not widen the scope.
    let valley = chen["district_id"].as_str().unwrap();
    let r = t.get(&format!("/api/programs/{p}/enrollments?district_id={valley}"), &rep).await.expect(200);
    assert_eq!(r.body["total"], 0);
}

async fn a_coach_sees_only_their_own_candidates(t: TestApp) {
    let rivera = t.token("coach.rivera").await;
    let mine = t.get("/api/me/candidates", &rivera).await.expect(200);
    assert_eq!(mine.body.as_array().unwrap().len(), 4);
    let okafor = t.token("coach.okafor").await;
    assert_eq!(t.get("/api/me/candidates", &okafor).await.expect(200).body, json!([]));
    let cand = t.token("cand.brooks").await;
    let own = t.get("/api/me/enrollments", &cand).await.expect(200);
    assert_eq!(own.body.as_array().unwrap().len(), 1);
    assert_eq!(own.body[0]["candidate"]["username"], "cand.brooks");
}

/// Accounts are managed within one's programs: a coordinator may read and change the accounts
/// whose every role is in programs they coordinate (and accounts with no role yet), never an
/// administrator's nor anyone's with a role in another program.
async fn accounts_are_managed_only_within_ones_programs(t: TestApp) {
    let admin = t.token("admin").await;
    let (other, other_cohort, other_district) = t.other_program().await;
    let coord2 = t.new_account(&admin, "coord2").await;
    t.post(&format!("/api/programs/{other}/members"), &admin, json!({"user_id": coord2, "role": "coordinator"}))
        .await
        .expect(201);
    // Okafor coaches in the demo program and is a candidate in the other.
    let okafor = t.user_id("coach.okafor").await;
    t.post(
        &format!("/api/programs/{other}/enrollments"),
        &admin,
        json!({"candidate_id": okafor, "cohort_id": other_cohort, "district_id": other_district,
            "start_date": "2025-09-01", "position": "principal", "employment": "full_time",
            "cost_structure": "program_provides_coach"}),
    )
    .await
    .expect(201);
    let newcomer = t.new_account(&admin, "newcomer").await;
    let (alvarez, admin_id) = (t.user_id("cand.alvarez").await, t.user_id("admin").await);
    let coord = t.token("coordinator").await;
    let director = t.token("director").await;

    // Who is in scope: the own program's member and the newcomer; not the other program's
    // coordinator, not the person in both programs, not the administrator.
    for (who, status) in [(&alvarez, 200), (&newcomer, 200), (&coord2, 404), (&okafor, 404), (&admin_id, 404)] {
        let path = format!("/api/users/{who}");
        t.get(&path, &coord).await.expect(status);
        let etag = t.get(&path, &admin).await.expect(200).etag();
        let change = json!({"email": format!("changed.{}@example.org", &who[..8]), "status": "disabled"});
        let r = t.patch(&path, &coord, &etag, change).await.expect(status);
        if status == 200 {
            assert_eq!(r.body["status"], "disabled");
            assert_eq!(r.body["can"], json!({"edit": true, "change_email": true, "change_status": true}));
        }
    }
    // Directors read their program's members, change none, and do not see role-less accounts.
    t.get(&format!("/api/users/{alvarez}"), &director).await.expect(200);
    t.get(&format!("/api/users/{newcomer}"), &director).await.expect(404);
    let etag = t.get(&format!("/api/users/{alvarez}"), &admin).await.expect(200).etag();
    t.patch(&format!("/api/users/{alvarez}"), &director, &etag, json!({"display_name": "X"})).await.expect(404);

    // Lists show the same scope; another program's person only when asked for by whole email.
    let names = |r: &crate::common::Res| -> Vec<String> {
        r.body["items"].as_array().unwrap().iter().map(|u| u["username"].as_str().unwrap().to_string()).collect()
    };
    let listed = names(&t.get("/api/users?per_page=100", &coord).await.expect(200));
    assert!(listed.contains(&"cand.alvarez".to_string()) && listed.contains(&"newcomer".to_string()), "{listed:?}");
    for hidden in ["coord2", "coach.okafor", "admin"] {
        assert!(!listed.contains(&hidden.to_string()), "{hidden} listed: {listed:?}");
    }
    let exact = t.get("/api/users?q=coord2@example.org", &coord).await.expect(200);
    assert_eq!(names(&exact), ["coord2"]);
    assert_eq!(exact.body["items"][0]["can"]["edit"], false, "found, but not theirs to change");
    assert_eq!(names(&t.get("/api/users?q=coord2", &coord).await.expect(200)), Vec::<String>::new());

    // The administrator manages every account, but not their own status.
    let okafor_etag = t.get(&format!("/api/users/{okafor}"), &admin).await.expect(200).etag();
    t.patch(&format!("/api/users/{okafor}"), &admin, &okafor_etag, json!({"display_name": "Daniel O."}))
        .await
        .expect(200);
    let me = t.get(&format!("/api/users/{admin_id}"), &admin).await.expect(200);
    assert_eq!(me.body["can"]["change_status"], false);
    t.patch(&format!("/api/users/{admin_id}"), &admin, &me.etag(), json!({"status": "disabled"}))
        .await
        .expect_field(422, "status");
}

on_both_databases!(
    every_endpoint_answers_every_role_as_the_policy_says,
    accounts_are_managed_only_within_ones_programs,
    a_district_representative_sees_only_their_district,
    a_coach_sees_only_their_own_candidates,
);
