//! The commands. Each resolves the configuration, does its work through the services, and reports
//! in plain words.

use crate::cli::{
    AuditCommand, CasesCommand, CheckCommand, Cli, Command, ExportCommand, ImportCommand,
    KeysCommand, SearchCommand, StatsCommand, UserCommand,
};
use crate::config::{Config, LogFormat};
use crate::failure::Failure;
use lmip_storage::{ConnectOptions, Db};
use std::time::Instant;
use tracing_subscriber::EnvFilter;

pub async fn run(cli: Cli) -> Result<(), Failure> {
    let serve_args = match &cli.command {
        Command::Serve(s) => Some(s),
        _ => None,
    };
    let config = Config::resolve(&cli.global, serve_args)?;
    init_logging(&config, serve_args.is_some());
    match cli.command {
        Command::Serve(args) => {
            if args.print_config {
                print!("{}", config.display_masked());
                return Ok(());
            }
            serve(&config, args.demo).await
        }
        Command::Migrate => {
            let db = connect(&config).await?;
            let s = db.migrate().await?;
            out!(
                "Database {} is at schema version {} (was {}).{}",
                db.describe(),
                s.to_version,
                s.from_version,
                if s.reference_data_loaded {
                    " Reference data loaded."
                } else {
                    ""
                }
            );
            Ok(())
        }
        Command::Demo => {
            let db = open(&config).await?;
            let r = lmip_services::demo::load(&db, &cli_actor()).await?;
            out!(
                "Sample data loaded ({} organisations added). Every page now says it shows sample data.",
                r.organisations_added
            );
            if let Some(source) = r.statistics {
                out!("Statistics loaded from {source}.");
            }
            Ok(())
        }
        Command::User(UserCommand::Add { email, org, role }) => {
            let db = open(&config).await?;
            let u = lmip_services::users::add(
                &db,
                &cli_actor(),
                &email,
                &org,
                &role,
                &config.public_url,
            )
            .await?;
            out!("Added {} as {role} of {org}.", u.email);
            out!(
                "Send them this one-time link to choose a password (valid until {}):",
                u.expires_at
            );
            out!("  {}", u.link);
            out!("It is shown only now; lmip keeps only a hash of it.");
            Ok(())
        }
        Command::User(UserCommand::Reset { email }) => {
            let db = open(&config).await?;
            let u = lmip_services::users::reset_link(&db, &cli_actor(), &email, &config.public_url)
                .await?;
            out!(
                "Send {} this one-time link to choose a new password (valid until {}):",
                u.email,
                u.expires_at
            );
            out!("  {}", u.link);
            out!("Using it signs them out everywhere. It is shown only now.");
            Ok(())
        }
        Command::Search(SearchCommand::Reindex) => {
            let db = open(&config).await?;
            let seg = lmip_search::Segmenter::new();
            let started = std::time::Instant::now();
            let n = lmip_services::search::reindex(&db, &seg, &cli_actor(), |done| {
                if done > 0 {
                    eprint!("\r{done} documents written");
                }
            })
            .await?;
            eprintln!();
            out!(
                "The search index holds {n} documents (rebuilt in {:.1} s).",
                started.elapsed().as_secs_f64()
            );
            Ok(())
        }
        Command::Keys(KeysCommand::Check) => {
            let db = open(&config).await?;
            let keys = case_keys(&config)?;
            lmip_services::cases::check_keys(&db, &keys).await?;
            out!(
                "The case keys ({}) open this database's sealed data; new data is sealed with key {}.",
                keys.ids().join(", "),
                keys.current_id()
            );
            Ok(())
        }
        Command::Keys(KeysCommand::Rotate) => {
            if std::env::var("LMIP_CASE_KEYS").is_ok_and(|v| !v.trim().is_empty()) {
                return Err(Failure::usage(
                    "LMIP_CASE_KEYS is set: rotation writes the new key to the key file (case_keys_file), so unset LMIP_CASE_KEYS, put the keys in the file, and run it again",
                ));
            }
            let db = open(&config).await?;
            let keys = case_keys(&config)?;
            lmip_services::cases::check_keys(&db, &keys).await?;
            // The new key is written first (the old ones stay), so an interruption loses nothing:
            // running the command again finishes the work.
            let both = keys.with_new_key();
            both.save(&config.case_keys_file)
                .map_err(|e| Failure::failed(e.to_string()))?;
            let started = std::time::Instant::now();
            let report = lmip_services::cases::rotate(&db, &both, &cli_actor(), |done| {
                eprint!("\r{done} values sealed again");
            })
            .await?;
            eprintln!();
            both.only_current()
                .save(&config.case_keys_file)
                .map_err(|e| Failure::failed(e.to_string()))?;
            out!(
                "Sealed {} values again under key {} and recomputed the matching keys of {} cases in {:.1} s; the key file now holds only the new key. Restart every running lmip instance.",
                report.resealed,
                both.current_id(),
                report.rehashed,
                started.elapsed().as_secs_f64()
            );
            Ok(())
        }
        Command::Cases(CasesCommand::PublishStats) => {
            let db = open(&config).await?;
            let p = lmip_services::cases::publish_statistics(&db, &cli_actor()).await?;
            match p.release {
                Some(n) => out!(
                    "Published release {n} of COMPLAINTS: {} cells through {}, {} cells below 5 left out.",
                    p.cells,
                    p.through,
                    p.suppressed
                ),
                None if p.cells == 0 => out!(
                    "No complaint counts to publish yet: no month that is over has a cell of 5 or more."
                ),
                None => out!(
                    "The complaint counts have not changed since the last release: nothing published."
                ),
            }
            Ok(())
        }
        Command::Cases(CasesCommand::Purge { retention_days }) => {
            let db = open(&config).await?;
            let days = retention_days.unwrap_or(config.case_retention_days);
            if days < 0 {
                return Err(Failure::usage("--retention-days cannot be negative"));
            }
            let report = lmip_services::cases::purge(&db, days, &cli_actor()).await?;
            out!(
                "Erased the personal data of {} cases closed more than {days} days ago; forgot {} retried-filing receipts.",
                report.anonymised,
                report.receipts
            );
            Ok(())
        }
        Command::Search(SearchCommand::Segment { text }) => {
            let seg = lmip_search::Segmenter::new();
            let lines: Vec<String> = match text {
                Some(t) => vec![t],
                None => std::io::stdin().lines().map_while(Result::ok).collect(),
            };
            for line in lines {
                let words: Vec<&str> = seg.words(&line).iter().map(|w| w.text).collect();
                out!("{}", words.join("|"));
            }
            Ok(())
        }
        Command::Export(ExportCommand::Content { dir }) => {
            let db = open(&config).await?;
            let n = lmip_services::content_files::export(&db, &dir).await?;
            out!(
                "Wrote {n} entr{} to {}.",
                if n == 1 { "y" } else { "ies" },
                dir.display()
            );
            Ok(())
        }
        Command::Import(ImportCommand::Content { dir, apply }) => {
            let entries = lmip_services::content_files::read_dir(&dir).map_err(|problems| {
                Failure::usage(format!(
                    "nothing was imported:\n{}",
                    problems
                        .iter()
                        .map(|p| format!("  {p}"))
                        .collect::<Vec<_>>()
                        .join("\n")
                ))
            })?;
            let db = open(&config).await?;
            let plan = if apply {
                lmip_services::content_files::apply(&db, &cli_actor(), &entries).await?
            } else {
                lmip_services::content_files::plan(&db, &entries).await?
            };
            for slug in &plan.new {
                out!("new       {slug}");
            }
            for (slug, what) in &plan.changed {
                out!("changed   {slug}: {}", what.join(", "));
            }
            out!(
                "{} new, {} changed, {} unchanged.{}",
                plan.new.len(),
                plan.changed.len(),
                plan.same,
                if apply {
                    " Applied: changed entries are drafts waiting for review."
                } else {
                    " Nothing changed yet: run again with --apply."
                }
            );
            Ok(())
        }
        Command::Export(ExportCommand::Codelists) => {
            let db = open(&config).await?;
            for l in db.codelists().await? {
                out!(
                    "{:<14} {:>5} codes  {} ({})",
                    l.id,
                    l.codes,
                    l.name,
                    l.standard
                );
            }
            Ok(())
        }
        Command::Export(ExportCommand::Codelist { list, output }) => {
            let db = open(&config).await?;
            let n = match &output {
                Some(path) => {
                    let f = std::fs::File::create(path).map_err(|e| {
                        Failure::failed(format!("cannot write {}: {e}", path.display()))
                    })?;
                    lmip_services::codelists::export_csv(&db, &list, f).await?
                }
                None => {
                    lmip_services::codelists::export_csv(&db, &list, std::io::stdout().lock())
                        .await?
                }
            };
            if let Some(path) = output {
                eprintln!("Wrote {n} codes of {list} to {}.", path.display());
            }
            Ok(())
        }
        Command::Import(ImportCommand::Codelist { list, file }) => {
            let db = open(&config).await?;
            let f = std::fs::File::open(&file)
                .map_err(|e| Failure::usage(format!("cannot read {}: {e}", file.display())))?;
            let r = lmip_services::codelists::import_csv(
                &db,
                &cli_actor(),
                &list,
                &file.display().to_string(),
                f,
            )
            .await?;
            out!("Imported {} codes into {list}.", r.rows);
            Ok(())
        }
        Command::Import(ImportCommand::IlostatCsv { file }) => {
            let db = open(&config).await?;
            let f = std::fs::File::open(&file)
                .map_err(|e| Failure::usage(format!("cannot read {}: {e}", file.display())))?;
            let r = lmip_services::ilostat::import_csv(
                &db,
                &cli_actor(),
                &file.display().to_string(),
                f,
            )
            .await?;
            out!(
                "Published release {} of {}: {} observations in {} series.",
                r.release,
                r.flow,
                r.observations,
                r.series
            );
            for (reason, n, line) in &r.skipped {
                out!("Skipped {n} row(s) (first at line {line}): {reason}.");
            }
            if !r.warnings.is_empty() {
                out!(
                    "{} total(s) differ from the sum of their parts:",
                    r.warnings.len()
                );
                for w in r.warnings.iter().take(20) {
                    out!("  {w}");
                }
                if r.warnings.len() > 20 {
                    out!("  … and {} more", r.warnings.len() - 20);
                }
            }
            Ok(())
        }
        Command::Import(ImportCommand::SdmxStructure { file }) => {
            let db = open(&config).await?;
            let f = std::fs::File::open(&file)
                .map_err(|e| Failure::usage(format!("cannot read {}: {e}", file.display())))?;
            let r = lmip_services::structures::import(
                &db,
                &cli_actor(),
                &file.display().to_string(),
                f,
            )
            .await?;
            use lmip_services::structures::ListOutcome;
            for (id, outcome) in &r.codelists {
                match outcome {
                    ListOutcome::Added => out!("Code list {id}: added."),
                    ListOutcome::Updated => out!("Code list {id}: updated."),
                    ListOutcome::Reused => {
                        out!("Code list {id}: lmip's own list has every code; it is used.")
                    }
                    ListOutcome::Renamed(new) => {
                        out!("Code list {id}: lmip has its own {id}, so this one is kept as {new}.")
                    }
                }
            }
            for (id, stored) in &r.structures {
                out!("Data structure {id}: stored as {stored}.");
            }
            for (id, stored) in &r.dataflows {
                out!(
                    "Dataflow {id}: stored as {stored}; it is in the SDMX API and takes submissions."
                );
            }
            out!("{} concept(s) stored.", r.concepts);
            Ok(())
        }
        Command::Import(ImportCommand::Licences {
            file,
            issuer,
            authority,
            apply,
            expire_missing,
        }) => {
            let db = open(&config).await?;
            let bytes = std::fs::read(&file)
                .map_err(|e| Failure::usage(format!("cannot read {}: {e}", file.display())))?;
            let name = file.display().to_string();
            let staged = match lmip_services::licences::stage_list(
                &db,
                &cli_actor(),
                "",
                &issuer,
                &authority,
                &name,
                &bytes,
            )
            .await
            {
                Err(lmip_services::ServiceError::Licence(
                    lmip_services::licences::LicenceError::List(findings),
                )) => {
                    for f in &findings {
                        eprintln!("{name}: {f}");
                    }
                    return Err(Failure::usage(format!(
                        "{name} was not imported: {} problem(s) above; nothing changed",
                        findings.len()
                    )));
                }
                other => other?,
            };
            out!(
                "{name}: {} new, {} changed, {} unchanged; {} of {}'s licences are not on the list.",
                staged.new_count,
                staged.changed_count,
                staged.same_count,
                staged.missing_count,
                staged.issuer
            );
            for r in db.licence_import_changes(&staged.id, 50).await? {
                out!(
                    "  line {}: {} {} ({}){}",
                    r.line,
                    r.change,
                    r.facts.number,
                    r.facts.agency,
                    if r.detail.is_empty() {
                        String::new()
                    } else {
                        format!(": {}", r.detail)
                    }
                );
            }
            for l in lmip_services::licences::missing_from_list(&db, &staged).await? {
                out!("  missing: {} ({})", l.number, l.status);
            }
            if apply {
                lmip_services::licences::apply(
                    &db,
                    &cli_actor(),
                    &staged.id,
                    expire_missing,
                    &lmip_search::Segmenter::new(),
                )
                .await?;
                out!("Applied to the register.");
            } else {
                out!(
                    "Nothing changed yet: a reviewer applies it in the back office, or run again with --apply."
                );
            }
            Ok(())
        }
        Command::Import(ImportCommand::WbRemittances { file }) => {
            let db = open(&config).await?;
            let f = std::fs::File::open(&file)
                .map_err(|e| Failure::usage(format!("cannot read {}: {e}", file.display())))?;
            let bar = indicatif::ProgressBar::new_spinner()
                .with_message(format!("reading {}", file.display()));
            let r = lmip_services::worldbank::import_xlsx(
                &db,
                &cli_actor(),
                &file.display().to_string(),
                f,
                &mut |rows| {
                    bar.set_message(format!("{rows} sending countries read"));
                    bar.tick();
                },
            )
            .await;
            bar.finish_and_clear();
            let r = r?;
            out!(
                "Published release {} of REMIT: {} bilateral estimates for {}, {:.0} million US$ in all.",
                r.release,
                r.observations,
                r.year,
                r.total
            );
            for (name, n, total) in &r.skipped {
                out!(
                    "Skipped {n} cell(s) of \"{name}\" ({total:.1} million US$): no ISO 3166 code."
                );
            }
            Ok(())
        }
        Command::Import(ImportCommand::UndesaStock { file }) => {
            let db = open(&config).await?;
            let f = std::fs::File::open(&file)
                .map_err(|e| Failure::usage(format!("cannot read {}: {e}", file.display())))?;
            let size = f.metadata().map(|m| m.len()).unwrap_or(0);
            // A spinner with the row count: the file's rows are not known before reading it.
            let bar = indicatif::ProgressBar::new_spinner().with_message(format!(
                "reading {} ({} MB)",
                file.display(),
                size / 1_000_000
            ));
            let r = lmip_services::undesa::import_csv(
                &db,
                &cli_actor(),
                &file.display().to_string(),
                std::io::BufReader::new(f),
                &mut |rows| {
                    bar.set_message(format!("{rows} rows read"));
                    bar.tick();
                },
            )
            .await;
            bar.finish_and_clear();
            let r = r?;
            out!(
                "Published release {} of MIG_STOCK: {} observations in {} series.",
                r.release,
                r.observations,
                r.series
            );
            for (reason, n, line) in &r.skipped {
                out!("Skipped {n} row(s) (first at line {line}): {reason}.");
            }
            if !r.warnings.is_empty() {
                out!(
                    "{} total(s) differ from female + male, e.g. {}",
                    r.warnings.len(),
                    r.warnings[0]
                );
            }
            Ok(())
        }
        Command::Backup { file } => {
            let db = open(&config).await?;
            let r = db.backup_to(&file).await?;
            out!(
                "Backup written to {} ({} bytes); integrity check: {}.",
                r.path.display(),
                r.bytes,
                r.integrity
            );
            Ok(())
        }
        Command::Check(CheckCommand::I18n) => check_i18n(),
        Command::Check(CheckCommand::Freshness {
            max_stale,
            max_outdated,
            on,
        }) => {
            let today = match on {
                Some(d) => lmip_domain::directory::parse_list_date(&d)
                    .map_err(|e| Failure::usage(e.to_string()))?,
                None => lmip_storage::now_utc_text()[..10].to_string(),
            };
            let db = open(&config).await?;
            let report = lmip_services::content::freshness(&db, &today).await?;
            for (owner, slug, checked, due) in &report.stale {
                out!(
                    "stale     {owner}: {slug} (checked {}, due {})",
                    checked.as_deref().unwrap_or("never"),
                    due.as_deref().unwrap_or("now")
                );
            }
            for (owner, slug, locale) in &report.outdated {
                out!("outdated  {owner}: {slug} [{locale}] is behind its source text");
            }
            out!(
                "{} stale entr{} (at most {max_stale} tolerated), {} outdated translation(s) on {today}.",
                report.stale.len(),
                if report.stale.len() == 1 { "y" } else { "ies" },
                report.outdated.len()
            );
            if report.stale.len() > max_stale || report.outdated.len() > max_outdated {
                return Err(Failure::failed(
                    "more stale content or outdated translations than tolerated".to_string(),
                ));
            }
            Ok(())
        }
        Command::Stats(StatsCommand::Template {
            flow,
            country,
            year,
            lang,
            output,
        }) => {
            let locale: lmip_domain::Locale = lang.parse().map_err(|_| {
                Failure::usage(format!(
                    "unknown language '{lang}': use one of {}",
                    lmip_domain::Locale::ALL.map(|l| l.code()).join(", ")
                ))
            })?;
            let db = open(&config).await?;
            let catalog = lmip_i18n::Catalog::load().map_err(|e| Failure::failed(e.to_string()))?;
            let t = |key: &str, args: &[(&str, String)]| {
                let mut a = lmip_i18n::FluentArgs::new();
                for (k, v) in args {
                    a.set(*k, v.as_str());
                }
                catalog.text_with(locale, key, Some(&a)).value
            };
            let bytes = lmip_services::submissions::template(
                &db,
                &lmip_services::submissions::TemplateRequest {
                    flow: &flow,
                    country: &country,
                    year,
                    locale,
                },
                &t,
            )
            .await?;
            let path = output.unwrap_or_else(|| {
                std::path::PathBuf::from(format!("{flow}-{}-{year}.xlsx", country.to_uppercase()))
            });
            std::fs::write(&path, &bytes)
                .map_err(|e| Failure::failed(format!("cannot write {}: {e}", path.display())))?;
            out!(
                "Wrote the questionnaire {} ({} KB).",
                path.display(),
                bytes.len() / 1024
            );
            Ok(())
        }
        Command::Audit(AuditCommand::Verify {
            checkpoint,
            key_file,
        }) => {
            let db = open(&config).await?;
            let v = db.verify_audit().await?;
            if let Some(b) = v.first_break {
                return Err(Failure::failed(format!(
                    "the audit log is broken at row {} (chain position {}): {}. The {} rows before it are intact.",
                    b.seq, b.chain_index, b.reason, v.rows
                )));
            }
            out!(
                "Audit log intact: {} rows; last hash {}.",
                v.rows,
                v.last_hash
            );
            let (Some(file), Some(key_file)) = (checkpoint, key_file) else {
                out!(
                    "Compare that hash with your latest off-site checkpoint: rows removed from the end leave no other trace."
                );
                return Ok(());
            };
            let text = std::fs::read_to_string(&file)
                .map_err(|e| Failure::usage(format!("cannot read {}: {e}", file.display())))?;
            match lmip_services::audit::check(&db, &text, &read_key(&key_file)?).await? {
                lmip_services::audit::CheckpointCheck::Consistent(n) => {
                    out!(
                        "The log agrees with the checkpoint {} ({n} rows checked).",
                        file.display()
                    );
                    Ok(())
                }
                lmip_services::audit::CheckpointCheck::Differs(why) => {
                    Err(Failure::failed(format!(
                        "the log does not agree with the checkpoint {}: {why}",
                        file.display()
                    )))
                }
            }
        }
        Command::Audit(AuditCommand::Export {
            since,
            key_file,
            output,
        }) => {
            let db = open(&config).await?;
            let text = lmip_services::audit::export(&db, since, &read_key(&key_file)?).await?;
            match output {
                Some(path) => {
                    write_new_file(&path, &text, 0o644)?;
                    eprintln!(
                        "Wrote a signed checkpoint to {}. Keep it away from this server.",
                        path.display()
                    );
                }
                None => out!("{text}"),
            }
            Ok(())
        }
        Command::Audit(AuditCommand::Keygen { file }) => {
            write_new_file(&file, &lmip_services::audit::new_key(), 0o600)?;
            out!(
                "Wrote a new signing key to {} (readable by you only). Keep a copy away from the database.",
                file.display()
            );
            Ok(())
        }
    }
}

/// Reads a key file: hexadecimal text as `lmip audit keygen` writes it, or any other bytes.
fn read_key(path: &std::path::Path) -> Result<Vec<u8>, Failure> {
    let bytes = std::fs::read(path)
        .map_err(|e| Failure::usage(format!("cannot read the key file {}: {e}", path.display())))?;
    let text = String::from_utf8_lossy(&bytes);
    Ok(hex::decode(text.trim()).unwrap_or(bytes))
}

/// Creates a file that must not exist yet, with the given permissions on Unix.
fn write_new_file(path: &std::path::Path, text: &str, mode: u32) -> Result<(), Failure> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, mode);
    #[cfg(not(unix))]
    let _ = mode;
    let mut f = options.open(path).map_err(|e| {
        Failure::failed(format!(
            "cannot create {}: {e} (lmip never overwrites it)",
            path.display()
        ))
    })?;
    f.write_all(text.as_bytes())
        .and_then(|()| f.write_all(b"\n"))
        .map_err(|e| Failure::failed(format!("cannot write {}: {e}", path.display())))
}

/// Who the command line acts as in the audit log: the operating-system user running it.
/// The keys that seal complainants' personal data: `LMIP_CASE_KEYS`, or the key file (made,
/// readable by its owner only, when it does not exist yet).
fn case_keys(config: &Config) -> Result<lmip_services::vault::Keyring, Failure> {
    use lmip_services::vault::Keyring;
    if let Ok(text) = std::env::var("LMIP_CASE_KEYS")
        && !text.trim().is_empty()
    {
        return Keyring::parse(&text).map_err(|e| Failure::usage(format!("LMIP_CASE_KEYS: {e}")));
    }
    let (keys, created) = Keyring::load_or_create(&config.case_keys_file)
        .map_err(|e| Failure::failed(e.to_string()))?;
    if created {
        tracing::warn!(
            file = %config.case_keys_file.display(),
            "created a new key for complainants' personal data: back this file up apart from the database (without it, sealed data cannot be read)"
        );
    }
    Ok(keys)
}

fn cli_actor() -> String {
    let user = std::env::var("USER")
        .or_else(|_| std::env::var("LOGNAME"))
        .unwrap_or_else(|_| "unknown".into());
    format!("cli:{user}")
}

fn init_logging(config: &Config, serving: bool) {
    let default = if serving { "info" } else { "warn" };
    let filter = config
        .log
        .as_deref()
        .and_then(|f| EnvFilter::try_new(f).ok())
        .unwrap_or_else(|| EnvFilter::new(default));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = match config.log_format {
        LogFormat::Json => builder.json().try_init(),
        LogFormat::Pretty => builder.try_init(),
    };
}

fn connect_options(config: &Config) -> ConnectOptions {
    ConnectOptions {
        connect_attempts: config.db_connect_attempts,
        max_connections: config.db_max_connections,
        ..Default::default()
    }
}

async fn connect(config: &Config) -> Result<Db, Failure> {
    Ok(Db::connect(&config.database_url, &connect_options(config)).await?)
}

async fn open(config: &Config) -> Result<Db, Failure> {
    Ok(Db::open(&config.database_url, &connect_options(config)).await?)
}

async fn serve(config: &Config, demo: bool) -> Result<(), Failure> {
    let started = Instant::now();
    let db = open(config).await?;
    if demo && lmip_services::demo::is_empty(&db).await? {
        lmip_services::demo::load(&db, &cli_actor()).await?;
        tracing::info!("sample data loaded");
    }
    let listener = tokio::net::TcpListener::bind(&config.listen).await.map_err(|e| {
        let hint = match e.kind() {
            std::io::ErrorKind::AddrInUse => "another program is already using it: stop that program, or choose another address with --listen or LMIP_LISTEN",
            std::io::ErrorKind::PermissionDenied => "ports below 1024 need special rights: use a port such as 8080, behind a reverse proxy",
            _ => "check the address given with --listen or LMIP_LISTEN (host:port, e.g. 127.0.0.1:8080)",
        };
        Failure::failed(format!("cannot listen on {}: {e}; {hint}", config.listen))
    })?;
    let addr = listener
        .local_addr()
        .map_err(|e| Failure::failed(e.to_string()))?;
    let web_config = lmip_web::WebConfig {
        public_url: config.public_url.clone(),
        cache_pages: config.cache_pages,
        page_max_age: config.page_max_age,
        metrics: config.metrics,
        trusted_proxies: config.trusted_proxies.clone(),
        hash_cost: config.hash_cost,
        outbox: Some(lmip_mail::Outbox::start(mailer(config)?)),
        case_keys: Some(case_keys(config)?),
        quick_exit_url: config.quick_exit_url.clone(),
        sms_secret: config.sms_secret.clone().map(lmip_web::Secret),
        sms_outbound: config.sms_outbound.clone(),
        ..Default::default()
    };
    let state = lmip_web::AppState::new(db.clone(), web_config)
        .await
        .map_err(|e| Failure::failed(e.to_string()))?;
    tokio::spawn(state.clone().follow_changes());
    tokio::spawn(purge_daily(db.clone(), config.case_retention_days));
    let app = lmip_web::router(state);
    tracing::info!(database = %db.describe(), startup_ms = started.elapsed().as_millis() as u64, "lmip is ready");
    // Stdout, one line, stable wording: scripts and tests read the address from it.
    out!("lmip listening on http://{addr}");
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await
    .map_err(|e| Failure::failed(e.to_string()))?;
    db.close().await;
    tracing::info!("lmip stopped");
    Ok(())
}

/// Erases closed cases' personal data past retention and publishes the complaint counts of
/// months that are over, at start and then once a day. Several instances may run it at once:
/// anonymising an anonymised case changes nothing, and unchanged counts are not released again.
async fn purge_daily(db: Db, retention_days: i64) {
    let mut every_day = tokio::time::interval(std::time::Duration::from_secs(24 * 60 * 60));
    loop {
        every_day.tick().await;
        match lmip_services::cases::purge(&db, retention_days, "system").await {
            Ok(r) if r.anonymised > 0 => {
                tracing::info!(
                    cases = r.anonymised,
                    "closed cases anonymised after retention"
                );
            }
            Ok(_) => {}
            Err(e) => {
                tracing::warn!(error = %e, "the daily case purge failed; it runs again tomorrow")
            }
        }
        match lmip_services::cases::publish_statistics(&db, "system").await {
            Ok(p) if p.release.is_some() => {
                tracing::info!(cells = p.cells, through = %p.through, "complaint counts published");
            }
            Ok(_) => {}
            Err(e) => {
                tracing::warn!(error = %e, "publishing the complaint counts failed; it runs again tomorrow")
            }
        }
        match lmip_services::sms::forget_quiet_senders(&db).await {
            Ok(n) if n > 0 => tracing::info!(senders = n, "quiet text-message senders forgotten"),
            Ok(_) => {}
            Err(e) => {
                tracing::warn!(error = %e, "forgetting quiet text-message senders failed; it runs again tomorrow")
            }
        }
    }
}

/// Resolves on Ctrl-C or SIGTERM; in-flight requests then finish before the server exits.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}

fn check_i18n() -> Result<(), Failure> {
    let catalog = lmip_i18n::Catalog::load().map_err(|e| Failure::failed(e.to_string()))?;
    let mut used = std::collections::BTreeSet::new();
    for (_, source) in lmip_web::I18N_SOURCES {
        used.extend(lmip_i18n::keys_used_in(source));
    }
    let report = catalog.check(used.iter().map(String::as_str));
    let en = catalog.keys(lmip_domain::Locale::En).len();
    out!(
        "English: {en} messages, {} used by templates and code.",
        used.len()
    );
    for locale in lmip_domain::Locale::ALL
        .into_iter()
        .filter(|l| *l != lmip_domain::Locale::En)
    {
        let missing = report
            .missing
            .iter()
            .find(|(l, _)| *l == locale)
            .map(|(_, k)| k.as_slice())
            .unwrap_or(&[]);
        let extra = report
            .extra
            .iter()
            .find(|(l, _)| *l == locale)
            .map(|(_, k)| k.as_slice())
            .unwrap_or(&[]);
        out!(
            "{:<4} {:<18} {:>3} of {en} translated{}{}",
            locale.code(),
            locale.native_name(),
            en - missing.len(),
            if missing.is_empty() {
                String::new()
            } else {
                format!("; missing (shown in English): {}", missing.join(", "))
            },
            if extra.is_empty() {
                String::new()
            } else {
                format!("; not in English (stale?): {}", extra.join(", "))
            },
        );
    }
    if !report.unused.is_empty() {
        out!(
            "Defined in English but unused: {}",
            report.unused.join(", ")
        );
    }
    if report.is_error() {
        return Err(Failure::failed(format!(
            "used by templates or code but missing from locales/en/main.ftl: {}",
            report.used_but_undefined.join(", ")
        )));
    }
    out!("OK");
    Ok(())
}

/// The mail transport the configuration names: SMTP, or a directory of `.eml` files.
fn mailer(config: &Config) -> Result<lmip_mail::Mailer, Failure> {
    let mailer = match &config.smtp_url {
        Some(url) => lmip_mail::Mailer::smtp(url, &config.mail_from),
        None => {
            tracing::info!(dir = %config.mail_dir.display(), "no SMTP server configured: mail is written to files");
            lmip_mail::Mailer::directory(config.mail_dir.clone(), &config.mail_from)
        }
    };
    mailer.map_err(|e| Failure::usage(e.to_string()))
}
