//! Importing UN DESA's International Migrant Stock 2020 (../shared/data, when present) and checking
//! figures known independently. Skipped with a notice where the shared data is absent.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use lmip_services::undesa;
use lmip_storage::testing::test_databases;
mod common;
use common::shared;

async fn value(db: &lmip_storage::Db, key: &str, year: &str) -> Option<f64> {
    let series = db.series("MIG_STOCK").await.unwrap();
    let (id, _) = series.iter().find(|(_, k)| k == key)?;
    let obs = db
        .observations(&[*id], None, Some(year), Some(year))
        .await
        .unwrap();
    obs.first().and_then(|o| o.2)
}

#[tokio::test]
async fn the_asean_stock_imports_with_known_figures() {
    let Some(path) = shared("undesa-ims2020/undesa_ims2020_bilateral_by_sex_ASEAN.csv") else {
        return;
    };
    let text = std::fs::read_to_string(&path).unwrap();
    let rows = text.lines().count() - 1;
    for t in test_databases().await {
        let mut calls = 0;
        let r = undesa::import_csv(&t, "test", "asean.csv", text.as_bytes(), &mut |_| {
            calls += 1
        })
        .await
        .unwrap();
        assert_eq!(r.release, 1);
        let skipped: usize = r.skipped.iter().map(|s| s.1).sum();
        assert_eq!(
            r.observations + skipped,
            rows,
            "{}: every row placed or reported",
            t.label
        );
        assert!(calls >= rows / 10_000, "progress was reported");
        // Figures the source's own notes give (UN DESA IMS 2020, mid-2020).
        assert_eq!(
            value(&t, "A.TH.MM._T", "2020").await,
            Some(1_848_270.0),
            "{}",
            t.label
        );
        assert_eq!(value(&t, "A.MY.ID._T", "2020").await, Some(1_241_634.0));
        // Total = female + male in every cell (the source's notes say so; the importer checks).
        assert!(
            r.warnings.is_empty(),
            "{:?}",
            &r.warnings[..r.warnings.len().min(3)]
        );
        // The sum of Myanmar's emigrants in 2020, computed here from the file.
        let from_file: f64 = text
            .lines()
            .skip(1)
            .map(|l| l.split(',').collect::<Vec<_>>())
            .filter(|c| c[0] == "2020" && c[2] == "MMR" && c[7] == "SEX_T")
            .map(|c| c[8].parse::<f64>().unwrap())
            .sum();
        let series = t.series("MIG_STOCK").await.unwrap();
        let ids: Vec<i64> = series
            .iter()
            .filter(|(_, k)| k.starts_with("A.") && k.ends_with(".MM._T"))
            .map(|(id, _)| *id)
            .collect();
        let stored: f64 = t
            .observations(&ids, None, Some("2020"), Some("2020"))
            .await
            .unwrap()
            .iter()
            .filter_map(|o| o.2)
            .sum();
        assert_eq!(stored, from_file, "{}", t.label);
    }
}

#[tokio::test]
async fn bad_stock_files_are_refused_whole() {
    for t in test_databases().await {
        for (body, needle) in [
            ("year,origin\n2020,MMR\n", "needs the columns year"),
            (
                "year,origin_iso3,destination_iso3,sex,stock\n20x0,MMR,THA,SEX_T,1\n",
                "line 2: '20x0' is not a year",
            ),
            (
                "year,origin_iso3,destination_iso3,sex,stock\n2020,MMR,THA,SEX_Q,1\n",
                "line 2: sex 'SEX_Q'",
            ),
            (
                "year,origin_iso3,destination_iso3,sex,stock\n2020,MMR,THA,SEX_T,-5\n",
                "line 2: the stock '-5'",
            ),
            (
                "year,origin_iso3,destination_iso3,sex,stock\n2020,MMR,THA,SEX_T,1\n2020,MMR,THA,SEX_T,2\n",
                "line 3: repeats",
            ),
        ] {
            let e = undesa::import_csv(&t, "test", "bad.csv", body.as_bytes(), &mut |_| {})
                .await
                .unwrap_err();
            assert!(e.to_string().contains(needle), "{needle}: {e}");
        }
        assert!(t.releases("MIG_STOCK").await.unwrap().is_empty());
    }
}
