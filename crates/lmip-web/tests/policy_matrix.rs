//! The authorization matrix: every registered route × method × kind of actor, checked against the
//! policy table. Adding a route without a policy entry fails here (and the route refuses everyone).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use lmip_domain::people::Role;
use lmip_domain::policy::{Actor, can};
use lmip_storage::testing::test_databases;
use lmip_web::authorize::{PolicyDenied, ROUTES, lookup};
use lmip_web::{AppState, WebConfig, router, router_from, routes};
use tower::ServiceExt;

#[test]
fn every_route_has_exactly_one_policy_entry() {
    let r = routes();
    assert!(
        r.unlisted().is_empty(),
        "routes without a policy entry: {:?}",
        r.unlisted()
    );
    for e in ROUTES {
        assert!(
            r.registered().contains(&(e.method, e.path)),
            "policy entry for a route that does not exist: {e:?}"
        );
        assert_eq!(
            ROUTES
                .iter()
                .filter(|x| x.method == e.method && x.path == e.path)
                .count(),
            1,
            "{e:?} twice"
        );
    }
}

#[test]
fn a_route_added_without_a_policy_entry_is_caught() {
    let r = routes().with_extra_route("/new-feature");
    assert_eq!(r.unlisted(), vec![("GET", "/new-feature")]);
}

#[tokio::test]
async fn a_route_without_a_policy_entry_refuses_everyone() {
    let dbs = test_databases().await;
    let state = AppState::new(dbs[0].db.clone(), WebConfig::default())
        .await
        .unwrap();
    let app = router_from(routes().with_extra_route("/new-feature"), state);
    let res = app
        .oneshot(Request::get("/new-feature").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(
        res.status(),
        StatusCode::INTERNAL_SERVER_ERROR,
        "fail closed"
    );
}

/// The organisations a route's `{org}` segment is tried with: the one every role actor belongs
/// to, and another one (whose admin is one of the actors).
const ORGS: [&str; 2] = ["operator", "ngo-elsewhere"];

/// Concrete addresses for a route template, with the organisation each names (if any).
fn concrete(path: &str) -> Vec<(String, Option<&'static str>)> {
    let base = path
        .replace("{lang}", "en")
        .replace("{section}", "jobs")
        .replace("{file}", "favicon.svg")
        .replace("{token}", &"0".repeat(64))
        .replace("{id}", "00000000000000000000000000")
        .replace("{*rest}", "dataflow")
        .replace("{code}", "TH");
    if base.contains("{org}") {
        ORGS.iter()
            .map(|org| (base.replace("{org}", org), Some(*org)))
            .collect()
    } else {
        vec![(base, None)]
    }
}

/// Signs in a fresh user holding `role` (or no role at all) and returns the session cookie.
async fn signed_in(db: &lmip_storage::Db, n: usize, role: Option<Role>, org: &str) -> String {
    let email = format!("matrix{n}@example.org");
    let added = lmip_services::users::add(
        db,
        "test",
        &email,
        org,
        role.unwrap_or(Role::Editor).as_str(),
        "http://x",
    )
    .await
    .unwrap();
    if role.is_none() {
        sqlx::query("DELETE FROM membership WHERE user_id = $1")
            .bind(&added.id)
            .execute(db.pool())
            .await
            .unwrap();
    }
    let token = added.link.rsplit('/').next().unwrap();
    lmip_services::auth::set_password(db, token, "matrix pass phrase", Default::default(), "test")
        .await
        .unwrap();
    let s = lmip_services::auth::sign_in(
        db,
        Default::default(),
        &email,
        "matrix pass phrase",
        "test",
        &format!("192.0.2.{n}"),
    )
    .await
    .unwrap();
    format!("__Host-lmip_session={}", s.cookie)
}

#[tokio::test]
async fn every_route_for_every_kind_of_actor() {
    for t in test_databases().await {
        let state = AppState::new(t.db.clone(), WebConfig::default())
            .await
            .unwrap();
        let mut actors: Vec<(String, Actor, Option<String>)> =
            vec![("anonymous".into(), Actor::anonymous(), None)];
        let cookie = signed_in(&t, 0, None, "operator").await;
        actors.push((
            "signed in, no role".into(),
            Actor::member(&[]),
            Some(cookie),
        ));
        for (i, role) in Role::ALL.into_iter().enumerate() {
            let cookie = signed_in(&t, i + 1, Some(role), "operator").await;
            actors.push((
                format!("signed in as {}", role.as_str()),
                Actor::member(&[("operator", role)]),
                Some(cookie),
            ));
        }
        // An administrator of another organisation: admin, but not of the instance.
        let mut tx = t.write().await.unwrap();
        tx.create_organisation(&lmip_storage::NewOrganisation {
            slug: "ngo-elsewhere",
            name: "An NGO",
            kind: "ngo",
            country: Some("TH"),
            website: None,
            source: None,
            is_sample: false,
        })
        .await
        .unwrap();
        tx.commit().await.unwrap();
        let cookie = signed_in(&t, 99, Some(Role::Admin), "ngo-elsewhere").await;
        actors.push((
            "admin of another organisation".into(),
            Actor::member(&[("ngo-elsewhere", Role::Admin)]),
            Some(cookie),
        ));
        // A member of an organisation that requires a second factor, without one yet.
        let mut tx = t.write().await.unwrap();
        tx.create_organisation(&lmip_storage::NewOrganisation {
            slug: "union-strict",
            name: "A union that requires a second factor",
            kind: "trade_union",
            country: Some("KH"),
            website: None,
            source: None,
            is_sample: false,
        })
        .await
        .unwrap();
        tx.set_require_second_factor("union-strict", true)
            .await
            .unwrap();
        tx.commit().await.unwrap();
        let cookie = signed_in(&t, 98, Some(Role::Admin), "union-strict").await;
        let mut must_enrol = Actor::member(&[("union-strict", Role::Admin)]);
        must_enrol.enrolment_required = true;
        actors.push((
            "admin who must set up a second factor".into(),
            must_enrol,
            Some(cookie),
        ));
        let mut checked = 0;
        let mut addresses = 0;
        for (method, path) in routes().registered().iter().copied() {
            let entry = lookup(&method.parse().unwrap(), path).expect("covered by the test above");
            for (uri, org) in concrete(path) {
                for (who, actor, cookie) in &actors {
                    let mut req = Request::builder().method(method).uri(&uri);
                    if let Some(c) = cookie {
                        req = req.header(header::COOKIE, c);
                    }
                    if method == "POST" {
                        req = req.header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
                    }
                    let res = router(state.clone())
                        .oneshot(req.body(Body::empty()).unwrap())
                        .await
                        .unwrap();
                    let was_denied = res.extensions().get::<PolicyDenied>().is_some();
                    let allowed = can(actor, entry.action, entry.target.resolve(org));
                    assert_eq!(
                        !was_denied,
                        allowed,
                        "{}: {method} {uri} for {who}: status {}",
                        t.label,
                        res.status()
                    );
                    let api = uri.starts_with("/api/");
                    if !allowed && api {
                        assert_eq!(res.status(), StatusCode::UNAUTHORIZED, "{method} {uri}");
                        assert_eq!(
                            res.headers()[header::CONTENT_TYPE],
                            "application/problem+json"
                        );
                    } else if !allowed && !actor.signed_in && method == "GET" {
                        assert_eq!(
                            res.headers()[header::LOCATION],
                            "/account/sign-in",
                            "{method} {uri}"
                        );
                    } else if !allowed && actor.enrolment_required && method == "GET" {
                        assert_eq!(
                            res.headers()[header::LOCATION],
                            "/account/two-factor",
                            "{method} {uri}"
                        );
                    } else if !allowed && actor.signed_in {
                        assert_eq!(
                            res.status(),
                            StatusCode::NOT_FOUND,
                            "{method} {uri}: existence is not revealed"
                        );
                    }
                    checked += 1;
                }
                addresses += 1;
            }
        }
        assert!(addresses >= routes().registered().len());
        assert_eq!(checked, addresses * actors.len());
        println!("{}: {checked} route × actor combinations checked", t.label);
    }
}
