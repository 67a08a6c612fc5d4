//! Nothing acknowledged is ever lost (docs/reliability.md): the real `lmip serve` process, filed
//! to by 16 concurrent clients over HTTP, is killed with SIGKILL at random moments and restarted;
//! after every kill each acknowledged complaint is in the database with its audit row, no
//! submission made two cases, the audit chain verifies and (SQLite) `PRAGMA integrity_check` is
//! ok. Then the data folder's filesystem fills up: filing answers 503 without a tracking code, and
//! works again once space is freed, without a restart.
//!
//! Scale with `LMIP_KILLS` (default 20) and `LMIP_ACKS` (default 1000). PostgreSQL runs too when
//! `LMIP_TEST_DATABASE_URL` is set (a database of its own, dropped at the end). The disk-full test
//! mounts a small tmpfs, which needs root: it says so and skips without it, unless
//! `LMIP_REQUIRE_DISK_FULL=1` (CI) makes that a failure.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const COMPLAINT: &str = "category=withheld_wages&origin=KH&destination=TH&respondent_kind=employer\
&respondent_name=Kill+Farm&consent_store=1&narrative=The+employer+has+not+paid+me+since+March";

/// A tiny xorshift generator: the harness needs unpredictable moments, not cryptography.
struct Rng(u64);

impl Rng {
    fn new() -> Rng {
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos() as u64;
        Rng(seed | 1)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Starts `lmip serve` and waits for its "listening" line.
fn start(data: &Path, db_url: Option<&str>, port: u16) -> Child {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_lmip"));
    cmd.args(["serve", "--listen", &format!("127.0.0.1:{port}")])
        .env("LMIP_DATA_DIR", data)
        .env_remove("LMIP_CONFIG")
        .env_remove("LMIP_CASE_KEYS")
        .env("LMIP_LOG", "error")
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    match db_url {
        Some(u) => cmd.env("LMIP_DATABASE_URL", u),
        None => cmd.env_remove("LMIP_DATABASE_URL"),
    };
    let mut child = cmd.spawn().unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    assert!(
        line.contains("lmip listening"),
        "the server did not start: {line:?}"
    );
    child
}

/// One HTTP/1.1 exchange; `Err` when the server is not there (killed) or the answer is cut.
fn http(port: u16, request: &str) -> std::io::Result<String> {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port))?;
    s.set_read_timeout(Some(Duration::from_secs(20)))?;
    s.write_all(request.as_bytes())?;
    let mut out = String::new();
    s.read_to_string(&mut out)?;
    if out.is_empty() {
        return Err(std::io::Error::other("empty answer"));
    }
    Ok(out)
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let rest = text.split(start).nth(1)?;
    rest.split(end).next()
}

/// What one filing attempt got.
enum Filed {
    /// 200 with the tracking code.
    Ack(String),
    /// An HTTP answer without a receipt (status line).
    Refused(String),
    /// No answer: the server is down.
    NoAnswer,
}

/// Fetches the form and files one complaint with `key` as its `Idempotency-Key`.
fn file(port: u16, key: &str) -> Filed {
    let host = format!("127.0.0.1:{port}");
    let Ok(form) = http(
        port,
        &format!("GET /en/complaints/new HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"),
    ) else {
        return Filed::NoAnswer;
    };
    let (Some(cookie), Some(csrf)) = (
        between(&form, "set-cookie: ", ";"),
        between(&form, "name=\"csrf\" value=\"", "\""),
    ) else {
        return Filed::Refused(form.lines().next().unwrap_or("").to_string());
    };
    let body = format!("csrf={csrf}&{COMPLAINT}");
    let Ok(answer) = http(
        port,
        &format!(
            "POST /en/complaints/new HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nCookie: {cookie}\r\n\
             Idempotency-Key: {key}\r\nContent-Type: application/x-www-form-urlencoded\r\n\
             Content-Length: {}\r\n\r\n{body}",
            body.len()
        ),
    ) else {
        return Filed::NoAnswer;
    };
    let status = answer.lines().next().unwrap_or("").to_string();
    let codes: Vec<&str> = answer
        .split("<p class=\"code\">")
        .skip(1)
        .filter_map(|s| s.split('<').next())
        .collect();
    // The receipt shows the code and the PIN.
    if status.contains(" 200 ") && codes.len() == 2 {
        Filed::Ack(codes[0].to_string())
    } else {
        Filed::Refused(status)
    }
}

/// Checks the database against what was acknowledged: every acknowledged code is a case with
/// exactly one filing audit row; no more cases than submissions; the audit chain verifies; on
/// SQLite, `PRAGMA integrity_check` says ok.
fn check(url: &str, acked: &BTreeMap<String, String>, submissions: usize, all_done: bool) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let db = lmip_storage::Db::connect(url, &lmip_storage::ConnectOptions::default())
            .await
            .unwrap();
        if db.backend() == lmip_storage::Backend::Sqlite {
            let ok: String = sqlx::query_scalar("PRAGMA integrity_check")
                .fetch_one(db.pool())
                .await
                .unwrap();
            assert_eq!(ok, "ok");
        }
        for code in acked.values() {
            let hash = lmip_services::cases::code_hash(code).unwrap();
            let (case, _) = db
                .case_by_tracking(&hash)
                .await
                .unwrap()
                .unwrap_or_else(|| panic!("acknowledged complaint {code} is missing"));
            let audit: i64 = sqlx::query_scalar(
                "SELECT count(*) FROM audit_log WHERE action = 'case.file' AND entity_id = $1",
            )
            .bind(&case.id)
            .fetch_one(db.pool())
            .await
            .unwrap();
            assert_eq!(audit, 1, "{code}: its audit row");
        }
        let cases: i64 = sqlx::query_scalar("SELECT count(*) FROM case_file")
            .fetch_one(db.pool())
            .await
            .unwrap();
        assert!(
            cases as usize <= submissions,
            "{cases} cases from {submissions} submissions: a duplicate"
        );
        if all_done {
            assert_eq!(
                cases as usize,
                acked.len(),
                "one case per submission, all acknowledged"
            );
        }
        let chain = db.verify_audit().await.unwrap();
        assert!(chain.first_break.is_none(), "{:?}", chain.first_break);
        db.close().await;
    });
}

fn kill_loop(label: &str, url: Option<&str>, check_url: &str, data: &Path) {
    let kills_wanted = env_number("LMIP_KILLS", 20);
    let acks_wanted = env_number("LMIP_ACKS", 1000);
    let port = free_port();
    let server = Arc::new(Mutex::new(Server(start(data, url, port))));
    let acked: Arc<Mutex<BTreeMap<String, String>>> = Arc::default();
    let submissions = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let retries = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let clients: Vec<_> = (0..16)
        .map(|client| {
            let (acked, submissions, stop, retries) = (
                acked.clone(),
                submissions.clone(),
                stop.clone(),
                retries.clone(),
            );
            std::thread::spawn(move || {
                let mut n = 0;
                while !stop.load(Ordering::Acquire) {
                    n += 1;
                    let key = format!("c{client}-{n}");
                    submissions.fetch_add(1, Ordering::AcqRel);
                    // Retry the same submission until it is acknowledged: a retry must never
                    // make a second case.
                    loop {
                        match file(port, &key) {
                            Filed::Ack(code) => {
                                acked.lock().unwrap().insert(key.clone(), code);
                                break;
                            }
                            Filed::Refused(_) | Filed::NoAnswer => {
                                retries.fetch_add(1, Ordering::Relaxed);
                                std::thread::sleep(Duration::from_millis(50));
                            }
                        }
                    }
                }
            })
        })
        .collect();
    let mut rng = Rng::new();
    let mut kills = 0;
    while kills < kills_wanted || acked.lock().unwrap().len() < acks_wanted {
        std::thread::sleep(Duration::from_millis(100 + rng.below(500)));
        let mut child = server.lock().unwrap();
        child.0.kill().unwrap(); // SIGKILL
        child.0.wait().unwrap();
        kills += 1;
        let snapshot = acked.lock().unwrap().clone();
        check(
            check_url,
            &snapshot,
            submissions.load(Ordering::Acquire),
            false,
        );
        child.0 = start(data, url, port);
    }
    stop.store(true, Ordering::Release);
    for c in clients {
        c.join().unwrap();
    }
    let mut child = server.lock().unwrap();
    child.0.kill().unwrap();
    child.0.wait().unwrap();
    let acked = acked.lock().unwrap().clone();
    check(check_url, &acked, submissions.load(Ordering::Acquire), true);
    // One line for docs/reliability.md.
    println!(
        "kill -9 ({label}): {kills} kills, {} complaints acknowledged by 16 clients, {} retried requests, 0 lost, 0 duplicated, in {:.1} s",
        acked.len(),
        retries.load(Ordering::Relaxed),
        started.elapsed().as_secs_f64()
    );
}

#[test]
fn killed_at_random_moments_nothing_acknowledged_is_lost_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("lmip.db").display());
    kill_loop("SQLite", None, &url, dir.path());
}

#[test]
fn killed_at_random_moments_nothing_acknowledged_is_lost_on_postgres() {
    let Some(base) = std::env::var("LMIP_TEST_DATABASE_URL")
        .ok()
        .filter(|u| !u.is_empty())
    else {
        println!("skipped: LMIP_TEST_DATABASE_URL is not set (the PostgreSQL kill -9 run)");
        return;
    };
    let name = format!("lmip_kill_{}", std::process::id());
    let admin = |sql: String| {
        let base = base.clone();
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(async move {
                let pool = sqlx::any::AnyPoolOptions::new()
                    .max_connections(1)
                    .connect(&base)
                    .await
                    .unwrap();
                sqlx::query(sqlx::AssertSqlSafe(sql))
                    .execute(&pool)
                    .await
                    .unwrap();
                pool.close().await;
            });
    };
    sqlx::any::install_default_drivers();
    admin(format!("CREATE DATABASE {name}"));
    let url = match base.rsplit_once('/') {
        Some((server, _)) => format!("{server}/{name}"),
        None => panic!("LMIP_TEST_DATABASE_URL has no database name: {base}"),
    };
    let dir = tempfile::tempdir().unwrap();
    let result = std::panic::catch_unwind(|| kill_loop("PostgreSQL", Some(&url), &url, dir.path()));
    admin(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
    if let Err(e) = result {
        std::panic::resume_unwind(e);
    }
}

/// A server killed when the test ends, also when it fails (a server left running would keep
/// the test's files, and the small filesystem, busy).
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Unmounts the small filesystem whatever happens.
struct Mounted(std::path::PathBuf);

impl Drop for Mounted {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn a_full_disk_answers_503_and_recovers_without_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=16m", "tmpfs"])
        .arg(&data)
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !mounted {
        let msg = "skipped: mounting a small tmpfs needs root (the disk-full test)";
        assert!(
            std::env::var("LMIP_REQUIRE_DISK_FULL").as_deref() != Ok("1"),
            "{msg}, and LMIP_REQUIRE_DISK_FULL=1 requires it"
        );
        println!("{msg}");
        return;
    }
    let _guard = Mounted(data.clone());
    let port = free_port();
    // Declared after the mount guard, so dropped (killed) before it unmounts.
    let mut server = Server(start(&data, None, port));
    let mut acked = BTreeMap::new();
    for i in 0..5 {
        match file(port, &format!("before-{i}")) {
            Filed::Ack(code) => {
                acked.insert(format!("before-{i}"), code);
            }
            _ => panic!("filing failed before the disk was full"),
        }
    }
    // Fill the filesystem.
    let filler = data.join("filler");
    {
        let mut f = std::fs::File::create(&filler).unwrap();
        let block = vec![0u8; 64 * 1024];
        while f.write_all(&block).is_ok() {}
        let _ = f.sync_all();
    }
    // SQLite may still fit a few filings into pages its files already hold; then it must refuse.
    let mut refused = 0;
    let mut attempts = 0;
    let mut statuses = Vec::new();
    while refused < 5 {
        attempts += 1;
        assert!(
            attempts < 2000,
            "the full disk never refused a filing: {statuses:?}"
        );
        match file(port, &format!("full-{attempts}")) {
            Filed::Ack(code) => {
                assert_eq!(refused, 0, "a filing succeeded between refusals");
                acked.insert(format!("full-{attempts}"), code);
            }
            Filed::Refused(status) => {
                assert!(
                    status.contains(" 503 "),
                    "a full disk answers 503, not {status}"
                );
                refused += 1;
                statuses.push(status);
            }
            Filed::NoAnswer => panic!("the server died when the disk filled up"),
        }
    }
    let full_filings = acked.len() - 5;
    std::fs::remove_file(&filler).unwrap();
    // Space again: the same server files again.
    for i in 0..5 {
        match file(port, &format!("after-{i}")) {
            Filed::Ack(code) => {
                acked.insert(format!("after-{i}"), code);
            }
            Filed::Refused(s) => panic!("after freeing space: {s}"),
            Filed::NoAnswer => panic!("the server is gone"),
        }
    }
    server.0.kill().unwrap();
    server.0.wait().unwrap();
    let url = format!("sqlite://{}", data.join("lmip.db").display());
    check(&url, &acked, acked.len(), true);
    println!(
        "disk full (SQLite on a 16 MiB tmpfs): {full_filings} filings fitted after the fill, then 503 x{refused} with no code; after freeing space {} acknowledged, 0 lost",
        acked.len()
    );
}
