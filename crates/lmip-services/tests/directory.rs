//! The directory on both backends: entries kept with every bad input named, searched by name
//! however it is typed (case, diacritics, spacing, another script) and filtered by country, kind,
//! service, language and route; unlisted entries never shown; every save audited.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use lmip_search::Segmenter;
use lmip_services::ServiceError;
use lmip_services::directory::{self, DirectoryError, EntryInput, Search};
use lmip_storage::testing::test_databases;
use lmip_storage::{Db, NewOrganisation};

const TODAY: &str = "2026-12-01";

async fn org(db: &Db, slug: &str, name: &str, kind: &str, country: &str) {
    let mut tx = db.write().await.unwrap();
    tx.create_organisation(&NewOrganisation {
        slug,
        name,
        kind,
        country: Some(country),
        website: None,
        source: None,
        is_sample: false,
    })
    .await
    .unwrap();
    tx.commit().await.unwrap();
}

fn err(r: Result<(), ServiceError>) -> DirectoryError {
    match r {
        Err(ServiceError::Directory(e)) => e,
        other => panic!("expected a directory error, got {other:?}"),
    }
}

fn hanoi() -> EntryInput<'static> {
    EntryInput {
        listed: true,
        description: "Advice before leaving and help abroad",
        other_names: "en: Hanoi Migrant Workers Centre\nvi: Trung tâm Hỗ trợ Lao động",
        services: vec!["information".into(), "legal-aid".into()],
        corridors: "VN-TW, vn-kr",
        address: "1 Pho Hue",
        city: "Hà Nội",
        phones: "+84 24 3123 4567, 0084 24 3123 4568",
        email: "help@example.org",
        hours: "Mon–Fri 8:00–17:00",
        languages: "vi, en",
        verified_on: "2026-11-20",
        source: "Telephone call",
    }
}

#[tokio::test]
async fn entries_are_kept_searched_and_filtered() {
    let seg = Segmenter::new();
    for t in test_databases().await {
        org(
            &t,
            "vn-centre",
            "Công ty Dịch vụ Việc làm Hà Nội",
            "resource_centre",
            "VN",
        )
        .await;
        org(&t, "th-helpline", "สายด่วนแรงงาน 1506", "helpline", "TH").await;
        org(&t, "hidden", "Công ty Hidden", "ngo", "VN").await;
        for (change, e) in [
            (
                EntryInput {
                    other_names: "Trung tâm",
                    ..hanoi()
                },
                DirectoryError::BadName(1),
            ),
            (
                EntryInput {
                    other_names: "qq: X",
                    ..hanoi()
                },
                DirectoryError::UnknownLanguage("qq".into()),
            ),
            (
                EntryInput {
                    phones: "024 3123 4567",
                    ..hanoi()
                },
                DirectoryError::BadPhone("024 3123 4567".into()),
            ),
            (
                EntryInput {
                    corridors: "Vietnam-Taiwan",
                    ..hanoi()
                },
                DirectoryError::BadCorridor("Vietnam-Taiwan".into()),
            ),
            (
                EntryInput {
                    corridors: "VN-XX",
                    ..hanoi()
                },
                DirectoryError::UnknownCountry("XX".into()),
            ),
            (
                EntryInput {
                    email: "not an address",
                    ..hanoi()
                },
                DirectoryError::BadEmail("not an address".into()),
            ),
            (
                EntryInput {
                    verified_on: "2027-01-01",
                    ..hanoi()
                },
                DirectoryError::BadDate,
            ),
        ] {
            assert_eq!(
                err(directory::save_entry(&t, &seg, "user:ed", "vn-centre", &change, TODAY).await),
                e,
                "{}",
                t.label
            );
        }
        directory::save_entry(&t, &seg, "user:ed", "vn-centre", &hanoi(), TODAY)
            .await
            .unwrap();
        directory::save_entry(
            &t,
            &seg,
            "user:ed",
            "th-helpline",
            &EntryInput {
                listed: true,
                other_names: "en: Labour hotline 1506\nmy: အလုပ်သမား ဖုန်းလိုင်း",
                services: vec!["helpline".into(), "complaints".into()],
                corridors: "MM-TH, KH-TH, LA-TH",
                phones: "+66 2 232 1506",
                languages: "th my km lo",
                ..Default::default()
            },
            TODAY,
        )
        .await
        .unwrap();
        // Saved but not listed: never in the public directory.
        directory::save_entry(
            &t,
            &seg,
            "user:ed",
            "hidden",
            &EntryInput {
                listed: false,
                ..hanoi()
            },
            TODAY,
        )
        .await
        .unwrap();
        let find = |s: Search<'static>| {
            let (t, seg) = (t.db.clone(), &seg);
            async move {
                directory::search(&t, seg, &s, 30)
                    .await
                    .unwrap()
                    .into_iter()
                    .map(|e| e.org.slug)
                    .collect::<Vec<_>>()
            }
        };
        let by_name = |q: &'static str| Search {
            q,
            ..Default::default()
        };
        // Case, diacritics and spacing do not matter; "Cong ty" finds "Công ty".
        for q in ["cong ty", "CÔNG TY", "congty", "viec lam ha noi", "Hà Nội"] {
            assert_eq!(find(by_name(q)).await, ["vn-centre"], "{}: {q}", t.label);
        }
        // Other names, other scripts.
        assert_eq!(find(by_name("hanoi migrant")).await, ["vn-centre"]);
        assert_eq!(find(by_name("สายด่วน")).await, ["th-helpline"]);
        assert_eq!(find(by_name("ဖုန်းလိုင်း")).await, ["th-helpline"]);
        assert_eq!(find(by_name("hotline")).await, ["th-helpline"]);
        assert!(find(by_name("hidden")).await.is_empty());
        // Filters.
        let all = find(Search::default()).await;
        assert_eq!(all.len(), 2, "{}", t.label);
        let f = |country: &'static str,
                 kind: &'static str,
                 service: &'static str,
                 language: &'static str,
                 corridor: &'static str| Search {
            country,
            kind,
            service,
            language,
            corridor,
            ..Default::default()
        };
        assert_eq!(find(f("th", "", "", "", "")).await, ["th-helpline"]);
        assert_eq!(
            find(f("", "resource_centre", "", "", "")).await,
            ["vn-centre"]
        );
        assert_eq!(find(f("", "", "legal-aid", "", "")).await, ["vn-centre"]);
        assert_eq!(find(f("", "", "", "my", "")).await, ["th-helpline"]);
        assert_eq!(find(f("", "", "", "", "vn-kr")).await, ["vn-centre"]);
        assert!(find(f("", "", "shelter", "", "")).await.is_empty());
        // What an entry holds.
        let e = directory::entry(&t, "vn-centre").await.unwrap().unwrap();
        assert_eq!(e.services, ["information", "legal-aid"]);
        assert_eq!(
            e.locations[0].phones, "+842431234567 +842431234568",
            "{}",
            t.label
        );
        assert_eq!(e.locations[0].languages, " vi en ");
        assert_eq!(e.org.corridors, " VN-TW VN-KR ");
        assert_eq!(e.org.verified_on.as_deref(), Some("2026-11-20"));
        assert!(
            e.names
                .iter()
                .any(|(l, n)| l == "vi" && n.starts_with("Trung"))
        );
        assert!(directory::entry(&t, "hidden").await.unwrap().is_none());
        // A query too long to be a name.
        let long: &'static str = Box::leak("x".repeat(300).into_boxed_str());
        assert!(matches!(
            directory::search(&t, &seg, &by_name(long), 30).await,
            Err(ServiceError::Directory(DirectoryError::QueryTooLong(200)))
        ));
        let audit = t
            .audit_page(&lmip_storage::AuditQuery {
                action_prefix: Some("directory.save"),
                entity: None,
                before: None,
                limit: 10,
            })
            .await
            .unwrap();
        assert_eq!(audit.len(), 3, "{}", t.label);
    }
}
