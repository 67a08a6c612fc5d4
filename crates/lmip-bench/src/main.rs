//! Measures the statistics budgets of docs/benchmarks.md on a generated `MIG_STOCK`:
//! one-series queries, one destination × all origins for one year, a full-flow SDMX-CSV export,
//! and importing a 1-million-row CSV; and, with `--agencies N`, the verify page over a register of
//! N licensed agencies. Prints a Markdown table; run it on an idle machine.
//!
//! `cargo run --release -p lmip-bench -- --database-url sqlite:///tmp/bench/lmip.db --observations 10000000`
#![forbid(unsafe_code)]

use clap::Parser;
use lmip_stats::data::{DataDetail, DataQuery, Layout, ReleaseRef};
use lmip_storage::{ConnectOptions, Db, Observation};
use std::time::{Duration, Instant};

/// What to measure, where.
#[derive(Parser)]
struct Args {
    /// A fresh database (SQLite file URL or PostgreSQL URL); it is migrated and filled.
    #[arg(long)]
    database_url: String,
    /// Observations to generate in MIG_STOCK.
    #[arg(long, default_value_t = 10_000_000)]
    observations: usize,
    /// Queries per measurement.
    #[arg(long, default_value_t = 200)]
    queries: usize,
    /// Rows of the CSV import measurement (0 skips it).
    #[arg(long, default_value_t = 1_000_000)]
    import_rows: usize,
    /// Licensed agencies for the verify-page measurement (0 skips it).
    #[arg(long, default_value_t = 0)]
    agencies: usize,
    /// Measure the corridor page (server time and compressed size) on the demo content.
    #[arg(long)]
    corridors: bool,
    /// Documents for the search measurement (0 skips it): made of lmip's interface text in its
    /// ten languages (read from --locales).
    #[arg(long, default_value_t = 0)]
    search_docs: usize,
    /// The folder of the translation files, for --search-docs.
    #[arg(long, default_value = "locales")]
    locales: std::path::PathBuf,
}

fn percentile(mut v: Vec<Duration>, p: f64) -> Duration {
    v.sort();
    let i = ((v.len() as f64 * p).ceil() as usize).clamp(1, v.len()) - 1;
    v[i]
}

fn query(key: String, year: Option<i32>) -> DataQuery {
    DataQuery {
        flow: "MIG_STOCK".into(),
        agency: None,
        version: None,
        key,
        start_year: year,
        end_year: year,
        first_n: None,
        last_n: None,
        layout: Layout::TimeSeries,
        detail: DataDetail::Full,
        release: ReleaseRef::Latest,
        format: None,
        updated_after: None,
    }
}

/// A small deterministic generator (no dependency needed for benchmark data).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % n
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = Args::parse();
    let db = Db::open(&args.database_url, &ConnectOptions::default()).await?;
    if args.agencies > 0 {
        verify_bench(&db, args.agencies, args.queries).await?;
    }
    if args.corridors {
        corridor_bench(&db, args.queries).await?;
    }
    if args.search_docs > 0 {
        search_bench(&db, &args.locales, args.search_docs, args.queries).await?;
    }
    if args.observations == 0 {
        return Ok(());
    }
    let areas: Vec<String> = lmip_refdata::countries()
        .into_iter()
        .map(|c| c.alpha2.to_string())
        .collect();
    let sexes = ["_T", "F", "M"];
    let series = areas.len() * areas.len() * sexes.len();
    let years = args.observations.div_ceil(series).max(1);
    let first_year = 2020 - years as i32 + 1;
    eprintln!(
        "generating {} series × {years} years = {} observations",
        series,
        series * years
    );
    // One release per decade keeps memory bounded while generating.
    let started = Instant::now();
    let mut generated = 0usize;
    let mut rng = Lcg(42);
    let mut year = first_year;
    while year <= 2020 {
        let last = (year + 9).min(2020);
        let mut chunk = Vec::with_capacity(series * (last - year + 1) as usize);
        for d in &areas {
            for o in &areas {
                for s in sexes {
                    for y in year..=last {
                        chunk.push(Observation {
                            series_key: format!("A.{d}.{o}.{s}"),
                            time_period: y.to_string(),
                            value: Some(rng.next(1_000_000) as f64),
                            obs_status: None,
                            note: None,
                        });
                    }
                }
            }
        }
        generated += chunk.len();
        let mut tx = db.write().await?;
        tx.publish_release("MIG_STOCK", "bench", "generated", &chunk, &[])
            .await?;
        tx.commit().await?;
        eprintln!("  {generated} observations stored");
        year = last + 1;
    }
    let load = started.elapsed();
    println!("| measurement | result |");
    println!("|---|---|");
    println!(
        "| generate and store {generated} observations | {:.1} s ({:.0} rows/s) |",
        load.as_secs_f64(),
        generated as f64 / load.as_secs_f64()
    );

    let mut times = Vec::new();
    for _ in 0..args.queries {
        let (d, o) = (&areas[rng.next(areas.len())], &areas[rng.next(areas.len())]);
        let t = Instant::now();
        let r = lmip_services::sdmx::data(&db, &query(format!("A.{d}.{o}._T"), None)).await?;
        times.push(t.elapsed());
        assert_eq!(r.series.len(), 1);
    }
    println!(
        "| one series, all years ({} queries) | p50 {:.1} ms, p95 {:.1} ms |",
        args.queries,
        percentile(times.clone(), 0.5).as_secs_f64() * 1e3,
        percentile(times, 0.95).as_secs_f64() * 1e3
    );

    let mut times = Vec::new();
    let n = (args.queries / 4).max(10);
    for _ in 0..n {
        let d = &areas[rng.next(areas.len())];
        let t = Instant::now();
        let r = lmip_services::sdmx::data(&db, &query(format!("A.{d}.."), Some(2020))).await?;
        times.push(t.elapsed());
        assert!(!r.series.is_empty());
    }
    println!(
        "| one destination, all origins and sexes, one year ({n} queries) | p50 {:.1} ms, p95 {:.1} ms |",
        percentile(times.clone(), 0.5).as_secs_f64() * 1e3,
        percentile(times, 0.95).as_secs_f64() * 1e3
    );

    // The full flow as the SDMX API sends it: planned, read as a stream of series, written
    // piece by piece; the pieces are counted and dropped, as a socket would take them.
    // Linux: "5" resets the peak to the current resident size, so the peak after the export
    // says how much memory the export itself needed.
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let rss_before = status_kib("VmRSS:");
    let t = Instant::now();
    let plan = lmip_services::sdmx::plan(&db, &query("all".into(), None)).await?;
    let info = lmip_stats::data_writer::MessageInfo {
        id: "BENCH".into(),
        prepared: "2026-01-01T00:00:00Z".into(),
        flow: plan.flow.clone(),
        dsd: plan.dsd.clone(),
        detail: DataDetail::Full,
        layout: Layout::TimeSeries,
        dataflow_url: String::new(),
    };
    let mut writer =
        lmip_stats::data_writer::writer(lmip_stats::data_writer::DataFormat::Csv1, info);
    let mut series = lmip_services::sdmx::stream(&db, plan);
    let mut out = String::new();
    let (mut bytes, mut rows) = (0usize, 0usize);
    writer.begin(&mut out);
    while let Some(batch) = series.recv().await {
        for s in batch? {
            writer.series(&s, &mut out);
        }
        bytes += out.len();
        rows += out.bytes().filter(|b| *b == b'\n').count();
        out.clear();
    }
    writer.end(&mut out);
    bytes += out.len();
    let took = t.elapsed();
    rows -= 1;
    let grew = status_kib("VmHWM:").saturating_sub(rss_before);
    println!(
        "| full-flow SDMX-CSV export, streamed ({rows} observations, {} MB; peak memory grew {} MiB) | {:.1} s ({:.0} obs/s) |",
        bytes / 1_000_000,
        grew / 1024,
        took.as_secs_f64(),
        rows as f64 / took.as_secs_f64()
    );

    if args.import_rows > 0 {
        let mut text = String::from("year,origin_iso3,destination_iso3,sex,stock\n");
        let iso3: Vec<String> = lmip_refdata::countries()
            .into_iter()
            .map(|c| c.alpha3.to_string())
            .collect();
        let mut rows = 0;
        'outer: for y in (1800..2100).rev() {
            for d in &iso3 {
                for o in &iso3 {
                    for s in ["SEX_T", "SEX_F", "SEX_M"] {
                        text.push_str(&format!("{y},{o},{d},{s},{}\n", rng.next(100_000)));
                        rows += 1;
                        if rows == args.import_rows {
                            break 'outer;
                        }
                    }
                }
            }
        }
        let t = Instant::now();
        let r = lmip_services::undesa::import_csv(
            &db,
            "bench",
            "bench.csv",
            text.as_bytes(),
            &mut |_| {},
        )
        .await?;
        let took = t.elapsed();
        println!(
            "| import and check a {rows}-row CSV (UN DESA layout, {} MB) | {:.1} s ({:.0} rows/s) |",
            text.len() / 1_000_000,
            took.as_secs_f64(),
            r.observations as f64 / took.as_secs_f64()
        );
    }
    if args.import_rows > 0 {
        submission(&db, &areas, args.import_rows, &mut rng).await?;
    }
    Ok(())
}

/// A signed-in person with `role` in the operator's organisation.
async fn person(
    db: &Db,
    email: &str,
    role: &str,
) -> Result<lmip_services::auth::Session, Box<dyn std::error::Error>> {
    use lmip_services::auth;
    let added = lmip_services::users::add(db, "bench", email, "operator", role, "http://x").await?;
    let token = added
        .link
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .to_string();
    let pass = "a benchmark pass phrase that is long";
    auth::set_password(db, &token, pass, auth::HashCost::default(), "bench").await?;
    let cookie = auth::sign_in(db, auth::HashCost::default(), email, pass, "bench", "bench")
        .await?
        .cookie;
    auth::session(db, &cookie)
        .await?
        .ok_or_else(|| "no session".into())
}

/// A focal point's SDMX-CSV submission of `rows` rows to MIG_OUTFLOW, validated and staged,
/// then published by an approver.
async fn submission(
    db: &Db,
    areas: &[String],
    rows: usize,
    rng: &mut Lcg,
) -> Result<(), Box<dyn std::error::Error>> {
    let mut text = String::from(
        "DATAFLOW,FREQ,REF_AREA,COUNTERPART_AREA,SEX,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE\n",
    );
    let mut n = 0;
    'outer: for y in (1950..=2024).rev() {
        for o in areas {
            for d in areas {
                for s in ["_T", "F", "M"] {
                    text.push_str(&format!(
                        "LMIP:MIG_OUTFLOW(1.0),A,{o},{d},{s},{y},{},PS\n",
                        rng.next(100_000)
                    ));
                    n += 1;
                    if n == rows {
                        break 'outer;
                    }
                }
            }
        }
    }
    let focal = person(db, "bench-focal@example.org", "stats_focal_point").await?;
    let approver = person(db, "bench-approver@example.org", "stats_approver").await?;
    let size = text.len();
    let t = Instant::now();
    let s = lmip_services::submissions::submit(
        db,
        &focal,
        &lmip_services::submissions::Upload {
            org: "operator",
            flow: "MIG_OUTFLOW",
            period: "1950-2024",
            file_name: "bench.csv",
            encoding: None,
        },
        std::io::Cursor::new(text.into_bytes()),
        lmip_services::submissions::Settings::default(),
        2026,
    )
    .await?;
    let took = t.elapsed();
    println!(
        "| focal point's submission: read, validate and stage a {n}-row SDMX-CSV ({} MB; {} errors, {} warnings) | {:.1} s ({:.0} rows/s) |",
        size / 1_000_000,
        s.errors,
        s.warnings,
        took.as_secs_f64(),
        n as f64 / took.as_secs_f64()
    );
    let t = Instant::now();
    lmip_services::submissions::approve(db, &approver, "operator", &s.id, true).await?;
    let took = t.elapsed();
    println!(
        "| approve it: publish the staged rows as a release | {:.1} s ({:.0} rows/s) |",
        took.as_secs_f64(),
        n as f64 / took.as_secs_f64()
    );
    Ok(())
}

/// A memory figure of this process from /proc (`VmRSS:`, `VmHWM:`; KiB; 0 where /proc is missing).
fn status_kib(field: &str) -> usize {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix(field))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

/// Makes one verify query from the generator.
type QueryMaker = Box<dyn Fn(&mut Lcg) -> String>;

/// A pseudo-agency name from word lists (three words and a legal form: about 140,000 names).
fn agency_name(rng: &mut Lcg) -> String {
    const A: &[&str] = &[
        "Asia",
        "Golden",
        "Mekong",
        "Sumber",
        "Bright",
        "Global",
        "Pacific",
        "Royal",
        "Lucky",
        "Star",
        "Harapan",
        "Mitra",
        "Siam",
        "Angkor",
        "Lotus",
        "Jaya",
        "Phoenix",
        "Dragon",
        "Ocean",
        "Green",
        "Sunrise",
        "United",
        "Pearl",
        "Silver",
        "Eagle",
        "Tiger",
        "Jade",
        "Crystal",
        "Diamond",
        "Unity",
        "Prima",
        "Sentosa",
        "Bayan",
        "Cahaya",
        "Hanoi",
        "Saigon",
        "Luzon",
        "Mindanao",
        "Java",
        "Borneo",
        "Irrawaddy",
        "Yangon",
        "Vientiane",
        "Dili",
        "Bangkok",
        "Manila",
        "Cebu",
        "Bali",
        "Sabah",
        "Penang",
    ];
    const B: &[&str] = &[
        "Manpower",
        "Workers",
        "Labour",
        "Employment",
        "Recruitment",
        "Placement",
        "Careers",
        "Jobs",
        "Staffing",
        "Human Resources",
        "Overseas",
        "Services",
        "Agency",
        "Link",
        "Bridge",
        "Partners",
        "Connect",
        "Bridges",
        "Pathways",
        "Futures",
        "Horizons",
        "Ventures",
        "Solutions",
        "Network",
        "Alliance",
        "Group",
        "International",
        "Resources",
        "Talent",
        "Skills",
        "Works",
        "Hands",
        "Deployment",
        "Mobility",
        "Travel",
        "Ways",
        "Gate",
        "Harbour",
        "Tower",
        "Crown",
        "Union",
        "Express",
        "Direct",
        "First",
        "Prime",
        "Trust",
        "Hope",
        "Care",
        "Pride",
        "Way",
    ];
    const C: &[&str] = &[
        "Co. Ltd.",
        "Inc.",
        "Corporation",
        "Sdn Bhd",
        "PT",
        "JSC",
        "Pte Ltd",
        "Company Limited",
        "Agency",
        "International",
        "Services",
        "Group",
        "Asia",
        "Global",
        "Overseas",
        "Trading",
        "Holdings",
        "Enterprises",
        "Associates",
        "Partners",
        "Development",
        "Consultancy",
        "Center",
        "Management",
        "Systems",
        "Worldwide",
        "Philippines",
        "Cambodia",
        "Viet Nam",
        "Indonesia",
        "Thailand",
        "Myanmar",
        "Lao",
        "Timor",
        "Malaysia",
        "Singapore",
        "One",
        "Two",
        "Plus",
        "Pro",
        "Link",
        "Net",
        "Hub",
        "Point",
        "Line",
        "Zone",
        "Base",
        "Land",
        "Field",
        "Port",
        "Way",
        "Stone",
        "Gate",
        "Bay",
        "Hill",
    ];
    format!(
        "{} {} {} {}",
        A[rng.next(A.len())],
        B[rng.next(B.len())],
        C[rng.next(C.len())],
        ["Co. Ltd.", "Inc.", "Corporation", "Sdn Bhd"][rng.next(4)]
    )
}

/// The verify page over a register of `n` licensed agencies (budget: 10 ms p95, page ≤ 14 KB
/// compressed): by licence number, by name, by a name one letter off (look-alikes), and a name
/// nobody has; through the whole router, as a request from a phone would go.
async fn verify_bench(db: &Db, n: usize, queries: usize) -> Result<(), Box<dyn std::error::Error>> {
    use tower::ServiceExt;
    let mut rng = Lcg(7);
    let mut list = String::from("licence,agency,status,valid from,valid to,destinations\n");
    let mut names = Vec::with_capacity(n);
    let mut seen = std::collections::HashSet::new();
    while names.len() < n {
        let name = agency_name(&mut rng);
        if !seen.insert(name.clone()) {
            continue;
        }
        let i = names.len();
        let status = ["valid", "valid", "valid", "suspended", "revoked", "expired"][rng.next(6)];
        list.push_str(&format!(
            "PH-{i:06}-LB,{name},{status},2024-01-01,20{}-12-31,TH MY\n",
            25 + rng.next(10)
        ));
        names.push(name);
    }
    let t = Instant::now();
    let staged = lmip_services::licences::stage_list(
        db,
        "cli:bench",
        "",
        "PH",
        "DMW",
        "bench.csv",
        list.as_bytes(),
    )
    .await?;
    let seg = lmip_search::Segmenter::new();
    lmip_services::licences::apply(db, "cli:bench", &staged.id, false, &seg).await?;
    let took = t.elapsed();
    println!("| measurement | result |");
    println!("|---|---|");
    println!(
        "| read, check, diff and apply a list of {n} licences | {:.1} s ({:.0} rows/s) |",
        took.as_secs_f64(),
        n as f64 / took.as_secs_f64()
    );
    let state = lmip_web::AppState::new(db.clone(), lmip_web::WebConfig::default()).await?;
    let app = lmip_web::router(state);
    let ask = |q: String| {
        let app = app.clone();
        async move {
            let uri = if q.is_empty() {
                "/en/verify".to_string()
            } else {
                format!("/en/verify?q={}", q.replace(' ', "+"))
            };
            let req = axum::http::Request::get(uri).body(axum::body::Body::empty())?;
            let t = Instant::now();
            let r = app.oneshot(req).await?;
            let status = r.status();
            let body = axum::body::to_bytes(r.into_body(), 1 << 20).await?;
            let took = t.elapsed();
            if !status.is_success() {
                return Err(format!("{status} for {q}").into());
            }
            Ok::<_, Box<dyn std::error::Error>>((took, body))
        }
    };
    let (cold, _) = ask(names[0].clone()).await?;
    println!(
        "| first name query (builds the name index of {n} agencies) | {:.1} ms |",
        cold.as_secs_f64() * 1e3
    );
    let mut biggest = 0usize;
    let kinds: [(&str, QueryMaker); 5] = [
        (
            "the empty form (no query: rendering alone)",
            Box::new(|_: &mut Lcg| String::new()),
        ),
        (
            "by licence number",
            Box::new(move |r: &mut Lcg| format!("ph-{:06}-lb", r.next(n))),
        ),
        ("by exact name", {
            let names = names.clone();
            Box::new(move |r: &mut Lcg| names[r.next(names.len())].to_lowercase())
        }),
        ("by a name one letter off (look-alikes)", {
            let names = names.clone();
            Box::new(move |r: &mut Lcg| {
                let mut s = names[r.next(names.len())].clone();
                s.insert(3, 'x');
                s
            })
        }),
        (
            "by a name nobody has",
            Box::new(|r: &mut Lcg| format!("Nobody Agency {}", r.next(1000))),
        ),
    ];
    for (label, make) in kinds {
        let mut times = Vec::new();
        for _ in 0..queries {
            let (took, body) = ask(make(&mut rng)).await?;
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
            std::io::Write::write_all(&mut gz, &body)?;
            biggest = biggest.max(gz.finish()?.len());
            times.push(took);
        }
        println!(
            "| verify page, {label} ({queries} queries) | p50 {:.2} ms, p95 {:.2} ms |",
            percentile(times.clone(), 0.5).as_secs_f64() * 1e3,
            percentile(times, 0.95).as_secs_f64() * 1e3
        );
    }
    println!("| largest verify page, gzip (budget 14,336 bytes) | {biggest} bytes |");
    Ok(())
}

/// The corridor page on the demo content (eight routes, their procedures, laws and agreements, the
/// directory): every request goes through the whole router, in four languages, as a phone would.
async fn corridor_bench(db: &Db, queries: usize) -> Result<(), Box<dyn std::error::Error>> {
    use tower::ServiceExt;
    lmip_services::demo::load(db, "cli:bench").await?;
    let state = lmip_web::AppState::new(db.clone(), lmip_web::WebConfig::default()).await?;
    let app = lmip_web::router(state);
    let mut times = Vec::with_capacity(queries);
    let mut largest = 0usize;
    let pages = ["kh-th", "mm-th", "id-my", "ph-th"];
    let locales = ["en", "th", "km", "my"];
    // Warm up: the first request loads translations and code names.
    for i in 0..queries + 20 {
        let uri = format!(
            "/{}/corridors/{}",
            locales[i % locales.len()],
            pages[(i / locales.len()) % pages.len()]
        );
        let req = axum::http::Request::get(&uri).body(axum::body::Body::empty())?;
        let t = Instant::now();
        let r = app.clone().oneshot(req).await?;
        let status = r.status();
        let body = axum::body::to_bytes(r.into_body(), 1 << 20).await?;
        let took = t.elapsed();
        if !status.is_success() {
            return Err(format!("{status} for {uri}").into());
        }
        if i >= 20 {
            times.push(took);
        }
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        std::io::Write::write_all(&mut gz, &body)?;
        largest = largest.max(gz.finish()?.len());
    }
    println!("| measurement | result |");
    println!("|---|---|");
    println!(
        "| corridor page, server time p50 / p95 ({queries} requests, 4 routes × en, th, km, my) | {:.2} ms / {:.2} ms |",
        percentile(times.clone(), 0.5).as_secs_f64() * 1000.0,
        percentile(times, 0.95).as_secs_f64() * 1000.0
    );
    println!("| largest corridor page, gzip (≤ 14,336 bytes) | {largest} bytes |");
    Ok(())
}

/// Search over `n` documents spread evenly across the ten languages, each a title and a body of
/// three to eight messages of lmip's interface text in that language: the full rebuild (segmenting
/// every document and writing it in one transaction), then one- and two-word queries drawn from the
/// documents' own words, through the service (matching, ranking and marking the words).
async fn search_bench(
    db: &Db,
    locales: &std::path::Path,
    n: usize,
    queries: usize,
) -> Result<(), Box<dyn std::error::Error>> {
    let langs = ["en", "th", "km", "lo", "my", "vi", "id", "ms", "fil", "tet"];
    let mut texts: Vec<Vec<String>> = Vec::new();
    for l in langs {
        let raw = std::fs::read_to_string(locales.join(l).join("main.ftl"))?;
        texts.push(
            raw.lines()
                .filter(|x| !x.starts_with(['#', ' ']))
                .filter_map(|x| x.split_once(" = ").map(|(_, v)| v.to_string()))
                .filter(|v| v.chars().count() > 20)
                .collect(),
        );
    }
    let seg = lmip_search::Segmenter::new();
    let mut rng = Lcg(11);
    let started = Instant::now();
    let mut docs = Vec::with_capacity(n);
    for i in 0..n {
        let li = i % langs.len();
        let pick = |rng: &mut Lcg| texts[li][rng.next(texts[li].len())].clone();
        let title = pick(&mut rng);
        let parts = 3 + rng.next(6);
        let body: Vec<String> = (0..parts).map(|_| pick(&mut rng)).collect();
        let body = body.join("\n");
        docs.push(lmip_storage::SearchDoc {
            owner: format!("bench:{i}"),
            kind: "guide".into(),
            ref_: format!("doc-{i}"),
            locale: langs[li].into(),
            words: format!("{0} {0} {1}", seg.index_text(&title), seg.index_text(&body)),
            title,
            body,
            ..Default::default()
        });
    }
    let segmented = started.elapsed();
    lmip_services::search::write_all(db, "cli:bench", &docs, &mut |_| {}).await?;
    let rebuilt = started.elapsed();
    println!("| measurement | result |");
    println!("|---|---|");
    println!(
        "| reindex {n} documents in 10 languages (segment {:.1} s + write in one transaction) | {:.1} s |",
        segmented.as_secs_f64(),
        rebuilt.as_secs_f64()
    );
    let now = lmip_storage::now_utc_text();
    let mut times = Vec::with_capacity(queries);
    let mut results = 0usize;
    for q in 0..queries + 20 {
        let d = &docs[rng.next(docs.len())];
        let words: Vec<&str> = d.words.split(' ').filter(|w| !w.is_empty()).collect();
        if words.is_empty() {
            continue;
        }
        let query = if q % 2 == 0 {
            words[rng.next(words.len())].to_string()
        } else {
            format!(
                "{} {}",
                words[rng.next(words.len())],
                words[rng.next(words.len())]
            )
        };
        let t = Instant::now();
        let found = lmip_services::search::search(
            db,
            &seg,
            &lmip_services::search::Search {
                q: &query,
                ..Default::default()
            },
            &d.locale,
            &now,
        )
        .await?;
        if q >= 20 {
            times.push(t.elapsed());
            results += found.len();
        }
    }
    println!(
        "| search, p50 / p95 ({} one- and two-word queries; {:.1} results on average) | {:.2} ms / {:.2} ms |",
        times.len(),
        results as f64 / times.len().max(1) as f64,
        percentile(times.clone(), 0.5).as_secs_f64() * 1000.0,
        percentile(times, 0.95).as_secs_f64() * 1000.0
    );
    Ok(())
}
