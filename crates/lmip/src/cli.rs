//! The command line.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// lmip — the Labour Migration Information Portal.
///
/// One server for workers, families, employers and governments: licensed agencies, legal routes and
/// costs, rights, help, complaints and official statistics. With no configuration, `lmip serve` keeps
/// its data in ./lmip-data/ (SQLite) and listens on http://127.0.0.1:8080.
#[derive(Debug, Parser)]
#[command(name = "lmip", version, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes. Precedence: flag, then environment variable, then config file,
/// then the built-in default.
#[derive(Debug, Args, Clone, Default)]
pub struct GlobalArgs {
    /// A TOML configuration file (optional).
    #[arg(long, global = true, env = "LMIP_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Folder for the embedded database and other files [default: ./lmip-data].
    #[arg(long, global = true, env = "LMIP_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Database: sqlite://PATH or postgres://USER@HOST/DB [default: sqlite://DATA_DIR/lmip.db].
    #[arg(
        long,
        global = true,
        env = "LMIP_DATABASE_URL",
        value_name = "URL",
        hide_env_values = true
    )]
    pub database_url: Option<String>,
    /// How many times to try reaching PostgreSQL before giving up [default: 6].
    #[arg(
        long,
        global = true,
        env = "LMIP_DB_CONNECT_ATTEMPTS",
        value_name = "N"
    )]
    pub db_connect_attempts: Option<u32>,
    /// Log format: pretty or json [default: pretty].
    #[arg(long, global = true, env = "LMIP_LOG_FORMAT", value_name = "FORMAT")]
    pub log_format: Option<String>,
    /// Log filter, e.g. info or lmip_web=debug [default: info for serve, warn otherwise].
    #[arg(long, global = true, env = "LMIP_LOG", value_name = "FILTER")]
    pub log: Option<String>,
}

/// What to do.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the web server (migrates the database first).
    Serve(ServeArgs),
    /// Apply pending database migrations and load reference data, then exit.
    Migrate,
    /// Load the sample data (clearly labelled on every page).
    Demo,
    /// Manage users.
    #[command(subcommand)]
    User(UserCommand),
    /// Export data as files.
    #[command(subcommand)]
    Export(ExportCommand),
    /// Import data from files (all or nothing).
    #[command(subcommand)]
    Import(ImportCommand),
    /// Statistics: questionnaires for focal points.
    #[command(subcommand)]
    Stats(StatsCommand),
    /// Make a consistent, verified copy of the SQLite database while lmip runs.
    Backup {
        /// The file to write (must not exist).
        file: PathBuf,
    },
    /// Check the installation's content and translations.
    #[command(subcommand)]
    Check(CheckCommand),
    /// The tamper-evident audit log.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// The search index.
    #[command(subcommand)]
    Search(SearchCommand),
    /// The keys that seal complainants' personal data.
    #[command(subcommand)]
    Keys(KeysCommand),
    /// Complaint cases.
    #[command(subcommand)]
    Cases(CasesCommand),
}

/// `lmip keys …`
#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// Check that the case keys open this database's sealed data (creates the key file and its
    /// check on a database without cases).
    Check,
    /// Seal everything again under a new key, then drop the old keys from the key file. Stop
    /// the portal (every instance) first, or restart it right after: an instance still holding
    /// the old keys could not open what the new key seals.
    Rotate,
}

/// `lmip cases …`
#[derive(Debug, Subcommand)]
pub enum CasesCommand {
    /// Erase the personal data of cases closed longer ago than the retention period (their
    /// counts stay for statistics); `lmip serve` does this once a day.
    Purge {
        /// Days after closing [default: case_retention_days from the configuration, or 730].
        #[arg(long, value_name = "DAYS")]
        retention_days: Option<i64>,
    },
    /// Publish the complaint counts of the months that are over as the next release of the
    /// COMPLAINTS statistics (cells below 5 left out); `lmip serve` does this once a day, and
    /// nothing is released when the counts did not change.
    PublishStats,
}

/// `lmip search …`
#[derive(Debug, Subcommand)]
pub enum SearchCommand {
    /// Rebuild the whole search index from the published content, the directory and the verified
    /// opportunities, in one transaction (readers keep the old index until it commits).
    Reindex,
    /// Print the words lmip finds in each line of standard input (or TEXT), separated by |: the
    /// segmentation that documents and queries get (for checking it against other segmenters).
    Segment {
        /// Text to segment instead of standard input.
        text: Option<String>,
    },
}

/// `lmip serve` options.
#[derive(Debug, Args, Clone, Default)]
pub struct ServeArgs {
    /// Address to listen on [default: 127.0.0.1:8080].
    #[arg(long, env = "LMIP_LISTEN", value_name = "ADDR")]
    pub listen: Option<String>,
    /// The address people reach the portal at, for links in messages [default: http://LISTEN].
    #[arg(long, env = "LMIP_PUBLIC_URL", value_name = "URL")]
    pub public_url: Option<String>,
    /// A reverse proxy whose X-Forwarded-For header is believed (repeat, or comma-separate in the
    /// environment variable). Never set this to anything but your own proxies.
    #[arg(
        long = "trusted-proxy",
        env = "LMIP_TRUSTED_PROXIES",
        value_delimiter = ',',
        value_name = "IP"
    )]
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// SMTP server for outgoing mail, e.g. smtps://user:password@mail.example.org:465. Without
    /// it, mail is written as .eml files to mail_dir (default DATA_DIR/outbox).
    #[arg(
        long,
        env = "LMIP_SMTP_URL",
        value_name = "URL",
        hide_env_values = true
    )]
    pub smtp_url: Option<String>,
    /// Load the sample data if the database is empty.
    #[arg(long, env = "LMIP_DEMO")]
    pub demo: bool,
    /// Print the effective configuration (secrets masked) and exit.
    #[arg(long)]
    pub print_config: bool,
}

/// `lmip user …`
#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Add a user with a role in an organisation; prints a one-time link to set the password.
    Add {
        /// The user's e-mail address.
        #[arg(long)]
        email: String,
        /// The organisation's short name (the operator's is `operator`).
        #[arg(long)]
        org: String,
        /// admin, editor, reviewer, stats_focal_point, stats_approver, caseworker, case_supervisor or agency_rep.
        #[arg(long)]
        role: String,
    },
    /// Make a one-time link (valid 30 minutes) for someone who forgot their password; using it ends
    /// all their sessions.
    Reset {
        /// The user's e-mail address.
        #[arg(long)]
        email: String,
    },
}

/// `lmip export …`
#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// A code list as CSV (code, parent, sort, name_en, name_th, …).
    Codelist {
        /// The list, e.g. CL_COUNTRY, CL_ISCO08, CL_SEX; `lmip export codelists` lists them.
        list: String,
        /// Write to this file instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// The code lists and their sizes.
    Codelists,
    /// Every content entry as files: DIR/SLUG/entry.toml and DIR/SLUG/LANG.md (Markdown with
    /// the title and summary as front matter).
    Content {
        /// The folder to write (created if needed).
        dir: PathBuf,
    },
}

/// `lmip import …`
#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Content entries from a folder written by `lmip export content` (or by hand): shows what
    /// would change; with --apply, makes every change in one transaction (changed entries become
    /// drafts for review; nothing is published).
    Content {
        /// The folder.
        dir: PathBuf,
        /// Make the changes.
        #[arg(long)]
        apply: bool,
    },
    /// Codes into a code list from CSV (new lists are created; existing codes are updated).
    Codelist {
        /// The list, e.g. CL_SECTOR.
        list: String,
        /// The CSV file.
        file: PathBuf,
    },
    /// An ILOSTAT labour migration indicator (CSV, bulk or one-indicator layout) as a new release
    /// of the matching dataflow, e.g. MNA_OEMP_SEX_CDS_NB into MIG_OUTFLOW.
    IlostatCsv {
        /// The CSV file.
        file: PathBuf,
    },
    /// UN DESA's International Migrant Stock (CSV: year, origin_iso3, destination_iso3, sex,
    /// stock) as a new release of MIG_STOCK.
    UndesaStock {
        /// The CSV file.
        file: PathBuf,
    },
    /// An SDMX-ML 2.1 structure message: code lists, concepts, data structures and dataflows of
    /// your own (lmip's built-in ones are never changed; clashing ids are kept as AGENCY_ID).
    SdmxStructure {
        /// The XML file.
        file: PathBuf,
    },
    /// The World Bank / KNOMAD bilateral remittance matrix (XLSX, millions of US$) as a new
    /// release of REMIT; countries without an ISO 3166 code are reported, not imported.
    WbRemittances {
        /// The XLSX file.
        file: PathBuf,
    },
    /// A regulator's official licence list (CSV or XLSX: licence number, agency, status, and
    /// optionally valid from/to, destinations, sectors). Shows what is new, changed and missing;
    /// nothing changes without --apply.
    Licences {
        /// The list.
        file: PathBuf,
        /// The issuing country (ISO 3166-1 alpha-2), e.g. PH.
        #[arg(long)]
        issuer: String,
        /// The issuing authority, as the list names it, e.g. DMW.
        #[arg(long, default_value = "")]
        authority: String,
        /// Apply the list to the register (as its reviewer).
        #[arg(long)]
        apply: bool,
        /// The list is complete: its issuer's valid licences missing from it become expired.
        #[arg(long, requires = "apply")]
        expire_missing: bool,
    },
}

/// `lmip stats …`
#[derive(Debug, Subcommand)]
pub enum StatsCommand {
    /// Write the XLSX questionnaire for a dataflow, a reporting country and a year: one sheet for
    /// the table, partner countries in a drop-down, instructions in the focal point's language.
    /// Focal points fill it in and send it from the back office (Statistics submissions).
    Template {
        /// The dataflow, e.g. MIG_OUTFLOW.
        flow: String,
        /// The reporting country (ISO 3166 alpha-2), e.g. KH.
        #[arg(long)]
        country: String,
        /// The year the figures are for.
        #[arg(long)]
        year: i32,
        /// The focal point's language (en, th, km, lo, my, vi, id, ms, fil, tet).
        #[arg(long, default_value = "en")]
        lang: String,
        /// The file to write (default: FLOW-COUNTRY-YEAR.xlsx).
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
}

/// `lmip audit …`
#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Check the hash chain and report the first broken row (exit 1 if any); with a checkpoint,
    /// also check that the log still holds what the checkpoint recorded.
    Verify {
        /// A checkpoint file made by `lmip audit export`.
        #[arg(long, requires = "key_file")]
        checkpoint: Option<PathBuf>,
        /// The key the checkpoint was signed with.
        #[arg(long, env = "LMIP_AUDIT_KEY_FILE")]
        key_file: Option<PathBuf>,
    },
    /// Write a signed checkpoint of the log (rows after --since) for keeping off-site.
    Export {
        /// Include rows after this chain position (0: all).
        #[arg(long, default_value_t = 0)]
        since: i64,
        /// The signing key (make one with `lmip audit keygen`); keep it away from the database.
        #[arg(long, env = "LMIP_AUDIT_KEY_FILE")]
        key_file: PathBuf,
        /// Write here instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Create a new random signing key file (readable by its owner only).
    Keygen {
        /// The key file to create (must not exist).
        file: PathBuf,
    },
}

/// `lmip check …`
#[derive(Debug, Subcommand)]
pub enum CheckCommand {
    /// Translations: keys missing per locale, unused keys; fails on keys used but absent from English.
    I18n,
    /// Content past its review date and translations behind their source text, per owner and
    /// language; exits 1 when there are more than the limits (for cron and CI).
    Freshness {
        /// Most stale entries tolerated.
        #[arg(long, default_value_t = 0)]
        max_stale: usize,
        /// Most outdated translations tolerated.
        #[arg(long, default_value_t = usize::MAX)]
        max_outdated: usize,
        /// The day to check for (YYYY-MM-DD; default today).
        #[arg(long)]
        on: Option<String>,
    },
}
