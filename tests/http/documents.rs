//! The e-portfolio's documents: upload (a real PDF, within the limit, stored whole or not at
//! all), download under the handbook's name, versions, deletion leaving no file, and who reads
//! what.

use crate::common::{multipart, pdf, Res, TestApp, MAX_UPLOAD};
use actix_web::http::{header, Method};
use actix_web::test::TestRequest;
use serde_json::{json, Value};

const SIGN_IN: &[(&str, &str)] = &[
    ("kind", "pl_sign_in_sheet"),
    ("title", "Equity in education"),
    ("activity_date", "2026-07-18"),
    ("minutes", "360"),
];

async fn upload(t: &TestApp, enrollment: &str, token: &str, fields: &[(&str, &str)], file: &[u8]) -> Res {
    let path = format!("/api/enrollments/{enrollment}/documents");
    t.send_multipart(Method::POST, &path, token, None, multipart(fields, Some(("sheet.pdf", file)))).await
}

fn etag(r: &Res) -> String {
    r.headers.get("etag").unwrap().to_str().unwrap().to_string()
}

async fn download(t: &TestApp, path: &str, token: &str) -> (u16, Vec<u8>, actix_web::http::header::HeaderMap) {
    let req = TestRequest::get().uri(path).insert_header((header::AUTHORIZATION, format!("Bearer {token}")));
    let res = t.raw(req).await;
    (res.0.as_u16(), res.1, res.2)
}

async fn a_candidate_uploads_downloads_replaces_and_deletes_a_document(t: TestApp) {
    let coord = t.token("coordinator").await;
    let e = t.enrollment_of(&coord, "cand.alvarez").await;
    let eid = e["id"].as_str().unwrap();
    let cand = t.token("cand.alvarez").await;
    let first = pdf("Sign-in sheet, first scan");
    let doc = upload(&t, eid, &cand, SIGN_IN, &first).await.expect(201);
    assert_eq!(doc.body["file_name"], "2026-07-18.Equity in education.PL sign-in sheet.pdf");
    assert_eq!((doc.body["minutes"].as_u64(), doc.body["current"]["number"].as_u64()), (Some(360), Some(1)));
    assert_eq!(doc.body["current"]["size_bytes"].as_u64(), Some(first.len() as u64));
    let id = doc.body["id"].as_str().unwrap().to_string();
    let listed = t.get(&format!("/api/enrollments/{eid}/documents"), &t.token("coach.rivera").await).await.expect(200);
    assert_eq!(listed.body[0]["id"], Value::String(id.clone()), "her coach sees it");

    let (status, bytes, headers) = download(&t, &format!("/api/documents/{id}/file"), &cand).await;
    assert_eq!((status, bytes == first), (200, true));
    assert_eq!(headers.get("content-type").unwrap(), "application/pdf");
    assert_eq!(headers.get("x-content-type-options").unwrap(), "nosniff");
    let disposition = headers.get("content-disposition").unwrap().to_str().unwrap();
    assert!(disposition.starts_with("attachment") && disposition.contains("Equity in education.PL sign-in sheet.pdf"));

    // A new version keeps the first; a stale one is refused.
    let second = pdf("Sign-in sheet, signed by the presenter");
    let path = format!("/api/documents/{id}/versions");
    let form = || multipart(&[], Some(("sheet.pdf", second.as_slice())));
    t.send_multipart(Method::POST, &path, &cand, Some("\"9\""), form()).await.expect(412);
    let v2 = t.send_multipart(Method::POST, &path, &cand, Some(&etag(&doc)), form()).await.expect(200);
    assert_eq!(v2.body["versions"].as_array().unwrap().len(), 2);
    let (_, now, _) = download(&t, &format!("/api/documents/{id}/file"), &cand).await;
    let (_, then, _) = download(&t, &format!("/api/documents/{id}/file?version=1"), &cand).await;
    assert!(now == second && then == first, "versions are kept, never overwritten");
    assert_eq!(t.stored_files().len(), 2);

    // Her coach did not upload it: only she or a coordinator deletes it, and no file is left.
    let gone = format!("/api/documents/{id}");
    let coach = t.token("coach.rivera").await;
    t.call(Method::DELETE, &gone, Some(&coach), None, Some(&etag(&v2))).await.expect(403);
    let stale = t.call(Method::DELETE, &gone, Some(&cand), None, Some(&etag(&doc))).await.expect(412);
    assert_eq!(stale.body["current"]["versions"].as_array().map(Vec::len), Some(2), "the 412 shows it as it is now");
    assert_eq!(t.stored_files().len(), 2, "a refused delete removes nothing");
    t.call(Method::DELETE, &gone, Some(&cand), None, Some(&etag(&v2))).await.expect(204);
    t.get(&gone, &cand).await.expect(404);
    assert!(t.stored_files().is_empty(), "a deleted document leaves no file");

    // The trail keeps each step, by whom, with its type and file but never its title.
    let p = t.program(&coord).await;
    let audit = t.get(&format!("/api/programs/{p}/audit?per_page=100"), &coord).await.expect(200).body;
    let items = audit["items"].as_array().unwrap().iter();
    // Reads are kept too, written in the background: the changes are what is asserted here.
    let steps: Vec<&Value> = items.filter(|a| a["entity_id"] == *id && a["action"] != "document.read").collect();
    let actions: Vec<&str> = steps.iter().rev().map(|a| a["action"].as_str().unwrap()).collect();
    assert_eq!(actions, ["document.uploaded", "document.new_version", "document.deleted"]);
    assert_eq!(steps[1]["after"]["version"].as_u64(), Some(2));
    assert!(!audit.to_string().contains("Equity in education"), "the uploader's title stays out of the trail");
}

async fn bad_uploads_are_refused_naming_the_field_and_store_nothing(t: TestApp) {
    let coord = t.token("coordinator").await;
    let e = t.enrollment_of(&coord, "cand.alvarez").await;
    let eid = e["id"].as_str().unwrap();
    let cand = t.token("cand.alvarez").await;
    let good = pdf("ok");
    let mut too_big = b"%PDF-1.4\n".to_vec();
    too_big.resize(MAX_UPLOAD as usize + 1, b' ');
    let with = |k: &'static str, v: &'static str| -> Vec<(&'static str, &'static str)> {
        SIGN_IN.iter().map(|(n, old)| (*n, if *n == k { v } else { old })).collect()
    };
    let brooks = t.enrollment_of(&coord, "cand.brooks").await;
    let logs = t.get(&format!("/api/enrollments/{}/coaching-logs", brooks["id"].as_str().unwrap()), &coord).await;
    let brooks_log = logs.body["items"][0]["id"].as_str().unwrap().to_string();
    let mut other_log = SIGN_IN.to_vec();
    other_log.push(("coaching_log_id", &brooks_log));
    for (fields, file, status, field) in [
        (SIGN_IN.to_vec(), b"just text, named .pdf".to_vec(), 422, "file"),
        (SIGN_IN.to_vec(), b"%PDF-1.4\nbut nothing else".to_vec(), 422, "file"),
        (SIGN_IN.to_vec(), Vec::new(), 422, "file"),
        (SIGN_IN.to_vec(), too_big, 413, "file"),
        (with("title", " "), good.clone(), 422, "title"),
        (with("minutes", "1441"), good.clone(), 422, "minutes"),
        (with("minutes", "-60"), good.clone(), 422, "minutes"),
        (with("kind", "diploma"), good.clone(), 422, "kind"),
        (with("activity_date", "18/07/2026"), good.clone(), 422, "activity_date"),
        (other_log, good.clone(), 422, "coaching_log_id"),
    ] {
        upload(&t, eid, &cand, &fields, &file).await.expect_field(status, field);
    }
    let path = format!("/api/enrollments/{eid}/documents");
    t.send_multipart(Method::POST, &path, &cand, None, multipart(SIGN_IN, None)).await.expect_field(422, "file");
    // A truncated upload: the body ends inside the file.
    let (kind, mut body) = multipart(SIGN_IN, Some(("sheet.pdf", good.as_slice())));
    body.truncate(body.len() - 40);
    t.send_multipart(Method::POST, &path, &cand, None, (kind, body)).await.expect_field(400, "file");
    // Another program's coordinator cannot reach the candidate at all.
    let admin = t.token("admin").await;
    let (other, _, _) = t.other_program().await;
    let coord2 = t.new_account(&admin, "coord2").await;
    t.post(
        &format!("/api/programs/{other}/members"),
        &admin,
        serde_json::json!({"user_id": coord2, "role": "coordinator"}),
    )
    .await
    .expect(201);
    let coord2 = t.first_password("coord2").await;
    upload(&t, eid, &coord2, SIGN_IN, &good).await.expect(404);

    assert_eq!(t.get(&path, &cand).await.expect(200).body, serde_json::json!([]), "no document stored");
    assert!(t.stored_files().is_empty() && t.incoming() == 0, "no file left behind");
}

async fn evidence_is_confidential_and_paperwork_reaches_the_district(t: TestApp) {
    let coord = t.token("coordinator").await;
    let e = t.enrollment_of(&coord, "cand.alvarez").await;
    let eid = e["id"].as_str().unwrap();
    let coach = t.token("coach.rivera").await;
    let letter =
        [("kind", "employment_verification"), ("title", "Two years as principal"), ("activity_date", "2026-06-01")];
    let letter = upload(&t, eid, &coord, &letter, &pdf("letter")).await.expect(201);
    let log = [("kind", "coaching_log"), ("title", "October coaching"), ("activity_date", "2026-10-02")];
    let log = upload(&t, eid, &coach, &log, &pdf("log")).await.expect(201);
    assert_eq!((letter.body["confidential"].as_bool(), log.body["confidential"].as_bool()), (Some(false), Some(true)));
    let rep = t.token("district.rep").await;
    let seen = t.get(&format!("/api/enrollments/{eid}/documents"), &rep).await.expect(200);
    let kinds: Vec<_> = seen.body.as_array().unwrap().iter().map(|d| d["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["employment_verification"], "the district sees the paperwork, never the evidence");
    t.get(&format!("/api/documents/{}", log.body["id"].as_str().unwrap()), &rep).await.expect(404);
    let (status, _, _) =
        download(&t, &format!("/api/documents/{}/file", letter.body["id"].as_str().unwrap()), &rep).await;
    assert_eq!(status, 200);
    let director = t.token("director").await;
    t.get(&format!("/api/documents/{}", log.body["id"].as_str().unwrap()), &director).await.expect(200);
    upload(&t, eid, &director, SIGN_IN, &pdf("x")).await.expect(403);
    upload(&t, eid, &rep, SIGN_IN, &pdf("x")).await.expect(403);
    upload(&t, eid, &t.token("admin").await, SIGN_IN, &pdf("x")).await.expect(403);
    upload(&t, eid, &t.token("coach.okafor").await, SIGN_IN, &pdf("x")).await.expect(404);
    upload(&t, eid, &t.token("cand.brooks").await, SIGN_IN, &pdf("x")).await.expect(404);
    // Reading the evidence's file is audited; the paperwork's is not confidential.
    let id = log.body["id"].as_str().unwrap();
    download(&t, &format!("/api/documents/{id}/file"), &director).await;
    assert!(audited_reads(&t, &coord, id).await >= 1, "the director's read of a coaching-log document is kept");
}

/// How many reads of document `id` the audit trail holds, waiting up to 5 s for the
/// background writer.
async fn audited_reads(t: &TestApp, coord: &str, id: &str) -> usize {
    let p = t.program(coord).await;
    let mut n = 0;
    for _ in 0..50 {
        let audit = t.get(&format!("/api/programs/{p}/audit?per_page=100"), coord).await.expect(200);
        let items = audit.body["items"].as_array().unwrap().clone();
        n = items.iter().filter(|a| a["action"] == "document.read" && a["entity_id"] == id).count();
        if n > 0 {
            break;
        }
        actix_web::rt::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    n
}

async fn a_discarded_draft_log_takes_its_documents_with_it(t: TestApp) {
    let coord = t.token("coordinator").await;
    let eid = t.enrollment_of(&coord, "cand.alvarez").await["id"].as_str().unwrap().to_string();
    let coach = t.token("coach.rivera").await;
    let draft = t.post(&format!("/api/enrollments/{eid}/coaching-logs"), &coach, json!({"focus": "Walkthrough"})).await;
    let draft = draft.expect(201);
    let log_id = draft.body["id"].as_str().unwrap().to_string();
    let mut notes = vec![("kind", "coaching_log"), ("title", "Walkthrough notes"), ("activity_date", "2026-10-05")];
    notes.push(("coaching_log_id", &log_id));
    let doc = upload(&t, &eid, &coach, &notes, &pdf("Walkthrough notes")).await.expect(201);
    let kept = upload(&t, &eid, &coach, &notes[..3], &pdf("Not attached")).await.expect(201);
    let path = format!("/api/coaching-logs/{log_id}");
    let listed = t.get(&path, &coach).await.expect(200);
    let doc_path = format!("/api/documents/{}", doc.body["id"].as_str().unwrap());
    assert_eq!(t.get(&doc_path, &coach).await.expect(200).body["coaching_log_id"], Value::String(log_id.clone()));
    assert_eq!(t.stored_files().len(), 2);

    t.call(Method::DELETE, &path, Some(&coach), None, Some(&listed.etag())).await.expect(204);
    t.get(&path, &coach).await.expect(404);
    t.get(&doc_path, &coach).await.expect(404);
    let left = t.get(&format!("/api/enrollments/{eid}/documents"), &coach).await.expect(200).body;
    assert_eq!(left.as_array().unwrap().len(), 1);
    assert_eq!(left[0]["id"], kept.body["id"], "a document of the e-portfolio alone stays");
    assert_eq!(t.stored_files().len(), 1, "the discarded draft's file is gone");
}

on_both_databases_and_storages!(
    a_discarded_draft_log_takes_its_documents_with_it,
    a_candidate_uploads_downloads_replaces_and_deletes_a_document,
    bad_uploads_are_refused_naming_the_field_and_store_nothing,
    evidence_is_confidential_and_paperwork_reaches_the_district,
);
