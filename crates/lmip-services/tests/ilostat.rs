//! Importing real ILOSTAT data (../shared/data, when present) and reading it back, on every test
//! database. Skipped with a notice where the shared data is absent.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use lmip_services::ilostat;
use lmip_storage::testing::test_databases;
mod common;
use common::shared;

const OUTFLOW: &str = "ilostat-migration-excerpt/mna_oemp_sex_cds_nb__IDN_KHM_LAO.csv";

#[tokio::test]
async fn the_ilostat_outflow_excerpt_imports_and_reconciles() {
    let Some(path) = shared(OUTFLOW) else { return };
    let text = std::fs::read_to_string(&path).unwrap();
    // Independent count of what the file holds: rows whose area, counterpart and sex lmip can place.
    let rows: Vec<Vec<&str>> = text
        .lines()
        .skip(1)
        .map(|l| l.split(',').collect())
        .collect();
    for t in test_databases().await {
        let r = ilostat::import_csv(&t, "test", "excerpt.csv", text.as_bytes())
            .await
            .unwrap();
        assert_eq!(
            (r.flow.as_str(), r.release),
            ("MIG_OUTFLOW", 1),
            "{}",
            t.label
        );
        let skipped: usize = r.skipped.iter().map(|s| s.1).sum();
        assert_eq!(
            r.observations + skipped,
            rows.len(),
            "{}: every row placed or reported",
            t.label
        );
        // The one known quirk of the source (Lao PDR to Korea, 2023) is reported.
        assert!(
            r.warnings.iter().any(|w| w.starts_with("A.LA.KR._T 2023")),
            "{:?}",
            r.warnings
        );
        // A value read back equals the file's: Indonesia, women, to Hong Kong, 2016.
        let series = t.series("MIG_OUTFLOW").await.unwrap();
        let (id, _) = series.iter().find(|(_, k)| k == "A.ID.HK.F").unwrap();
        let obs = t
            .observations(&[*id], None, Some("2016"), Some("2016"))
            .await
            .unwrap();
        assert_eq!(obs.len(), 1);
        assert_eq!(obs[0].2, Some(14.425));
        // Totals, computed here from the file itself over the destinations that are countries
        // (plus "unknown"): where the file's own total differs from that sum, the importer must
        // have said so, and nowhere else.
        let iso3: std::collections::HashSet<String> = lmip_refdata::countries()
            .into_iter()
            .map(|c| c.alpha3.to_lowercase())
            .collect();
        let mut sums: std::collections::HashMap<(String, String, String), f64> = Default::default();
        let mut totals: std::collections::HashMap<(String, String, String), f64> =
            Default::default();
        for r in &rows {
            let (area, sex, dest, year) = (r[0], r[1], r[2], r[3]);
            let Ok(v) = r[4].parse::<f64>() else { continue };
            let k = (area.to_string(), sex.to_string(), year.to_string());
            let code = dest.trim_start_matches("cds_des_");
            if code == "total" {
                totals.insert(k, v);
            } else if iso3.contains(code) || code == "x" {
                *sums.entry(k).or_default() += v;
            }
        }
        let differing = totals
            .iter()
            .filter(|(k, t)| (sums.get(*k).copied().unwrap_or(0.0) - **t).abs() > 0.015)
            .count();
        let reported = r
            .warnings
            .iter()
            .filter(|w| w.contains("differs from the sum over countries"))
            .count();
        println!(
            "{}: {} totals in the file, {differing} differ from their countries' sum (regions, missing rows); {reported} reported",
            t.label,
            totals.len()
        );
        assert_eq!(reported, differing, "{}", t.label);
        // The same file again is a new release, not a duplicate error.
        let again = ilostat::import_csv(&t, "test", "excerpt.csv", text.as_bytes())
            .await
            .unwrap();
        assert_eq!(again.release, 2);
    }
}

#[tokio::test]
async fn bad_files_are_refused_whole() {
    for t in test_databases().await {
        for (body, needle) in [
            ("a,b\n1,2\n", "needs the columns ref_area"),
            (
                "ref_area,sex,classif1,time,x\nidn,sex_t,cds_des_mys,2020,1\n",
                "no obs_value",
            ),
            (
                "ref_area,indicator,sex,classif1,time,obs_value\nIDN,UNE_DEAP_SEX_AGE_RT,SEX_T,CDS_DES_MYS,2020,1\n",
                "is not one lmip can place",
            ),
            (
                "ref_area,indicator,sex,classif1,time,obs_value\nIDN,MNA_OEMP_SEX_CDS_NB,SEX_T,CDS_DES_MYS,2020,lots\n",
                "line 2: the value 'lots'",
            ),
            (
                "ref_area,indicator,sex,classif1,time,obs_value\nIDN,MNA_OEMP_SEX_CDS_NB,SEX_T,CDS_DES_MYS,2020,1\nIDN,MNA_OEMP_SEX_CDS_NB,SEX_T,CDS_DES_MYS,2020,2\n",
                "line 3: repeats an earlier row",
            ),
            (
                "ref_area,indicator,sex,classif1,time,obs_value\nIDN,MNA_OEMP_SEX_CDS_NB,SEX_T,CDS_DES_MYS,2020\n",
                "line 2",
            ),
        ] {
            let e = ilostat::import_csv(&t, "test", "bad.csv", body.as_bytes())
                .await
                .unwrap_err();
            assert!(e.to_string().contains(needle), "{needle}: {e}");
        }
        let utf16 = [0xFF_u8, 0xFE, b'r', 0];
        let e = ilostat::import_csv(&t, "test", "u.csv", &utf16[..])
            .await
            .unwrap_err();
        assert!(e.to_string().contains("UTF-16"), "{e}");
        assert!(
            t.releases("MIG_OUTFLOW").await.unwrap().is_empty(),
            "nothing was published"
        );
    }
}
