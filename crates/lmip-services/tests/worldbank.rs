//! The World Bank / KNOMAD bilateral remittance matrix (the real 2017 workbook in ../shared),
//! imported as a release of REMIT and checked against the long table derived from the same
//! workbook (read here independently, as CSV).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use lmip_services::worldbank;
use lmip_storage::testing::test_databases;

#[tokio::test]
async fn the_2017_matrix_imports_and_reconciles() {
    let Some(xlsx) =
        common::shared("wb-knomad-remittances-2017/WB_Bilateral_Remittance_Estimates_2017.xlsx")
    else {
        return;
    };
    let Some(long) =
        common::shared("wb-knomad-remittances-2017/wb_bilateral_remittances_2017_long.csv")
    else {
        return;
    };
    // The independent figures: every non-zero cell of the matrix, as the long table lists them.
    let mut expected_total = 0.0;
    let mut cells = 0usize;
    let mut afghanistan_to_pakistan = None;
    for r in csv::Reader::from_path(&long).unwrap().records() {
        let r = r.unwrap();
        let v: f64 = r[2].parse().unwrap();
        expected_total += v;
        cells += 1;
        if &r[0] == "Afghanistan" && &r[1] == "Pakistan" {
            afghanistan_to_pakistan = Some(v);
        }
    }
    for t in test_databases().await {
        let mut calls = 0;
        let report = worldbank::import_xlsx(
            &t,
            "cli:test",
            "WB_Bilateral_Remittance_Estimates_2017.xlsx",
            std::fs::File::open(&xlsx).unwrap(),
            &mut |_| calls += 1,
        )
        .await
        .unwrap();
        assert_eq!(report.year, 2017);
        assert!(calls > 0, "progress was reported");
        // Nothing lost: what was imported and what was skipped (no ISO code) add up to the
        // matrix, cell for cell and dollar for dollar.
        let skipped_cells: usize = report.skipped.iter().map(|s| s.1).sum();
        let skipped_total: f64 = report.skipped.iter().map(|s| s.2).sum();
        assert_eq!(
            report.observations + skipped_cells,
            cells,
            "{:?}",
            report.skipped
        );
        assert!(
            (report.total + skipped_total - expected_total).abs() < 1e-6,
            "{} + {} vs {}",
            report.total,
            skipped_total,
            expected_total
        );
        // Only names that have no ISO 3166 code are skipped.
        let names: Vec<&str> = report.skipped.iter().map(|s| s.0.as_str()).collect();
        assert_eq!(names, ["Channel Islands", "Kosovo"]);
        // One cell, by hand: Afghanistan (sending) to Pakistan (receiving).
        let ids: Vec<i64> = t
            .series_by_keys("REMIT", &["A.PK.AF".to_string()])
            .await
            .unwrap()
            .iter()
            .map(|s| s.0)
            .collect();
        let obs = t.observations(&ids, None, None, None).await.unwrap();
        assert_eq!(obs[0].1, "2017");
        assert_eq!(obs[0].2, afghanistan_to_pakistan);
        let attrs = t.series_attributes(&ids, None).await.unwrap();
        assert!(attrs.iter().any(|a| a.1 == "UNIT_MULT" && a.2 == "6"));
        assert!(attrs.iter().any(|a| a.1 == "UNIT_MEASURE" && a.2 == "USD"));
    }
}

#[tokio::test]
async fn a_workbook_that_is_not_the_matrix_is_refused() {
    for t in test_databases().await {
        let mut book = rust_xlsxwriter::Workbook::new();
        book.add_worksheet()
            .write_string(0, 0, "Something else")
            .unwrap();
        let bytes = book.save_to_buffer().unwrap();
        let e = worldbank::import_xlsx(
            &t,
            "cli:test",
            "x.xlsx",
            std::io::Cursor::new(bytes),
            &mut |_| {},
        )
        .await
        .unwrap_err();
        assert!(
            e.to_string()
                .contains("receiving (across) / sending (down)"),
            "{e}"
        );
        assert!(
            t.releases("REMIT").await.unwrap().is_empty(),
            "nothing published"
        );
    }
}
