//! The SDMX REST API over HTTP, in process, on both backends: structure queries, their references,
//! media types and SDMX error messages (never a 500 for a bad query).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use common::*;
use lmip_storage::testing::test_databases;
use lmip_web::{AppState, WebConfig};

async fn ask(state: &AppState, path: &str, accept: Option<&str>) -> Reply {
    let mut b = Request::get(path);
    if let Some(a) = accept {
        b = b.header(header::ACCEPT, a);
    }
    send(state, b.body(Body::empty()).unwrap()).await
}

const STRUCTURE: &str = "application/vnd.sdmx.structure+xml;version=2.1";

#[tokio::test]
async fn structure_queries() {
    for t in test_databases().await {
        let state = AppState::new(t.db.clone(), WebConfig::default())
            .await
            .unwrap();
        // sdmx1 asks like this for a flow: the DSD, its code lists and concepts come along.
        let r = ask(
            &state,
            "/sdmx/2.1/dataflow/LMIP/MIG_STOCK/latest?references=all",
            Some("*/*"),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{}: {}", t.label, r.body);
        assert_eq!(r.header(header::CONTENT_TYPE), STRUCTURE);
        for needle in [
            "<str:Dataflow agencyID=\"LMIP\" id=\"MIG_STOCK\" version=\"1.0\"",
            "<str:DataStructure agencyID=\"LMIP\" id=\"DSD_MIG\"",
            "<str:Codelist agencyID=\"LMIP\" id=\"CL_AREA\"",
            "<str:Code id=\"TH\"",
            "<com:Name xml:lang=\"th\">ไทย</com:Name>",
            "<str:ConceptScheme agencyID=\"LMIP\" id=\"CS_LMIP\"",
        ] {
            assert!(r.body.contains(needle), "{}: {needle}", t.label);
        }
        assert!(
            !r.body.contains("id=\"REMIT\""),
            "only what was asked for and its relatives"
        );
        // pysdmx percent-encodes + and adds a trailing slash.
        let r = ask(
            &state,
            "/sdmx/2.1/dataflow/LMIP/MIG_STOCK%2BREMIT/latest/",
            None,
        )
        .await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(r.body.contains("id=\"REMIT\"") && r.body.contains("id=\"MIG_STOCK\""));
        assert!(!r.body.contains("<str:Codelists>"), "no references asked");
        // Parents: which structures use a code list.
        let r = ask(
            &state,
            "/sdmx/2.1/codelist/LMIP/CL_COMPLAINT_CATEGORY?references=parents",
            None,
        )
        .await;
        assert!(r.body.contains("id=\"DSD_COMPLAINTS\"") && !r.body.contains("id=\"DSD_MIG\""));
        let r = ask(&state, "/sdmx/2.1/codelist?detail=allstubs", None).await;
        assert!(r.body.contains("id=\"CL_SEX\"") && !r.body.contains("<str:Code "));
    }
}

#[tokio::test]
async fn bad_structure_queries_get_sdmx_errors() {
    let dbs = test_databases().await;
    let state = AppState::new(dbs[0].db.clone(), WebConfig::default())
        .await
        .unwrap();
    for (path, accept, status, code) in [
        (
            "/sdmx/2.1/dataflow/LMIP/NOPE",
            None,
            StatusCode::NOT_FOUND,
            "100",
        ),
        (
            "/sdmx/2.1/dataflow/OTHER/all",
            None,
            StatusCode::NOT_FOUND,
            "100",
        ),
        (
            "/sdmx/2.1/dataflow/LMIP/MIG_STOCK/9.9",
            None,
            StatusCode::NOT_FOUND,
            "100",
        ),
        ("/sdmx/2.1/nonsense", None, StatusCode::NOT_FOUND, "100"),
        (
            "/sdmx/2.1/dataflow?references=cousins",
            None,
            StatusCode::BAD_REQUEST,
            "140",
        ),
        (
            "/sdmx/2.1/dataflow?detail=x",
            None,
            StatusCode::BAD_REQUEST,
            "140",
        ),
        (
            "/sdmx/2.1/dataflow?%zz=1",
            None,
            StatusCode::BAD_REQUEST,
            "140",
        ),
        (
            "/sdmx/2.1/categoryscheme",
            None,
            StatusCode::NOT_IMPLEMENTED,
            "501",
        ),
        (
            "/sdmx/2.1/data/MIG_STOCK/all",
            None,
            StatusCode::NOT_IMPLEMENTED,
            "501",
        ),
        (
            "/sdmx/2.1/dataflow",
            Some("application/vnd.sdmx.structure+json;version=1.0.0"),
            StatusCode::NOT_ACCEPTABLE,
            "140",
        ),
    ] {
        let r = ask(&state, path, accept).await;
        assert_eq!(r.status, status, "{path}: {}", r.body);
        assert_eq!(r.header(header::CONTENT_TYPE), "application/xml", "{path}");
        assert!(
            r.body
                .contains(&format!("<mes:ErrorMessage code=\"{code}\">")),
            "{path}: {}",
            r.body
        );
    }
}
