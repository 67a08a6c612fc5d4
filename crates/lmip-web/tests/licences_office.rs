//! The licence register in the back office, over HTTP in process, on both backends: a list sent
//! (multipart, CSRF), its problems in the reader's language, its difference with the register, and
//! a reviewer applying it, which the verify page then shows.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use common::*;
use lmip_storage::testing::test_databases;
use lmip_web::{AppState, WebConfig};

async fn send_list(state: &AppState, cookie: &str, fields: &[(&str, &str)], list: &[u8]) -> Reply {
    let b = Request::post("/office/organisations/operator/licences")
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .header(header::COOKIE, cookie);
    send(
        state,
        b.body(Body::from(multipart(fields, Some(("list.csv", list)))))
            .unwrap(),
    )
    .await
}

const LIST: &str = "Licence No.,Agency name,Status,Valid from,Valid until\n\
PH-001-LB,ABC Manpower Co. Ltd.,Active,2024-01-15,2099-01-14\n\
PH-002-LB,Sumber Rejeki,Suspended,01/06/2567,31/05/2570\n";

#[tokio::test]
async fn an_editor_sends_a_list_and_a_reviewer_applies_it() {
    for t in test_databases().await {
        let state = AppState::new(t.db.clone(), WebConfig::default())
            .await
            .unwrap();
        let (editor, editor_csrf) = signed_in(&t, "editor@example.org", "editor", 60).await;
        let (reviewer, reviewer_csrf) = signed_in(&t, "reviewer@example.org", "reviewer", 61).await;
        let home = get(&state, "/office", &editor).await;
        assert!(
            home.body.contains("href=\"/office/licences\""),
            "{}",
            home.body
        );
        let page = get(&state, "/office/licences", &editor).await;
        assert_eq!(page.status, StatusCode::OK);
        // The operator has no country of its own: it names the issuer.
        assert!(page.body.contains("name=\"issuer\""));
        // A list with problems: each named with its line, in the reader's language.
        let bad = format!("{LIST}PH-001-LB,Again,valid,,\nPH-003-LB,Three,maybe,,\n");
        let r = send_list(
            &state,
            &format!("{editor}; lmip_lang=th"),
            &[
                ("csrf", &editor_csrf),
                ("issuer", "PH"),
                ("authority", "DMW"),
            ],
            bad.as_bytes(),
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
        assert!(r.body.contains("ยังไม่ได้นำเข้ารายชื่อ"), "{}", r.body);
        assert!(r.body.contains("<td>4</td>") && r.body.contains("<td>5</td>"));
        assert!(r.body.contains("มีอยู่แล้วในบรรทัด 2"), "{}", r.body);
        // Without the form's token: refused.
        let r = send_list(
            &state,
            &editor,
            &[("csrf", "forged"), ("issuer", "PH")],
            LIST.as_bytes(),
        )
        .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        // The list itself.
        let r = send_list(
            &state,
            &editor,
            &[
                ("csrf", &editor_csrf),
                ("issuer", "PH"),
                ("authority", "DMW"),
            ],
            LIST.as_bytes(),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let at = r.header(header::LOCATION);
        let diff = get(&state, &at, &editor).await;
        assert_eq!(diff.status, StatusCode::OK);
        assert!(diff.body.contains("PH-001-LB") && diff.body.contains("ABC Manpower"));
        // An editor sends; only a reviewer applies.
        assert!(!diff.body.contains("/apply\""), "{}", diff.body);
        let r = post(
            &state,
            &format!("{at}/apply"),
            &editor,
            &format!("csrf={editor_csrf}"),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        // Nothing is public before a reviewer applies the list.
        let before = get(&state, "/en/verify?q=PH-001-LB", "").await;
        assert!(!before.body.contains("verdict licensed"));
        let review = get(&state, &at, &reviewer).await;
        assert!(review.body.contains("/apply\""));
        let r = post(
            &state,
            &format!("{at}/apply"),
            &reviewer,
            &format!("csrf={reviewer_csrf}"),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let done = get(&state, &r.header(header::LOCATION), &reviewer).await;
        assert!(done.body.contains("The list is applied"), "{}", done.body);
        let v = get(&state, "/en/verify?q=PH-001-LB", "").await;
        assert!(v.body.contains("verdict licensed"), "{}", t.label);
        let v = get(&state, "/en/verify?q=sumber+rejeki", "").await;
        assert!(v.body.contains("verdict suspended"), "{}", t.label);
        // Applied once: the second time says so.
        let r = post(
            &state,
            &format!("{at}/apply"),
            &reviewer,
            &format!("csrf={reviewer_csrf}"),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("already applied or discarded"));
        // Another organisation's import is not found under this one.
        let other = at.replace("/operator/", "/nobody/");
        assert_eq!(
            get(&state, &other, &reviewer).await.status,
            StatusCode::NOT_FOUND
        );
    }
}

#[tokio::test]
async fn a_reviewer_of_an_authority_records_a_sanction() {
    for t in test_databases().await {
        let state = AppState::new(t.db.clone(), WebConfig::default())
            .await
            .unwrap();
        let mut tx = t.write().await.unwrap();
        tx.create_organisation(&lmip_storage::NewOrganisation {
            slug: "ph-dmw",
            name: "Department of Migrant Workers",
            kind: "overseas_employment_agency",
            country: Some("PH"),
            website: None,
            source: None,
            is_sample: false,
        })
        .await
        .unwrap();
        tx.commit().await.unwrap();
        let (cookie, csrf) = signed_in(&t, "dmw@example.org", "editor", 70).await;
        let user: String = sqlx::query_scalar("SELECT id FROM app_user WHERE email = $1")
            .bind("dmw@example.org")
            .fetch_one(t.pool())
            .await
            .unwrap();
        let mut tx = t.write().await.unwrap();
        tx.grant_role(&user, "ph-dmw", "reviewer").await.unwrap();
        tx.commit().await.unwrap();
        let staged = lmip_services::licences::stage_for_organisation(
            &t,
            "cli:test",
            "ph-dmw",
            "",
            "",
            "list.csv",
            LIST.as_bytes(),
        )
        .await
        .unwrap();
        lmip_services::licences::apply(
            &t,
            "cli:test",
            &staged.id,
            false,
            &lmip_search::Segmenter::new(),
        )
        .await
        .unwrap();
        let page = get(&state, "/office/licences", &cookie).await;
        assert!(
            page.body
                .contains("action=\"/office/organisations/ph-dmw/sanctions\""),
            "{}",
            t.label
        );
        // A mistake comes back in words, on the same page.
        let r = post(
            &state,
            "/office/organisations/ph-dmw/sanctions",
            &cookie,
            &format!("csrf={csrf}&number=PH-404&kind=fine&imposed_on=2026-11-01&reason=Fees"),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
        assert!(
            r.body.contains("No licence PH-404 in your register"),
            "{}",
            r.body
        );
        let r = post(
            &state,
            "/office/organisations/ph-dmw/sanctions",
            &cookie,
            &format!(
                "csrf={csrf}&number=PH-001-LB&kind=revocation&imposed_on=2026-11-01&reason=Fraudulent+job+orders&source=Order+7"
            ),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let v = get(&state, "/en/verify?q=PH-001-LB", "").await;
        assert!(v.body.contains("verdict revoked"), "{}", t.label);
        assert!(v.body.contains("Fraudulent job orders"));
    }
}
