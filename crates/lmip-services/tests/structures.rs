//! Operators' own structures from SDMX-ML 2.1 structure messages (the shared examples), and data
//! for them going through a focal point's submission to the SDMX API.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use lmip_services::structures::{self, ListOutcome};
use lmip_services::submissions::{self, Settings, Upload};
use lmip_storage::testing::test_databases;

#[tokio::test]
async fn an_external_structure_takes_data_through_the_whole_workflow() {
    let Some(structure) = common::shared("sdmx-minimal-examples/sdmx-ml-2.1-structure.xml") else {
        return;
    };
    let Some(data) = common::shared("sdmx-minimal-examples/sdmx-csv-1.0.csv") else {
        return;
    };
    for t in test_databases().await {
        let r = structures::import(
            &t,
            "cli:test",
            "structure.xml",
            std::fs::File::open(&structure).unwrap(),
        )
        .await
        .unwrap();
        // ILMS's lists clash with lmip's built-in ids: reused where lmip's list has every code,
        // kept beside it otherwise; the structure with a built-in id likewise.
        assert_eq!(
            r.codelists,
            vec![
                (
                    "CL_AREA".into(),
                    ListOutcome::Renamed("ILMS_CL_AREA".into())
                ),
                ("CL_FREQ".into(), ListOutcome::Reused),
                ("CL_SEX".into(), ListOutcome::Renamed("ILMS_CL_SEX".into())),
            ]
        );
        assert_eq!(
            r.structures,
            vec![("DSD_MIG".into(), "ILMS_DSD_MIG".into())]
        );
        assert_eq!(
            r.dataflows,
            vec![("DF_MIG_STOCK".into(), "DF_MIG_STOCK".into())]
        );
        let dsd = t.data_structure("ILMS_DSD_MIG").await.unwrap().unwrap();
        let lists: Vec<Option<&str>> = dsd
            .components
            .iter()
            .map(|c| c.codelist.as_deref())
            .collect();
        assert_eq!(
            &lists[..3],
            [Some("ILMS_CL_AREA"), Some("CL_FREQ"), Some("ILMS_CL_SEX")]
        );
        // lmip's own structure is untouched.
        let ours = t.data_structure("DSD_MIG").await.unwrap().unwrap();
        assert_eq!(ours.components[1].codelist.as_deref(), Some("CL_AREA"));
        // Data for the new flow, from the example's SDMX-CSV, through submission and approval.
        let focal = common::person(&t, "focal@example.org", "operator", "stats_focal_point").await;
        let approver =
            common::person(&t, "approver@example.org", "operator", "stats_approver").await;
        let s = submissions::submit(
            &t,
            &focal,
            &Upload {
                org: "operator",
                flow: "DF_MIG_STOCK",
                period: "2019-2020",
                file_name: "sdmx-csv-1.0.csv",
                encoding: None,
            },
            std::io::Cursor::new(std::fs::read(&data).unwrap()),
            Settings::default(),
            2026,
        )
        .await
        .unwrap();
        assert_eq!(
            (s.errors, s.warnings, s.observations),
            (0, 0, 2),
            "{}",
            s.report
        );
        submissions::approve(&t, &approver, "operator", &s.id, false)
            .await
            .unwrap();
        let q = lmip_stats::data::parse_data_query(&["DF_MIG_STOCK", "THA.A.SEX_F"], &[]).unwrap();
        let reply = lmip_services::sdmx::data(&t, &q).await.unwrap();
        let values: Vec<Option<f64>> = reply.series[0]
            .observations
            .iter()
            .map(|o| o.value)
            .collect();
        assert_eq!(values, [Some(1234.5), Some(1201.0)]);
        // The same message again changes nothing that has data.
        let again = structures::import(
            &t,
            "cli:test",
            "structure.xml",
            std::fs::File::open(&structure).unwrap(),
        )
        .await
        .unwrap();
        assert_eq!(again.structures, r.structures);
        // A changed structure of a flow with data is refused, and nothing of that import stays.
        let changed = std::fs::read_to_string(&structure)
            .unwrap()
            .replace("<str:Code id=\"MYS\">", "<str:Code id=\"SGP\"><com:Name xml:lang=\"en\">Singapore</com:Name></str:Code><str:Code id=\"MYS\">")
            .replace("id=\"SEX\" position=\"3\"", "id=\"SEX\" position=\"0\"");
        let e = structures::import(&t, "cli:test", "changed.xml", changed.as_bytes())
            .await
            .unwrap_err();
        assert!(e.to_string().contains("has published data"), "{e}");
        let area = t.codes("ILMS_CL_AREA").await.unwrap();
        assert!(!area.iter().any(|c| c.code == "SGP"), "all or nothing");
    }
}

#[tokio::test]
async fn bad_structure_messages_are_refused_with_a_reason() {
    for t in test_databases().await {
        let xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
        let e = structures::import(&t, "cli:test", "x.xml", xxe.as_bytes())
            .await
            .unwrap_err();
        assert!(e.to_string().contains("document type declaration"), "{e}");
        let dangling = r#"<mes:Structure xmlns:mes="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message" xmlns:str="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure" xmlns:com="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common"><mes:Structures>
<str:Codelists><str:Codelist agencyID="X" id="CL_NEW" version="1.0"><com:Name>New</com:Name><str:Code id="A"/></str:Codelist></str:Codelists>
<str:Dataflows><str:Dataflow agencyID="X" id="DF_NEW" version="1.0"><com:Name>New</com:Name><str:Structure><Ref id="DSD_NOWHERE"/></str:Structure></str:Dataflow></str:Dataflows>
</mes:Structures></mes:Structure>"#;
        let e = structures::import(&t, "cli:test", "x.xml", dangling.as_bytes())
            .await
            .unwrap_err();
        assert!(e.to_string().contains("DSD_NOWHERE"), "{e}");
        assert!(
            t.codes("CL_NEW").await.is_err(),
            "nothing of a refused import stays"
        );
        let e = structures::import(&t, "cli:test", "x.xml", &b"<html/>"[..])
            .await
            .unwrap_err();
        assert!(
            e.to_string()
                .contains("not an SDMX-ML 2.1 structure message"),
            "{e}"
        );
    }
}

#[tokio::test]
async fn the_sdmx_standards_own_sample_structure_imports() {
    let Some(path) = common::shared("sdmx-samples/ECB_EXR/ng-structure-full.xml") else {
        return;
    };
    for t in test_databases().await {
        let r = structures::import(
            &t,
            "cli:test",
            "ng-structure-full.xml",
            std::fs::File::open(&path).unwrap(),
        )
        .await
        .unwrap();
        assert_eq!(
            r.structures,
            vec![("ECB_EXR_NG".into(), "ECB_EXR_NG".into())]
        );
        let dsd = t.data_structure("ECB_EXR_NG").await.unwrap().unwrap();
        assert!(dsd.dimensions().count() >= 5, "{:?}", dsd.components);
        for c in &dsd.components {
            if let Some(list) = &c.codelist {
                assert!(!t.codes(list).await.unwrap().is_empty(), "{list} has codes");
            }
        }
    }
}
