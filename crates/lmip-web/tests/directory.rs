//! The directory over HTTP in process, on both backends: an editor keeps an entry (bad phone
//! numbers named in the reader's language), the public "Get help" page finds it by name in any
//! script and by filters, in every language, without JavaScript, within the page budget.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use axum::http::StatusCode;
use common::*;
use lmip_storage::testing::test_databases;
use lmip_web::{AppState, WebConfig};
use std::io::Write;

fn gzipped(body: &str) -> usize {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(body.as_bytes()).unwrap();
    gz.finish().unwrap().len()
}

#[tokio::test]
async fn an_entry_kept_in_the_back_office_is_found_on_the_help_page() {
    for t in test_databases().await {
        let mut tx = t.write().await.unwrap();
        tx.create_organisation(&lmip_storage::NewOrganisation {
            slug: "mm-centre",
            name: "Migrant Worker Resource Centre Mae Sot",
            kind: "resource_centre",
            country: Some("TH"),
            website: Some("https://example.org"),
            source: None,
            is_sample: false,
        })
        .await
        .unwrap();
        tx.commit().await.unwrap();
        let state = AppState::new(t.db.clone(), WebConfig::default())
            .await
            .unwrap();
        let (editor, csrf) = signed_in(&t, "editor@example.org", "editor", 90).await;
        let list = get(&state, "/office/directory", &editor).await;
        assert!(
            list.body
                .contains("/office/organisations/mm-centre/directory")
        );
        let form = |phones: &str| {
            serde_urlencoded::to_string([
                ("csrf", csrf.as_str()),
                ("listed", "1"),
                ("description", "Legal advice and shelter"),
                (
                    "other_names",
                    "my: ရွှေ့ပြောင်းအလုပ်သမား စင်တာ\nth: ศูนย์แรงงานข้ามชาติแม่สอด",
                ),
                ("service", "legal-aid"),
                ("service", "shelter"),
                ("corridors", "MM-TH"),
                ("address", "Intharakhiri Road"),
                ("city", "Mae Sot"),
                ("phones", phones),
                ("email", ""),
                ("hours", "Every day 8:00–20:00"),
                ("languages", "my th en"),
                ("verified_on", "2026-11-28"),
                ("source", "Visit"),
            ])
            .unwrap()
        };
        let r = post(
            &state,
            "/office/organisations/mm-centre/directory",
            &format!("{editor}; lmip_lang=th"),
            &form("055 123 456"),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("“055 123 456”"), "{}", r.body);
        assert!(!r.body.contains("is not an international phone number"));
        // What was typed comes back.
        assert!(r.body.contains("Intharakhiri Road"));
        let r = post(
            &state,
            "/office/organisations/mm-centre/directory",
            &editor,
            &form("+66 55 123 456"),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        for (query, found) in [
            ("/en/help", true),
            ("/en/help?q=mae+sot", true),
            ("/en/help?q=MAESOT", true),
            (
                "/en/help?q=%E0%B9%81%E0%B8%A1%E0%B9%88%E0%B8%AA%E0%B8%AD%E0%B8%94",
                true,
            ),
            ("/en/help?service=shelter&language=my", true),
            ("/en/help?country=TH&kind=resource_centre", true),
            ("/en/help?service=remittance", false),
            ("/en/help?country=KH", false),
        ] {
            let r = get(&state, query, "").await;
            assert_eq!(r.status, StatusCode::OK, "{query}");
            assert_eq!(
                r.body.contains("Migrant Worker Resource Centre Mae Sot"),
                found,
                "{}: {query}",
                t.label
            );
        }
        let r = get(&state, "/en/help?q=mae+sot", "").await;
        assert!(r.body.contains("href=\"tel:+6655123456\""), "{}", r.body);
        assert!(
            r.body.contains("Checked on Nov 28, 2026 from Visit."),
            "{}",
            r.body
        );
        assert!(r.body.contains("lang=\"my\""));
        for locale in ["en", "th", "km", "lo", "my", "vi", "id", "ms", "fil", "tet"] {
            for path in ["help", "help/mm-centre"] {
                let r = get(&state, &format!("/{locale}/{path}"), "").await;
                assert_eq!(r.status, StatusCode::OK, "{locale}/{path}");
                // Only the help index offers offline reading (tests/offline.rs).
                let scripts = usize::from(path == "help");
                assert_eq!(
                    r.body.matches("<script").count(),
                    scripts,
                    "{locale}/{path}"
                );
                assert!(
                    !r.body.contains(" data-untranslated title="),
                    "{locale}/{path}: a message is missing"
                );
                assert!(gzipped(&r.body) <= 14 * 1024, "{locale}/{path}");
            }
        }
        // The same as open data, described by the OpenAPI document.
        let api = get(&state, "/api/v1/directory?q=mae+sot&language=my", "").await;
        assert_eq!(api.status, StatusCode::OK);
        let v: serde_json::Value = serde_json::from_str(&api.body).unwrap();
        let e = &v["organisations"][0];
        assert_fields(e, "DirectoryEntry");
        assert_fields(&e["locations"][0], "Location");
        assert_eq!(e["locations"][0]["phones"][0], "+6655123456");
        assert_eq!(e["routes"][0], "MM-TH");
        assert_eq!(e["services"], serde_json::json!(["legal-aid", "shelter"]));
        let long = "x".repeat(300);
        let bad = get(&state, &format!("/api/v1/directory?q={long}"), "").await;
        assert_eq!(bad.status, StatusCode::BAD_REQUEST);
        assert_fields(&serde_json::from_str(&bad.body).unwrap(), "Problem");
        assert_eq!(
            get(&state, &format!("/en/help?q={long}"), "").await.status,
            StatusCode::BAD_REQUEST
        );
        assert_eq!(
            get(&state, "/en/help/operator", "").await.status,
            StatusCode::NOT_FOUND,
            "not listed"
        );
    }
}
