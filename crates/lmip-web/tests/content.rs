//! Content over HTTP in process, on both backends: an editor writes an entry (HTML shown as text,
//! and told), a second save from an old page is refused, a reviewer publishes it, and readers see
//! it in every language with who checked it, the fallback language said, and its sources.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use axum::http::StatusCode;
use common::*;
use lmip_storage::testing::test_databases;
use lmip_web::{AppState, WebConfig};

fn form(fields: &[(&str, &str)]) -> String {
    serde_urlencoded::to_string(fields).unwrap()
}

#[tokio::test]
async fn an_entry_is_written_reviewed_and_read() {
    for t in test_databases().await {
        let state = AppState::new(t.db.clone(), WebConfig::default())
            .await
            .unwrap();
        let (editor, ecsrf) = signed_in(&t, "editor@example.org", "editor", 100).await;
        let (reviewer, rcsrf) = signed_in(&t, "reviewer@example.org", "reviewer", 101).await;
        assert!(
            get(&state, "/office", &editor)
                .await
                .body
                .contains("href=\"/office/content\"")
        );
        let r = post(
            &state,
            "/office/organisations/operator/content",
            &editor,
            &form(&[
                ("csrf", &ecsrf),
                ("slug", "Not A Slug"),
                ("kind", "guide"),
                ("source_locale", "en"),
                ("review_days", "90"),
            ]),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("lower-case letters"), "{}", r.body);
        let r = post(
            &state,
            "/office/organisations/operator/content",
            &editor,
            &form(&[
                ("csrf", &ecsrf),
                ("slug", "kh-th-before-you-go"),
                ("kind", "guide"),
                ("source_locale", "en"),
                ("review_days", "90"),
            ]),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let base = "/office/organisations/operator/content/kh-th-before-you-go";
        let text = |revision: &'static str, body: &'static str| {
            form(&[
                ("csrf", &ecsrf),
                ("locale", "en"),
                ("title", "Before you go to Thailand"),
                ("summary", "What to get ready."),
                ("body", body),
                ("revision", revision),
            ])
        };
        // HTML is kept as text, and the editor is told.
        let r = post(
            &state,
            &format!("{base}/text"),
            &editor,
            &text("1", "## Documents\n\nA passport <script>x</script>\n"),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        assert!(
            r.body.contains("HTML or script is shown as text"),
            "{}",
            r.body
        );
        // A save from the page as it was before: refused, not lost.
        let r = post(
            &state,
            &format!("{base}/text"),
            &editor,
            &text("1", "other"),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            r.body.contains("Someone else changed this entry"),
            "{}",
            r.body
        );
        let r = post(
            &state,
            &format!("{base}/details"),
            &editor,
            &form(&[
                ("csrf", &ecsrf),
                ("countries", "KH TH"),
                ("corridors", "KH-TH"),
                ("topic", "pre-departure"),
                ("review_days", "90"),
                (
                    "sources",
                    "Ministry of Labour | Guide | https://example.org/guide | 2026-03-01",
                ),
                ("revision", "2"),
            ]),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let r = post(
            &state,
            &format!("{base}/step"),
            &editor,
            &form(&[("csrf", &ecsrf), ("step", "submit"), ("revision", "3")]),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        // Not public yet; the editor may not publish (not a reviewer), the reviewer may.
        assert_eq!(
            get(&state, "/en/content/kh-th-before-you-go", "")
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        let publish = |csrf: &str| form(&[("csrf", csrf), ("step", "publish"), ("revision", "4")]);
        assert_eq!(
            post(
                &state,
                &format!("{base}/decision"),
                &editor,
                &publish(&ecsrf),
                &[]
            )
            .await
            .status,
            StatusCode::NOT_FOUND
        );
        let queue = get(&state, "/office/content", &reviewer).await;
        assert!(
            queue.body.contains("waiting for a reviewer"),
            "{}",
            queue.body
        );
        let r = post(
            &state,
            &format!("{base}/decision"),
            &reviewer,
            &publish(&rcsrf),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let page = get(&state, "/en/content/kh-th-before-you-go", "").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("<h2>Documents</h2>"));
        assert!(page.body.contains("&lt;script&gt;"));
        assert!(!page.body.contains("<script"));
        assert!(page.body.contains("Checked on "), "{}", page.body);
        assert!(page.body.contains("href=\"https://example.org/guide\""));
        for locale in ["en", "th", "km", "lo", "my", "vi", "id", "ms", "fil", "tet"] {
            let p = get(
                &state,
                &format!("/{locale}/content/kh-th-before-you-go"),
                "",
            )
            .await;
            assert_eq!(p.status, StatusCode::OK, "{locale}");
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
            std::io::Write::write_all(&mut gz, p.body.as_bytes()).unwrap();
            assert!(
                gz.finish().unwrap().len() <= 14 * 1024,
                "{locale}: over 14 KB"
            );
            assert!(
                !p.body.contains(" data-untranslated title="),
                "{locale}: a message is missing"
            );
            // Not translated: the English text, said so, marked as English.
            assert!(p.body.contains("<article lang=\"en\">"), "{locale}");
            assert_eq!(locale != "en", p.body.contains("role=\"note\""), "{locale}");
        }
        // The Atom feeds of changes, per country, corridor and topic: well-formed, filtered.
        for (query, listed) in [
            ("", true),
            ("?country=KH", true),
            ("?corridor=KH-TH", true),
            ("?topic=pre-departure", true),
            ("?country=MY", false),
            ("?topic=health", false),
        ] {
            let f = get(&state, &format!("/km/feed.atom{query}"), "").await;
            assert_eq!(f.status, StatusCode::OK, "{query}");
            assert_eq!(
                f.header(axum::http::header::CONTENT_TYPE),
                "application/atom+xml; charset=utf-8"
            );
            let mut reader = quick_xml::Reader::from_str(&f.body);
            let mut entries = 0;
            loop {
                match reader.read_event() {
                    Ok(quick_xml::events::Event::Start(e)) if e.name().as_ref() == "entry" => {
                        entries += 1
                    }
                    Ok(quick_xml::events::Event::Eof) => break,
                    Ok(_) => {}
                    Err(e) => panic!("{query}: not well-formed: {e}\n{}", f.body),
                }
            }
            assert_eq!(entries == 1, listed, "{query}: {}", f.body);
            if listed {
                assert!(f.body.contains("/km/content/kh-th-before-you-go#v1"));
                assert!(
                    f.body.contains("&lt;p&gt;What to get ready.&lt;/p&gt;"),
                    "{}",
                    f.body
                );
            }
        }
        assert_eq!(
            get(&state, "/en/feed.atom?country=%3Cx%3E", "")
                .await
                .status,
            StatusCode::BAD_REQUEST
        );
        // The entry page shows its version and the steps the person may take.
        let e = get(&state, base, &reviewer).await;
        assert!(e.body.contains("value=\"checked\""));
        assert!(!e.body.contains("value=\"submit\""));
    }
}
