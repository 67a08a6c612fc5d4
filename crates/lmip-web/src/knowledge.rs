//! What procedures and agreements look like to a reader, shared by content pages and corridor
//! pages: a procedure as a numbered checklist (office, documents, official fee, time, where;
//! branches as "go to step N"), the ways through it with their total official cost, and an
//! agreement's or law's provisions as "what this guarantees you" in plain words, each citing its
//! article.

use crate::WebError;
use crate::i18n::{Tr, key};
use crate::offers::wage_words;
use crate::state::AppState;
use lmip_domain::agreements::{Agreement, AgreementStatus, Payer, Per, Term};
use lmip_domain::procedures::{Procedure, StepText};
use std::collections::BTreeMap;

/// A step as the checklist shows it.
pub(crate) struct StepView {
    /// Its anchor.
    pub anchor: String,
    /// The language of its words.
    pub lang: String,
    pub title: String,
    pub place: String,
    /// (address in the directory or '', name)
    pub office: Option<(String, String)>,
    pub needs: Vec<String>,
    pub gives: Vec<String>,
    /// "Official fee: 100 USD" or "No official fee", and where it is set.
    pub fee: String,
    pub fee_source: String,
    pub time: String,
    pub note: String,
    /// (words, anchor)
    pub next: Vec<(String, String)>,
}

/// A way through a procedure and its total official cost.
pub(crate) struct WayView {
    pub label: String,
    pub cost: String,
}

/// The offices the steps name: short name → (address or '', name). An office listed in the
/// public directory links to its page.
pub(crate) async fn offices(
    state: &AppState,
    lang: &str,
    procedures: &[&Procedure],
) -> Result<BTreeMap<String, (String, String)>, WebError> {
    let mut out = BTreeMap::new();
    let mut slugs: Vec<String> = Vec::new();
    for p in procedures {
        for s in &p.steps {
            slugs.extend(s.office.clone());
        }
    }
    slugs.sort();
    slugs.dedup();
    // One query for every office the steps name (a procedure may name a dozen).
    for o in state.db().directory_orgs(&slugs).await? {
        let href = if o.listed == 1 {
            format!("/{lang}/help/{}", o.slug)
        } else {
            String::new()
        };
        out.insert(o.slug.clone(), (href, o.name));
    }
    Ok(out)
}

/// The checklist of a procedure, in the reader's words.
pub(crate) fn steps(
    t: &Tr<'_>,
    p: &Procedure,
    texts: &BTreeMap<String, StepText>,
    offices: &BTreeMap<String, (String, String)>,
    prefix: &str,
    lang: &str,
) -> Vec<StepView> {
    let number = |k: &str| p.steps.iter().position(|s| s.key == k).map(|i| i + 1);
    let anchor = |k: &str| format!("{prefix}{k}");
    p.steps
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let words = texts.get(&s.key).cloned().unwrap_or_default();
            let n = i + 1;
            let mut next = Vec::new();
            for (c, target) in &s.choices {
                let label = words
                    .choices
                    .iter()
                    .find(|(k, _)| k == c)
                    .map(|(_, l)| l.clone())
                    .unwrap_or_else(|| c.clone());
                next.push(match number(target) {
                    Some(m) => (
                        t.with_all(
                            key("step-choice"),
                            &[("label", label), ("n", m.to_string())],
                        ),
                        anchor(target),
                    ),
                    None => (
                        t.with_all(key("step-choice-end"), &[("label", label)]),
                        String::new(),
                    ),
                });
            }
            if s.choices.is_empty() {
                match s.then.as_deref() {
                    Some(lmip_domain::procedures::END) => {
                        next.push((t.plain("step-end"), String::new()))
                    }
                    Some(target) if number(target) != Some(n + 1) => {
                        if let Some(m) = number(target) {
                            next.push((
                                t.with_all(key("step-then"), &[("n", m.to_string())]),
                                anchor(target),
                            ))
                        }
                    }
                    _ => {}
                }
            }
            StepView {
                lang: lang.to_string(),
                anchor: anchor(&s.key),
                title: if words.title.is_empty() {
                    t.with_all(key("step-untitled"), &[("n", n.to_string())])
                } else {
                    words.title
                },
                place: words.place,
                office: s.office.as_ref().map(|o| {
                    offices
                        .get(o)
                        .cloned()
                        .unwrap_or_else(|| (String::new(), o.clone()))
                }),
                needs: words.needs,
                gives: words.gives,
                fee: match &s.fee {
                    Some(f) if f.amount == 0 => t.plain("step-fee-free"),
                    Some(f) => t.with_all(key("step-fee"), &[("amount", t.money(f))]),
                    None => String::new(),
                },
                fee_source: s.fee_source.clone(),
                time: match s.days {
                    Some((1, 1)) => t.plain("step-time-day"),
                    Some((a, b)) if a == b => {
                        t.with_all(key("step-time"), &[("days", a.to_string())])
                    }
                    Some((a, b)) => t.with_all(key("step-time"), &[("days", format!("{a}–{b}"))]),
                    None => String::new(),
                },
                note: words.note,
                next,
            }
        })
        .collect()
}

/// The ways through a procedure (its branches' labels) with their total official cost; one way
/// without a label when it has no branches. Empty when no step records a fee.
pub(crate) fn ways(t: &Tr<'_>, p: &Procedure, texts: &BTreeMap<String, StepText>) -> Vec<WayView> {
    if !p.has_fees() {
        return Vec::new();
    }
    p.paths(6)
        .iter()
        .map(|w| {
            let label = w
                .choices
                .iter()
                .map(|(step, choice)| {
                    texts
                        .get(step)
                        .and_then(|x| x.choices.iter().find(|(c, _)| c == choice))
                        .map(|(_, l)| l.clone())
                        .unwrap_or_else(|| choice.clone())
                })
                .collect::<Vec<_>>()
                .join(" → ");
            let cost = p.cost(w);
            WayView {
                label,
                cost: if cost.is_empty() {
                    t.plain("step-fee-free")
                } else {
                    cost.iter()
                        .map(|(c, a)| {
                            t.money(&lmip_domain::offers::Money {
                                amount: *a,
                                currency: c.clone(),
                            })
                        })
                        .collect::<Vec<_>>()
                        .join(" + ")
                },
            }
        })
        .collect()
}

fn payer_key(kind: &str, p: Payer) -> &'static str {
    match (kind, p) {
        ("fees", Payer::Employer) => key("provision-fees-employer"),
        ("fees", Payer::Worker) => key("provision-fees-worker"),
        ("fees", Payer::Shared) => key("provision-fees-shared"),
        (_, Payer::Employer) => key("provision-return-employer"),
        (_, Payer::Worker) => key("provision-return-worker"),
        (_, Payer::Shared) => key("provision-return-shared"),
    }
}

/// A provision in plain words.
pub(crate) fn guarantee(t: &Tr<'_>, term: &Term) -> String {
    let n = |v: u32| v.to_string();
    match term {
        Term::FeesPaidBy { payer } => t.plain(payer_key("fees", *payer)),
        Term::ReturnPaidBy { payer } => t.plain(payer_key("return", *payer)),
        Term::FeeCap { cap } => t.with_all(key("provision-fee-cap"), &[("amount", t.money(cap))]),
        Term::MinimumWage { wage } => t.with_all(
            key("provision-minimum-wage"),
            &[("wage", wage_words(t, wage))],
        ),
        Term::MaxHours { hours, per } => t.with_all(
            if *per == Per::Day {
                key("provision-max-hours-day")
            } else {
                key("provision-max-hours-week")
            },
            &[("n", n(*hours))],
        ),
        Term::RestDays { days, per } => t.with_all(
            if *per == Per::Month {
                key("provision-rest-days-month")
            } else {
                key("provision-rest-days-week")
            },
            &[("n", n(*days))],
        ),
        Term::PaidLeave { days } => t.with_all(key("provision-paid-leave"), &[("n", n(*days))]),
        Term::NoDocumentRetention => t.plain("provision-no-document-retention"),
        Term::ComplaintChannel { channel } => t.with_all(
            key("provision-complaint-channel"),
            &[("channel", channel.clone())],
        ),
        Term::SocialSecurity { note } if note.is_empty() => t.plain("provision-social-security"),
        Term::SocialSecurity { note } => {
            format!("{} ({note})", t.plain("provision-social-security"))
        }
    }
}

/// (plain words, "Article 7: Recruitment costs")
pub(crate) fn guarantees(t: &Tr<'_>, a: &Agreement) -> Vec<(String, String)> {
    a.provisions
        .iter()
        .map(|p| {
            let article = t.with_all(key("agreement-article"), &[("n", p.article.clone())]);
            let cited = match a.heading(&p.article) {
                Some(h) => format!("{article}: {h}"),
                None => article,
            };
            (guarantee(t, &p.term), cited)
        })
        .collect()
}

fn status_key(s: AgreementStatus) -> &'static str {
    match s {
        AgreementStatus::Draft => key("agreement-status-draft"),
        AgreementStatus::Signed => key("agreement-status-signed"),
        AgreementStatus::InForce => key("agreement-status-in-force"),
        AgreementStatus::Expired => key("agreement-status-expired"),
        AgreementStatus::Superseded => key("agreement-status-superseded"),
    }
}

/// An agreement's facts: (label, value), only those recorded. `country` names a code.
pub(crate) fn facts(
    t: &Tr<'_>,
    a: &Agreement,
    country: &dyn Fn(&str) -> String,
) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if !a.parties.is_empty() {
        out.push((
            t.plain("agreement-parties"),
            a.parties
                .iter()
                .map(|c| country(c))
                .collect::<Vec<_>>()
                .join(", "),
        ));
    }
    if let Some(s) = a.status {
        out.push((t.plain("agreement-status"), t.plain(status_key(s))));
    }
    for (k, v) in [
        (key("agreement-signed"), &a.signed_on),
        (key("agreement-in-force"), &a.in_force_on),
        (key("agreement-expires"), &a.expires_on),
    ] {
        if let Some(d) = v {
            out.push((t.plain(k), d.clone()));
        }
    }
    if !a.sectors.is_empty() {
        out.push((t.plain("agreement-sectors"), a.sectors.join(", ")));
    }
    out
}
