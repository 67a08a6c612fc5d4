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
            "/sdmx/2.1/availableconstraint/MIG_STOCK",
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

const FIRST: &str = "ref_area,indicator,sex,classif1,time,obs_value,obs_status
KHM,MNA_OEMP_SEX_CDS_NB,SEX_T,CDS_DES_THA,2021,51.25,
KHM,MNA_OEMP_SEX_CDS_NB,SEX_T,CDS_DES_THA,2022,60.5,P
LAO,MNA_OEMP_SEX_CDS_NB,SEX_F,CDS_DES_MYS,2022,0.125,E
";
/// A revision: 2022 confirmed with a new value.
const SECOND: &str = "ref_area,indicator,sex,classif1,time,obs_value,obs_status
KHM,MNA_OEMP_SEX_CDS_NB,SEX_T,CDS_DES_THA,2022,61,
";

#[tokio::test]
async fn data_queries_formats_and_releases() {
    for t in test_databases().await {
        lmip_services::ilostat::import_csv(&t, "test", "first.csv", FIRST.as_bytes())
            .await
            .unwrap();
        let state = AppState::new(t.db.clone(), WebConfig::default())
            .await
            .unwrap();
        let csv = "application/vnd.sdmx.data+csv;version=1.0.0";
        let r = ask(&state, "/sdmx/2.1/data/MIG_OUTFLOW/A.KH.TH._T", Some(csv)).await;
        assert_eq!(r.status, StatusCode::OK, "{}: {}", t.label, r.body);
        assert_eq!(r.header(header::CONTENT_TYPE), csv);
        assert_eq!(
            r.body,
            "DATAFLOW,FREQ,REF_AREA,COUNTERPART_AREA,SEX,TIME_PERIOD,OBS_VALUE,OBS_STATUS,NOTE,UNIT_MEASURE,UNIT_MULT,SOURCE\n\
             LMIP:MIG_OUTFLOW(1.0),A,KH,TH,_T,2021,51.25,,,PS,3,\"ILOSTAT, International Labour Organization (CC BY 4.0)\"\n\
             LMIP:MIG_OUTFLOW(1.0),A,KH,TH,_T,2022,60.5,P,,PS,3,\"ILOSTAT, International Labour Organization (CC BY 4.0)\"\n"
        );
        lmip_services::ilostat::import_csv(&t, "test", "second.csv", SECOND.as_bytes())
            .await
            .unwrap();
        // The latest release shows the revision; release 1 still shows what it published.
        let latest = ask(
            &state,
            "/sdmx/2.1/data/MIG_OUTFLOW/A.KH.TH._T?startPeriod=2022&format=csv",
            None,
        )
        .await;
        assert!(latest.body.contains(",2022,61,,"), "{}", latest.body);
        let first = ask(
            &state,
            "/sdmx/2.1/data/MIG_OUTFLOW/A.KH.TH._T?startPeriod=2022&format=csv&release=1",
            None,
        )
        .await;
        assert!(first.body.contains(",2022,60.5,P,"), "{}", first.body);
        let csv2 = ask(
            &state,
            "/sdmx/2.1/data/MIG_OUTFLOW/A.KH.TH._T?startPeriod=2022",
            Some("application/vnd.sdmx.data+csv;version=2.0.0"),
        )
        .await;
        assert_eq!(
            csv2.header(header::CONTENT_TYPE),
            "application/vnd.sdmx.data+csv;version=2.0.0"
        );
        assert!(
            csv2.body.starts_with("STRUCTURE,STRUCTURE_ID,ACTION,FREQ,")
                && csv2
                    .body
                    .contains("\ndataflow,LMIP:MIG_OUTFLOW(1.0),I,A,KH,TH,_T,2022,61,"),
            "{}",
            csv2.body
        );
        let before = ask(
            &state,
            "/sdmx/2.1/data/MIG_OUTFLOW/all?format=csv&asOf=2000-01-01",
            None,
        )
        .await;
        assert_eq!(before.status, StatusCode::NOT_FOUND);
        let json = ask(
            &state,
            "/sdmx/2.1/data/MIG_OUTFLOW/A.KH.TH._T?startPeriod=2022",
            Some("application/vnd.sdmx.data+json;version=1.0.0"),
        )
        .await;
        assert_eq!(
            json.header(header::CONTENT_TYPE),
            "application/vnd.sdmx.data+json;version=1.0.0"
        );
        assert!(
            json.body.contains("\"series\":{\"0:0:0:0\":{\"attributes\":[0,0,0],\"observations\":{\"0\":[61.0,null,null]}}}"),
            "{}",
            json.body
        );
        // Generic data is the default; structure-specific on request; flat layout.
        let g = ask(
            &state,
            "/sdmx/2.1/data/MIG_OUTFLOW/.KH+LA..?lastNObservations=1",
            None,
        )
        .await;
        assert_eq!(
            g.header(header::CONTENT_TYPE),
            "application/vnd.sdmx.genericdata+xml;version=2.1"
        );
        assert!(
            g.body
                .contains("<gen:ObsDimension value=\"2022\"/><gen:ObsValue value=\"61\"/>")
        );
        assert!(!g.body.contains("value=\"2021\""), "last observation only");
        let s = ask(
            &state,
            "/sdmx/2.1/data/LMIP,MIG_OUTFLOW,1.0/A.LA.MY.F?dimensionAtObservation=AllDimensions",
            Some("application/vnd.sdmx.structurespecificdata+xml;version=2.1"),
        )
        .await;
        assert!(
            s.body.contains("<Obs FREQ=\"A\" REF_AREA=\"LA\" COUNTERPART_AREA=\"MY\" SEX=\"F\" TIME_PERIOD=\"2022\" OBS_VALUE=\"0.125\""),
            "{}",
            s.body
        );
    }
}

#[tokio::test]
async fn bad_data_queries_get_sdmx_errors() {
    let dbs = test_databases().await;
    lmip_services::ilostat::import_csv(&dbs[0], "test", "first.csv", FIRST.as_bytes())
        .await
        .unwrap();
    let state = AppState::new(dbs[0].db.clone(), WebConfig::default())
        .await
        .unwrap();
    for (path, accept, status, code) in [
        (
            "/sdmx/2.1/data/NOPE/all",
            None,
            StatusCode::NOT_FOUND,
            "100",
        ),
        (
            "/sdmx/2.1/data/MIG_STOCK/all",
            None,
            StatusCode::NOT_FOUND,
            "100",
        ),
        (
            "/sdmx/2.1/data/MIG_OUTFLOW/A.XX.TH._T",
            None,
            StatusCode::NOT_FOUND,
            "100",
        ),
        (
            "/sdmx/2.1/data/OTHER,MIG_OUTFLOW/all",
            None,
            StatusCode::NOT_FOUND,
            "100",
        ),
        (
            "/sdmx/2.1/data/MIG_OUTFLOW/A.KH",
            None,
            StatusCode::BAD_REQUEST,
            "140",
        ),
        (
            "/sdmx/2.1/data/MIG_OUTFLOW/A.K%3CH.TH._T",
            None,
            StatusCode::BAD_REQUEST,
            "140",
        ),
        (
            "/sdmx/2.1/data/MIG_OUTFLOW/all?startPeriod=2022&endPeriod=2020",
            None,
            StatusCode::BAD_REQUEST,
            "140",
        ),
        (
            "/sdmx/2.1/data/MIG_OUTFLOW/all?startPeriod=last+year",
            None,
            StatusCode::BAD_REQUEST,
            "140",
        ),
        (
            "/sdmx/2.1/data/MIG_OUTFLOW/all?lastNObservations=0",
            None,
            StatusCode::BAD_REQUEST,
            "140",
        ),
        (
            "/sdmx/2.1/data/MIG_OUTFLOW/all?release=9",
            None,
            StatusCode::NOT_FOUND,
            "100",
        ),
        (
            "/sdmx/2.1/data/MIG_OUTFLOW/all?includeHistory=true",
            None,
            StatusCode::NOT_IMPLEMENTED,
            "501",
        ),
        (
            "/sdmx/2.1/data/MIG_OUTFLOW/all?updatedAfter=2999-01-01",
            None,
            StatusCode::NOT_FOUND,
            "100",
        ),
        (
            "/sdmx/2.1/data/MIG_OUTFLOW/all?updatedAfter=2020-13-45",
            None,
            StatusCode::BAD_REQUEST,
            "140",
        ),
        (
            "/sdmx/2.1/data/MIG_OUTFLOW/all?updatedAfter=yesterday",
            None,
            StatusCode::BAD_REQUEST,
            "140",
        ),
        (
            "/sdmx/2.1/data/MIG_OUTFLOW/all/ILO",
            None,
            StatusCode::NOT_IMPLEMENTED,
            "501",
        ),
        (
            "/sdmx/2.1/data/MIG_OUTFLOW/all?format=xlsx",
            None,
            StatusCode::NOT_ACCEPTABLE,
            "140",
        ),
        (
            "/sdmx/2.1/data/MIG_OUTFLOW/all",
            Some(
                "application/vnd.sdmx.data+json;version=2.0.0, application/vnd.sdmx.data+csv;version=3.0.0",
            ),
            StatusCode::NOT_ACCEPTABLE,
            "140",
        ),
    ] {
        let r = ask(&state, path, accept).await;
        assert_eq!(r.status, status, "{path}: {}", r.body);
        assert!(
            r.body
                .contains(&format!("<mes:ErrorMessage code=\"{code}\">")),
            "{path}: {}",
            r.body
        );
    }
}

/// Publishes `n` MIG_STOCK series (destination TH, origins from a list of codes, three sexes),
/// each with two years.
async fn many_series(db: &lmip_storage::Db, origins: &[&str]) -> usize {
    let mut obs = Vec::new();
    for o in origins {
        for sex in ["F", "M", "_T"] {
            for (year, v) in [("2019", 1.0), ("2020", 2.0)] {
                obs.push(lmip_storage::Observation {
                    series_key: format!("A.TH.{o}.{sex}"),
                    time_period: year.into(),
                    value: Some(v),
                    obs_status: None,
                    note: None,
                });
            }
        }
    }
    let mut tx = db.write().await.unwrap();
    tx.publish_release("MIG_STOCK", "test", "many", &obs, &[])
        .await
        .unwrap();
    tx.commit().await.unwrap();
    obs.len()
}

#[tokio::test]
async fn large_answers_stream_in_batches_and_stay_whole() {
    for t in test_databases().await {
        // More series than one streamed batch holds (500), so the answer crosses batches.
        let origins: Vec<String> = ('A'..='Z')
            .flat_map(|a| ('A'..='H').map(move |b| format!("{a}{b}")))
            .collect();
        let origins: Vec<&str> = origins.iter().map(String::as_str).collect();
        let n = many_series(&t, &origins).await;
        assert!(n / 2 > 500, "{n}");
        let state = AppState::new(t.db.clone(), WebConfig::default())
            .await
            .unwrap();
        let all = ask(&state, "/sdmx/2.1/data/MIG_STOCK/all?format=csv", None).await;
        assert_eq!(all.status, StatusCode::OK, "{}", t.label);
        let lines: Vec<&str> = all.body.lines().collect();
        assert_eq!(lines.len(), n + 1, "{}", t.label);
        // In key order, byte by byte, on both backends.
        let keys: Vec<String> = lines[1..]
            .iter()
            .map(|l| l.split(',').skip(1).take(4).collect::<Vec<_>>().join("."))
            .collect();
        assert!(
            keys.windows(2).all(|w| w[0] <= w[1]),
            "{}: keys out of order",
            t.label
        );
        assert!(keys.contains(&"A.TH.ZH._T".to_string()));
        // A wildcard in a leading dimension reads the flow and filters as it streams.
        let women = ask(&state, "/sdmx/2.1/data/MIG_STOCK/A...F?format=csv", None).await;
        assert_eq!(women.body.lines().count(), n / 3 + 1, "{}", t.label);
        assert!(women.body.lines().skip(1).all(|l| l.contains(",F,20")));
        // SDMX-JSON written series by series is one valid document.
        let json = ask(&state, "/sdmx/2.1/data/MIG_STOCK/all?format=json", None).await;
        let v: serde_json::Value = serde_json::from_str(&json.body).unwrap();
        assert_eq!(
            v["dataSets"][0]["series"].as_object().map(|m| m.len()),
            Some(n / 2),
            "{}",
            t.label
        );
        // lastNObservations applies per series, across batches.
        let last = ask(
            &state,
            "/sdmx/2.1/data/MIG_STOCK/all?format=csv&lastNObservations=1",
            None,
        )
        .await;
        assert_eq!(last.body.lines().count(), n / 2 + 1);
        assert!(last.body.lines().skip(1).all(|l| l.contains(",2020,2")));
    }
}

#[tokio::test]
async fn streamed_answers_at_once_are_bounded_with_a_clear_503() {
    for t in test_databases().await {
        many_series(&t, &["KH", "LA"]).await;
        let state = AppState::new(t.db.clone(), WebConfig::default())
            .await
            .unwrap();
        let app = lmip_web::router(state.clone());
        // Responses whose bodies nobody reads keep their place.
        let mut held = Vec::new();
        for _ in 0..4 {
            let r = tower::ServiceExt::oneshot(
                app.clone(),
                Request::get("/sdmx/2.1/data/MIG_STOCK/all")
                    .body(Body::empty())
                    .unwrap(),
            )
            .await
            .unwrap();
            assert_eq!(r.status(), StatusCode::OK);
            held.push(r);
        }
        let busy = ask(&state, "/sdmx/2.1/data/MIG_STOCK/all", None).await;
        assert_eq!(busy.status, StatusCode::SERVICE_UNAVAILABLE, "{}", t.label);
        assert_eq!(busy.header(header::RETRY_AFTER), "60");
        assert!(busy.body.contains("503"), "{}", busy.body);
        // A finished answer gives its place back.
        let done = held.pop().unwrap();
        let body = common::reply(done).await;
        assert!(body.body.ends_with("</mes:GenericData>"), "{}", body.body);
        let ok = ask(&state, "/sdmx/2.1/data/MIG_STOCK/all", None).await;
        assert_eq!(ok.status, StatusCode::OK, "{}", t.label);
    }
}
