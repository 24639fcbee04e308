//! What the API says each person may do is what it lets them do: `/api/me` lists each program's
//! permissions, and every permission's own endpoint answers as the list says, for every demo
//! role. The web app builds its menus and links from these lists alone.

use crate::common::TestApp;
use actix_web::http::Method;
use serde_json::{json, Value};

const EVERYONE: [&str; 8] =
    ["admin", "coordinator", "director", "district.rep", "coach.rivera", "coach.okafor", "cand.alvarez", "cand.brooks"];

fn listed(v: &Value) -> Vec<String> {
    v.as_array().unwrap().iter().map(|p| p.as_str().unwrap().to_string()).collect()
}

async fn me_lists_each_programs_permissions_per_role(t: TestApp) {
    let expected = [
        ("admin", vec!["read", "manage", "oversee", "list_candidates", "list_members", "read_audit"]),
        (
            "coordinator",
            vec![
                "read",
                "manage",
                "oversee",
                "list_candidates",
                "list_members",
                "review_professional_learning",
                "handle_requests",
                "review_portfolios",
                "submit_rosters",
                "read_audit",
                "read_confidential_audit",
            ],
        ),
        (
            "director",
            vec![
                "read",
                "oversee",
                "list_candidates",
                "list_members",
                "review_professional_learning",
                "handle_requests",
                "review_portfolios",
                "read_audit",
                "read_confidential_audit",
            ],
        ),
        ("district.rep", vec!["read", "list_candidates", "list_members"]),
        ("coach.rivera", vec!["read", "list_members", "coach"]),
        ("cand.alvarez", vec!["read", "own_records"]),
    ];
    let installation = [
        ("admin", vec!["manage_programs", "read_accounts", "manage_accounts", "read_deliveries"]),
        ("coordinator", vec!["read_accounts", "manage_accounts"]),
        ("director", vec!["read_accounts"]),
        ("district.rep", vec![]),
        ("coach.rivera", vec![]),
        ("cand.alvarez", vec![]),
    ];
    for ((who, program), (_, across)) in expected.iter().zip(installation.iter()) {
        let me = t.get("/api/me", &t.token(who).await).await.expect(200).body;
        let demo = me["programs"].as_array().unwrap().iter().find(|p| p["name"] == "Demo County CASC").unwrap();
        assert_eq!(listed(&demo["can"]), *program, "{who} in the demo program");
        assert_eq!(listed(&me["can"]), *across, "{who} across the installation");
    }
    // The administrator's list holds every program, with no role in it.
    let (other, _, _) = t.other_program().await;
    let admin = t.get("/api/me", &t.token("admin").await).await.expect(200).body;
    let theirs = admin["programs"].as_array().unwrap().iter().find(|p| p["id"] == other.as_str()).unwrap();
    assert_eq!(theirs["roles"], json!([]));
    // Nobody else's list names a program they have no part in.
    let coord = t.get("/api/me", &t.token("coordinator").await).await.expect(200).body;
    assert!(coord["programs"].as_array().unwrap().iter().all(|p| p["id"] != other.as_str()));
}

async fn each_permission_is_the_answer_of_its_endpoint(t: TestApp) {
    let p = t.program(&t.token("coordinator").await).await;
    for who in EVERYONE {
        let token = t.token(who).await;
        let me = t.get("/api/me", &token).await.expect(200).body;
        let demo = me["programs"].as_array().unwrap().iter().find(|x| x["id"] == p.as_str()).unwrap();
        let can = listed(&demo["can"]);
        let probes: [(&str, Method, String, Option<Value>, u16); 9] = [
            ("read", Method::GET, format!("/api/programs/{p}/cohorts"), None, 200),
            // A stale version: allowed callers learn so (412), others are refused first (403).
            ("manage", Method::PATCH, format!("/api/programs/{p}"), Some(json!({"name": "X"})), 412),
            ("oversee", Method::GET, format!("/api/programs/{p}/overview"), None, 200),
            ("list_candidates", Method::GET, format!("/api/programs/{p}/enrollments"), None, 200),
            ("list_members", Method::GET, format!("/api/programs/{p}/members"), None, 200),
            (
                "review_professional_learning",
                Method::GET,
                format!("/api/programs/{p}/professional-learning"),
                None,
                200,
            ),
            ("handle_requests", Method::GET, format!("/api/programs/{p}/requests"), None, 200),
            ("read_audit", Method::GET, format!("/api/programs/{p}/audit"), None, 200),
            ("list_candidates", Method::GET, format!("/api/programs/{p}/hours?program_year=1"), None, 200),
        ];
        for (permission, method, path, body, allowed) in probes {
            let stale = (method == Method::PATCH).then_some("\"999\"");
            let r = t.call(method, &path, Some(&token), body, stale).await;
            let expected = if can.iter().any(|c| c == permission) { allowed } else { 403 };
            assert_eq!(
                r.status.as_u16(),
                expected,
                "{who}: {permission} says {}, {path} answered",
                can.contains(&permission.to_string())
            );
        }
        let across = listed(&me["can"]);
        let users = t.get("/api/users", &token).await;
        let expected = if across.iter().any(|c| c == "read_accounts") { 200 } else { 403 };
        assert_eq!(users.status.as_u16(), expected, "{who}: read_accounts");
    }
}

on_both_databases!(me_lists_each_programs_permissions_per_role, each_permission_is_the_answer_of_its_endpoint);
