//! Content entries on both backends: written, translated, reviewed by someone else, published
//! now or later with every version kept; concurrent edits refused, not lost; raw HTML shown as
//! text with the editor told; translations behind their source marked; freshness reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use lmip_domain::content::{Status, Step};
use lmip_services::ServiceError;
use lmip_services::content::{self, ContentError, Details};
use lmip_services::markdown::Warning;
use lmip_storage::testing::test_databases;

const TODAY: &str = "2026-12-01";

fn err<T: std::fmt::Debug>(r: Result<T, ServiceError>) -> ContentError {
    match r {
        Err(ServiceError::Content(e)) => e,
        other => panic!("expected a content error, got {other:?}"),
    }
}

#[tokio::test]
async fn an_entry_goes_from_draft_to_published_versions() {
    for t in test_databases().await {
        assert!(matches!(
            err(content::create(&t, "user:w", "operator", "Bad Slug", "guide", "en", 180).await),
            ContentError::BadSlug(_)
        ));
        assert!(matches!(
            err(content::create(&t, "user:w", "operator", "kh-th", "guide", "xx", 180).await),
            ContentError::UnknownLocale(_)
        ));
        assert!(matches!(
            err(content::create(&t, "user:w", "operator", "kh-th", "blog", "en", 180).await),
            ContentError::Workflow(_)
        ));
        content::create(&t, "user:w", "operator", "kh-th-guide", "guide", "en", 90)
            .await
            .unwrap();
        // Raw HTML is kept as text and the editor is told.
        let saved = content::save_text(
            &t,
            "user:w",
            "kh-th-guide",
            "en",
            "Going from Cambodia to Thailand",
            "What it takes.",
            "## Documents\n\nA passport. <script>alert(1)</script>\n",
            "",
            1,
        )
        .await
        .unwrap();
        assert_eq!(saved.revision, 2);
        assert!(
            saved
                .warnings
                .iter()
                .any(|w| matches!(w, Warning::RawHtml(_)))
        );
        // A save from an older revision is refused: nothing is silently overwritten.
        assert_eq!(
            err(
                content::save_text(&t, "user:x", "kh-th-guide", "en", "Other", "", "", "", 1).await
            ),
            ContentError::Conflict(2)
        );
        assert_eq!(
            err(content::save_text(&t, "user:w", "kh-th-guide", "en", " ", "", "", "", 2).await),
            ContentError::NoTitle
        );
        // A Khmer translation, then details.
        content::save_text(
            &t,
            "user:tr",
            "kh-th-guide",
            "km",
            "ការទៅប្រទេសថៃ",
            "",
            "## ឯកសារ\n\nលិខិតឆ្លងដែន។\n",
            "",
            2,
        )
        .await
        .unwrap();
        assert_eq!(
            err(content::save_details(
                &t,
                "user:w",
                "kh-th-guide",
                &Details {
                    countries: "KH TH",
                    corridors: "KH-TH",
                    topics: vec!["pre-departure".into()],
                    review_days: 90,
                    sources: "Ministry of Labour | Guide | ftp://x |",
                },
                3
            )
            .await),
            ContentError::BadSource(1)
        );
        content::save_details(
            &t,
            "user:w",
            "kh-th-guide",
            &Details {
                countries: "KH, th",
                corridors: "KH-TH",
                topics: vec!["pre-departure".into(), "contracts".into()],
                review_days: 90,
                sources: "Ministry of Labour and Vocational Training | Guide for migrant workers | https://example.org/guide | 01/03/2026",
            },
            3,
        )
        .await
        .unwrap();
        // Nothing is public before publication.
        let now = lmip_storage::now_utc_text();
        assert!(
            content::public(&t, "kh-th-guide", "en", &now)
                .await
                .unwrap()
                .is_none()
        );
        assert_eq!(
            content::step(
                &t,
                "user:w",
                "operator",
                "kh-th-guide",
                Step::Submit,
                "",
                4,
                TODAY
            )
            .await
            .unwrap(),
            Status::InReview
        );
        // The translator was the last to change the text: someone else publishes.
        assert!(matches!(
            err(content::step(
                &t,
                "user:tr",
                "operator",
                "kh-th-guide",
                Step::Publish,
                "",
                5,
                TODAY
            )
            .await),
            ContentError::Workflow(lmip_domain::DomainError::OwnText)
        ));
        assert_eq!(
            content::step(
                &t,
                "user:rev",
                "operator",
                "kh-th-guide",
                Step::Publish,
                "",
                5,
                TODAY
            )
            .await
            .unwrap(),
            Status::Published
        );
        let now = lmip_storage::now_utc_text();
        let km = content::public(&t, "kh-th-guide", "km", &now)
            .await
            .unwrap()
            .unwrap();
        assert_eq!((km.locale.as_str(), km.version), ("km", 1), "{}", t.label);
        assert!(km.text.behind_source_of.is_none());
        assert!(km.text.body_html.contains("<h2>ឯកសារ</h2>"));
        assert_eq!(km.entry.verified_on.as_deref(), Some(TODAY));
        assert_eq!(km.sources[0].published_on.as_deref(), Some("2026-03-01"));
        assert!(!km.stale);
        // No Thai text: the source language is shown.
        let th = content::public(&t, "kh-th-guide", "th", &now)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(th.locale, "en");
        assert!(th.text.body_html.contains("&lt;script&gt;"));
        assert!(!th.text.body_html.contains("<script"));

        // A second edition: the English text changes, the Khmer one does not.
        content::step(
            &t,
            "user:w",
            "operator",
            "kh-th-guide",
            Step::Reopen,
            "",
            6,
            TODAY,
        )
        .await
        .unwrap();
        // While it is being edited, readers keep the published version.
        assert!(
            content::public(&t, "kh-th-guide", "en", &now)
                .await
                .unwrap()
                .is_some()
        );
        content::save_text(
            &t,
            "user:w",
            "kh-th-guide",
            "en",
            "Going from Cambodia to Thailand",
            "What it takes.",
            "## Documents\n\nA passport and a work permit.\n",
            "",
            7,
        )
        .await
        .unwrap();
        content::step(
            &t,
            "user:w",
            "operator",
            "kh-th-guide",
            Step::Submit,
            "",
            8,
            TODAY,
        )
        .await
        .unwrap();
        // Published for a later date: the first version stays public until then.
        content::step(
            &t,
            "user:rev",
            "operator",
            "kh-th-guide",
            Step::Publish,
            "2099-01-01",
            9,
            TODAY,
        )
        .await
        .unwrap();
        let km = content::public(&t, "kh-th-guide", "km", &lmip_storage::now_utc_text())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(km.version, 1);
        let later = content::public(&t, "kh-th-guide", "km", "2099-01-02T00:00:00Z")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(later.version, 2);
        // The Khmer text was made from the first English text: marked as behind.
        assert!(later.text.behind_source_of.is_some(), "{}", t.label);
        let report = content::freshness(&t, TODAY).await.unwrap();
        assert_eq!(report.outdated.len(), 1);
        assert_eq!(report.outdated[0].2, "km");
        assert!(report.stale.is_empty());
        // 90 days after the check it is stale.
        let report = content::freshness(&t, "2027-06-01").await.unwrap();
        assert_eq!(report.stale.len(), 1, "{}", t.label);
        assert_eq!(report.stale[0].3.as_deref(), Some("2027-03-01"));
        // The translator confirms after checking: no longer behind.
        assert!(matches!(
            err(content::confirm_translation(&t, "user:tr", "kh-th-guide", "en", 10).await),
            ContentError::NoTranslation(_)
        ));
        content::confirm_translation(&t, "user:tr", "kh-th-guide", "km", 10)
            .await
            .unwrap();
        assert!(
            content::freshness(&t, TODAY)
                .await
                .unwrap()
                .outdated
                .is_empty()
        );
        // A readable diff between the versions.
        let d = content::diff(&t, "kh-th-guide", "en", 1, 2).await.unwrap();
        assert!(
            d.contains(&('-', "A passport. <script>alert(1)</script>".into())),
            "{d:?}"
        );
        assert!(d.contains(&('+', "A passport and a work permit.".into())));
        assert!(d.contains(&(' ', "## Documents".into())));
        // Archived: gone from the public site, kept.
        content::step(
            &t,
            "user:rev",
            "operator",
            "kh-th-guide",
            Step::Archive,
            "",
            11,
            TODAY,
        )
        .await
        .unwrap();
        assert!(
            content::public(&t, "kh-th-guide", "en", "2099-01-02T00:00:00Z")
                .await
                .unwrap()
                .is_none()
        );
        assert!(matches!(
            err(content::step(
                &t,
                "user:rev",
                "operator",
                "kh-th-guide",
                Step::Publish,
                "",
                12,
                TODAY
            )
            .await),
            ContentError::Workflow(_)
        ));
        let rows = t
            .audit_page(&lmip_storage::AuditQuery {
                action_prefix: Some("content."),
                entity: None,
                before: None,
                limit: 100,
            })
            .await
            .unwrap();
        assert_eq!(rows.len(), 12, "{}", t.label);
    }
}

#[tokio::test]
async fn content_round_trips_through_files_and_imports_all_or_nothing() {
    use lmip_services::content_files;
    for t in test_databases().await {
        content::create(&t, "user:w", "operator", "mm-th", "faq", "en", 60)
            .await
            .unwrap();
        content::save_text(
            &t,
            "user:w",
            "mm-th",
            "en",
            "Questions",
            "Short.",
            "## One\n\nAnswer.\n",
            "",
            1,
        )
        .await
        .unwrap();
        content::save_text(
            &t,
            "user:w",
            "mm-th",
            "my",
            "မေးခွန်းများ",
            "",
            "## တစ်\n\nအဖြေ။\n",
            "",
            2,
        )
        .await
        .unwrap();
        content::save_details(
            &t,
            "user:w",
            "mm-th",
            &Details {
                countries: "MM TH",
                corridors: "MM-TH",
                topics: vec!["contracts".into()],
                review_days: 60,
                sources: "Ministry | Q&A | https://example.org/qa | 2026-01-01",
            },
            3,
        )
        .await
        .unwrap();
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(content_files::export(&t, dir.path()).await.unwrap(), 1);
        let en = std::fs::read_to_string(dir.path().join("mm-th/en.md")).unwrap();
        assert!(en.starts_with("+++\ntitle = \"Questions\""), "{en}");
        // Read back unchanged: nothing to do.
        let entries = content_files::read_dir(dir.path()).unwrap();
        let plan = content_files::plan(&t, &entries).await.unwrap();
        assert_eq!(
            (plan.new.len(), plan.changed.len(), plan.same),
            (0, 0, 1),
            "{}",
            t.label
        );
        // Edited in bulk: the English text changes and a new entry arrives.
        std::fs::write(
            dir.path().join("mm-th/en.md"),
            en.replace("Answer.", "A better answer."),
        )
        .unwrap();
        std::fs::create_dir(dir.path().join("la-th")).unwrap();
        std::fs::write(
            dir.path().join("la-th/entry.toml"),
            "kind = \"guide\"\nowner = \"operator\"\nsource_locale = \"lo\"\nreview_days = 90\ncorridors = [\"LA-TH\"]\n",
        )
        .unwrap();
        std::fs::write(
            dir.path().join("la-th/lo.md"),
            "+++\ntitle = \"ໄປໄທ\"\n+++\nຂໍ້ມູນ\n",
        )
        .unwrap();
        let entries = content_files::read_dir(dir.path()).unwrap();
        let plan = content_files::plan(&t, &entries).await.unwrap();
        assert_eq!(plan.new, ["la-th"]);
        assert_eq!(
            plan.changed,
            [("mm-th".to_string(), vec!["en text".to_string()])]
        );
        content_files::apply(&t, "cli:ministry", &entries)
            .await
            .unwrap();
        // The Burmese translation now follows an older English text: it is reported behind.
        let report = content::freshness(&t, TODAY).await.unwrap();
        assert!(
            report
                .outdated
                .iter()
                .any(|(_, s, l)| s == "mm-th" && l == "my"),
            "{}: {report:?}",
            t.label
        );
        let e = t.content_entry("la-th").await.unwrap().unwrap();
        assert_eq!(
            (e.status.as_str(), e.source_locale.as_str()),
            ("draft", "lo")
        );
        // A folder with problems imports nothing, and each problem names its file.
        std::fs::write(dir.path().join("la-th/xx.md"), "+++\ntitle = \"x\"\n+++\n").unwrap();
        std::fs::write(
            dir.path().join("mm-th/entry.toml"),
            "kind = \"blog\"\nowner = \"operator\"\nsource_locale = \"en\"\nreview_days = 0\n",
        )
        .unwrap();
        std::fs::write(dir.path().join("mm-th/th.md"), "no front matter").unwrap();
        std::fs::write(
            dir.path().join("la-th/entry.toml"),
            "kind = \"guide\"\nowner = \"operator\"\nsource_locale = \"lo\"\nreview_days = 90\nstructure = \"step a\"\n",
        )
        .unwrap();
        let problems = content_files::read_dir(dir.path()).unwrap_err();
        let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(
            text.iter()
                .any(|p| p.contains("xx.md") && p.contains("not one of lmip's languages")),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|p| p.contains("entry.toml") && p.contains("unknown kind 'blog'"))
        );
        assert!(text.iter().any(|p| p.contains("review_days")));
        assert!(
            text.iter().any(|p| p.contains("la-th")
                && p.contains(
                    "only procedures have steps, and only agreements and laws have provisions"
                )),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|p| p.contains("th.md") && p.contains("front matter"))
        );
    }
}

fn ogg_opus(fill: u8) -> Vec<u8> {
    let mut v = b"OggS\x00\x02".to_vec();
    v.extend([0u8; 20]);
    v.push(1);
    v.push(19);
    v.extend(b"OpusHead\x01\x01\x38\x01\x80\xbb\x00\x00\x00\x00\x00");
    v.extend([fill; 500]);
    v
}

#[tokio::test]
async fn recordings_travel_with_their_texts_and_bad_ones_stop_the_import() {
    use lmip_services::content_files;
    for t in test_databases().await {
        content::create(&t, "user:w", "operator", "kh-th-voice", "guide", "km", 60)
            .await
            .unwrap();
        content::save_text(
            &t,
            "user:w",
            "kh-th-voice",
            "km",
            "ការធ្វើដំណើរ",
            "",
            "អត្ថបទ\n",
            "",
            1,
        )
        .await
        .unwrap();
        content::attach_audio(&t, "user:w", "kh-th-voice", "km", &ogg_opus(1))
            .await
            .unwrap();
        let status = |t: &lmip_storage::Db| {
            let t = t.clone();
            async move {
                t.content_entry("kh-th-voice")
                    .await
                    .unwrap()
                    .unwrap()
                    .status
            }
        };
        let before = status(&t).await;
        let dir = tempfile::tempdir().unwrap();
        content_files::export(&t, dir.path()).await.unwrap();
        let file = dir.path().join("kh-th-voice/km.ogg");
        assert_eq!(std::fs::read(&file).unwrap(), ogg_opus(1), "{}", t.label);
        let entries = content_files::read_dir(dir.path()).unwrap();
        let plan = content_files::plan(&t, &entries).await.unwrap();
        assert_eq!((plan.changed.len(), plan.same), (0, 1), "{}", t.label);

        // A new recording in the folder replaces the stored one, without making a draft.
        std::fs::write(&file, ogg_opus(2)).unwrap();
        let entries = content_files::read_dir(dir.path()).unwrap();
        let plan = content_files::plan(&t, &entries).await.unwrap();
        assert_eq!(
            plan.changed,
            [("kh-th-voice".to_string(), vec!["km recording".to_string()])],
            "{}",
            t.label
        );
        content_files::apply(&t, "cli:ministry", &entries)
            .await
            .unwrap();
        let e = t.content_entry("kh-th-voice").await.unwrap().unwrap();
        let (_, _, bytes) = t.audio(&e.id, "km").await.unwrap().unwrap();
        assert_eq!(bytes, ogg_opus(2), "{}", t.label);
        assert_eq!(status(&t).await, before, "{}", t.label);

        // A page behind an audio name, a recording without its text: named, and nothing imported.
        std::fs::write(&file, ogg_opus(3)).unwrap();
        std::fs::write(dir.path().join("kh-th-voice/th.mp3"), ogg_opus(3)).unwrap();
        std::fs::write(dir.path().join("kh-th-voice/km.mp3"), b"<html>").unwrap();
        let problems: Vec<String> = content_files::read_dir(dir.path())
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert!(
            problems
                .iter()
                .any(|p| p.contains("km.mp3") && p.contains("not an Ogg Opus or MP3")),
            "{problems:?}"
        );
        assert!(
            problems
                .iter()
                .any(|p| p.contains("th.mp3") && p.contains("no th.md")),
            "{problems:?}"
        );
        let (_, _, bytes) = t.audio(&e.id, "km").await.unwrap().unwrap();
        assert_eq!(bytes, ogg_opus(2), "{}: nothing imported", t.label);
    }
}
