//! Fees: the plan's installments as the handbook's tables, payments recorded by coordinators
//! and corrected by reversal (never edited), the balance, and the program's receivables.

use crate::common::TestApp;
use serde_json::{json, Value};

fn cents(v: &Value, key: &str) -> i64 {
    v["account"][key].as_i64().unwrap()
}

async fn a_coordinator_records_and_reverses_a_payment_and_the_balance_follows(t: TestApp) {
    let coord = t.token("coordinator").await;
    let e = t.enrollment_of(&coord, "cand.brooks").await;
    let eid = e["id"].as_str().unwrap().to_string();
    // Marcus Brooks pays himself (Plan B): four installments.
    let (path, etag) = (format!("/api/enrollments/{eid}"), format!("\"{}\"", e["version"]));
    let plan_b = t.patch(&path, &coord, &etag, json!({"fee_payer": "candidate"})).await;
    assert_eq!(plan_b.expect(200).body["fee_payer"], "candidate");
    let cand = t.token("cand.brooks").await;
    let fees_path = format!("/api/enrollments/{eid}/fees");
    let before = t.get(&fees_path, &cand).await.expect(200).body;
    let installments = before["account"]["installments"].as_array().unwrap();
    assert_eq!(installments.len(), 4);
    assert!(installments.iter().all(|i| i["payer"] == "candidate" && i["amount_cents"] == 175_000));
    assert_eq!(cents(&before, "total_cents"), 700_000);

    let pay = json!({"paid_on": "2025-11-01", "payer": "candidate", "amount_cents": 175_000,
        "method": "personal_check", "reference": "Check 1024"});
    let paid = t.post(&format!("/api/enrollments/{eid}/payments"), &coord, pay).await.expect(201).body;
    assert_eq!(cents(&paid, "balance_cents"), cents(&before, "balance_cents") - 175_000);
    assert_eq!(paid["account"]["installments"][0]["status"], "paid");
    let seen = t.get(&fees_path, &cand).await.expect(200).body;
    assert_eq!(cents(&seen, "paid_cents"), cents(&before, "paid_cents") + 175_000, "the candidate sees it");
    let rep = t.token("district.rep").await;
    t.get(&fees_path, &rep).await.expect(200);
    let coach = t.token("coach.rivera").await;
    t.get(&fees_path, &coach).await.expect(403);

    // A payment is never edited: it is reversed, once, with a reason.
    let id = paid["payments"].as_array().unwrap().last().unwrap()["id"].as_str().unwrap().to_string();
    let reversal = format!("/api/payments/{id}/reversal");
    t.post(&reversal, &coord, json!({"reason": " "})).await.expect_field(422, "reason");
    let back = t.post(&reversal, &coord, json!({"reason": "Check returned by the bank"})).await.expect(201).body;
    assert_eq!(cents(&back, "balance_cents"), cents(&before, "balance_cents"));
    let all = back["payments"].as_array().unwrap();
    let lines: Vec<&Value> = all.iter().filter(|l| l["id"] == id.as_str() || l["reverses_id"] == id.as_str()).collect();
    assert_eq!(lines.len(), 2, "the payment stays, with its reversal");
    assert_eq!(lines[0]["reversed"], true);
    assert_eq!(
        (lines[1]["amount_cents"].as_i64(), lines[1]["note"].as_str()),
        (Some(-175_000), Some("Check returned by the bank"))
    );
    t.post(&reversal, &coord, json!({"reason": "again"})).await.expect_field(409, "payment_id");
    let of_reversal = format!("/api/payments/{}/reversal", lines[1]["id"].as_str().unwrap());
    t.post(&of_reversal, &coord, json!({"reason": "again"})).await.expect_field(409, "payment_id");
}

async fn bad_payments_are_refused_naming_the_field_and_store_nothing(t: TestApp) {
    let coord = t.token("coordinator").await;
    let eid = t.enrollment_of(&coord, "cand.chen").await["id"].as_str().unwrap().to_string();
    let path = format!("/api/enrollments/{eid}/payments");
    let ok = json!({"paid_on": "2026-03-31", "payer": "agency", "amount_cents": 350000, "method": "purchase_order"});
    let with = |k: &str, v: Value| {
        let mut b = ok.clone();
        b[k] = v;
        b
    };
    for (body, field) in [
        (with("amount_cents", json!(0)), "amount_cents"),
        (with("amount_cents", json!(-100)), "amount_cents"),
        (with("amount_cents", json!("3,500.00")), "amount_cents"),
        (with("amount_cents", json!(35.5)), "amount_cents"),
        (with("payer", json!("district")), "payer"),
        (with("method", json!("bitcoin")), "method"),
        (with("reference", json!("x".repeat(121))), "reference"),
        (with("paid_on", json!("2999-01-01")), "paid_on"),
    ] {
        t.post(&path, &coord, body).await.expect_field(422, field);
    }
    let fees = t.get(&format!("/api/enrollments/{eid}/fees"), &coord).await.expect(200).body;
    assert!(fees["payments"].as_array().unwrap().is_empty(), "nothing stored");
    // The installation administrator sets programs up; payments are the coordinators'.
    let admin = t.token("admin").await;
    t.post(&path, &admin, ok).await.expect(403);
}

async fn the_receivables_put_overdue_first_and_reach_the_district(t: TestApp) {
    let coord = t.token("coordinator").await;
    let p = t.program(&coord).await;
    let eid = t.enrollment_of(&coord, "cand.alvarez").await["id"].as_str().unwrap().to_string();
    // Sofia Alvarez's agency pays the rest: nothing owed by her.
    let fees = t.get(&format!("/api/enrollments/{eid}/fees"), &coord).await.expect(200).body;
    let rest = cents(&fees, "balance_cents");
    let pay = json!({"paid_on": "2026-11-01", "payer": "agency", "amount_cents": rest, "method": "purchase_order"});
    t.post(&format!("/api/enrollments/{eid}/payments"), &coord, pay).await.expect(201);
    let r = t.get(&format!("/api/programs/{p}/receivables"), &coord).await.expect(200).body;
    let rows = r["rows"].as_array().unwrap();
    let overdue: Vec<i64> = rows.iter().map(|r| r["overdue_cents"].as_i64().unwrap()).collect();
    assert!(overdue.windows(2).all(|w| w[0] >= w[1]), "overdue first: {overdue:?}");
    let alvarez = rows.iter().find(|r| r["candidate"]["username"] == "cand.alvarez").unwrap();
    assert_eq!((alvarez["balance_cents"].as_i64(), alvarez["overdue_cents"].as_i64()), (Some(0), Some(0)));
    let sum: i64 = rows.iter().map(|r| r["balance_cents"].as_i64().unwrap()).sum();
    assert_eq!(r["total_balance_cents"].as_i64(), Some(sum));
    let rep = t.token("district.rep").await;
    let theirs = t.get(&format!("/api/programs/{p}/receivables"), &rep).await.expect(200).body;
    assert!(theirs["rows"].as_array().unwrap().iter().all(|r| r["candidate"]["username"] != "cand.chen"));
    let (status, bytes, _) = t
        .raw(
            actix_web::test::TestRequest::get()
                .uri(&format!("/api/programs/{p}/receivables.csv"))
                .insert_header(("authorization", format!("Bearer {coord}"))),
        )
        .await;
    assert_eq!(status.as_u16(), 200);
    let csv = String::from_utf8(bytes).unwrap();
    assert!(
        csv.starts_with("Candidate,Username,Cohort,District,Status,Cost structure,Paid by,Program fee,Paid,Balance,Overdue,Agency balance,Candidate balance,Next due")
    );
    assert!(csv.contains("\"$7,000.00\""), "dollars for people: {csv}");
}

async fn a_change_of_district_recomputes_the_remaining_installments_never_the_paid_ones(t: TestApp) {
    let coord = t.token("coordinator").await;
    let e = t.enrollment_of(&coord, "cand.chen").await;
    let eid = e["id"].as_str().unwrap().to_string();
    // Her first district provides the coach: $4,000, $2,000 a year from the agency.
    let path = format!("/api/enrollments/{eid}");
    let e = t
        .patch(&path, &coord, &format!("\"{}\"", e["version"]), json!({"cost_structure": "district_provides_coach"}))
        .await;
    let e = e.expect(200).body;
    let fees_path = format!("/api/enrollments/{eid}/fees");
    let plan = t.get(&fees_path, &coord).await.expect(200).body;
    let due: Vec<String> = plan["account"]["installments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["due_on"].as_str().unwrap().into())
        .collect();
    assert_eq!(due.len(), 2);
    let pay = json!({"paid_on": due[0], "payer": "agency", "amount_cents": 200_000, "method": "purchase_order"});
    t.post(&format!("/api/enrollments/{eid}/payments"), &coord, pay).await.expect(201);

    // From the second installment's day she works for a district without a coach: $3,500 a year.
    let changes = format!("/api/enrollments/{eid}/fee-plan-changes");
    let etag = format!("\"{}\"", e["version"]);
    let change =
        json!({"effective_on": due[1], "cost_structure": "program_provides_coach", "note": "Moved to Sierra Unified"});
    let bad = |k: &str, v: Value| {
        let mut b = change.clone();
        b[k] = v;
        b
    };
    let call = |body: Value, etag: String| {
        let (t, coord, changes) = (&t, coord.clone(), changes.clone());
        async move { t.call(actix_web::http::Method::POST, &changes, Some(&coord), Some(body), Some(&etag)).await }
    };
    call(bad("effective_on", json!("2099-01-01")), etag.clone()).await.expect_field(422, "effective_on");
    call(bad("cost_structure", json!("district_provides_coach")), etag.clone())
        .await
        .expect_field(422, "cost_structure");
    call(bad("district_id", json!(uuid::Uuid::new_v4())), etag.clone()).await.expect_field(422, "district_id");
    call(change.clone(), "\"999\"".into()).await.expect(412);
    let coach = t.token("coach.rivera").await;
    t.call(actix_web::http::Method::POST, &changes, Some(&coach), Some(change.clone()), Some(&etag)).await.expect(403);
    assert_eq!(t.get(&fees_path, &coord).await.body["plan_changes"], json!([]), "nothing stored");

    let fees = call(change, etag).await.expect(201).body;
    let lines: Vec<(String, i64)> = fees["account"]["installments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["due_on"].as_str().unwrap().into(), i["amount_cents"].as_i64().unwrap()))
        .collect();
    assert_eq!(lines, [(due[0].clone(), 200_000), (due[1].clone(), 350_000)], "the paid one kept, the rest recomputed");
    assert_eq!(cents(&fees, "balance_cents"), 350_000);
    assert_eq!(fees["plan_changes"][0]["from_cost_structure"], "district_provides_coach");
    assert_eq!(fees["plan_changes"][0]["paid_cents"], 200_000);
    assert_eq!(t.get(&path, &coord).await.body["cost_structure"], "program_provides_coach");
}

async fn the_fee_dates_are_the_programs_to_set(t: TestApp) {
    let coord = t.token("coordinator").await;
    let program = format!("/api/programs/{}", t.program(&coord).await);
    let etag = t.get(&program, &coord).await.expect(200).etag();
    let eid = t.enrollment_of(&coord, "cand.brooks").await["id"].as_str().unwrap().to_string();
    let fees_path = format!("/api/enrollments/{eid}/fees");
    let days = |fees: &Value| -> Vec<String> {
        let lines = fees["account"]["installments"].as_array().unwrap();
        lines.iter().map(|i| i["due_on"].as_str().unwrap()[5..].to_string()).collect()
    };
    let before = t.get(&fees_path, &coord).await.expect(200).body;
    assert_eq!(days(&before), ["11-01", "03-31", "11-01", "03-31"], "the handbook's dates by default");

    // February 30 never comes; two equal dates are one.
    let feb_30 = json!({"settings": {"fee_due_month_2": 2, "fee_due_day_2": 30}});
    t.patch(&program, &coord, &etag, feb_30).await.expect_field(422, "settings.fee_due_day_2");
    let same = json!({"settings": {"fee_due_month_2": 11, "fee_due_day_2": 1}});
    t.patch(&program, &coord, &etag, same).await.expect_field(422, "settings.fee_due_day_2");
    assert_eq!(days(&t.get(&fees_path, &coord).await.body), days(&before), "nothing stored");

    let own =
        json!({"settings": {"fee_due_month_1": 10, "fee_due_day_1": 15, "fee_due_month_2": 2, "fee_due_day_2": 28}});
    t.patch(&program, &coord, &etag, own).await.expect(200);
    let after = t.get(&fees_path, &coord).await.expect(200).body;
    assert_eq!(days(&after), ["10-15", "02-28", "10-15", "02-28"]);
    assert_eq!(cents(&after, "total_cents"), cents(&before, "total_cents"), "the same fee, on other days");
}

/// Plan C, as the handbook's profile page: a candidate fee of $2,000 and a district fee of
/// $5,000, each installment shared; each payer's payments go to their own part, and each has
/// their own balance.
async fn a_split_plan_shares_each_installment_and_each_payer_owes_their_part(t: TestApp) {
    let coord = t.token("coordinator").await;
    let p = t.program(&coord).await;
    let e = t.enrollment_of(&coord, "cand.chen").await;
    let (eid, etag) = (e["id"].as_str().unwrap().to_string(), format!("\"{}\"", e["version"]));
    let path = format!("/api/enrollments/{eid}");
    let fees_path = format!("/api/enrollments/{eid}/fees");
    let before = t.get(&fees_path, &coord).await.expect(200).body;
    let paid_before = cents(&before, "paid_cents");
    for (body, field) in [
        (json!({"fee_payer": "split"}), "candidate_fee_cents"),
        (json!({"fee_payer": "split", "candidate_fee_cents": 700_000}), "candidate_fee_cents"),
        (json!({"fee_payer": "split", "candidate_fee_cents": 0}), "candidate_fee_cents"),
        (json!({"candidate_fee_cents": 200_000}), "candidate_fee_cents"),
        (json!({"fee_payer": "split", "candidate_fee_cents": "200000"}), "candidate_fee_cents"),
    ] {
        t.patch(&path, &coord, &etag, body).await.expect_field(422, field);
    }
    assert_eq!(t.get(&path, &coord).await.body["version"], e["version"], "nothing stored");

    let split = json!({"fee_payer": "split", "candidate_fee_cents": 200_000});
    let e = t.patch(&path, &coord, &etag, split).await.expect(200).body;
    assert_eq!((e["fee_payer"].as_str(), e["candidate_fee_cents"].as_i64()), (Some("split"), Some(200_000)));
    let fees = t.get(&fees_path, &coord).await.expect(200).body;
    let lines: Vec<(u64, String, i64)> = fees["account"]["installments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (i["number"].as_u64().unwrap(), i["payer"].as_str().unwrap().into(), i["amount_cents"].as_i64().unwrap())
        })
        .collect();
    let expected: Vec<(u64, String, i64)> =
        (1..=4).flat_map(|n| [(n, "agency".into(), 125_000), (n, "candidate".into(), 50_000)]).collect();
    assert_eq!(lines, expected, "four installments, each shared");
    let share = |fees: &Value, payer: &str| -> (i64, i64) {
        let b = fees["account"]["by_payer"].as_array().unwrap().iter().find(|b| b["payer"] == payer).unwrap().clone();
        (b["total_cents"].as_i64().unwrap(), b["balance_cents"].as_i64().unwrap())
    };
    assert_eq!(share(&fees, "candidate"), (200_000, 200_000));
    assert_eq!(share(&fees, "agency"), (500_000, 500_000 - paid_before));

    // The candidate pays her first part: her balance falls, the district's does not.
    let pay =
        json!({"paid_on": "2025-11-01", "payer": "candidate", "amount_cents": 50_000, "method": "personal_check"});
    let paid = t.post(&format!("/api/enrollments/{eid}/payments"), &coord, pay).await.expect(201).body;
    assert_eq!(share(&paid, "candidate"), (200_000, 150_000));
    assert_eq!(share(&paid, "agency"), share(&fees, "agency"));
    let r = t.get(&format!("/api/programs/{p}/receivables"), &coord).await.expect(200).body;
    let row = r["rows"].as_array().unwrap().iter().find(|r| r["enrollment_id"] == eid.as_str()).unwrap().clone();
    assert_eq!(row["payer"], "split");
    assert_eq!(
        (row["candidate_balance_cents"].as_i64(), row["agency_balance_cents"].as_i64()),
        (Some(150_000), Some(500_000 - paid_before))
    );

    // A part larger than a cheaper structure's fee is refused; a plan change from a day keeps
    // the split plan's part, or drops it with another plan.
    let etag = format!("\"{}\"", e["version"]);
    let cheaper = json!({"cost_structure": "district_provides_coach", "candidate_fee_cents": 450_000});
    t.patch(&path, &coord, &etag, cheaper).await.expect_field(422, "candidate_fee_cents");
    let changes = format!("/api/enrollments/{eid}/fee-plan-changes");
    let due = fees["account"]["installments"][4]["due_on"].as_str().unwrap().to_string();
    let to_a = json!({"effective_on": due, "payer": "agency", "candidate_fee_cents": 100_000});
    let call = |body: Value| t.call(actix_web::http::Method::POST, &changes, Some(&coord), Some(body), Some(&etag));
    call(to_a).await.expect_field(422, "candidate_fee_cents");
    let changed = call(json!({"effective_on": due, "payer": "agency"})).await.expect(201).body;
    let change = &changed["plan_changes"][0];
    assert_eq!(
        (change["from_payer"].as_str(), change["from_candidate_fee_cents"].as_i64()),
        (Some("split"), Some(200_000))
    );
    assert_eq!((change["payer"].as_str(), change["candidate_fee_cents"].as_i64()), (Some("agency"), None));
    let after: Vec<(String, String)> = changed["account"]["installments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["due_on"].as_str().unwrap().into(), i["payer"].as_str().unwrap().into()))
        .collect();
    assert!(after.iter().filter(|(d, _)| *d >= due).all(|(_, payer)| payer == "agency"), "{after:?}");
    assert_eq!(after.iter().filter(|(d, _)| *d < due).count(), 4, "year 1's shared installments stay");
    assert_eq!(t.get(&path, &coord).await.body["candidate_fee_cents"], Value::Null);
}

on_both_databases!(
    a_split_plan_shares_each_installment_and_each_payer_owes_their_part,
    the_fee_dates_are_the_programs_to_set,
    a_change_of_district_recomputes_the_remaining_installments_never_the_paid_ones,
    a_coordinator_records_and_reverses_a_payment_and_the_balance_follows,
    bad_payments_are_refused_naming_the_field_and_store_nothing,
    the_receivables_put_overdue_first_and_reach_the_district,
);
