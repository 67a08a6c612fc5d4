//! Statistics submissions end to end below the web layer, on every test database: a focal point
//! uploads, validation reports, an approver publishes or rejects, and nothing is public before.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use lmip_services::ServiceError;
use lmip_services::auth::Session;
use lmip_services::submissions::{self, Settings, SubmissionError, Upload};
use lmip_storage::testing::test_databases;
use lmip_storage::{Db, NewOrganisation};

/// A ministry with a focal point, and an approver at the operator.
async fn setup(db: &Db) -> (Session, Session) {
    let mut tx = db.write().await.unwrap();
    tx.create_organisation(&NewOrganisation {
        slug: "mol-kh",
        name: "Ministry of Labour, Cambodia",
        kind: "government",
        country: Some("KH"),
        website: None,
        source: None,
        is_sample: false,
    })
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let focal = common::person(db, "focal@example.org", "mol-kh", "stats_focal_point").await;
    let approver = common::person(db, "approver@example.org", "operator", "stats_approver").await;
    (focal, approver)
}

const HEAD: &str =
    "DATAFLOW,FREQ,REF_AREA,COUNTERPART_AREA,SEX,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS\n";

fn csv(rows: &[(&str, &str, &str)]) -> Vec<u8> {
    let mut s = HEAD.to_string();
    for (key, period, value) in rows {
        let k = key.replace('.', ",");
        s.push_str(&format!("LMIP:MIG_OUTFLOW(1.0),{k},{period},{value},PS,\n"));
    }
    s.into_bytes()
}

async fn submit(
    db: &Db,
    who: &Session,
    period: &str,
    file: Vec<u8>,
) -> Result<lmip_storage::Submission, ServiceError> {
    submissions::submit(
        db,
        who,
        &Upload {
            org: "mol-kh",
            flow: "MIG_OUTFLOW",
            period,
            file_name: "outflow.csv",
            encoding: None,
        },
        std::io::Cursor::new(file),
        Settings::default(),
        2026,
    )
    .await
}

fn is(e: &ServiceError, want: SubmissionError) -> bool {
    matches!(e, ServiceError::Submission(s) if *s == want)
}

async fn released(db: &Db) -> usize {
    let ids: Vec<i64> = db
        .series("MIG_OUTFLOW")
        .await
        .unwrap()
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    db.observations(&ids, None, None, None).await.unwrap().len()
}

#[tokio::test]
async fn a_clean_submission_is_published_only_by_another_approver() {
    for t in test_databases().await {
        let (focal, approver) = setup(&t).await;
        let file = csv(&[
            ("A.KH.TH._T", "2024", "300"),
            ("A.KH.TH.M", "2024", "200"),
            ("A.KH.TH.F", "2024", "100"),
        ]);
        let s = submit(&t, &focal, "2024", file.clone()).await.unwrap();
        assert_eq!(
            (s.status.as_str(), s.errors, s.warnings),
            ("validated", 0, 0),
            "{}",
            s.report
        );
        assert_eq!((s.observations, s.series), (3, 3));
        assert_eq!(s.format, "sdmx-csv-1.0");
        assert_eq!(s.encoding, "UTF-8");
        assert_eq!(s.file_sha256.len(), 64);
        assert_eq!(t.staged_observations(&s.id, 10).await.unwrap().len(), 3);
        // Nothing public yet.
        assert_eq!(released(&t).await, 0);
        // The focal point cannot publish (the policy keeps them from the route; the service
        // refuses the submitter whatever their roles).
        let own = submissions::approve(&t, &focal, "mol-kh", &s.id, false)
            .await
            .unwrap_err();
        assert!(is(&own, SubmissionError::OwnSubmission), "{own:?}");
        // Another organisation's path does not reach it.
        let elsewhere = submissions::approve(&t, &approver, "operator", &s.id, false)
            .await
            .unwrap_err();
        assert!(is(&elsewhere, SubmissionError::NotFound));
        let done = submissions::approve(&t, &approver, "mol-kh", &s.id, false)
            .await
            .unwrap();
        assert_eq!(done.status, "released");
        assert!(done.release_id.is_some());
        assert_eq!(released(&t).await, 3);
        assert!(t.staged_observations(&s.id, 10).await.unwrap().is_empty());
        let releases = t.releases("MIG_OUTFLOW").await.unwrap();
        assert_eq!(releases.len(), 1);
        // Series attributes came along.
        let ids: Vec<i64> = t
            .series("MIG_OUTFLOW")
            .await
            .unwrap()
            .iter()
            .map(|s| s.0)
            .collect();
        let attrs = t.series_attributes(&ids, None).await.unwrap();
        assert_eq!(
            attrs
                .iter()
                .filter(|a| a.1 == "UNIT_MEASURE" && a.2 == "PS")
                .count(),
            3
        );
        // Twice is refused.
        let again = submissions::approve(&t, &approver, "mol-kh", &s.id, false)
            .await
            .unwrap_err();
        assert!(is(&again, SubmissionError::NotWaiting));
        // Both steps are in the audit log with the file's digest.
        let log = t
            .audit_page(&lmip_storage::AuditQuery {
                action_prefix: Some("stats."),
                entity: None,
                before: None,
                limit: 100,
            })
            .await
            .unwrap();
        let submit_row = log.iter().find(|r| r.action == "stats.submit").unwrap();
        assert!(submit_row.detail.contains(&s.file_sha256));
        let release_row = log.iter().find(|r| r.action == "stats.release").unwrap();
        assert!(release_row.detail.contains(&s.id));
    }
}

#[tokio::test]
async fn errors_block_and_are_reported_with_their_cells() {
    for t in test_databases().await {
        let (focal, approver) = setup(&t).await;
        let file = csv(&[
            ("A.KH.TH._T", "2024", "300"),
            ("A.KH.QQ.M", "2024", "200"),
            ("A.KH.TH.F", "2019", "-1"),
        ]);
        let s = submit(&t, &focal, "2024", file).await.unwrap();
        assert_eq!(s.errors, 3, "{}", s.report);
        let findings = submissions::findings(&s);
        let where_: Vec<(&str, Option<u64>, Option<&str>)> = findings
            .iter()
            .map(|f| (f.problem.name(), f.at.row, f.at.column.as_deref()))
            .collect();
        assert!(
            where_.contains(&("unknown-code", Some(3), Some("COUNTERPART_AREA"))),
            "{where_:?}"
        );
        assert!(where_.contains(&("period-out-of-range", Some(4), Some("TIME_PERIOD"))));
        assert!(where_.contains(&("negative", Some(4), Some("OBS_VALUE"))));
        // Rows of a submission with errors are not kept.
        assert!(t.staged_observations(&s.id, 10).await.unwrap().is_empty());
        let e = submissions::approve(&t, &approver, "mol-kh", &s.id, true)
            .await
            .unwrap_err();
        assert!(is(&e, SubmissionError::HasErrors));
        let r = submissions::reject(&t, &approver, "mol-kh", &s.id, "Fix the codes, please.")
            .await
            .unwrap();
        assert_eq!(
            (r.status.as_str(), r.decision_note.as_str()),
            ("rejected", "Fix the codes, please.")
        );
        assert_eq!(released(&t).await, 0);
        // Files that cannot be read at all are stored with the reason, for the focal point to see.
        for (bytes, problem) in [
            (b"PK\x03\x04 not really a workbook".to_vec(), "unreadable"),
            (vec![0xD0, 0xCF, 0x11, 0xE0, 0, 0], "unsupported-format"),
            (
                b"<html><body>login</body></html>".to_vec(),
                "unsupported-format",
            ),
            (b"name,phone\nA,1\n".to_vec(), "unknown-layout"),
            (Vec::new(), "no-data"),
        ] {
            let s = submit(&t, &focal, "2024", bytes).await.unwrap();
            assert_eq!(s.errors, 1);
            assert_eq!(submissions::findings(&s)[0].problem.name(), problem);
        }
        // A bad reference period is the form's error, not the file's.
        let e = submit(&t, &focal, "2024-2020", csv(&[])).await.unwrap_err();
        assert!(is(&e, SubmissionError::BadPeriod));
    }
}

#[tokio::test]
async fn warnings_need_an_explicit_acceptance() {
    for t in test_databases().await {
        let (focal, approver) = setup(&t).await;
        let first = submit(&t, &focal, "2023", csv(&[("A.KH.TH._T", "2023", "1000")]))
            .await
            .unwrap();
        submissions::approve(&t, &approver, "mol-kh", &first.id, false)
            .await
            .unwrap();
        let between = lmip_storage::now_utc_text();
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        // A revision ten times larger, and a total that is not the sum of its parts.
        let file = csv(&[
            ("A.KH.TH._T", "2023", "10000"),
            ("A.KH.TH.M", "2023", "6000"),
            ("A.KH.TH.F", "2023", "5000"),
        ]);
        let s = submit(&t, &focal, "2023", file).await.unwrap();
        assert_eq!((s.errors, s.warnings), (0, 2), "{}", s.report);
        let names: Vec<&str> = submissions::findings(&s)
            .iter()
            .map(|f| f.problem.name())
            .collect();
        assert!(
            names.contains(&"jump") && names.contains(&"total-mismatch"),
            "{names:?}"
        );
        let e = submissions::approve(&t, &approver, "mol-kh", &s.id, false)
            .await
            .unwrap_err();
        assert!(is(&e, SubmissionError::WarningsNotAccepted));
        let done = submissions::approve(&t, &approver, "mol-kh", &s.id, true)
            .await
            .unwrap();
        assert_eq!(done.decision_note, "2 warnings accepted");
        assert_eq!(t.releases("MIG_OUTFLOW").await.unwrap().len(), 2);
        // The first release is still there as it was.
        let ids: Vec<i64> = t
            .series_by_keys("MIG_OUTFLOW", &["A.KH.TH._T".to_string()])
            .await
            .unwrap()
            .iter()
            .map(|s| s.0)
            .collect();
        let as_of_1 = t.observations(&ids, Some(1), None, None).await.unwrap();
        assert_eq!(as_of_1[0].2, Some(1000.0));
        let latest = t.observations(&ids, None, None, None).await.unwrap();
        assert_eq!(latest[0].2, Some(10000.0));
        // updatedAfter: only what the second release brought.
        let after = between.replace(".", "").replace('Z', "");
        let after = format!("{}Z", &after[..19]);
        let q = lmip_stats::data::parse_data_query(
            &["MIG_OUTFLOW", "all"],
            &[("updatedAfter".to_string(), after)],
        )
        .unwrap();
        let reply = lmip_services::sdmx::data(&t, &q).await.unwrap();
        let keys: Vec<String> = reply.series.iter().map(|s| s.key.join(".")).collect();
        assert_eq!(keys, ["A.KH.TH.F", "A.KH.TH.M", "A.KH.TH._T"]);
    }
}

#[tokio::test]
async fn encodings_are_detected_or_chosen() {
    for t in test_databases().await {
        let (focal, _) = setup(&t).await;
        // UTF-16 with a byte-order mark, as Excel saves "Unicode text" (commas here).
        let text = String::from_utf8(csv(&[("A.KH.TH._T", "2024", "5")])).unwrap();
        let mut utf16 = vec![0xFF, 0xFE];
        for u in text.encode_utf16() {
            utf16.extend(u.to_le_bytes());
        }
        let s = submit(&t, &focal, "2024", utf16).await.unwrap();
        assert_eq!(
            (s.errors, s.encoding.as_str()),
            (0, "UTF-16LE"),
            "{}",
            s.report
        );
        // An encoding lmip does not know is the form's error.
        let e = submissions::submit(
            &t,
            &focal,
            &Upload {
                org: "mol-kh",
                flow: "MIG_OUTFLOW",
                period: "2024",
                file_name: "x.csv",
                encoding: Some("klingon"),
            },
            std::io::Cursor::new(Vec::new()),
            Settings::default(),
            2026,
        )
        .await
        .unwrap_err();
        assert!(is(&e, SubmissionError::UnknownEncoding("klingon".into())));
    }
}

#[tokio::test]
async fn the_ilostat_excerpt_goes_through_the_whole_workflow() {
    let Some(path) =
        common::shared("ilostat-migration-excerpt/mna_oemp_sex_cds_nb__IDN_KHM_LAO.csv")
    else {
        return;
    };
    let bytes = std::fs::read(&path).unwrap();
    let rows = bytes.iter().filter(|b| **b == b'\n').count() - 1;
    for t in test_databases().await {
        let (focal, approver) = setup(&t).await;
        let s = submit(&t, &focal, "1996-2024", bytes.clone())
            .await
            .unwrap();
        assert_eq!(s.format, "ilostat-csv");
        assert_eq!(s.errors, 0, "{}", s.report);
        assert_eq!(s.observations as usize, rows);
        let done = submissions::approve(&t, &approver, "mol-kh", &s.id, true)
            .await
            .unwrap();
        assert_eq!(done.status, "released");
        assert_eq!(released(&t).await, rows);
    }
}

fn english(key: &str, args: &[(&str, String)]) -> String {
    let catalog = lmip_i18n::Catalog::load().unwrap();
    let mut a = lmip_i18n::FluentArgs::new();
    for (k, v) in args {
        a.set(*k, v.as_str());
    }
    catalog
        .text_with(lmip_domain::Locale::En, key, Some(&a))
        .value
}

/// A filled-in questionnaire with the template's layout: fixed values, the heading row, and one
/// row per partner country with the values typed in.
fn filled(rows: &[(&str, &[(&str, f64)])]) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("MIG_OUTFLOW").unwrap();
    let meta = [
        ("Table (FLOW)", "MIG_OUTFLOW"),
        ("Frequency (FREQ)", "A"),
        ("Country (REF_AREA)", "KH — Cambodia"),
        ("Year (TIME_PERIOD)", "2024"),
        ("Unit (UNIT_MEASURE)", "PS"),
    ];
    for (r, (label, value)) in meta.iter().enumerate() {
        sheet.write_string(r as u32 + 2, 0, *label).unwrap();
        sheet.write_string(r as u32 + 2, 1, *value).unwrap();
    }
    let heading = 8;
    for (c, h) in [
        "Country of destination (COUNTERPART_AREA)",
        "Total (_T)",
        "Men (M)",
        "Women (F)",
    ]
    .iter()
    .enumerate()
    {
        sheet.write_string(heading, c as u16, *h).unwrap();
    }
    for (i, (code, values)) in rows.iter().enumerate() {
        let r = heading + 1 + i as u32;
        sheet
            .write_string(r, 0, format!("{code} — somewhere"))
            .unwrap();
        for (sex, v) in *values {
            let col = match *sex {
                "_T" => 1,
                "M" => 2,
                _ => 3,
            };
            sheet.write_number(r, col, *v).unwrap();
        }
    }
    book.save_to_buffer().unwrap()
}

#[tokio::test]
async fn the_questionnaire_is_made_filled_in_and_read_back() {
    for t in test_databases().await {
        let (focal, approver) = setup(&t).await;
        let bytes = submissions::template(
            &t,
            &submissions::TemplateRequest {
                flow: "MIG_OUTFLOW",
                country: "kh",
                year: 2024,
                locale: lmip_domain::Locale::En,
            },
            &english,
        )
        .await
        .unwrap();
        // As generated (empty), it reads as a questionnaire without values.
        let empty = submit(&t, &focal, "2024", bytes).await.unwrap();
        assert_eq!(empty.format, "xlsx-questionnaire");
        let names: Vec<&str> = submissions::findings(&empty)
            .iter()
            .map(|f| f.problem.name())
            .collect();
        assert_eq!(names, ["no-data"], "{}", empty.report);
        // Filled in, it validates and publishes; findings name the sheet, row and column.
        let file = filled(&[
            ("TH", &[("_T", 300.0), ("M", 200.0), ("F", 100.0)]),
            ("MY", &[("F", 12.5)]),
            ("QQ", &[("M", 1.0)]),
        ]);
        let s = submit(&t, &focal, "2024", file).await.unwrap();
        assert_eq!(s.errors, 1, "{}", s.report);
        let f = &submissions::findings(&s)[0];
        assert_eq!(f.problem.name(), "unknown-code");
        assert_eq!(f.at.sheet.as_deref(), Some("MIG_OUTFLOW"));
        assert_eq!(f.at.row, Some(12), "the spreadsheet's own row number");
        assert_eq!(
            f.at.column.as_deref(),
            Some("A (Country of destination (COUNTERPART_AREA))")
        );
        let file = filled(&[
            ("TH", &[("_T", 300.0), ("M", 200.0), ("F", 100.0)]),
            ("MY", &[("F", 12.5)]),
        ]);
        let s = submit(&t, &focal, "2024", file).await.unwrap();
        assert_eq!(
            (s.errors, s.warnings, s.observations),
            (0, 0, 4),
            "{}",
            s.report
        );
        submissions::approve(&t, &approver, "mol-kh", &s.id, false)
            .await
            .unwrap();
        let ids: Vec<i64> = t
            .series_by_keys("MIG_OUTFLOW", &["A.KH.MY.F".to_string()])
            .await
            .unwrap()
            .iter()
            .map(|x| x.0)
            .collect();
        let obs = t.observations(&ids, None, None, None).await.unwrap();
        assert_eq!(obs[0].2, Some(12.5));
    }
}

#[tokio::test]
async fn hostile_workbooks_are_refused_with_a_reason() {
    use std::io::Write;
    for t in test_databases().await {
        let (focal, _) = setup(&t).await;
        // A zip bomb: 300 MB of spaces in a few hundred kilobytes.
        let mut out = std::io::Cursor::new(Vec::new());
        let mut z = zip::ZipWriter::new(&mut out);
        z.start_file(
            "xl/worksheets/sheet1.xml",
            zip::write::SimpleFileOptions::default(),
        )
        .unwrap();
        let chunk = vec![b' '; 1024 * 1024];
        for _ in 0..300 {
            z.write_all(&chunk).unwrap();
        }
        z.finish().unwrap();
        let s = submit(&t, &focal, "2024", out.into_inner()).await.unwrap();
        assert_eq!(submissions::findings(&s)[0].problem.name(), "archive-bomb");
        // A workbook that is not a questionnaire.
        let mut book = rust_xlsxwriter::Workbook::new();
        book.add_worksheet().write_string(0, 0, "name").unwrap();
        let s = submit(&t, &focal, "2024", book.save_to_buffer().unwrap())
            .await
            .unwrap();
        assert_eq!(
            submissions::findings(&s)[0].problem.name(),
            "not-a-questionnaire"
        );
        // A cell far away (XFD1048576).
        let mut book = rust_xlsxwriter::Workbook::new();
        book.add_worksheet()
            .set_name("MIG_OUTFLOW")
            .unwrap()
            .write_string(1_048_575, 16_383, "x")
            .unwrap();
        let s = submit(&t, &focal, "2024", book.save_to_buffer().unwrap())
            .await
            .unwrap();
        let name = submissions::findings(&s)[0].problem.name();
        assert!(
            name == "too-many-rows" || name == "too-many-columns",
            "{name}"
        );
    }
}
