//! Statistical structures in storage, on every test database.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use lmip_storage::testing::test_databases;

#[tokio::test]
async fn built_in_structures_are_stored_as_defined() {
    for t in test_databases().await {
        assert_eq!(
            t.dataflows().await.unwrap(),
            {
                let mut f = lmip_stats::builtin::dataflows();
                f.sort_by(|a, b| a.id.cmp(&b.id));
                f
            },
            "{}",
            t.label
        );
        for s in lmip_stats::builtin::structures() {
            assert_eq!(t.data_structure(&s.id).await.unwrap(), Some(s));
        }
        assert_eq!(t.data_structure("DSD_NONE").await.unwrap(), None);
        assert_eq!(t.dataflow("NONE").await.unwrap(), None);
        assert_eq!(
            t.concepts().await.unwrap().len(),
            lmip_stats::builtin::concepts().len()
        );
        // Every code list a component names is there, with codes.
        for s in lmip_stats::builtin::structures() {
            for c in s.components.iter().filter_map(|c| c.codelist.as_deref()) {
                assert!(!t.codes(c).await.unwrap().is_empty(), "{}: {c}", t.label);
            }
        }
        let areas = t.codes("CL_AREA").await.unwrap();
        assert!(areas.iter().any(|c| c.code == "TH") && areas.iter().any(|c| c.code == "_T"));
    }
}

#[tokio::test]
async fn series_are_found_by_key_prefix_in_byte_order() {
    for t in test_databases().await {
        let keys = [
            "A.TH._T.F",
            "A.TH.MY.F",
            "A.THA.X.F",
            "A.T.H.F",
            "A.TH_.X.F",
            "B.TH.MY.F",
        ];
        let obs: Vec<lmip_storage::Observation> = keys
            .iter()
            .map(|k| lmip_storage::Observation {
                series_key: (*k).to_string(),
                time_period: "2024".into(),
                value: Some(1.0),
                obs_status: None,
                note: None,
            })
            .collect();
        let mut tx = t.write().await.unwrap();
        tx.publish_release("MIG_STOCK", "test", "", &obs, &[])
            .await
            .unwrap();
        tx.commit().await.unwrap();
        let found: Vec<String> = t
            .series_with_prefix("MIG_STOCK", "A.TH.")
            .await
            .unwrap()
            .into_iter()
            .map(|s| s.1)
            .collect();
        assert_eq!(found, ["A.TH.MY.F", "A.TH._T.F"], "{}", t.label);
        assert!(
            t.series_with_prefix("MIG_STOCK", "Z.")
                .await
                .unwrap()
                .is_empty()
        );
    }
}
