//! The seeded-canary test for complainants' personal data, on the real process: a complaint
//! carrying unique marker strings (name, phone, words, the employer named) is filed over HTTP,
//! refused once for a bad number, looked up, opened and annotated by a caseworker, while the
//! server logs everything at debug level as JSON. Then the database file, its WAL, a backup made
//! by `lmip backup` and the log are searched: no marker appears in clear anywhere.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

const NAME: &str = "Zqxcanaryname";
const PHONE_TYPED: &str = "%2B66+81+999+1357";
const WORDS: &str = "qqcanarywords";
const EMPLOYER: &str = "Zzcanaryfarm";
const NOTE: &str = "qqcanarynote";
/// What must not be found, in every form it could take.
const MARKERS: [&str; 7] = [
    NAME,
    "+66819991357",
    "819991357",
    "81 999 1357",
    WORDS,
    EMPLOYER,
    NOTE,
];

fn http(port: u16, request: &str) -> String {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    s.write_all(request.as_bytes()).unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    out
}

fn cookie_line(cookie: &str) -> String {
    if cookie.is_empty() {
        String::new()
    } else {
        format!("Cookie: {cookie}\r\n")
    }
}

fn get(port: u16, path: &str, cookie: &str) -> String {
    http(
        port,
        &format!(
            "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{}Connection: close\r\n\r\n",
            cookie_line(cookie)
        ),
    )
}

fn post(port: u16, path: &str, cookie: &str, body: &str) -> String {
    http(
        port,
        &format!(
            "POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{}Connection: close\r\n\
             Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
            cookie_line(cookie),
            body.len()
        ),
    )
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    text.split(start)
        .nth(1)
        .and_then(|r| r.split(end).next())
        .unwrap_or_else(|| panic!("{start:?} not in {text}"))
}

/// The form cookie and token of a public form page.
fn form(port: u16, path: &str) -> (String, String) {
    let page = get(port, path, "");
    (
        between(&page, "set-cookie: ", ";").to_string(),
        between(&page, "name=\"csrf\" value=\"", "\"").to_string(),
    )
}

fn lmip(dir: &Path, args: &[&str]) -> String {
    let o = Command::new(env!("CARGO_BIN_EXE_lmip"))
        .args(args)
        .current_dir(dir)
        .env_remove("LMIP_DATABASE_URL")
        .env_remove("LMIP_CONFIG")
        .env_remove("LMIP_DATA_DIR")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout).to_string()
}

/// The server is stopped when the test ends, also when it fails.
struct KillOnDrop(std::process::Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn personal_data_is_nowhere_in_clear_not_in_the_database_files_backups_or_logs() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let added = lmip(
        d,
        &[
            "user",
            "add",
            "--email",
            "cw@example.org",
            "--org",
            "operator",
            "--role",
            "caseworker",
        ],
    );
    let token = added
        .split("/account/set-password/")
        .nth(1)
        .unwrap_or_else(|| panic!("no link in: {added}"))
        .split_whitespace()
        .next()
        .unwrap()
        .to_string();
    let log = std::fs::File::create(d.join("lmip.log")).unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut server = Command::new(env!("CARGO_BIN_EXE_lmip"))
        .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
        .current_dir(d)
        .env_remove("LMIP_DATABASE_URL")
        .env_remove("LMIP_CONFIG")
        .env_remove("LMIP_DATA_DIR")
        .env("LMIP_LOG", "debug")
        .env("LMIP_LOG_FORMAT", "json")
        .stdout(Stdio::piped())
        .stderr(Stdio::from(log))
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(server.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let mut server = KillOnDrop(server);
    assert!(line.contains("lmip listening"), "{line}");

    let complaint = format!(
        "category=withheld_wages&origin=KH&destination=TH&respondent_kind=employer\
         &respondent_name={EMPLOYER}&name={NAME}&channel=phone&number={PHONE_TYPED}\
         &consent_store=1&consent_contact=1&share=union&narrative={WORDS}+kept+my+passport+and+wages"
    );
    // Refused once (a number without its country code), then filed.
    let (cookie, csrf) = form(port, "/en/complaints/new");
    let refused = post(
        port,
        "/en/complaints/new",
        &cookie,
        &format!(
            "csrf={csrf}&{}",
            complaint.replace(PHONE_TYPED, "081+999+1357")
        ),
    );
    assert!(refused.starts_with("HTTP/1.1 422"), "{refused}");
    let (cookie, csrf) = form(port, "/en/complaints/new");
    let filed = post(
        port,
        "/en/complaints/new",
        &cookie,
        &format!("csrf={csrf}&{complaint}"),
    );
    assert!(filed.starts_with("HTTP/1.1 200"), "{filed}");
    let code = between(&filed, "<p class=\"code\">", "<").to_string();
    let pin = filed
        .split("<p class=\"code\">")
        .nth(2)
        .unwrap()
        .split('<')
        .next()
        .unwrap()
        .to_string();
    let (cookie, csrf) = form(port, "/en/case-status");
    let status = post(
        port,
        "/en/case-status",
        &cookie,
        &format!("csrf={csrf}&code={code}&pin={pin}"),
    );
    assert!(status.starts_with("HTTP/1.1 200"), "{status}");

    // A caseworker sets a password, signs in, opens the case and writes a note.
    let (cookie, csrf) = form(port, &format!("/account/set-password/{token}"));
    let set = post(
        port,
        &format!("/account/set-password/{token}"),
        &cookie,
        &format!("csrf={csrf}&password=a+long+canary+passphrase&repeat=a+long+canary+passphrase"),
    );
    assert!(set.starts_with("HTTP/1.1 303"), "{set}");
    let (cookie, csrf) = form(port, "/account/sign-in");
    let signed = post(
        port,
        "/account/sign-in",
        &cookie,
        &format!("csrf={csrf}&email=cw%40example.org&password=a+long+canary+passphrase"),
    );
    let session = between(&signed, "set-cookie: ", ";").to_string();
    let inbox = get(port, "/office/organisations/operator/cases", &session);
    let case_id = between(&inbox, "/office/organisations/operator/cases/", "\"");
    let case_id = if case_id.len() == 32 {
        case_id.to_string()
    } else {
        inbox
            .split("/office/organisations/operator/cases/")
            .filter_map(|s| s.split('"').next())
            .find(|s| s.len() == 32)
            .unwrap()
            .to_string()
    };
    let page = get(
        port,
        &format!("/office/organisations/operator/cases/{case_id}"),
        &session,
    );
    assert!(
        page.contains(NAME) && page.contains("+66819991357"),
        "the caseworker sees them"
    );
    let session_csrf = between(&page, "name=\"csrf\" value=\"", "\"").to_string();
    let noted = post(
        port,
        &format!("/office/organisations/operator/cases/{case_id}/notes"),
        &session,
        &format!("csrf={session_csrf}&body={NOTE}+called+the+employer"),
    );
    assert!(noted.starts_with("HTTP/1.1 303"), "{noted}");

    // A backup while it runs, then stop it.
    lmip(d, &["backup", "backup.db"]);
    server.0.kill().unwrap();
    server.0.wait().unwrap();

    let log_text = std::fs::read_to_string(d.join("lmip.log")).unwrap();
    assert!(
        log_text.contains("request"),
        "the log was written: {}",
        log_text.len()
    );
    let mut searched = Vec::new();
    let mut files = vec![d.join("lmip.log"), d.join("backup.db")];
    for e in std::fs::read_dir(d.join("lmip-data")).unwrap() {
        files.push(e.unwrap().path());
    }
    for path in files {
        if path.is_dir() {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        for m in MARKERS
            .iter()
            .chain([code.as_str(), &code.replace('-', "")].iter())
        {
            assert!(
                !bytes.windows(m.len()).any(|w| w == m.as_bytes()),
                "{m} found in clear in {}",
                path.display()
            );
        }
        searched.push(path.file_name().unwrap().to_string_lossy().to_string());
    }
    for must in ["lmip.db", "lmip.db-wal", "backup.db", "lmip.log"] {
        assert!(
            searched.iter().any(|f| f == must),
            "{must} searched: {searched:?}"
        );
    }
}
