//! Statistics submissions in the back office, over HTTP in process, on both backends: the upload
//! form (multipart, CSRF, large files), the report in the reader's language, and the approver's
//! decision reaching the SDMX API.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use common::*;
use lmip_storage::testing::test_databases;
use lmip_web::{AppState, WebConfig};

async fn upload(
    state: &AppState,
    cookie: &str,
    fields: &[(&str, &str)],
    file: Option<(&str, &[u8])>,
    extra: &[(&str, &str)],
) -> Reply {
    let mut b = Request::post("/office/organisations/operator/submissions")
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .header(header::COOKIE, cookie);
    for (k, v) in extra {
        b = b.header(*k, *v);
    }
    send(state, b.body(Body::from(multipart(fields, file))).unwrap()).await
}

const HEAD: &str =
    "DATAFLOW,FREQ,REF_AREA,COUNTERPART_AREA,SEX,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE\n";

fn csv(rows: &[(&str, &str)]) -> Vec<u8> {
    let mut s = HEAD.to_string();
    for (key, value) in rows {
        s.push_str(&format!(
            "MIG_OUTFLOW,{},2024,{value},PS\n",
            key.replace('.', ",")
        ));
    }
    s.into_bytes()
}

#[tokio::test]
async fn a_focal_point_uploads_and_another_approver_publishes() {
    for t in test_databases().await {
        let state = AppState::new(t.db.clone(), WebConfig::default())
            .await
            .unwrap();
        let (focal, focal_csrf) = signed_in(&t, "focal@example.org", "stats_focal_point", 50).await;
        let (approver, approver_csrf) =
            signed_in(&t, "approver@example.org", "stats_approver", 51).await;
        // The way in, from the back office's home.
        let home = get(&state, "/office", &focal).await;
        assert!(
            home.body.contains("href=\"/office/statistics\""),
            "{}",
            home.body
        );
        let page = get(&state, "/office/statistics", &focal).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("enctype=\"multipart/form-data\""));
        assert!(
            page.body
                .contains("action=\"/office/organisations/operator/submissions\"")
        );
        // A file with a warning: the total is not the sum of its parts.
        let file = csv(&[
            ("A.KH.TH._T", "300"),
            ("A.KH.TH.M", "200"),
            ("A.KH.TH.F", "150"),
        ]);
        let fields = [
            ("csrf", focal_csrf.as_str()),
            ("flow", "MIG_OUTFLOW"),
            ("period", "2024"),
            ("encoding", "auto"),
        ];
        let r = upload(
            &state,
            &focal,
            &fields,
            Some(("outflow-2024.csv", &file)),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let report_path = r.header(header::LOCATION);
        assert!(report_path.starts_with("/office/organisations/operator/submissions/"));
        let report = get(&state, &report_path, &focal).await;
        assert_eq!(report.status, StatusCode::OK);
        assert!(report.body.contains("outflow-2024.csv"));
        assert!(
            report
                .body
                .contains("The total of A.KH.TH._T for 2024 is 300, but its parts add up to 350."),
            "{}",
            report.body
        );
        assert!(
            !report.body.contains("/approve"),
            "a focal point gets no decision form"
        );
        // The same report in Thai.
        let thai = send(
            &state,
            Request::get(&report_path)
                .header(header::COOKIE, format!("{focal}; lmip_lang=th"))
                .header(header::ACCEPT_LANGUAGE, "th")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        assert!(
            thai.body.contains("ยอดรวมของ A.KH.TH._T ปี 2024 คือ 300"),
            "{}",
            thai.body
        );
        // The focal point cannot approve: the policy stops them before the handler (with the
        // answer that reveals nothing).
        let id = report_path.rsplit('/').next().unwrap();
        let approve = format!("/office/organisations/operator/submissions/{id}/approve");
        let r = post(&state, &approve, &focal, &format!("csrf={focal_csrf}"), &[]).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        assert_eq!(
            t.submissions(None, 10).await.unwrap()[0].status,
            "validated"
        );
        // The approver must accept the warning explicitly.
        let page = get(&state, &report_path, &approver).await;
        assert!(page.body.contains("name=\"accept_warnings\""));
        let r = post(
            &state,
            &approve,
            &approver,
            &format!("csrf={approver_csrf}"),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("Tick the box to accept them"), "{}", r.body);
        let r = post(
            &state,
            &approve,
            &approver,
            &format!("csrf={approver_csrf}&accept_warnings=on"),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let done = get(&state, &r.header(header::LOCATION), &approver).await;
        assert!(done.body.contains("Published as a new release."));
        // Public now, through the SDMX API.
        let data = get(
            &state,
            "/sdmx/2.1/data/MIG_OUTFLOW/A.KH.TH.F?format=csv",
            "",
        )
        .await;
        assert_eq!(data.status, StatusCode::OK, "{}", data.body);
        assert!(data.body.contains(",2024,150"), "{}", data.body);
    }
}

#[tokio::test]
async fn uploads_check_their_form_and_report_bad_files() {
    for t in test_databases().await {
        let state = AppState::new(t.db.clone(), WebConfig::default())
            .await
            .unwrap();
        let (focal, csrf) = signed_in(&t, "focal@example.org", "stats_focal_point", 60).await;
        let file = csv(&[("A.KH.TH._T", "300")]);
        let good = |token: &'static str| {
            [
                ("csrf", token),
                ("flow", "MIG_OUTFLOW"),
                ("period", "2024"),
                ("encoding", "auto"),
            ]
        };
        // A forged token, another site, and a body that is not a multipart form: refused.
        let r = upload(&state, &focal, &good("forged"), Some(("a.csv", &file)), &[]).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        let csrf: &'static str = Box::leak(csrf.into_boxed_str());
        for (name, value) in [
            ("sec-fetch-site", "cross-site"),
            ("origin", "https://evil.example"),
        ] {
            let r = upload(
                &state,
                &focal,
                &good(csrf),
                Some(("a.csv", &file)),
                &[(name, value)],
            )
            .await;
            assert_eq!(r.status, StatusCode::FORBIDDEN, "{name}");
        }
        let r = post(
            &state,
            "/office/organisations/operator/submissions",
            &focal,
            &format!("csrf={csrf}&flow=MIG_OUTFLOW&period=2024"),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        assert_eq!(
            t.submissions(None, 10).await.unwrap().len(),
            0,
            "nothing was stored"
        );
        // The form's own mistakes come back on the form, in words.
        let mut bad_period = good(csrf);
        bad_period[2] = ("period", "2024-2020");
        let r = upload(&state, &focal, &bad_period, Some(("a.csv", &file)), &[]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("Give one year, like 2024, or a range"));
        let r = upload(&state, &focal, &good(csrf), None, &[]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("Choose a file to send."));
        let mut extra_field = good(csrf).to_vec();
        extra_field.push(("status", "released"));
        let r = upload(&state, &focal, &extra_field, Some(("a.csv", &file)), &[]).await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "server-owned fields are refused"
        );
        // A file's mistakes are the report's, with where they are.
        let broken = b"DATAFLOW,FREQ,REF_AREA,COUNTERPART_AREA,SEX,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE\nMIG_OUTFLOW,A,KH,QQ,F,2024,12,PS\nMIG_OUTFLOW,A,KH,TH,F,2024,abc,PS\n";
        let r = upload(
            &state,
            &focal,
            &good(csrf),
            Some(("broken.csv", broken)),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let report = get(&state, &r.header(header::LOCATION), &focal).await;
        assert!(
            report
                .body
                .contains("QQ is not a code of COUNTERPART_AREA."),
            "{}",
            report.body
        );
        assert!(report.body.contains("row 2, column COUNTERPART_AREA"));
        assert!(report.body.contains("abc is not a number."));
        assert!(report.body.contains("Has errors: send a corrected file"));
        // Larger than any form (over 1 MiB) but within the upload limit: accepted.
        let mut big = HEAD.as_bytes().to_vec();
        while big.len() < 2 * 1024 * 1024 {
            big.extend(b"MIG_OUTFLOW,A,KH,TH,F,2024,1,PS\n");
        }
        let r = upload(&state, &focal, &good(csrf), Some(("big.csv", &big)), &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "a 2 MiB file is taken");
    }
}

#[tokio::test]
async fn focal_points_download_the_questionnaire_from_the_back_office() {
    for t in test_databases().await {
        let state = AppState::new(t.db.clone(), WebConfig::default())
            .await
            .unwrap();
        let (focal, _) = signed_in(&t, "focal@example.org", "stats_focal_point", 70).await;
        let (approver, _) = signed_in(&t, "approver@example.org", "stats_approver", 71).await;
        let page = get(&state, "/office/statistics", &focal).await;
        assert!(
            page.body
                .contains("action=\"/office/organisations/operator/submissions/template\"")
        );
        let path = "/office/organisations/operator/submissions/template?flow=MIG_OUTFLOW&year=2024&country=KH";
        let res = tower::ServiceExt::oneshot(
            lmip_web::router(state.clone()),
            Request::get(path)
                .header(header::COOKIE, &focal)
                .header(header::ACCEPT_LANGUAGE, "km")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        assert!(
            res.headers()[header::CONTENT_DISPOSITION]
                .to_str()
                .unwrap()
                .contains("MIG_OUTFLOW-KH-2024.xlsx")
        );
        let bytes = http_body_util::BodyExt::collect(res.into_body())
            .await
            .unwrap()
            .to_bytes();
        assert!(bytes.starts_with(b"PK\x03\x04"));
        // Only focal points (the policy answers others as if nothing were there).
        let r = get(&state, path, &approver).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        // Mistakes come back on the page, in words.
        let r = get(
            &state,
            "/office/organisations/operator/submissions/template?flow=NOPE&year=2024&country=KH",
            &focal,
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("Choose a table from the list."));
        let r = get(
            &state,
            "/office/organisations/operator/submissions/template?flow=MIG_OUTFLOW&year=2024&country=ZZ",
            &focal,
        )
        .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("Give the two-letter code of the country"));
    }
}
