//! Search on both backends: words of Thai, Khmer, Lao and Burmese found inside running text;
//! Vietnamese found with and without tone marks; the directory and verified opportunities found;
//! filters; scheduled and archived entries; the index written with the content and rebuilt the
//! same; every bad query answered with its reason.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use lmip_domain::content::Step;
use lmip_services::ServiceError;
use lmip_services::content;
use lmip_services::search::{self, Search, SearchError};
use lmip_storage::testing::test_databases;

mod common;
use common::{Published, publish};

const TODAY: &str = "2026-12-01";

async fn find(t: &lmip_storage::Db, q: &str) -> Vec<(String, String)> {
    let seg = lmip_search::Segmenter::new();
    search::search(
        t,
        &seg,
        &Search {
            q,
            ..Default::default()
        },
        "en",
        &lmip_storage::now_utc_text(),
    )
    .await
    .unwrap()
    .into_iter()
    .map(|f| (f.ref_, f.locale))
    .collect()
}

fn refused(r: Result<Vec<search::Found>, ServiceError>) -> SearchError {
    match r {
        Err(ServiceError::Search(e)) => e,
        other => panic!("expected a search error, got {other:?}"),
    }
}

#[tokio::test]
async fn words_are_found_in_every_script() {
    for t in test_databases().await {
        publish(
            &t,
            &Published {
                slug: "passports",
                kind: "guide",
                texts: &[
                    ("en", "Keep your passport", "No one may keep your passport."),
                    ("th", "เก็บหนังสือเดินทางไว้เอง", "ไม่มีใครยึดหนังสือเดินทางของคุณได้"),
                    (
                        "km",
                        "រក្សាលិខិតឆ្លងដែនដោយខ្លួនឯង",
                        "គ្មាននរណាអាចរក្សាទុកលិខិតឆ្លងដែនរបស់អ្នកបានទេ",
                    ),
                    ("lo", "ເກັບໜັງສືຜ່ານແດນໄວ້ເອງ", "ບໍ່ມີໃຜຍຶດໜັງສືຜ່ານແດນຂອງທ່ານໄດ້"),
                    ("my", "နိုင်ငံကူးလက်မှတ်ကို ကိုယ်တိုင်သိမ်းပါ", "မည်သူမျှ သင့်နိုင်ငံကူးလက်မှတ်ကို သိမ်းမထားရ"),
                    (
                        "vi",
                        "Tự giữ hộ chiếu",
                        "Không ai được giữ hộ chiếu của bạn.",
                    ),
                ],
                corridors: "KH-TH",
                ..Default::default()
            },
        )
        .await;
        publish(
            &t,
            &Published {
                slug: "wages",
                kind: "guide",
                texts: &[("en", "Your wage", "The minimum wage in Thailand.")],
                corridors: "MM-TH",
                ..Default::default()
            },
        )
        .await;
        // A word inside running text, in each script without spaces.
        for (q, locale) in [
            ("หนังสือเดินทาง", "th"),
            ("លិខិតឆ្លងដែន", "km"),
            ("ໜັງສືຜ່ານແດນ", "lo"),
            ("နိုင်ငံကူးလက်မှတ်", "my"),
            ("hộ chiếu", "vi"),
            // Typed without tone marks, as on many phones.
            ("ho chieu", "vi"),
            ("HO CHIEU", "vi"),
            ("passport", "en"),
            // The beginning of a word, as people type.
            ("passp", "en"),
        ] {
            let found = find(&t, q).await;
            assert!(
                found.contains(&("passports".into(), locale.into())),
                "{}: {q} → {found:?}",
                t.label
            );
        }
        // Every word must be there: a query mixing scripts finds what holds both.
        assert!(find(&t, "passport หนังสือเดินทาง").await.is_empty());
        assert_eq!(
            find(&t, "keep passport").await,
            vec![("passports".into(), "en".into())]
        );
        // Filters.
        let seg = lmip_search::Segmenter::new();
        let now = lmip_storage::now_utc_text();
        let with = |s: Search<'static>| {
            let (t, seg, now) = (&t, &seg, now.clone());
            async move { search::search(t, seg, &s, "th", &now).await.unwrap() }
        };
        let th = with(Search {
            q: "หนังสือเดินทาง",
            language: "th",
            ..Default::default()
        })
        .await;
        assert_eq!(th.len(), 1);
        // The match is marked in the title.
        assert!(
            th[0]
                .title
                .iter()
                .any(|(s, hit)| *hit && s == "หนังสือเดินทาง"),
            "{:?}",
            th[0].title
        );
        assert!(
            with(Search {
                q: "wage",
                corridor: "kh-th",
                ..Default::default()
            })
            .await
            .is_empty()
        );
        assert_eq!(
            with(Search {
                q: "wage",
                corridor: "MM-TH",
                ..Default::default()
            })
            .await
            .len(),
            1
        );
        assert!(
            with(Search {
                q: "wage",
                kind: "law",
                ..Default::default()
            })
            .await
            .is_empty()
        );
        // Bad queries, each with its reason.
        let ask = |q: String| {
            let (t, seg, now) = (&t, &seg, now.clone());
            async move {
                search::search(
                    t,
                    seg,
                    &Search {
                        q: &q,
                        ..Default::default()
                    },
                    "en",
                    &now,
                )
                .await
            }
        };
        assert_eq!(refused(ask(String::new()).await), SearchError::Empty);
        assert_eq!(refused(ask("   ".into()).await), SearchError::Empty);
        assert_eq!(
            refused(ask("ก".repeat(10_000)).await),
            SearchError::TooLong(search::MAX_QUERY)
        );
        assert!(matches!(
            refused(ask("?!… ,;".into()).await),
            SearchError::NoWords(_)
        ));
        // Filters that are not a kind, a country or a route.
        for bad in [
            Search {
                q: "x",
                kind: "blog",
                ..Default::default()
            },
            Search {
                q: "x",
                corridor: "KH-KH",
                ..Default::default()
            },
            Search {
                q: "x",
                country: "XX",
                ..Default::default()
            },
            Search {
                q: "x",
                language: "klingon",
                ..Default::default()
            },
        ] {
            let r = search::search(&t, &seg, &bad, "en", &now).await;
            assert!(matches!(refused(r), SearchError::BadFilter(_)), "{bad:?}");
        }
        // Quotes, stars and operators are words or nothing, never query syntax.
        assert!(find(&t, "\"passport\" OR * NEAR(").await.is_empty());
        assert_eq!(find(&t, "passport's").await.len(), 0);

        // Rebuilt, the index answers the same.
        let before = t.search_doc_count().await.unwrap();
        let n = search::reindex(&t, &seg, "cli:test", |_| {}).await.unwrap();
        assert_eq!(n as i64, before);
        assert_eq!(t.search_doc_count().await.unwrap(), before);
        assert_eq!(
            find(&t, "ho chieu").await,
            vec![("passports".into(), "vi".into())]
        );

        // Archived: gone, in the same transaction.
        let e = t.content_entry("wages").await.unwrap().unwrap();
        content::step(
            &t,
            "user:r",
            "operator",
            "wages",
            Step::Archive,
            "",
            e.revision,
            TODAY,
        )
        .await
        .unwrap();
        assert!(find(&t, "wage").await.is_empty());
    }
}

#[tokio::test]
async fn scheduled_versions_are_found_from_their_time() {
    for t in test_databases().await {
        content::create(&t, "user:w", "operator", "later", "news", "en", 90)
            .await
            .unwrap();
        let rev = content::save_text(
            &t,
            "user:w",
            "later",
            "en",
            "Quota announced",
            "",
            "",
            "",
            1,
        )
        .await
        .unwrap()
        .revision;
        content::step(
            &t,
            "user:w",
            "operator",
            "later",
            Step::Submit,
            "",
            rev,
            TODAY,
        )
        .await
        .unwrap();
        content::step(
            &t,
            "user:r",
            "operator",
            "later",
            Step::Publish,
            "2099-01-01",
            rev + 1,
            TODAY,
        )
        .await
        .unwrap();
        let seg = lmip_search::Segmenter::new();
        let at = |now: &'static str| {
            let (t, seg) = (&t, &seg);
            async move {
                search::search(
                    t,
                    seg,
                    &Search {
                        q: "quota",
                        ..Default::default()
                    },
                    "en",
                    now,
                )
                .await
                .unwrap()
                .len()
            }
        };
        assert_eq!(at("2026-12-01T00:00:00Z").await, 0);
        assert_eq!(at("2099-01-02T00:00:00Z").await, 1);
    }
}

#[tokio::test]
async fn the_directory_and_opportunities_are_found() {
    for t in test_databases().await {
        lmip_services::demo::load(&t, "cli:test").await.unwrap();
        // Directory entries by name; the verified sample job by its title.
        let found = find(&t, "migrant workers protection").await;
        assert!(
            found.contains(&("id-bp2mi".into(), String::new())),
            "{found:?}"
        );
        let found = find(&t, "construction workers").await;
        assert!(found.iter().any(|(_, l)| l.is_empty()), "{found:?}");
        // The demo content, through the demo's own publication.
        assert!(!find(&t, "work permit").await.is_empty());
    }
}
