//! Corridors: everything lmip knows about going from one country to another, gathered for one
//! page — the procedures and their costs, the rights that agreements and laws in force guarantee,
//! the licensed agencies, verified opportunities, help in both countries, remittance facts and key
//! figures — and the rules the offer checker reads from agreements' provisions.

use crate::ServiceError;
use crate::content::Snapshot;
use crate::directory::{self, Entry};
use crate::opportunities::OpportunityView;
use lmip_domain::agreements::{Agreement, Payer, Term};
use lmip_domain::content::{ContentKind, is_stale};
use lmip_domain::offers::{Money, Wage};
use lmip_domain::procedures::{Procedure, StepText};
use lmip_search::Segmenter;
use lmip_storage::{AgencyLicence, ContentEntry, CorridorRule, Db, OpportunityFilter};
use std::collections::BTreeMap;

/// Why a corridor cannot be shown.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CorridorError {
    /// Not two different country codes.
    #[error("'{0}' is not a corridor: write two different country codes, like KH-TH")]
    BadCorridor(String),
}

impl From<CorridorError> for ServiceError {
    fn from(e: CorridorError) -> Self {
        ServiceError::Corridor(e)
    }
}

/// Reads "kh-th" / "KH-TH" into (origin, destination).
pub fn parse(pair: &str) -> Result<(String, String), CorridorError> {
    let bad = || CorridorError::BadCorridor(pair.chars().take(20).collect());
    let (o, d) = pair.split_once('-').ok_or_else(bad)?;
    let (o, d) = (o.trim().to_uppercase(), d.trim().to_uppercase());
    if o == d || !lmip_refdata::is_country(&o) || !lmip_refdata::is_country(&d) {
        return Err(bad());
    }
    Ok((o, d))
}

/// A published entry as the corridor page shows it, in the reader's language where translated.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// The entry.
    pub entry: ContentEntry,
    /// The language shown.
    pub locale: String,
    /// Title.
    pub title: String,
    /// Summary, rendered.
    pub summary_html: String,
    /// Past its review date.
    pub stale: bool,
    /// The published version.
    pub snapshot: Snapshot,
}

/// A procedure with its steps' words.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcedureItem {
    /// The entry.
    pub item: Item,
    /// Its steps.
    pub procedure: Procedure,
    /// The steps' words in the language shown.
    pub texts: BTreeMap<String, StepText>,
}

/// An agreement or law in force with its provisions.
#[derive(Debug, Clone, PartialEq)]
pub struct AgreementItem {
    /// The entry.
    pub item: Item,
    /// Clause by clause.
    pub agreement: Agreement,
}

/// A figure about the corridor from the statistics.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// `migrants` (from origin living in destination), `remittances` (received by origin from
    /// destination).
    pub kind: &'static str,
    /// Year.
    pub year: String,
    /// Value.
    pub value: f64,
    /// Unit and multiplier.
    pub unit: (String, String),
    /// The explorer's choice showing it in full.
    pub choice: crate::explorer::Choice,
}

/// Everything for one corridor page.
#[derive(Debug, Clone, PartialEq)]
pub struct Corridor {
    /// Origin (alpha-2).
    pub origin: String,
    /// Destination (alpha-2).
    pub destination: String,
    /// Procedures about the corridor.
    pub procedures: Vec<ProcedureItem>,
    /// Agreements and laws in force for it.
    pub agreements: Vec<AgreementItem>,
    /// Other published entries (guides, questions and answers, news), money topics first.
    pub reading: Vec<Item>,
    /// The corridor's fee and wage rule in force, if recorded.
    pub rule: Option<CorridorRule>,
    /// Agencies licensed for it.
    pub agencies: Vec<AgencyLicence>,
    /// Verified open opportunities.
    pub opportunities: Vec<OpportunityView>,
    /// Help in the origin country.
    pub help_origin: Vec<Entry>,
    /// Help in the destination country.
    pub help_destination: Vec<Entry>,
    /// Remittance providers serving the corridor.
    pub remittance: Vec<Entry>,
    /// Key figures.
    pub figures: Vec<Figure>,
}

/// How many of each list a corridor page shows (it must stay small on a prepaid phone).
pub const SHOWN: i64 = 8;

fn item(e: ContentEntry, snapshot: Snapshot, locale: &str, today: &str) -> Option<Item> {
    let (shown, text) = match snapshot.texts.get(locale) {
        Some(t) => (locale.to_string(), t),
        None => (
            snapshot.source_locale.clone(),
            snapshot.texts.get(&snapshot.source_locale)?,
        ),
    };
    Some(Item {
        locale: shown,
        title: text.title.clone(),
        summary_html: text.summary_html.clone(),
        stale: is_stale(e.verified_on.as_deref(), e.review_days, today),
        entry: e,
        snapshot,
    })
}

/// The published entries about a corridor, read into procedures, agreements in force and the
/// rest, in `locale` where translated.
async fn entries(
    db: &Db,
    origin: &str,
    destination: &str,
    locale: &str,
    now: &str,
) -> Result<(Vec<ProcedureItem>, Vec<AgreementItem>, Vec<Item>), ServiceError> {
    let today = &now[..10.min(now.len())];
    let corridor = format!("{origin}-{destination}");
    let (mut procedures, mut agreements, mut reading) = (Vec::new(), Vec::new(), Vec::new());
    for (e, _, _, snapshot) in db.content_for_corridor(origin, destination, now).await? {
        let snapshot: Snapshot = serde_json::from_str(&snapshot)
            .map_err(|err| ServiceError::Internal(err.to_string()))?;
        let for_corridor = lmip_domain::codes::unpadded(&e.corridors).contains(&corridor.as_str());
        let kind = e.kind.parse::<ContentKind>().ok();
        match kind {
            // A procedure is for the corridor, not for everything about one of its countries.
            Some(ContentKind::Procedure) if for_corridor => {
                if let Some(p) = snapshot.procedure() {
                    let Some(it) = item(e, snapshot, locale, today) else {
                        continue;
                    };
                    let texts = it.snapshot.step_texts(&p, &it.locale);
                    procedures.push(ProcedureItem {
                        item: it,
                        procedure: p,
                        texts,
                    });
                }
            }
            Some(ContentKind::Agreement | ContentKind::Law) => {
                let Some(a) = snapshot.agreement().filter(|a| a.in_force(today)) else {
                    continue;
                };
                // A law binds in its own country: the destination's for work there, the origin's
                // for recruitment at home. An agreement binds the corridor it is about.
                let applies = for_corridor
                    || (kind == Some(ContentKind::Law)
                        && a.parties.iter().any(|c| c == origin || c == destination));
                if applies && let Some(it) = item(e, snapshot, locale, today) {
                    agreements.push(AgreementItem {
                        item: it,
                        agreement: a,
                    });
                }
            }
            Some(ContentKind::Procedure) => {}
            // A guide about another route of one of the countries is not about this one.
            _ if !for_corridor && !e.corridors.trim().is_empty() => {}
            _ => {
                if let Some(it) = item(e, snapshot, locale, today) {
                    reading.push(it);
                }
            }
        }
    }
    // Agreements first (they bind the corridor), then laws; the destination's before the origin's.
    agreements.sort_by_key(|a| {
        (
            a.item.entry.kind != "agreement",
            !a.agreement.parties.iter().any(|c| c == destination),
        )
    });
    reading.sort_by_key(|i| {
        (
            !lmip_domain::codes::unpadded(&i.entry.topics).contains(&"money-and-remittances"),
            !lmip_domain::codes::unpadded(&i.entry.corridors).contains(&corridor.as_str()),
        )
    });
    reading.truncate(SHOWN as usize);
    Ok((procedures, agreements, reading))
}

/// The figures about the corridor in the statistics: migrants from the origin in the destination
/// and remittances the origin receives from it, for the latest year each has.
async fn figures(db: &Db, origin: &str, destination: &str) -> Result<Vec<Figure>, ServiceError> {
    // The two profiles at once: each is several round trips on PostgreSQL.
    let (migrants, remittances) = tokio::try_join!(
        crate::explorer::profile_of(db, destination, &["migrants"]),
        crate::explorer::profile_of(db, origin, &["remittances"]),
    )?;
    let mut out = Vec::new();
    for (parts, kind, partner) in [
        (migrants, "migrants", origin),
        (remittances, "remittances", destination),
    ] {
        for part in parts {
            if part.kind != kind {
                continue;
            }
            if let Some((_, v)) = part.top.iter().find(|(c, _)| c == partner) {
                out.push(Figure {
                    kind,
                    year: part.year.clone(),
                    value: *v,
                    unit: part.unit.clone(),
                    choice: part.choice.clone(),
                });
            }
        }
    }
    Ok(out)
}

/// Everything for a corridor page on `now` (RFC 3339), in `locale` where translated.
pub async fn corridor(
    db: &Db,
    seg: &Segmenter,
    origin: &str,
    destination: &str,
    locale: &str,
    now: &str,
) -> Result<Corridor, ServiceError> {
    let today = &now[..10.min(now.len())];
    let pair = format!("{origin}-{destination}");
    let help = |country| directory::Search {
        country,
        ..Default::default()
    };
    let (help_o, help_d) = (help(origin), help(destination));
    // Independent reads, at once: on PostgreSQL each is a round trip of its own.
    let (
        (procedures, agreements, reading),
        mut help_origin,
        mut help_destination,
        opportunities,
        rule,
        agencies,
        figures,
    ) = tokio::try_join!(
        entries(db, origin, destination, locale, now),
        directory::search(db, seg, &help_o, SHOWN * 3),
        directory::search(db, seg, &help_d, SHOWN * 3),
        crate::opportunities::public_opportunities(
            db,
            OpportunityFilter {
                origin: Some(origin.to_string()),
                destination: Some(destination.to_string()),
                limit: SHOWN,
                ..Default::default()
            },
            today,
        ),
        async { Ok(db.corridor_rule_on(origin, destination, today).await?) },
        async {
            Ok(db
                .agencies_for_corridor(origin, destination, today, SHOWN)
                .await?)
        },
        figures(db, origin, destination),
    )?;
    // Who serves this route comes first; remittance providers have their own section, and
    // recruitment agencies theirs (the licence register).
    let split = |list: &mut Vec<Entry>| {
        list.retain(|e| !matches!(e.org.kind.as_str(), "recruitment_agency" | "employer"));
        let remit: Vec<Entry> = list
            .iter()
            .filter(|e| e.org.kind == "remittance_provider")
            .cloned()
            .collect();
        list.retain(|e| e.org.kind != "remittance_provider");
        list.sort_by_key(|e| {
            !lmip_domain::codes::unpadded(&e.org.corridors).contains(&pair.as_str())
        });
        list.truncate(SHOWN as usize);
        remit
    };
    let mut remittance = split(&mut help_origin);
    remittance.extend(split(&mut help_destination));
    remittance.retain(|e| {
        let served = lmip_domain::codes::unpadded(&e.org.corridors);
        served.is_empty() || served.contains(&pair.as_str())
    });
    Ok(Corridor {
        rule,
        agencies,
        figures,
        origin: origin.to_string(),
        destination: destination.to_string(),
        procedures,
        agreements,
        reading,
        opportunities,
        help_origin,
        help_destination,
        remittance,
    })
}

/// The corridors lmip has something about (published entries, rules, open opportunities), as
/// (origin, destination), by origin.
pub async fn index(db: &Db, now: &str) -> Result<Vec<(String, String)>, ServiceError> {
    let today = &now[..10.min(now.len())];
    let mut pairs: Vec<(String, String)> = Vec::new();
    for c in db.content_corridors(now).await? {
        if let Ok(p) = parse(&c) {
            pairs.push(p);
        }
    }
    for r in db.corridor_rules().await? {
        if r.valid_to.as_deref().is_none_or(|d| d >= today) {
            pairs.push((r.origin, r.destination));
        }
    }
    for o in db
        .opportunities(&OpportunityFilter {
            open_on: Some(today.to_string()),
            limit: 500,
            ..Default::default()
        })
        .await?
    {
        if let Some(origin) = o.origin.filter(|c| !c.is_empty()) {
            pairs.push((origin, o.destination));
        }
    }
    pairs.sort();
    pairs.dedup();
    Ok(pairs)
}

/// What agreements and laws in force say about fees and wages on a corridor on `today`, as a rule
/// the offer checker can use when no corridor rule is recorded: who pays, the cap, the minimum
/// wage, each with the entry and article it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProvisionRule {
    /// Who pays recruitment fees, and where it is written.
    pub fees_paid_by: Option<(Payer, Cited)>,
    /// The cap, and where it is written.
    pub fee_cap: Option<(Money, Cited)>,
    /// The minimum wage, and where it is written.
    pub minimum_wage: Option<(Wage, Cited)>,
}

impl ProvisionRule {
    /// The provisions as a corridor rule for the offer checker (`None` when they say nothing about
    /// fees or wages); its source names each entry and article.
    pub fn as_corridor_rule(
        &self,
        origin: &str,
        destination: &str,
        today: &str,
    ) -> Option<CorridorRule> {
        let (fee_rule, fee_cap) = match (&self.fees_paid_by, &self.fee_cap) {
            (Some((Payer::Employer, _)), _) => ("employer", None),
            (_, Some((cap, _))) => ("capped", Some(cap.clone())),
            _ => ("", None),
        };
        if fee_rule.is_empty() && self.minimum_wage.is_none() {
            return None;
        }
        let mut cited: Vec<String> = Vec::new();
        let used = [
            self.fees_paid_by
                .as_ref()
                .filter(|_| fee_rule == "employer")
                .map(|(_, c)| c),
            self.fee_cap
                .as_ref()
                .filter(|_| fee_rule == "capped")
                .map(|(_, c)| c),
            self.minimum_wage.as_ref().map(|(_, c)| c),
        ];
        for c in used.into_iter().flatten() {
            let words = format!("{}, article {}", c.title, c.article);
            if !cited.contains(&words) {
                cited.push(words);
            }
        }
        Some(CorridorRule {
            origin: origin.to_string(),
            destination: destination.to_string(),
            valid_from: today.to_string(),
            // A cap-less "capped" rule would say nothing: the checker reads it as no rule.
            fee_rule: if fee_rule.is_empty() {
                "capped"
            } else {
                fee_rule
            }
            .to_string(),
            fee_cap: fee_cap.as_ref().map(|m| m.amount),
            fee_currency: fee_cap.map(|m| m.currency),
            min_wage: self.minimum_wage.as_ref().map(|(w, _)| w.money.amount),
            min_wage_currency: self
                .minimum_wage
                .as_ref()
                .map(|(w, _)| w.money.currency.clone()),
            min_wage_period: self
                .minimum_wage
                .as_ref()
                .map(|(w, _)| w.period.as_str().to_string()),
            source: cited.join("; "),
            ..Default::default()
        })
    }
}

/// Where a provision is written: the entry's short name and title, and the article.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Cited {
    /// The entry's short name.
    pub slug: String,
    /// Its title (in its source language).
    pub title: String,
    /// The article.
    pub article: String,
}

/// The provisions in force for a corridor on `now`: agreements first, then laws (the first that
/// says something wins).
pub async fn provision_rule(
    db: &Db,
    origin: &str,
    destination: &str,
    now: &str,
) -> Result<ProvisionRule, ServiceError> {
    let (_, agreements, _) = entries(db, origin, destination, "", now).await?;
    let mut rule = ProvisionRule::default();
    for a in &agreements {
        let cited = |article: &str| Cited {
            slug: a.item.entry.slug.clone(),
            title: a.item.title.clone(),
            article: article.to_string(),
        };
        if rule.fees_paid_by.is_none()
            && let Some((p, art)) = a.agreement.find(|t| match t {
                Term::FeesPaidBy { payer } => Some(*payer),
                _ => None,
            })
        {
            rule.fees_paid_by = Some((p, cited(art)));
        }
        if rule.fee_cap.is_none()
            && let Some((m, art)) = a.agreement.find(|t| match t {
                Term::FeeCap { cap } => Some(cap.clone()),
                _ => None,
            })
        {
            rule.fee_cap = Some((m, cited(art)));
        }
        // A minimum wage is the destination's: an origin's law does not set it.
        if rule.minimum_wage.is_none()
            && (a.item.entry.kind == "agreement"
                || a.agreement.parties.iter().any(|c| c == destination))
            && let Some((w, art)) = a.agreement.find(|t| match t {
                Term::MinimumWage { wage } => Some(wage.clone()),
                _ => None,
            })
        {
            rule.minimum_wage = Some((w, cited(art)));
        }
    }
    Ok(rule)
}
