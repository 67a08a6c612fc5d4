//! Helpers shared by the HTTP test files: requests in process, replies, staff accounts.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use lmip_web::{AppState, router};
use tower::ServiceExt;

pub struct Reply {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: String,
}

impl Reply {
    pub fn header(&self, name: header::HeaderName) -> String {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string()
    }
    /// The `name=value` part of a Set-Cookie header for `name`.
    pub fn cookie(&self, name: &str) -> String {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|c| c.starts_with(&format!("{name}=")))
            .map(|c| c.split(';').next().unwrap().to_string())
            .unwrap_or_default()
    }
    pub fn csrf(&self) -> String {
        self.body
            .split("name=\"csrf\" value=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_string()
    }
}

pub async fn reply(res: axum::http::Response<Body>) -> Reply {
    let status = res.status();
    let headers = res.headers().clone();
    let body =
        String::from_utf8(res.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap();
    Reply {
        status,
        headers,
        body,
    }
}

pub async fn send(state: &AppState, req: Request<Body>) -> Reply {
    let res = router(state.clone()).oneshot(req).await.unwrap();
    reply(res).await
}

pub async fn get(state: &AppState, path: &str, cookie: &str) -> Reply {
    send(
        state,
        Request::get(path)
            .header(header::COOKIE, cookie)
            .body(Body::empty())
            .unwrap(),
    )
    .await
}

pub async fn post(
    state: &AppState,
    path: &str,
    cookie: &str,
    form: &str,
    extra: &[(&str, &str)],
) -> Reply {
    let mut b = Request::post(path)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::COOKIE, cookie);
    for (k, v) in extra {
        b = b.header(*k, *v);
    }
    send(state, b.body(Body::from(form.to_string())).unwrap()).await
}

pub const PASSPHRASE: &str = "one long passphrase";

/// Adds a staff member with `role` in the operator's organisation, with a password set.
pub async fn staff(db: &lmip_storage::Db, email: &str, role: &str) {
    let added = lmip_services::users::add(db, "cli:test", email, "operator", role, "http://x")
        .await
        .unwrap();
    let token = added.link.rsplit('/').next().unwrap();
    lmip_services::auth::set_password(db, token, PASSPHRASE, Default::default(), "test")
        .await
        .unwrap();
}

/// Signs a staff member in from a browser described as `agent`, at address `client`.
pub async fn sign_in_as(
    db: &lmip_storage::Db,
    email: &str,
    agent: &str,
    client: &str,
) -> lmip_services::auth::SignedIn {
    lmip_services::auth::sign_in(db, Default::default(), email, PASSPHRASE, agent, client)
        .await
        .unwrap()
}

/// Asserts a 429 that tells the person to wait one minute, in words and in `Retry-After`.
pub fn assert_throttled(r: &Reply, why: &str) {
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "{why}");
    assert_eq!(r.header(header::RETRY_AFTER), "60", "{why}");
    assert!(
        r.body
            .contains("Too many attempts. Wait 1 minute(s) and try again."),
        "{why}: {}",
        r.body
    );
}

pub fn enc(s: &str) -> String {
    s.replace('@', "%40").replace(' ', "+")
}

/// The boundary of the multipart bodies the tests build.
pub const BOUNDARY: &str = "lmip-test-boundary-7f3a";

/// A multipart form body with these text fields and, optionally, one file.
pub fn multipart(fields: &[(&str, &str)], file: Option<(&str, &[u8])>) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    if let Some((file_name, bytes)) = file {
        body.extend(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\nContent-Type: text/csv\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend(bytes);
        body.extend(b"\r\n");
    }
    body.extend(format!("--{BOUNDARY}--\r\n").as_bytes());
    body
}

/// A staff member with `role` in the operator, signed in: (cookie, form token).
pub async fn signed_in(t: &lmip_storage::Db, email: &str, role: &str, n: u8) -> (String, String) {
    staff(t, email, role).await;
    let s = sign_in_as(t, email, "t", &format!("192.0.2.{n}")).await;
    (format!("__Host-lmip_session={}", s.cookie), s.csrf)
}

/// Applies a regulator's list (CSV) for `issuer` to the register, as the command line would.
pub async fn register(t: &lmip_storage::Db, issuer: &str, list: &str) {
    let staged = lmip_services::licences::stage_list(
        t,
        "cli:test",
        "",
        issuer,
        "Regulator",
        "list.csv",
        list.as_bytes(),
    )
    .await
    .unwrap();
    lmip_services::licences::apply(
        t,
        "cli:test",
        &staged.id,
        false,
        &lmip_search::Segmenter::new(),
    )
    .await
    .unwrap();
}

/// Asserts that a JSON value holds exactly the fields its OpenAPI schema requires.
pub fn assert_fields(value: &serde_json::Value, schema: &str) {
    let doc: serde_json::Value = serde_json::from_str(lmip_web::api::OPENAPI).unwrap();
    let s = &doc["components"]["schemas"][schema];
    let mut required: Vec<&str> = s["required"]
        .as_array()
        .unwrap_or_else(|| panic!("{schema} has no required fields"))
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let mut present: Vec<&str> = value
        .as_object()
        .unwrap_or_else(|| panic!("{schema}: {value} is not an object"))
        .keys()
        .map(String::as_str)
        .collect();
    required.sort();
    present.sort();
    assert_eq!(present, required, "{schema}");
}
