//! Corridor pages, procedures and agreements over HTTP in process, on both backends: the demo
//! corridors in every language within the 14 KB budget and without JavaScript; a procedure as a
//! numbered checklist with its costs; an agreement's guarantees with their articles; an editor
//! told, line by line, what is wrong with steps and provisions.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use axum::http::StatusCode;
use common::*;
use lmip_storage::testing::test_databases;
use lmip_web::{AppState, WebConfig};

const LOCALES: [&str; 10] = ["en", "th", "km", "lo", "my", "vi", "id", "ms", "fil", "tet"];

fn gzipped(body: &str) -> usize {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    std::io::Write::write_all(&mut gz, body.as_bytes()).unwrap();
    gz.finish().unwrap().len()
}

#[tokio::test]
async fn demo_corridors_read_in_every_language() {
    for t in test_databases().await {
        lmip_services::demo::load(&t, "cli:test").await.unwrap();
        let state = AppState::new(t.db.clone(), WebConfig::default())
            .await
            .unwrap();
        let index = get(&state, "/en/corridors", "").await;
        assert_eq!(index.status, StatusCode::OK);
        for pair in [
            "kh-th", "mm-th", "la-th", "id-my", "ph-sa", "vn-kr", "tl-kr", "tl-au",
        ] {
            assert!(
                index
                    .body
                    .contains(&format!("href=\"/en/corridors/{pair}\"")),
                "{pair} missing from the index"
            );
        }
        for locale in LOCALES {
            let p = get(&state, &format!("/{locale}/corridors/kh-th"), "").await;
            assert_eq!(p.status, StatusCode::OK, "{locale}");
            assert!(gzipped(&p.body) <= 14 * 1024, "{locale}: over 14 KB");
            assert!(
                !p.body.contains(" data-untranslated title="),
                "{locale}: a message is missing"
            );
            // No script but the optional, deferred offline one (tests/offline.rs).
            assert_eq!(p.body.matches("<script").count(), 1, "{locale}");
            assert!(p.body.contains("\" defer></script>"), "{locale}");
        }
        let p = get(&state, "/en/corridors/kh-th", "").await;
        // In order: essentials, steps, rights, agencies, jobs, help, money, figures.
        let at = |id: &str| p.body.find(&format!("<section id=\"{id}\"")).unwrap();
        let order = [
            "essentials",
            "steps",
            "rights",
            "agencies",
            "jobs",
            "help",
            "money",
            "figures",
        ];
        assert!(order.windows(2).all(|w| at(w[0]) < at(w[1])));
        // The two ways and their official cost, summed per currency.
        assert!(
            p.body.contains(
                "Through a licensed recruitment agency: <strong>900 THB + 24 USD</strong>"
            ),
            "{}",
            p.body
        );
        // Branches as links to the step they lead to.
        assert!(p.body.contains(
            "<a href=\"#p1-mou-register\">Through the government programme: go to step 4.</a>"
        ));
        // Rights from the destination's laws, each with its article.
        assert!(p.body.contains("Normal work is at most 8 hours a day. <small>(Article 23: Normal working hours)</small>"));
        assert!(p.body.contains("No one may keep your passport"));
        // Sections without data say so and invite the owner.
        assert!(
            p.body
                .contains("Nothing is recorded here yet for this route.")
        );
        // Help in both countries from the directory.
        assert!(p.body.contains("href=\"/en/help/kh-mlvt\""));
        assert!(p.body.contains("href=\"/en/help/th-doe\""));
        // The demo claims no check.
        assert!(p.body.contains("Not checked yet"));
        // PH-TH has the sample licensed agency and the verified sample job.
        let ph = get(&state, "/en/corridors/ph-th", "").await;
        assert!(
            ph.body.contains("Sample Manpower Services (demo)"),
            "{}",
            ph.body
        );
        assert!(ph.body.contains("Sample: construction workers (demo)"));
        // One address per page; nonsense is not found.
        let r = get(&state, "/en/corridors/KH-TH", "").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        for bad in [
            "/en/corridors/kh-kh",
            "/en/corridors/xx-th",
            "/en/corridors/khth",
            "/xx/corridors/kh-th",
        ] {
            assert_eq!(
                get(&state, bad, "").await.status,
                StatusCode::NOT_FOUND,
                "{bad}"
            );
        }
        // The procedure's own page is the printable checklist; the law's says what it guarantees.
        let steps = get(&state, "/km/content/kh-th-steps", "").await;
        assert_eq!(steps.status, StatusCode::OK);
        assert!(steps.body.contains("<ol class=\"steps\">"));
        let law = get(&state, "/en/content/th-labour-protection-act", "").await;
        assert!(law.body.contains("What this guarantees you"));
        assert!(law.body.contains("Paid leave: at least 6 days a year."));
        assert!(law.body.contains("In force since"));
    }
}

#[tokio::test]
async fn editors_are_told_what_is_wrong_with_steps_and_provisions() {
    for t in test_databases().await {
        let state = AppState::new(t.db.clone(), WebConfig::default())
            .await
            .unwrap();
        let (editor, csrf) = signed_in(&t, "editor@example.org", "editor", 100).await;
        let form = |fields: &[(&str, &str)]| serde_urlencoded::to_string(fields).unwrap();
        for (slug, kind) in [("steps", "procedure"), ("mou", "agreement")] {
            let r = post(
                &state,
                "/office/organisations/operator/content",
                &editor,
                &form(&[
                    ("csrf", &csrf),
                    ("slug", slug),
                    ("kind", kind),
                    ("source_locale", "en"),
                    ("review_days", "90"),
                ]),
                &[],
            )
            .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        }
        let page = get(
            &state,
            "/office/organisations/operator/content/steps",
            &editor,
        )
        .await;
        assert!(page.body.contains("name=\"structure\""));
        for (slug, structure, told) in [
            (
                "steps",
                "step a\nfee: 10 XYZ",
                "Line 2: “XYZ” is not a currency code",
            ),
            (
                "steps",
                "step a\nchoice x: b\nstep b\nthen: a",
                "Line 3: the step “b” leads back to “a”",
            ),
            (
                "steps",
                "step a\noffice: nowhere",
                "No organisation in the directory has the short name “nowhere”",
            ),
            (
                "mou",
                "parties: KH TH\narticle 7\nprovision 9: fee-cap 100 USD",
                "Line 3: the provision cites article “9”, which is not listed",
            ),
            (
                "mou",
                "parties: KH TH\narticle 7\nprovision 7: pays-everything",
                "Line 3: “pays-everything” is not a kind of provision",
            ),
        ] {
            let r = post(
                &state,
                &format!("/office/organisations/operator/content/{slug}/structure"),
                &editor,
                &form(&[("csrf", &csrf), ("structure", structure), ("revision", "1")]),
                &[],
            )
            .await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{structure}");
            assert!(r.body.contains(told), "{structure}: {}", r.body);
            // What the editor wrote is not lost: it is in the box again, to fix the line named.
            let first = structure.lines().next().unwrap();
            assert!(r.body.contains(first), "{}", r.body);
        }
        let r = post(
            &state,
            "/office/organisations/operator/content/mou/structure",
            &editor,
            &form(&[
                ("csrf", &csrf),
                ("structure", "parties: KH TH\nstatus: in-force\narticle 7: Costs\nprovision 7: fees-paid-by employer"),
                ("revision", "1"),
            ]),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
}
