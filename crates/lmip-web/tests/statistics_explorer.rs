//! The public statistics explorer and country profiles over HTTP, in process, on both backends,
//! with the demo statistics: every language, plain GET forms, downloads that hold exactly the
//! figures the table shows, clear errors.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use axum::http::{StatusCode, header};
use common::*;
use lmip_domain::Locale;
use lmip_storage::testing::test_databases;
use lmip_web::{AppState, WebConfig};

/// The numbers in the page's table, in reading order.
fn table_numbers(html: &str) -> Vec<String> {
    let body = html
        .split("<tbody>")
        .nth(1)
        .unwrap()
        .split("</tbody>")
        .next()
        .unwrap();
    body.split("<td>")
        .skip(1)
        .map(|c| c.split("</td>").next().unwrap().to_string())
        .filter(|c| !c.is_empty())
        .map(|c| c.split(' ').next().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn the_explorer_works_in_every_language_without_javascript() {
    for t in test_databases().await {
        lmip_services::demo::load(&t, "test").await.unwrap();
        let state = AppState::new(t.db.clone(), WebConfig::default())
            .await
            .unwrap();
        let catalog = lmip_i18n::Catalog::load().unwrap();
        for locale in Locale::ALL {
            let r = get(&state, &format!("/{locale}/statistics"), "").await;
            assert_eq!(r.status, StatusCode::OK, "{locale}");
            let title = catalog.text(locale, "stats-explorer-title").value;
            assert!(r.body.contains(&format!("<h1>{title}</h1>")), "{locale}");
            assert!(
                r.body.contains("<form method=\"get\" action=\""),
                "{locale}"
            );
            assert!(!r.body.contains("<script"), "{locale}: no script");
            assert!(r.body.contains("<svg class=\"chart\""), "{locale}: a chart");
            assert!(r.body.len() < 30_000, "{locale}: {} bytes", r.body.len());
        }
        // The page names its permalink and the matching SDMX query, and both work.
        let page = get(&state, "/en/statistics", "").await.body;
        let permalink = page
            .split("<a href=\"")
            .map(|s| s.split('"').next().unwrap())
            .find(|h| h.starts_with("/en/statistics?flow=") && !h.contains("format="))
            .unwrap()
            .replace("&amp;", "&")
            .replace("&#38;", "&");
        let sdmx = page
            .split("<a href=\"")
            .map(|s| s.split('"').next().unwrap())
            .find(|h| h.starts_with("/sdmx/2.1/data/"))
            .unwrap()
            .replace("&amp;", "&")
            .replace("&#38;", "&");
        let same = get(&state, &permalink, "").await;
        assert_eq!(same.status, StatusCode::OK);
        let shown = table_numbers(&same.body);
        assert!(!shown.is_empty());
        let data = get(&state, &format!("{sdmx}&format=csv"), "").await;
        assert_eq!(data.status, StatusCode::OK, "{sdmx}: {}", data.body);
        // The CSV download holds exactly the values of the table.
        let csv = get(&state, &format!("{permalink}&format=csv"), "").await;
        assert_eq!(csv.status, StatusCode::OK);
        assert!(
            csv.header(header::CONTENT_TYPE).starts_with("text/csv"),
            "{permalink}: {} {}",
            csv.header(header::CONTENT_TYPE),
            &csv.body[..csv.body.len().min(300)]
        );
        assert!(
            csv.header(header::CONTENT_DISPOSITION)
                .contains("attachment")
        );
        let lines: Vec<&str> = csv.body.lines().collect();
        assert!(lines[0].starts_with("flow,ref_area,"));
        let values: Vec<String> = lines[1..]
            .iter()
            .filter_map(|l| {
                let cells: Vec<&str> = l.split(',').collect();
                let v = cells[cells.len() - 4];
                (!v.is_empty()).then(|| v.to_string())
            })
            .collect();
        let mut a = shown.clone();
        let mut b = values.clone();
        a.sort();
        b.sort();
        assert_eq!(a, b, "the download holds what the table shows");
        // And the Excel download too: a workbook with a row per value.
        let res = tower::ServiceExt::oneshot(
            lmip_web::router(state.clone()),
            axum::http::Request::get(format!("{permalink}&format=xlsx"))
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(
            res.headers()[header::CONTENT_TYPE],
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        );
        let bytes = http_body_util::BodyExt::collect(res.into_body())
            .await
            .unwrap()
            .to_bytes();
        let mut numbers = 0;
        lmip_xlsx::for_each_row(
            std::io::Cursor::new(bytes.to_vec()),
            &lmip_xlsx::Limits::default(),
            |_, (row, cells)| {
                if row > 1 && cells.iter().any(|(c, _)| *c == 8) {
                    numbers += 1;
                }
                std::ops::ControlFlow::Continue(())
            },
        )
        .unwrap();
        assert_eq!(numbers, values.len(), "the workbook holds the same values");
        // Clear errors.
        let r = get(&state, "/en/statistics?format=pdf", "").await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST);
        let r = get(&state, "/en/statistics/country/ZZ", "").await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        let r = get(&state, "/xx/statistics", "").await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        // Odd choices fall back to what exists rather than failing.
        let r = get(
            &state,
            "/en/statistics?flow=NOPE&area=%3Cscript%3E&from=abc",
            "",
        )
        .await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(!r.body.contains("<script>"));
    }
}

#[tokio::test]
async fn a_country_profile_shows_its_figures() {
    for t in test_databases().await {
        lmip_services::demo::load(&t, "test").await.unwrap();
        let state = AppState::new(t.db.clone(), WebConfig::default())
            .await
            .unwrap();
        // The explorer's default country has departures in the demo data.
        let page = get(&state, "/en/statistics", "").await.body;
        let profile = page
            .split("<a href=\"")
            .map(|s| s.split('"').next().unwrap())
            .find(|h| h.starts_with("/en/statistics/country/"))
            .unwrap()
            .to_string();
        let r = get(&state, &profile, "").await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(
            r.body.contains("Leaving for work abroad, by destination"),
            "{}",
            r.body
        );
        assert!(r.body.contains("<svg class=\"chart\""));
        let th = get(&state, &profile.replace("/en/", "/th/"), "").await;
        assert!(th.body.contains("ผู้ไปทำงานต่างประเทศ แยกตามประเทศปลายทาง"));
    }
}
