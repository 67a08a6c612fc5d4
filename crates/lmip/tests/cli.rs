//! The `lmip` command line, run as a real process: exit codes, messages, and the server's life cycle.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

fn lmip(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lmip"))
        .args(args)
        .current_dir(dir)
        .env_remove("LMIP_DATABASE_URL")
        .env_remove("LMIP_CONFIG")
        .env_remove("LMIP_DATA_DIR")
        .output()
        .unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

/// Asserts the exit code and that the error output says `needle`.
fn fails_with(o: &Output, code: i32, needle: &str) {
    assert_eq!(o.status.code(), Some(code), "stderr: {}", stderr(o));
    assert!(
        stderr(o).contains(needle),
        "expected {needle:?} in: {}",
        stderr(o)
    );
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).to_string()
}

#[test]
fn help_for_every_command() {
    let dir = tempfile::tempdir().unwrap();
    for cmd in [
        "serve", "migrate", "demo", "user", "export", "import", "backup", "check", "search",
        "keys", "cases",
    ] {
        let o = lmip(dir.path(), &[cmd, "--help"]);
        assert!(o.status.success(), "{cmd} --help: {}", stderr(&o));
        assert!(stdout(&o).contains("Usage: lmip"), "{cmd}");
    }
}

#[test]
fn bad_usage_exits_2_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let o = lmip(dir.path(), &["frobnicate"]);
    fails_with(&o, 2, "unrecognized subcommand 'frobnicate'");
    let o = lmip(dir.path(), &["serve", "--colour"]);
    fails_with(&o, 2, "unexpected argument '--colour'");
    let o = lmip(
        dir.path(),
        &[
            "user",
            "add",
            "--email",
            "x@example.org",
            "--org",
            "operator",
            "--role",
            "king",
        ],
    );
    fails_with(&o, 2, "unknown role 'king'");
}

#[test]
fn invalid_config_file_names_the_line_and_key() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("lmip.toml"),
        "listen = \"127.0.0.1:9\"\nlisten_adress = \"x\"\n",
    )
    .unwrap();
    let o = lmip(dir.path(), &["--config", "lmip.toml", "migrate"]);
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(
        e.contains("lmip.toml") && e.contains("line 2") && e.contains("listen_adress"),
        "{e}"
    );
    std::fs::write(dir.path().join("broken.toml"), "listen = \"unterminated\n").unwrap();
    let o = lmip(dir.path(), &["--config", "broken.toml", "migrate"]);
    fails_with(&o, 2, "line 1");
    let o = lmip(dir.path(), &["--config", "missing.toml", "migrate"]);
    fails_with(&o, 2, "cannot read the config file missing.toml");
}

#[test]
fn unknown_scheme_and_unusable_data_folder_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let o = lmip(
        dir.path(),
        &["--database-url", "mysql://root@localhost/lmip", "migrate"],
    );
    fails_with(&o, 2, "unsupported database URL scheme 'mysql'");
    std::fs::write(dir.path().join("a-file"), "x").unwrap();
    let o = lmip(dir.path(), &["--data-dir", "a-file/data", "migrate"]);
    fails_with(&o, 2, "the data folder a-file/data is not usable");
}

#[test]
fn unreachable_postgres_is_retried_then_explained() {
    let dir = tempfile::tempdir().unwrap();
    let o = lmip(
        dir.path(),
        &[
            "--database-url",
            "postgres://lmip:pw@127.0.0.1:1/lmip",
            "--db-connect-attempts",
            "2",
            "migrate",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(e.contains("could not connect to the database at postgres://lmip:***@127.0.0.1:1/lmip after 2 attempts"), "{e}");
    assert!(!e.contains(":pw@"), "password leaked: {e}");
}

#[test]
fn corrupt_database_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("lmip-data")).unwrap();
    let db = dir.path().join("lmip-data/lmip.db");
    std::fs::write(&db, b"not a database at all, just text").unwrap();
    let o = lmip(dir.path(), &["migrate"]);
    fails_with(&o, 1, "is not an SQLite database");
    assert_eq!(
        std::fs::read(&db).unwrap(),
        b"not a database at all, just text"
    );
}

#[test]
fn a_database_from_a_newer_lmip_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    assert!(lmip(dir.path(), &["migrate"]).status.success());
    let url = format!(
        "sqlite://{}",
        dir.path().join("lmip-data/lmip.db").display()
    );
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let db = lmip_storage::Db::connect(&url, &Default::default()).await.unwrap();
        sqlx::query("INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) VALUES (9999, 'future', TRUE, X'00', 0)")
            .execute(db.pool())
            .await
            .unwrap();
        db.close().await;
    });
    let o = lmip(dir.path(), &["migrate"]);
    fails_with(&o, 1, "upgraded by a newer lmip");
}

#[test]
fn print_config_masks_secrets() {
    let dir = tempfile::tempdir().unwrap();
    let o = lmip(
        dir.path(),
        &[
            "--database-url",
            "postgres://lmip:hunter2@db.internal/lmip",
            "serve",
            "--smtp-url",
            "smtps://portal:mailsecret@mail.example.org:465",
            "--print-config",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("database_url = \"postgres://lmip:***@db.internal/lmip\""),
        "{out}"
    );
    assert!(!out.contains("hunter2"));
    assert!(out.contains("listen = \"127.0.0.1:8080\""), "{out}");
    assert!(
        out.contains("smtp_url = \"*** (set)\"") && !out.contains("mailsecret"),
        "{out}"
    );
}

#[test]
fn weak_password_hashing_and_bad_mail_settings_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("weak.toml"), "argon2_memory_kib = 4096\n").unwrap();
    let o = lmip(dir.path(), &["--config", "weak.toml", "serve"]);
    fails_with(&o, 2, "argon2_memory_kib must be at least 19456");
    std::fs::write(
        dir.path().join("mail.toml"),
        "mail_from = \"not an address\"\n",
    )
    .unwrap();
    let o = lmip(
        dir.path(),
        &["--config", "mail.toml", "serve", "--listen", "127.0.0.1:0"],
    );
    fails_with(&o, 2, "'not an address' is not a mail address");
}

#[test]
fn migrate_demo_user_export_import_backup_check() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let o = lmip(d, &["migrate"]);
    assert!(
        stdout(&o).contains(&format!(
            "schema version {v} (was 0). Reference data loaded.",
            v = lmip_storage::SCHEMA_VERSION
        )),
        "{}{}",
        stdout(&o),
        stderr(&o)
    );
    assert!(stdout(&lmip(d, &["migrate"])).contains(&format!(
        "schema version {v} (was {v}).",
        v = lmip_storage::SCHEMA_VERSION
    )));
    assert!(stdout(&lmip(d, &["demo"])).contains("Sample data loaded (10 organisations added)"));
    let o = lmip(
        d,
        &[
            "user",
            "add",
            "--email",
            "admin@example.org",
            "--org",
            "operator",
            "--role",
            "admin",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("http://127.0.0.1:8080/account/set-password/"),
        "{}",
        stdout(&o)
    );
    let o = lmip(
        d,
        &[
            "user",
            "add",
            "--email",
            "admin@example.org",
            "--org",
            "operator",
            "--role",
            "admin",
        ],
    );
    fails_with(&o, 1, "already exists");

    let o = lmip(d, &["user", "reset", "--email", "admin@example.org"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("/account/set-password/")
            && stdout(&o).contains("Using it signs them out everywhere"),
        "{}",
        stdout(&o)
    );
    let o = lmip(d, &["user", "reset", "--email", "nobody@example.org"]);
    fails_with(&o, 1, "an account for nobody@example.org does not exist");

    let o = lmip(
        d,
        &["export", "codelist", "CL_COUNTRY", "-o", "countries.csv"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let csv = std::fs::read_to_string(d.join("countries.csv")).unwrap();
    assert!(
        csv.contains("KH,,") && csv.contains("Cambodia,กัมพูชา,កម្ពុជា"),
        "{}",
        &csv[..400]
    );
    std::fs::write(
        d.join("sectors.csv"),
        "code,name_en,name_vi\nFISH,Fishing,Đánh bắt cá\n",
    )
    .unwrap();
    assert!(
        stdout(&lmip(
            d,
            &["import", "codelist", "CL_SECTOR", "sectors.csv"]
        ))
        .contains("Imported 1 codes into CL_SECTOR")
    );
    let o = lmip(d, &["export", "codelist", "CL_NOPE"]);
    fails_with(&o, 1, "code list CL_NOPE does not exist");

    let o = lmip(d, &["backup", "backups/one.db"]);
    assert!(
        stdout(&o).contains("integrity check: ok"),
        "{}{}",
        stdout(&o),
        stderr(&o)
    );
    let o = lmip(d, &["backup", "backups/one.db"]);
    assert_eq!(o.status.code(), Some(1));
    let o = lmip(
        d,
        &[
            "--database-url",
            "postgres://u@127.0.0.1:1/x",
            "--db-connect-attempts",
            "1",
            "backup",
            "x.db",
        ],
    );
    assert_ne!(o.status.code(), Some(0));

    let o = lmip(d, &["audit", "verify"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).starts_with("Audit log intact: 49 rows"),
        "{}",
        stdout(&o)
    );

    let o = lmip(d, &["check", "i18n"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("tet  Tetun") && stdout(&o).ends_with("OK\n"),
        "{}",
        stdout(&o)
    );
}

/// Starts `lmip serve` on a free port and returns the child and its address.
fn start(dir: &Path, extra: &[&str]) -> (std::process::Child, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_lmip"))
        .args(["serve", "--listen", "127.0.0.1:0"])
        .args(extra)
        .current_dir(dir)
        .env_remove("LMIP_DATABASE_URL")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .trim()
        .strip_prefix("lmip listening on http://")
        .unwrap_or_else(|| panic!("unexpected: {line}"))
        .to_string();
    (child, addr)
}

fn http_get(addr: &str, path: &str) -> String {
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    out
}

#[test]
fn serve_demo_answers_in_every_locale_and_stops_gracefully_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let (mut child, addr) = start(dir.path(), &["--demo"]);
    for locale in ["en", "th", "km", "lo", "my", "vi", "id", "ms", "fil", "tet"] {
        let r = http_get(&addr, &format!("/{locale}/"));
        assert!(
            r.starts_with("HTTP/1.1 200 OK"),
            "{locale}: {}",
            &r[..80.min(r.len())]
        );
        assert!(
            r.contains(&format!("<html lang=\"{locale}\">")) && r.contains("class=\"sample\""),
            "{locale}"
        );
    }
    assert!(http_get(&addr, "/readyz").ends_with("ready\n"));
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let exit = child.wait().unwrap();
    assert_eq!(exit.code(), Some(0), "graceful shutdown exits 0");
}

#[test]
fn port_in_use_is_explained() {
    let dir = tempfile::tempdir().unwrap();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let o = lmip(dir.path(), &["serve", "--listen", &addr]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(
        e.contains(&format!("cannot listen on {addr}"))
            && e.contains("another program is already using it"),
        "{e}"
    );
}

#[test]
fn signed_audit_checkpoints_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(lmip(d, &["demo"]).status.success());
    let o = lmip(d, &["audit", "keygen", "audit.key"]);
    assert!(o.status.success(), "{}", stderr(&o));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(d.join("audit.key"))
                .unwrap()
                .permissions()
                .mode()
                & 0o777,
            0o600
        );
    }
    fails_with(
        &lmip(d, &["audit", "keygen", "audit.key"]),
        1,
        "lmip never overwrites it",
    );
    let o = lmip(
        d,
        &[
            "audit",
            "export",
            "--key-file",
            "audit.key",
            "-o",
            "checkpoint.json",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let o = lmip(
        d,
        &[
            "audit",
            "verify",
            "--checkpoint",
            "checkpoint.json",
            "--key-file",
            "audit.key",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o)
            .contains("The log agrees with the checkpoint checkpoint.json (46 rows checked)."),
        "{}",
        stdout(&o)
    );
    std::fs::write(d.join("other.key"), "a".repeat(64)).unwrap();
    let o = lmip(
        d,
        &[
            "audit",
            "verify",
            "--checkpoint",
            "checkpoint.json",
            "--key-file",
            "other.key",
        ],
    );
    fails_with(&o, 1, "signature does not match");
    std::fs::write(d.join("short.key"), "tiny").unwrap();
    fails_with(
        &lmip(d, &["audit", "export", "--key-file", "short.key"]),
        1,
        "at least 32",
    );
    let o = lmip(d, &["audit", "verify", "--checkpoint", "checkpoint.json"]);
    assert_eq!(
        o.status.code(),
        Some(2),
        "a checkpoint needs its key: {}",
        stderr(&o)
    );
}

#[test]
fn import_ilostat_csv_publishes_a_release_and_explains_bad_files() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(lmip(d, &["migrate"]).status.success());
    std::fs::write(
        d.join("outflow.csv"),
        "ref_area,indicator,sex,classif1,time,obs_value\n\
         KHM,MNA_OEMP_SEX_CDS_NB,SEX_T,CDS_DES_THA,2022,60.5\n\
         KHM,MNA_OEMP_SEX_CDS_NB,SEX_T,CDS_DES_CIS,2022,1\n",
    )
    .unwrap();
    let o = lmip(d, &["import", "ilostat-csv", "outflow.csv"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("Published release 1 of MIG_OUTFLOW: 1 observations in 1 series.")
            && out.contains("Skipped 1 row(s) (first at line 3): CDS_DES_CIS is not a country."),
        "{out}"
    );
    std::fs::write(d.join("bad.csv"), "ref_area,sex\nKHM,SEX_T\n").unwrap();
    let o = lmip(d, &["import", "ilostat-csv", "bad.csv"]);
    fails_with(
        &o,
        1,
        "bad.csv, line 1: needs the columns ref_area, sex, classif1 and time",
    );
    let o = lmip(d, &["import", "ilostat-csv", "missing.csv"]);
    fails_with(&o, 2, "cannot read missing.csv");
}

#[test]
fn the_questionnaire_template_is_written_in_the_language_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let o = lmip(
        dir.path(),
        &[
            "stats",
            "template",
            "MIG_OUTFLOW",
            "--country",
            "kh",
            "--year",
            "2024",
            "--lang",
            "th",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
    assert!(stdout(&o).contains("MIG_OUTFLOW-KH-2024.xlsx"));
    let bytes = std::fs::read(dir.path().join("MIG_OUTFLOW-KH-2024.xlsx")).unwrap();
    assert!(bytes.starts_with(b"PK\x03\x04"), "an XLSX (zip) file");
    fails_with(
        &lmip(
            dir.path(),
            &[
                "stats",
                "template",
                "MIG_OUTFLOW",
                "--country",
                "zz",
                "--year",
                "2024",
            ],
        ),
        2,
        "'ZZ' is not a code of the CL_AREA code list",
    );
    fails_with(
        &lmip(
            dir.path(),
            &[
                "stats",
                "template",
                "MIG_OUTFLOW",
                "--country",
                "kh",
                "--year",
                "2024",
                "--lang",
                "xx",
            ],
        ),
        2,
        "unknown language 'xx'",
    );
    fails_with(
        &lmip(
            dir.path(),
            &[
                "stats",
                "template",
                "NOPE",
                "--country",
                "kh",
                "--year",
                "2024",
            ],
        ),
        2,
        "there is no dataflow 'NOPE'",
    );
}

#[test]
fn the_world_bank_matrix_imports_from_the_command_line() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/wb-knomad-remittances-2017/WB_Bilateral_Remittance_Estimates_2017.xlsx");
    if !path.exists() {
        println!("skipped: {} is absent", path.display());
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let o = lmip(
        dir.path(),
        &["import", "wb-remittances", path.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
    assert!(
        stdout(&o).contains("Published release 1 of REMIT"),
        "{}",
        stdout(&o)
    );
    assert!(stdout(&o).contains("\"Kosovo\""));
    let missing = dir.path().join("missing.xlsx");
    fails_with(
        &lmip(
            dir.path(),
            &["import", "wb-remittances", missing.to_str().unwrap()],
        ),
        2,
        "cannot read",
    );
}

#[test]
fn an_operators_structure_imports_from_the_command_line() {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../conformance/sdmx-clients/operator-structure.xml");
    let dir = tempfile::tempdir().unwrap();
    let o = lmip(
        dir.path(),
        &["import", "sdmx-structure", file.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("Code list CL_PROVINCE: added."), "{out}");
    assert!(
        out.contains("Dataflow DF_PDO_GRADUATES: stored as DF_PDO_GRADUATES"),
        "{out}"
    );
    let bad = dir.path().join("bad.xml");
    std::fs::write(&bad, "<html/>").unwrap();
    fails_with(
        &lmip(
            dir.path(),
            &["import", "sdmx-structure", bad.to_str().unwrap()],
        ),
        1,
        "not an SDMX-ML 2.1 structure message",
    );
}

#[test]
fn search_reindex_and_segment() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let o = lmip(d, &["search", "segment", "แรงงานข้ามชาติต้องการข้อมูล"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim(), "แรงงาน|ข้าม|ชาติ|ต้องการ|ข้อมูล");
    assert!(lmip(d, &["demo"]).status.success());
    let o = lmip(d, &["search", "reindex"]);
    assert!(o.status.success(), "{}", stderr(&o));
    // The demo's 13 entries in English, its 10 directory entries and its verified sample job.
    assert!(
        stdout(&o).starts_with("The search index holds 24 documents"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn check_freshness_reports_stale_content_and_fails_above_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(lmip(d, &["migrate"]).status.success());
    let o = lmip(d, &["check", "freshness"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("0 stale entries"), "{}", stdout(&o));
    // One entry, published and checked today, with a Khmer translation left behind.
    let url = format!("sqlite://{}", d.join("lmip-data/lmip.db").display());
    tokio::runtime::Runtime::new().unwrap().block_on(async {
        let db = lmip_storage::Db::open(&url, &Default::default())
            .await
            .unwrap();
        let c = lmip_services::content::create;
        c(&db, "cli:t", "operator", "guide", "guide", "en", 30)
            .await
            .unwrap();
        let save = |locale: &'static str, body: &'static str, rev: i64| {
            let db = db.clone();
            async move {
                lmip_services::content::save_text(
                    &db, "cli:w", "guide", locale, "T", "", body, "", rev,
                )
                .await
                .unwrap()
            }
        };
        save("en", "one", 1).await;
        save("km", "មួយ", 2).await;
        save("en", "two", 3).await;
        lmip_services::content::step(
            &db,
            "cli:w",
            "operator",
            "guide",
            lmip_domain::content::Step::Submit,
            "",
            4,
            "2026-12-01",
        )
        .await
        .unwrap();
        lmip_services::content::step(
            &db,
            "cli:r",
            "operator",
            "guide",
            lmip_domain::content::Step::Publish,
            "",
            5,
            "2026-12-01",
        )
        .await
        .unwrap();
        db.close().await;
    });
    let o = lmip(d, &["check", "freshness", "--on", "2026-12-02"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("guide [km] is behind"),
        "{}",
        stdout(&o)
    );
    // Past its 30-day review date: stale, and more than the limit of 0.
    let o = lmip(d, &["check", "freshness", "--on", "2027-02-01"]);
    fails_with(&o, 1, "more stale content");
    assert!(stdout(&o).contains("stale     "), "{}", stdout(&o));
    assert!(stdout(&o).contains("due 2026-12-31"), "{}", stdout(&o));
    assert!(
        lmip(
            d,
            &[
                "check",
                "freshness",
                "--on",
                "2027-02-01",
                "--max-stale",
                "1"
            ]
        )
        .status
        .success()
    );
    fails_with(
        &lmip(d, &["check", "freshness", "--max-outdated", "0"]),
        1,
        "outdated",
    );
    fails_with(
        &lmip(d, &["check", "freshness", "--on", "someday"]),
        2,
        "is not a date",
    );
}

#[test]
fn output_into_a_closed_pipe_ends_quietly() {
    // `lmip check i18n | head -1`: the reader goes away; lmip stops with success, no panic.
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_lmip"))
        .args(["check", "i18n"])
        .current_dir(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
}

#[test]
fn content_folders_export_and_import_with_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(lmip(d, &["migrate"]).status.success());
    let o = lmip(d, &["export", "content", "out"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("Wrote 0 entries"), "{}", stdout(&o));
    std::fs::create_dir_all(d.join("in/kh-th")).unwrap();
    std::fs::write(
        d.join("in/kh-th/entry.toml"),
        "kind = \"guide\"\nowner = \"operator\"\nsource_locale = \"km\"\nreview_days = 90\n",
    )
    .unwrap();
    // The source language's text is missing: nothing is imported, and the folder is named.
    fails_with(&lmip(d, &["import", "content", "in"]), 2, "no km.md");
    std::fs::write(
        d.join("in/kh-th/km.md"),
        "+++\ntitle = \"ការងារនៅថៃ\"\n+++\nអត្ថបទ\n",
    )
    .unwrap();
    let o = lmip(d, &["import", "content", "in"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("new       kh-th"), "{}", stdout(&o));
    assert!(stdout(&o).contains("run again with --apply"));
    let o = lmip(d, &["import", "content", "in", "--apply"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = lmip(d, &["import", "content", "in"]);
    assert!(
        stdout(&o).contains("0 new, 0 changed, 1 unchanged"),
        "{}",
        stdout(&o)
    );
    fails_with(&lmip(d, &["import", "content", "nowhere"]), 2, "nowhere");
}

#[test]
fn case_keys_are_made_checked_rotated_and_a_wrong_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let o = lmip(d, &["keys", "check"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("open this database's sealed data"),
        "{}",
        stdout(&o)
    );
    let file = d.join("lmip-data").join("case-keys");
    let first = std::fs::read_to_string(&file).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "the key file is private");
    }
    let o = lmip(d, &["keys", "rotate"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("Sealed 1 values again"),
        "{}",
        stdout(&o)
    );
    let second = std::fs::read_to_string(&file).unwrap();
    assert_ne!(first, second);
    assert_eq!(
        second.lines().filter(|l| !l.starts_with('#')).count(),
        1,
        "only the new key"
    );
    assert!(lmip(d, &["keys", "check"]).status.success());
    // The old key file no longer opens the database.
    std::fs::write(&file, &first).unwrap();
    let o = lmip(d, &["keys", "check"]);
    fails_with(&o, 1, "the case keys do not open this database's cases");
    // Keys in the environment: malformed ones are named.
    let o = Command::new(env!("CARGO_BIN_EXE_lmip"))
        .args(["keys", "check"])
        .current_dir(d)
        .env("LMIP_CASE_KEYS", "k1:not-hex")
        .output()
        .unwrap();
    fails_with(
        &o,
        2,
        "LMIP_CASE_KEYS: line 1 of the case keys is not a key",
    );
}

#[test]
fn cases_purge_and_statistics_commands_say_what_they_did() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let o = lmip(d, &["cases", "purge"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("Erased the personal data of 0 cases closed more than 730 days ago"),
        "{}",
        stdout(&o)
    );
    let o = lmip(d, &["cases", "purge", "--retention-days", "-1"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let o = lmip(d, &["cases", "publish-stats"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("No complaint counts to publish yet"),
        "{}",
        stdout(&o)
    );
    std::fs::write(d.join("lmip.toml"), "case_retention_days = 7\n").unwrap();
    let o = lmip(d, &["--config", "lmip.toml", "cases", "purge"]);
    fails_with(&o, 2, "keep closed cases at least 30 days");
}
