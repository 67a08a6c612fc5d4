//! Corridor pages: `/{lang}/corridors` lists the routes lmip knows by country of origin;
//! `/{lang}/corridors/{origin}-{destination}` gathers everything about one route on one page, in
//! this order: the essentials (legal ways to go and their official cost, what the employer must
//! pay), the procedure checklist, rights from the agreements and laws in force, licensed
//! agencies, verified opportunities, help in both countries, money and remittances, and key
//! figures. A section without data says so and invites whoever holds it to add it.

use crate::WebError;
use crate::i18n::{Tr, key};
use crate::knowledge::{StepView, WayView};
use crate::pages::{Layout, parse_locale, tr};
use crate::state::AppState;
use crate::statistics::Names;
use askama::Template;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{Response, StatusCode};
use lmip_domain::agreements::{Payer, Term};
use lmip_domain::offers::{Money, PayPeriod, Wage};
use lmip_services::corridors::{self, Corridor, Item};

/// A published entry as listed: address, title, summary, freshness.
struct EntryLink {
    href: String,
    title: String,
    summary_html: String,
    checked: String,
    stale: bool,
    /// The language it is shown in.
    lang: String,
    /// "Not translated into … yet: shown in …", when it is not in the reader's language.
    fallback: String,
}

struct ProcedureView {
    link: EntryLink,
    steps: Vec<StepView>,
}

struct AgreementView {
    link: EntryLink,
    rights: Vec<(String, String)>,
}

/// A directory entry, compact: address, name, kind, first phone.
struct Contact {
    href: String,
    name: String,
    kind: String,
    phone: String,
}

#[derive(Template)]
#[template(path = "corridor.html")]
struct CorridorPage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    lang: String,
    title: String,
    origin_name: String,
    destination_name: String,
    pair: String,
    ways: Vec<WayView>,
    employer_pays: Vec<String>,
    procedures: Vec<ProcedureView>,
    agreements: Vec<AgreementView>,
    /// (address, agency, licence number)
    agencies: Vec<(String, String, String)>,
    /// (address, title, employer, wage)
    jobs: Vec<(String, String, String, String)>,
    help_origin: Vec<Contact>,
    help_destination: Vec<Contact>,
    money: Vec<EntryLink>,
    remittance: Vec<Contact>,
    /// (words, value, address)
    figures: Vec<(String, String, String)>,
    reading: Vec<EntryLink>,
}

fn link(t: &Tr<'_>, lang: &str, languages: &Names, i: &Item) -> EntryLink {
    EntryLink {
        lang: i.locale.clone(),
        fallback: if i.locale == lang {
            String::new()
        } else {
            t.with_all(
                key("content-fallback"),
                &[
                    ("language", languages.of(lang)),
                    ("source", languages.of(&i.locale)),
                ],
            )
        },
        href: format!("/{lang}/content/{}", i.entry.slug),
        title: i.title.clone(),
        summary_html: i.summary_html.clone(),
        checked: match (&i.entry.verified_on, &i.entry.verified_by) {
            (Some(d), Some(by)) if !by.is_empty() => t.with_all(
                key("content-checked"),
                &[("date", t.date(d)), ("org", by.clone())],
            ),
            _ => t.plain("help-not-checked"),
        },
        stale: i.stale,
    }
}

fn contact(t: &Tr<'_>, lang: &str, e: &lmip_services::directory::Entry) -> Contact {
    Contact {
        href: format!("/{lang}/help/{}", e.org.slug),
        name: e.org.name.clone(),
        kind: e
            .org
            .kind
            .parse::<lmip_domain::people::OrgKind>()
            .map(|k| t.plain(crate::office::kind_key(k)))
            .unwrap_or_default(),
        phone: e
            .locations
            .iter()
            .flat_map(|l| l.phones.split(' '))
            .find(|p| !p.is_empty())
            .unwrap_or_default()
            .to_string(),
    }
}

/// What the employer must pay on the corridor, in plain words: from the agreements and laws in
/// force, and the corridor's recorded rule.
fn employer_pays(t: &Tr<'_>, c: &Corridor) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for a in &c.agreements {
        for p in &a.agreement.provisions {
            let employer = matches!(
                p.term,
                Term::FeesPaidBy {
                    payer: Payer::Employer
                } | Term::ReturnPaidBy {
                    payer: Payer::Employer
                }
            );
            if employer {
                let words = crate::knowledge::guarantee(t, &p.term);
                if !out.contains(&words) {
                    out.push(words);
                }
            }
        }
    }
    if let Some(r) = &c.rule
        && r.fee_rule == "employer"
    {
        let words = crate::knowledge::guarantee(
            t,
            &Term::FeesPaidBy {
                payer: Payer::Employer,
            },
        );
        if !out.contains(&words) {
            out.push(words);
        }
    }
    out
}

/// `GET /{lang}/corridors/{pair}`
pub(crate) async fn page(
    State(state): State<AppState>,
    Path((lang, pair)): Path<(String, String)>,
) -> Result<Response<Body>, WebError> {
    let locale = parse_locale(&lang)?;
    let (origin, destination) = corridors::parse(&pair).map_err(|_| WebError::NotFound)?;
    // The canonical address is lower case: one page, one address.
    let canonical = format!("{}-{}", origin.to_lowercase(), destination.to_lowercase());
    if pair != canonical {
        return Ok(crate::account::redirect(
            &format!("/{lang}/corridors/{canonical}"),
            &[],
        ));
    }
    let now = lmip_storage::now_utc_text();
    let c = corridors::corridor(
        state.db(),
        &state.inner.segmenter,
        &origin,
        &destination,
        locale.code(),
        &now,
    )
    .await?;
    let t = tr(&state, locale);
    let lang = locale.code();
    let mut shown: Vec<String> = vec![locale.code().to_string()];
    for i in c
        .procedures
        .iter()
        .map(|p| &p.item)
        .chain(c.agreements.iter().map(|a| &a.item))
        .chain(&c.reading)
    {
        if !shown.contains(&i.locale) {
            shown.push(i.locale.clone());
        }
    }
    let procs: Vec<&lmip_domain::procedures::Procedure> =
        c.procedures.iter().map(|p| &p.procedure).collect();
    // Independent reads, at once (each a round trip on PostgreSQL).
    let (countries, languages, offices) = tokio::try_join!(
        Names::load_some(
            &state,
            "CL_AREA",
            locale,
            vec![origin.clone(), destination.clone()],
        ),
        Names::load_some(&state, "CL_LANGUAGE", locale, shown),
        crate::knowledge::offices(&state, lang, &procs),
    )?;
    let (origin_name, destination_name) = (countries.of(&origin), countries.of(&destination));
    let mut ways = Vec::new();
    let mut procedures = Vec::new();
    for (i, p) in c.procedures.iter().enumerate() {
        ways.extend(crate::knowledge::ways(&t, &p.procedure, &p.texts));
        procedures.push(ProcedureView {
            link: link(&t, lang, &languages, &p.item),
            steps: crate::knowledge::steps(
                &t,
                &p.procedure,
                &p.texts,
                &offices,
                &format!("p{}-", i + 1),
                &p.item.locale,
            ),
        });
    }
    let money_topic = |i: &&Item| {
        lmip_domain::codes::unpadded(&i.entry.topics).contains(&"money-and-remittances")
    };
    let figures = c
        .figures
        .iter()
        .map(|f| {
            let words = match f.kind {
                "migrants" => t.with_all(
                    key("corridor-figure-migrants"),
                    &[
                        ("origin", origin_name.clone()),
                        ("destination", destination_name.clone()),
                        ("year", f.year.clone()),
                    ],
                ),
                _ => t.with_all(
                    key("corridor-figure-remittances"),
                    &[
                        ("origin", origin_name.clone()),
                        ("destination", destination_name.clone()),
                        ("year", f.year.clone()),
                    ],
                ),
            };
            let value = format!(
                "{} ({})",
                t.number(f.value, 2),
                crate::statistics::unit_text(&t, &f.unit)
            );
            let href = format!(
                "/{lang}/statistics?{}",
                serde_urlencoded::to_string(
                    [
                        ("area", f.choice.area.clone().unwrap_or_default()),
                        ("flow", f.choice.flow.clone().unwrap_or_default()),
                    ]
                    .as_slice()
                )
                .unwrap_or_default()
            );
            (words, value, href)
        })
        .collect();
    let page = CorridorPage {
        page: Layout::new(&state, locale, &format!("corridors/{canonical}")),
        lang: lang.to_string(),
        title: t.with_all(
            key("corridor-title"),
            &[
                ("origin", origin_name.clone()),
                ("destination", destination_name.clone()),
            ],
        ),
        pair: format!("{origin}-{destination}"),
        ways,
        employer_pays: employer_pays(&t, &c),
        procedures,
        agreements: c
            .agreements
            .iter()
            .map(|a| AgreementView {
                link: link(&t, lang, &languages, &a.item),
                rights: crate::knowledge::guarantees(&t, &a.agreement),
            })
            .collect(),
        agencies: c
            .agencies
            .iter()
            .map(|a| {
                (
                    format!("/{lang}/agencies/{}", a.slug),
                    a.agency.clone(),
                    a.licence.number.clone(),
                )
            })
            .collect(),
        jobs: c
            .opportunities
            .iter()
            .map(|v| {
                let o = &v.opportunity;
                let wage = o.wage_period.parse::<PayPeriod>().ok().map(|period| {
                    crate::offers::wage_words(
                        &t,
                        &Wage {
                            money: Money {
                                amount: o.wage,
                                currency: o.wage_currency.clone(),
                            },
                            period,
                        },
                    )
                });
                (
                    format!("/{lang}/jobs/{}", o.id),
                    o.title.clone(),
                    o.employer.clone(),
                    wage.unwrap_or_default(),
                )
            })
            .collect(),
        help_origin: c.help_origin.iter().map(|e| contact(&t, lang, e)).collect(),
        help_destination: c
            .help_destination
            .iter()
            .map(|e| contact(&t, lang, e))
            .collect(),
        money: c
            .reading
            .iter()
            .filter(money_topic)
            .map(|i| link(&t, lang, &languages, i))
            .collect(),
        remittance: c.remittance.iter().map(|e| contact(&t, lang, e)).collect(),
        figures,
        reading: c
            .reading
            .iter()
            .filter(|i| !money_topic(i))
            .map(|i| link(&t, lang, &languages, i))
            .collect(),
        origin_name,
        destination_name,
        t,
    };
    // Review dates and opportunities' end dates change what is shown with time: not cached.
    Ok(crate::cache::uncached_html(
        StatusCode::OK,
        crate::account::render(&page)?,
    ))
}

#[derive(Template)]
#[template(path = "corridors.html")]
struct IndexPage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    /// (origin name, [(address, destination name)])
    groups: Vec<(String, Vec<(String, String)>)>,
}

/// `GET /{lang}/corridors`: the routes lmip knows, by country of origin.
pub(crate) async fn index(
    State(state): State<AppState>,
    Path(lang): Path<String>,
) -> Result<Response<Body>, WebError> {
    let locale = parse_locale(&lang)?;
    let now = lmip_storage::now_utc_text();
    let pairs = corridors::index(state.db(), &now).await?;
    let mut codes: Vec<String> = pairs
        .iter()
        .flat_map(|(o, d)| [o.clone(), d.clone()])
        .collect();
    codes.sort();
    codes.dedup();
    let names = Names::load_some(&state, "CL_AREA", locale, codes).await?;
    let lang = locale.code();
    let mut groups: Vec<(String, Vec<(String, String)>)> = Vec::new();
    for (o, d) in &pairs {
        let href = format!(
            "/{lang}/corridors/{}-{}",
            o.to_lowercase(),
            d.to_lowercase()
        );
        let origin = names.of(o);
        match groups.iter_mut().find(|(n, _)| *n == origin) {
            Some((_, list)) => list.push((href, names.of(d))),
            None => groups.push((origin, vec![(href, names.of(d))])),
        }
    }
    let page = IndexPage {
        t: tr(&state, locale),
        page: Layout::new(&state, locale, "corridors"),
        groups,
    };
    Ok(crate::cache::uncached_html(
        StatusCode::OK,
        crate::account::render(&page)?,
    ))
}
