//! The licence register on both backends: a regulator's list read and checked as a whole, its
//! diff with the register held for a reviewer, applied with history and audit; and the verify
//! answer by number and by name, with expiry and look-alikes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use lmip_domain::directory::Verdict;
use lmip_search::Segmenter;
use lmip_services::ServiceError;
use lmip_services::licences::{self, AgencyNames, LicenceError, ListProblem, read_list, verify};
use lmip_storage::testing::test_databases;

const TODAY: &str = "2026-12-01";

const FIRST: &str = "Licence No.,Agency name,Status,Valid from,Valid until,Destinations,Sectors\n\
PH-001-LB,ABC Manpower Co. Ltd.,Active,2024-01-15,2027-01-14,TH MY,Construction\n\
PH-002-LB,Công ty TNHH Lao động Hà Nội,valid,01/03/2025,28/02/2026,TH,Fishing\n\
PH-003-LB,Sumber Rejeki,Suspended,01/06/2567,31/05/2570,MY,Domestic work\n";

fn problems(bytes: &[u8]) -> Vec<(Option<u64>, ListProblem)> {
    read_list(bytes)
        .unwrap_err()
        .into_iter()
        .map(|f| (f.line, f.problem))
        .collect()
}

#[test]
fn lists_are_read_in_the_regions_formats() {
    let list = read_list(FIRST.as_bytes()).unwrap();
    assert_eq!(list.rows.len(), 3);
    let (line, third) = &list.rows[2];
    assert_eq!(*line, 4);
    // Buddhist-era dates, day first.
    assert_eq!(third.valid_from.as_deref(), Some("2024-06-01"));
    assert_eq!(third.valid_to.as_deref(), Some("2027-05-31"));
    assert_eq!(third.status, "suspended");
    assert_eq!(list.rows[0].1.destinations, "TH MY");
    assert_eq!(list.rows[0].1.number_key, "PH001LB");
    // A Thai list saved in Windows-874.
    let (bytes, _, _) = lmip_stats::upload::Encoding::for_label(b"windows-874")
        .unwrap()
        .encode("licence,agency,status\nก.12/2560,บริษัท จัดหางาน สยาม จำกัด,valid\n");
    let list = read_list(&bytes).unwrap();
    assert_eq!(list.rows[0].1.agency, "บริษัท จัดหางาน สยาม จำกัด");
}

#[test]
fn every_problem_is_named_with_its_line() {
    assert_eq!(
        problems(b"name,status\nX,valid\n"),
        [(None, ListProblem::MissingColumns(vec!["number".into()]))]
    );
    let bad = "licence,agency,status,valid from,valid to,destinations\n\
               A1,One,valid,2025-01-01,2026-01-01,TH\n\
               A-1,One again,valid,,,\n\
               A1 ,One,revoked,,,\n\
               B2,Two,maybe,,,\n\
               C3,Three,valid,31/02/2026,,\n\
               D4,Four,valid,2026-01-01,2025-01-01,XX\n\
               ,Five,valid,,,\n";
    let found = problems(bad.as_bytes());
    assert!(
        found.contains(&(Some(3), ListProblem::Duplicate(2))),
        "{found:?}"
    );
    assert!(
        found.contains(&(Some(4), ListProblem::ConflictingStatus(2, "valid".into()))),
        "{found:?}"
    );
    assert!(found.contains(&(Some(5), ListProblem::UnknownStatus("maybe".into()))));
    assert!(found.contains(&(Some(6), ListProblem::BadDate("31/02/2026".into()))));
    assert!(found.contains(&(Some(7), ListProblem::EndBeforeStart)));
    assert!(found.contains(&(Some(7), ListProblem::UnknownCountry("XX".into()))));
    assert!(found.contains(&(Some(8), ListProblem::Empty)));
    // A web page saved with a .csv name, an empty file, a PDF.
    assert!(matches!(
        problems(b"%PDF-1.7 binary")[0].1,
        ListProblem::Unreadable(_)
    ));
    assert_eq!(problems(b"")[0].1, ListProblem::NoRows);
    assert_eq!(
        problems(b"licence,agency,status\n")[0].1,
        ListProblem::NoRows
    );
}

#[test]
fn an_xlsx_list_reads_like_its_csv() {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (r, line) in FIRST.lines().enumerate() {
        for (c, cell) in line.split(',').enumerate() {
            sheet.write_string(r as u32, c as u16, cell).unwrap();
        }
    }
    // A date typed into Excel arrives as its serial day number.
    sheet.write_number(1, 4, 46_401.0).unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let list = read_list(&bytes).unwrap();
    assert_eq!(list.rows.len(), 3);
    assert_eq!(list.rows[0].1.valid_to.as_deref(), Some("2027-01-14"));
    assert_eq!(list.rows[1].1.agency, "Công ty TNHH Lao động Hà Nội");
}

async fn answer(t: &lmip_storage::Db, names: &AgencyNames, q: &str) -> licences::VerifyAnswer {
    verify(t, names, &Segmenter::new(), q, TODAY).await.unwrap()
}

#[tokio::test]
async fn lists_are_staged_reviewed_applied_and_verified() {
    let seg = Segmenter::new();
    for t in test_databases().await {
        let names = AgencyNames::default();
        let staged = licences::stage_list(
            &t,
            "user:editor",
            "",
            "ph",
            "DMW",
            "list.csv",
            FIRST.as_bytes(),
        )
        .await
        .unwrap();
        assert_eq!(
            (
                staged.new_count,
                staged.changed_count,
                staged.missing_count,
                staged.status.as_str()
            ),
            (3, 0, 0, "pending"),
            "{}",
            t.label
        );
        // Nothing is public before the reviewer applies it.
        assert_eq!(
            answer(&t, &names, "PH-001-LB").await.verdict,
            Verdict::NotFound
        );
        let done = licences::apply(&t, "user:reviewer", &staged.id, false, &seg)
            .await
            .unwrap();
        assert_eq!(done.status, "applied");
        let again = licences::apply(&t, "user:reviewer", &staged.id, false, &seg).await;
        assert!(matches!(
            again,
            Err(ServiceError::Licence(LicenceError::AlreadyDecided(_)))
        ));

        // By number, however it is written.
        let a = answer(&t, &names, "ph 001 lb").await;
        assert_eq!(
            (a.verdict, a.by_number),
            (Verdict::Licensed, true),
            "{}",
            t.label
        );
        assert_eq!(a.agencies[0].name, "ABC Manpower Co. Ltd.");
        // By name: case, diacritics, spacing and legal forms do not matter.
        let a = answer(&t, &names, "cong ty lao dong ha noi").await;
        assert_eq!(a.agencies.len(), 1, "{}", t.label);
        // Its licence ended on 2026-02-28: expired, though the list said valid.
        assert_eq!(a.verdict, Verdict::Expired);
        assert_eq!(
            answer(&t, &names, "Sumber Rejeki").await.verdict,
            Verdict::Suspended
        );
        // A borrowed name is flagged, not found.
        let a = answer(&t, &names, "ABC Manpowers").await;
        assert_eq!(a.verdict, Verdict::NotFound);
        assert_eq!(a.look_alikes.len(), 1, "{}: {a:?}", t.label);
        // Part of a name lists the licensed agencies that contain it.
        let a = answer(&t, &names, "manpower").await;
        assert_eq!(a.similar.len(), 1, "{}: {a:?}", t.label);
        assert_eq!(
            answer(&t, &names, "PH-999-LB").await.verdict,
            Verdict::NotFound
        );

        // The next list: one suspended, one renewed, one gone, one new.
        let second = "licence,agency,status,valid from,valid to,destinations,sectors\n\
                      PH-001-LB,ABC Manpower Co. Ltd.,suspended,2024-01-15,2027-01-14,TH MY,Construction\n\
                      PH-002-LB,Công ty TNHH Lao động Hà Nội,valid,01/03/2025,28/02/2028,TH,Fishing\n\
                      PH-004-LB,Mekong Workers,valid,2026-01-01,2028-12-31,KH TH,Agriculture\n";
        let staged = licences::stage_list(
            &t,
            "user:editor",
            "",
            "PH",
            "DMW",
            "list2.csv",
            second.as_bytes(),
        )
        .await
        .unwrap();
        assert_eq!(
            (
                staged.new_count,
                staged.changed_count,
                staged.missing_count,
                staged.same_count
            ),
            (1, 2, 1, 0),
            "{}",
            t.label
        );
        let changes = t.licence_import_changes(&staged.id, 10).await.unwrap();
        assert!(
            changes
                .iter()
                .any(|c| c.detail.contains("status valid → suspended")),
            "{changes:?}"
        );
        let missing = licences::missing_from_list(&t, &staged).await.unwrap();
        assert_eq!(missing.len(), 1);
        assert_eq!(missing[0].number, "PH-003-LB");
        licences::apply(&t, "user:reviewer", &staged.id, true, &seg)
            .await
            .unwrap();
        assert_eq!(
            answer(&t, &names, "PH-001-LB").await.verdict,
            Verdict::Suspended
        );
        assert_eq!(
            answer(&t, &names, "PH-002-LB").await.verdict,
            Verdict::Licensed
        );
        // Missing from a list taken as complete: no longer valid. It was suspended, which says more.
        assert_eq!(
            answer(&t, &names, "PH-003-LB").await.verdict,
            Verdict::Suspended
        );
        assert_eq!(
            answer(&t, &names, "mekong workers").await.verdict,
            Verdict::Licensed
        );
        // The history keeps every status.
        let l = &answer(&t, &names, "PH-001-LB").await.agencies[0].licences[0].0;
        let history: Vec<String> = t
            .licence_events(&l.id)
            .await
            .unwrap()
            .into_iter()
            .map(|e| e.status)
            .collect();
        assert_eq!(history, ["valid", "suspended"]);
        // Every step is in the audit log.
        let actions: Vec<String> = t
            .recent_audit(20)
            .await
            .unwrap()
            .into_iter()
            .map(|r| r.action)
            .filter(|a| a.starts_with("licences."))
            .collect();
        assert_eq!(actions.len(), 4, "{actions:?}");
    }
}

#[tokio::test]
async fn a_list_with_a_problem_changes_nothing_and_bad_queries_are_named() {
    for t in test_databases().await {
        let bad = format!("{FIRST}PH-005-LB,Five,unknown,,,,\n");
        let e = licences::stage_list(&t, "user:editor", "", "PH", "", "bad.csv", bad.as_bytes())
            .await
            .unwrap_err();
        assert!(
            matches!(&e, ServiceError::Licence(LicenceError::List(f)) if f.len() == 1 && f[0].line == Some(5)),
            "{e:?}"
        );
        assert!(t.licence_imports(None, 10).await.unwrap().is_empty());
        let e = licences::stage_list(&t, "user:editor", "", "QQ", "", "x.csv", FIRST.as_bytes())
            .await
            .unwrap_err();
        assert!(matches!(
            e,
            ServiceError::Licence(LicenceError::UnknownIssuer(_))
        ));
        let names = AgencyNames::default();
        let seg = Segmenter::new();
        for (q, want) in [("   ", "empty"), (&"x".repeat(5_000)[..], "long")] {
            let e = verify(&t, &names, &seg, q, TODAY).await.unwrap_err();
            match (want, e) {
                ("empty", ServiceError::Licence(LicenceError::EmptyQuery)) => {}
                ("long", ServiceError::Licence(LicenceError::QueryTooLong(200))) => {}
                (w, e) => panic!("{w}: {e:?}"),
            }
        }
        // Mixed scripts are a query like any other.
        let a = verify(&t, &names, &seg, "ABC จัดหางาน 123", TODAY)
            .await
            .unwrap();
        assert_eq!(a.verdict, Verdict::NotFound);
    }
}

#[tokio::test]
async fn sanctions_are_recorded_shown_and_change_the_licence() {
    let seg = Segmenter::new();
    for t in test_databases().await {
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
        let staged = licences::stage_for_organisation(
            &t,
            "user:editor",
            "ph-dmw",
            "",
            "",
            "list.csv",
            FIRST.as_bytes(),
        )
        .await
        .unwrap();
        assert_eq!(staged.authority, "Department of Migrant Workers");
        // Another country's list is not this authority's to send.
        let e = licences::stage_for_organisation(
            &t,
            "user:editor",
            "ph-dmw",
            "TH",
            "",
            "l.csv",
            FIRST.as_bytes(),
        )
        .await
        .unwrap_err();
        assert!(matches!(
            e,
            ServiceError::Licence(LicenceError::NotYourIssuer(_))
        ));
        licences::apply(&t, "user:reviewer", &staged.id, false, &seg)
            .await
            .unwrap();
        let names = AgencyNames::default();
        let input = |number, kind, imposed, lifted, reason| licences::SanctionInput {
            number,
            kind,
            imposed_on: imposed,
            lifted_on: lifted,
            reason,
            source: "Order 12/2026",
        };
        // A fine is shown; the licence stays valid.
        licences::record_sanction(
            &t,
            "user:reviewer",
            "ph-dmw",
            &input(
                "PH-001-LB",
                "fine",
                "01/11/2026",
                "",
                "Excessive placement fees",
            ),
            TODAY,
        )
        .await
        .unwrap();
        let a = answer(&t, &names, "PH-001-LB").await;
        assert_eq!(a.verdict, Verdict::Licensed, "{}", t.label);
        assert_eq!(a.agencies[0].sanctions.len(), 1);
        assert_eq!(
            a.agencies[0].sanctions[0].reason,
            "Excessive placement fees"
        );
        // A suspension in force suspends the licence, with its reason in the history.
        licences::record_sanction(
            &t,
            "user:reviewer",
            "ph-dmw",
            &input(
                "ph 001 lb",
                "suspension",
                "2026-11-15",
                "2027-05-15",
                "Workers stranded",
            ),
            TODAY,
        )
        .await
        .unwrap();
        let a = answer(&t, &names, "PH-001-LB").await;
        assert_eq!(a.verdict, Verdict::Suspended, "{}", t.label);
        let events = t
            .licence_events(&a.agencies[0].licences[0].0.id)
            .await
            .unwrap();
        assert_eq!(
            events.last().map(|e| e.reason.as_str()),
            Some("Workers stranded")
        );
        // Bad input is named.
        for (i, want) in [
            (input("PH-999", "fine", "2026-01-01", "", "x"), "licence"),
            (input("PH-001-LB", "jail", "2026-01-01", "", "x"), "kind"),
            (input("PH-001-LB", "fine", "2026-13-01", "", "x"), "dates"),
            (
                input("PH-001-LB", "fine", "2026-02-01", "2026-01-01", "x"),
                "dates",
            ),
            (input("PH-001-LB", "fine", "2026-01-01", "", "  "), "reason"),
        ] {
            let e = licences::record_sanction(&t, "user:reviewer", "ph-dmw", &i, TODAY)
                .await
                .unwrap_err();
            let ok = matches!(
                (want, &e),
                (
                    "licence",
                    ServiceError::Licence(LicenceError::NoSuchLicence(_))
                ) | (
                    "kind",
                    ServiceError::Licence(LicenceError::UnknownSanctionKind(_))
                ) | ("dates", ServiceError::Licence(LicenceError::SanctionDates))
                    | ("reason", ServiceError::Licence(LicenceError::NoReason))
            );
            assert!(ok, "{want}: {e:?}");
        }
        let sanctions: usize = t
            .recent_audit(50)
            .await
            .unwrap()
            .iter()
            .filter(|r| r.action == "sanction.record")
            .count();
        assert_eq!(sanctions, 2);
    }
}

#[tokio::test]
async fn blacklistings_and_suspensions_on_a_list_become_sanctions() {
    let seg = Segmenter::new();
    for t in test_databases().await {
        // A bad date in the "since" column is named with its line, like any other.
        let bad =
            "licence,agency,status,reason,blacklisted on\nKH-1,One,blacklisted,Fees,32/13/2026\n";
        let found = problems(bad.as_bytes());
        assert_eq!(
            found,
            [(Some(2), ListProblem::BadDate("32/13/2026".into()))]
        );
        let first = "licence,agency,status,reason,blacklisted on\n\
                     KH-1,Angkor Fake Jobs,Blacklisted,Charged workers illegal fees,15/10/2569\n\
                     KH-2,Mekong Placement,valid,,\n";
        let staged =
            licences::stage_list(&t, "user:e", "", "KH", "MoLVT", "l.csv", first.as_bytes())
                .await
                .unwrap();
        licences::apply(&t, "user:r", &staged.id, false, &seg)
            .await
            .unwrap();
        let org = |number: &'static str| {
            let t = t.db.clone();
            async move {
                t.licences_by_number(number).await.unwrap()[0]
                    .licence
                    .org_id
                    .clone()
            }
        };
        let s = t.sanctions_of_org(&org("KH1").await).await.unwrap();
        assert_eq!(s.len(), 1, "{}", t.label);
        assert_eq!(
            (
                s[0].kind.as_str(),
                s[0].imposed_on.as_str(),
                s[0].reason.as_str()
            ),
            ("blacklist", "2026-10-15", "Charged workers illegal fees")
        );
        assert_eq!(s[0].authority, "MoLVT");
        // The next list suspends the second agency (no reason given) and repeats the first:
        // one new sanction, none repeated.
        let second = "licence,agency,status,reason,blacklisted on\n\
                      KH-1,Angkor Fake Jobs,Blacklisted,Charged workers illegal fees,15/10/2569\n\
                      KH-2,Mekong Placement,suspended,,\n";
        let staged =
            licences::stage_list(&t, "user:e", "", "KH", "MoLVT", "l2.csv", second.as_bytes())
                .await
                .unwrap();
        licences::apply(&t, "user:r", &staged.id, false, &seg)
            .await
            .unwrap();
        assert_eq!(
            t.sanctions_of_org(&org("KH1").await).await.unwrap().len(),
            1
        );
        let s = t.sanctions_of_org(&org("KH2").await).await.unwrap();
        assert_eq!(s.len(), 1, "{}", t.label);
        assert_eq!(s[0].kind, "suspension");
        assert_eq!(s[0].reason, "suspended on the official list");
        // The verify answer shows it.
        let names = AgencyNames::default();
        let a = answer(&t, &names, "KH-1").await;
        assert_eq!(a.verdict, Verdict::Revoked);
        assert_eq!(a.agencies[0].sanctions[0].kind, "blacklist");
    }
}
