//! Bilateral agreements, memoranda of understanding and laws, clause by clause: parties, dates,
//! status, sectors, the official text, its articles, and **provisions** as typed records that
//! cite their article, so that the offer checker and the corridor pages can use them and each
//! reader's page can say "what this agreement guarantees you" in plain words.
//!
//! As editors write it:
//!
//! ```text
//! parties: KH TH
//! signed: 2015-12-19
//! in-force: 2015-12-19
//! expires:
//! status: in-force
//! sectors: agriculture; construction; manufacturing
//! official-text: https://www.ilo.org/…
//! article 7: Recruitment costs
//! provision 7: fees-paid-by employer
//! provision 8: minimum-wage 337 THB day
//! provision 9: max-hours 8 day
//! ```
//!
//! Provisions (each cites an article listed above it or below it):
//! `fees-paid-by employer|worker|shared`, `fee-cap AMOUNT CURRENCY`,
//! `minimum-wage AMOUNT CURRENCY hour|day|week|month`, `max-hours N day|week`,
//! `rest-days N week|month`, `paid-leave N` (days a year), `no-document-retention`,
//! `complaint-channel TEXT`, `social-security [TEXT]`, `return-paid-by employer|worker|shared`.

use crate::DomainError;
use crate::offers::{Money, PayPeriod, Wage, parse_amount};
use crate::structure::{Problem, at, lines, short};

/// Where an agreement or law stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AgreementStatus {
    /// Being negotiated or not yet signed.
    Draft,
    /// Signed, not yet in force.
    Signed,
    /// In force.
    InForce,
    /// Past its expiry.
    Expired,
    /// Replaced by another.
    Superseded,
}

impl AgreementStatus {
    /// Every status.
    pub const ALL: [AgreementStatus; 5] = [
        AgreementStatus::Draft,
        AgreementStatus::Signed,
        AgreementStatus::InForce,
        AgreementStatus::Expired,
        AgreementStatus::Superseded,
    ];

    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            AgreementStatus::Draft => "draft",
            AgreementStatus::Signed => "signed",
            AgreementStatus::InForce => "in-force",
            AgreementStatus::Expired => "expired",
            AgreementStatus::Superseded => "superseded",
        }
    }
}

/// Who pays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Payer {
    /// The employer.
    Employer,
    /// The worker.
    Worker,
    /// Both, shared.
    Shared,
}

impl Payer {
    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            Payer::Employer => "employer",
            Payer::Worker => "worker",
            Payer::Shared => "shared",
        }
    }
}

/// The unit a limit is counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Per {
    /// Per day.
    Day,
    /// Per week.
    Week,
    /// Per month.
    Month,
}

impl Per {
    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            Per::Day => "day",
            Per::Week => "week",
            Per::Month => "month",
        }
    }
}

/// What a provision guarantees, typed.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Term {
    /// Who pays recruitment fees.
    FeesPaidBy {
        /// Who.
        payer: Payer,
    },
    /// The most a worker may be charged.
    FeeCap {
        /// The cap.
        cap: Money,
    },
    /// The least a worker may be paid.
    MinimumWage {
        /// The minimum.
        wage: Wage,
    },
    /// The most hours of normal work.
    MaxHours {
        /// Hours.
        hours: u32,
        /// Per day or week.
        per: Per,
    },
    /// Rest days.
    RestDays {
        /// Days.
        days: u32,
        /// Per week or month.
        per: Per,
    },
    /// Paid leave, days a year.
    PaidLeave {
        /// Days.
        days: u32,
    },
    /// No one may keep the worker's passport or other documents.
    NoDocumentRetention,
    /// Where to complain.
    ComplaintChannel {
        /// The channel, as the text names it.
        channel: String,
    },
    /// Social security covers the worker.
    SocialSecurity {
        /// What it covers, as the text says.
        note: String,
    },
    /// Who pays the journey home.
    ReturnPaidBy {
        /// Who.
        payer: Payer,
    },
}

/// A provision: a term and the article it comes from.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Provision {
    /// The article cited.
    pub article: String,
    /// What it guarantees.
    pub term: Term,
}

/// An agreement, memorandum or law, clause by clause.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct Agreement {
    /// The parties (alpha-2); a law has one.
    pub parties: Vec<String>,
    /// Signed (ISO date).
    pub signed_on: Option<String>,
    /// In force from.
    pub in_force_on: Option<String>,
    /// Expires on.
    pub expires_on: Option<String>,
    /// Where it stands (none written: draft).
    pub status: Option<AgreementStatus>,
    /// Sectors covered (empty: all).
    pub sectors: Vec<String>,
    /// The official text.
    pub official_text: String,
    /// Articles: (number, heading).
    pub articles: Vec<(String, String)>,
    /// Provisions.
    pub provisions: Vec<Provision>,
}

fn payer(v: &str) -> Option<Payer> {
    match v.trim() {
        "employer" => Some(Payer::Employer),
        "worker" => Some(Payer::Worker),
        "shared" => Some(Payer::Shared),
        _ => None,
    }
}

fn per(v: &str) -> Option<Per> {
    match v.trim().trim_start_matches("per ").trim() {
        "day" => Some(Per::Day),
        "week" => Some(Per::Week),
        "month" => Some(Per::Month),
        _ => None,
    }
}

fn money(amount: &str, currency: &str, known: &dyn Fn(&str) -> bool) -> Result<Money, Problem> {
    let amount = parse_amount(amount).map_err(|_| Problem::BadProvision(short(amount)))?;
    let currency = currency.trim().to_uppercase();
    if !known(&currency) {
        return Err(Problem::UnknownCurrency(
            currency.chars().take(10).collect(),
        ));
    }
    Ok(Money { amount, currency })
}

fn term(value: &str, known_currency: &dyn Fn(&str) -> bool) -> Result<Term, Problem> {
    let (kind, rest) = value.split_once(char::is_whitespace).unwrap_or((value, ""));
    let rest = rest.trim();
    let words: Vec<&str> = rest.split_whitespace().collect();
    let bad = || Problem::BadProvision(short(value));
    let count = |s: &str| s.parse::<u32>().ok().filter(|n| (1..=366).contains(n));
    Ok(match kind {
        "fees-paid-by" => Term::FeesPaidBy {
            payer: payer(rest).ok_or_else(bad)?,
        },
        "return-paid-by" => Term::ReturnPaidBy {
            payer: payer(rest).ok_or_else(bad)?,
        },
        "fee-cap" => match words.as_slice() {
            [.., c] if words.len() >= 2 => Term::FeeCap {
                cap: money(&words[..words.len() - 1].join(" "), c, known_currency)?,
            },
            _ => return Err(bad()),
        },
        "minimum-wage" => {
            let words: Vec<&str> = words.into_iter().filter(|w| *w != "per").collect();
            match words.as_slice() {
                [.., c, p] if words.len() >= 3 => Term::MinimumWage {
                    wage: Wage {
                        money: money(&words[..words.len() - 2].join(" "), c, known_currency)?,
                        period: p.parse::<PayPeriod>().map_err(|_| bad())?,
                    },
                },
                _ => return Err(bad()),
            }
        }
        "max-hours" => match words.as_slice() {
            [n, p] => Term::MaxHours {
                hours: count(n).filter(|h| *h <= 168).ok_or_else(bad)?,
                per: per(p).filter(|p| *p != Per::Month).ok_or_else(bad)?,
            },
            _ => return Err(bad()),
        },
        "rest-days" => match words.as_slice() {
            [n, p] => Term::RestDays {
                days: count(n).filter(|d| *d <= 31).ok_or_else(bad)?,
                per: per(p).filter(|p| *p != Per::Day).ok_or_else(bad)?,
            },
            _ => return Err(bad()),
        },
        "paid-leave" => Term::PaidLeave {
            days: count(rest.trim_end_matches("days").trim()).ok_or_else(bad)?,
        },
        "no-document-retention" if rest.is_empty() => Term::NoDocumentRetention,
        "complaint-channel" if !rest.is_empty() => Term::ComplaintChannel {
            channel: short(rest),
        },
        "social-security" => Term::SocialSecurity { note: short(rest) },
        "no-document-retention" | "complaint-channel" => return Err(bad()),
        other => return Err(Problem::UnknownProvision(short(other))),
    })
}

fn date(v: &str) -> Result<Option<String>, Problem> {
    match v.trim() {
        "" => Ok(None),
        d => crate::directory::parse_list_date(d)
            .map(Some)
            .map_err(|_| Problem::BadDate(short(d))),
    }
}

/// Reads an agreement or law. `known_currency` and `known_country` say whether a code is ISO
/// 4217 or ISO 3166-1 alpha-2.
pub fn parse_agreement(
    text: &str,
    known_currency: &dyn Fn(&str) -> bool,
    known_country: &dyn Fn(&str) -> bool,
) -> Result<Agreement, DomainError> {
    let mut a = Agreement::default();
    // Provisions are checked against the articles once every line is read (either may come first).
    let mut cited: Vec<(usize, String)> = Vec::new();
    for l in lines(text)? {
        let p = |problem| at(l.no, problem);
        match l.name.as_str() {
            "parties" => {
                a.parties.clear();
                for c in l.value.split([' ', ',', ';']).filter(|c| !c.is_empty()) {
                    let c = c.to_uppercase();
                    if !known_country(&c) {
                        return Err(p(Problem::UnknownCountry(c.chars().take(10).collect())));
                    }
                    if !a.parties.contains(&c) {
                        a.parties.push(c);
                    }
                }
            }
            "signed" => a.signed_on = date(l.value).map_err(p)?,
            "in-force" => a.in_force_on = date(l.value).map_err(p)?,
            "expires" => a.expires_on = date(l.value).map_err(p)?,
            "status" => {
                a.status = Some(
                    AgreementStatus::ALL
                        .into_iter()
                        .find(|s| s.as_str() == l.value)
                        .ok_or_else(|| p(Problem::UnknownStatus(short(l.value))))?,
                )
            }
            "sectors" => {
                a.sectors = l
                    .value
                    .split(';')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(short)
                    .collect()
            }
            "official-text" => {
                let v = l.value;
                if !(v.is_empty() || v.starts_with("https://") || v.starts_with("http://")) {
                    return Err(p(Problem::BadAddress));
                }
                a.official_text = short(v);
            }
            "article" => {
                let n = short(l.arg);
                if n.is_empty() {
                    return Err(p(Problem::Unreadable));
                }
                if a.articles.iter().any(|(x, _)| *x == n) {
                    return Err(p(Problem::DuplicateArticle(n)));
                }
                a.articles.push((n, short(l.value)));
            }
            "provision" => {
                let article = short(l.arg);
                if article.is_empty() {
                    return Err(p(Problem::MissingArticle(String::new())));
                }
                let term = term(l.value, known_currency).map_err(p)?;
                cited.push((l.no, article.clone()));
                a.provisions.push(Provision { article, term });
            }
            other => return Err(p(Problem::UnknownField(short(other)))),
        }
    }
    for (no, article) in cited {
        if !a.articles.iter().any(|(x, _)| *x == article) {
            return Err(at(no, Problem::MissingArticle(article)));
        }
    }
    Ok(a)
}

impl Agreement {
    /// Whether it binds on `today` (ISO date): in force, its start come, its expiry not passed.
    pub fn in_force(&self, today: &str) -> bool {
        self.status == Some(AgreementStatus::InForce)
            && self.in_force_on.as_deref().is_none_or(|d| d <= today)
            && self.expires_on.as_deref().is_none_or(|d| d >= today)
    }

    /// An article's heading, if it has one.
    pub fn heading(&self, article: &str) -> Option<&str> {
        self.articles
            .iter()
            .find(|(n, _)| n == article)
            .map(|(_, h)| h.as_str())
            .filter(|h| !h.is_empty())
    }

    /// The first provision of a kind that `pick` recognises.
    pub fn find<'a, T>(&'a self, pick: impl Fn(&'a Term) -> Option<T>) -> Option<(T, &'a str)> {
        self.provisions
            .iter()
            .find_map(|p| pick(&p.term).map(|t| (t, p.article.as_str())))
    }

    /// The agreement written back in its canonical form (what [`parse_agreement`] reads).
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let mut line = |name: &str, v: &str| {
            if !v.is_empty() {
                out.push_str(&format!("{name}: {v}\n"));
            }
        };
        line("parties", &self.parties.join(" "));
        line("signed", self.signed_on.as_deref().unwrap_or(""));
        line("in-force", self.in_force_on.as_deref().unwrap_or(""));
        line("expires", self.expires_on.as_deref().unwrap_or(""));
        line("status", self.status.map_or("", |s| s.as_str()));
        line("sectors", &self.sectors.join("; "));
        line("official-text", &self.official_text);
        for (n, h) in &self.articles {
            out.push_str(&format!("article {n}: {h}\n"));
        }
        for p in &self.provisions {
            out.push_str(&format!(
                "provision {}: {}\n",
                p.article,
                term_text(&p.term)
            ));
        }
        out
    }
}

fn amount(m: &Money) -> String {
    format!(
        "{} {}",
        crate::offers::format_amount(m.amount).replace('\u{202f}', ""),
        m.currency
    )
}

/// A term as editors write it.
pub fn term_text(t: &Term) -> String {
    match t {
        Term::FeesPaidBy { payer } => format!("fees-paid-by {}", payer.as_str()),
        Term::ReturnPaidBy { payer } => format!("return-paid-by {}", payer.as_str()),
        Term::FeeCap { cap } => format!("fee-cap {}", amount(cap)),
        Term::MinimumWage { wage } => {
            format!(
                "minimum-wage {} {}",
                amount(&wage.money),
                wage.period.as_str()
            )
        }
        Term::MaxHours { hours, per } => format!("max-hours {hours} {}", per.as_str()),
        Term::RestDays { days, per } => format!("rest-days {days} {}", per.as_str()),
        Term::PaidLeave { days } => format!("paid-leave {days}"),
        Term::NoDocumentRetention => "no-document-retention".into(),
        Term::ComplaintChannel { channel } => format!("complaint-channel {channel}"),
        Term::SocialSecurity { note } => format!("social-security {note}").trim().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn currency(c: &str) -> bool {
        ["USD", "THB", "MYR"].contains(&c)
    }
    fn country(c: &str) -> bool {
        ["KH", "TH", "MY", "ID"].contains(&c)
    }

    const MOU: &str = "parties: KH, TH\nsigned: 2015-12-19\nin-force: 2015-12-19\nstatus: in-force\n\
        sectors: agriculture; construction\nofficial-text: https://example.org/mou.pdf\n\
        article 7: Recruitment costs\narticle 9\narticle 12: Documents\n\
        provision 7: fees-paid-by employer\nprovision 9: minimum-wage 337 THB per day\n\
        provision 9: max-hours 8 day\nprovision 9: rest-days 1 week\nprovision 9: paid-leave 6 days\n\
        provision 12: no-document-retention\nprovision 7: return-paid-by employer\n\
        provision 9: social-security\nprovision 9: complaint-channel Department of Employment, 1694\n\
        provision 7: fee-cap 1,500 THB\n";

    fn problem(text: &str) -> (usize, Problem) {
        match parse_agreement(text, &currency, &country) {
            Err(DomainError::Structure { line, problem }) => (line, problem),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn reads_an_agreement_clause_by_clause() {
        let a = parse_agreement(MOU, &currency, &country).unwrap();
        assert_eq!(a.parties, vec!["KH", "TH"]);
        assert_eq!(a.provisions.len(), 10);
        assert_eq!(a.heading("7"), Some("Recruitment costs"));
        assert_eq!(a.heading("9"), None);
        let (wage, article) = a
            .find(|t| match t {
                Term::MinimumWage { wage } => Some(wage.clone()),
                _ => None,
            })
            .unwrap();
        assert_eq!(
            (wage.money.amount, wage.period, article),
            (33_700, PayPeriod::Day, "9")
        );
        assert!(a.in_force("2026-12-01"));
        assert!(!a.in_force("2015-01-01"));
        let mut expired = a.clone();
        expired.expires_on = Some("2020-12-31".into());
        assert!(!expired.in_force("2026-12-01"));
        assert_eq!(
            parse_agreement(&a.to_text(), &currency, &country).unwrap(),
            a
        );
    }

    #[test]
    fn clear_errors() {
        // A provision citing an article the text does not list, wherever the article would be.
        assert_eq!(
            problem("article 7\nprovision 8: fees-paid-by employer"),
            (2, Problem::MissingArticle("8".into()))
        );
        assert_eq!(
            problem("article 1\nprovision 1: fee-cap 10 XYZ"),
            (2, Problem::UnknownCurrency("XYZ".into()))
        );
        assert_eq!(
            problem("article 1\nprovision 1: paid-by nobody"),
            (2, Problem::UnknownProvision("paid-by".into()))
        );
        assert!(matches!(
            problem("article 1\nprovision 1: fees-paid-by agency").1,
            Problem::BadProvision(_)
        ));
        assert!(matches!(
            problem("article 1\nprovision 1: max-hours 8 month").1,
            Problem::BadProvision(_)
        ));
        assert!(matches!(
            problem("article 1\nprovision 1: minimum-wage 300 THB").1,
            Problem::BadProvision(_)
        ));
        assert!(matches!(
            problem("article 1\nprovision 1: no-document-retention ever").1,
            Problem::BadProvision(_)
        ));
        assert_eq!(
            problem("parties: KH XX"),
            (1, Problem::UnknownCountry("XX".into()))
        );
        assert_eq!(
            problem("status: maybe"),
            (1, Problem::UnknownStatus("maybe".into()))
        );
        assert_eq!(
            problem("signed: soon"),
            (1, Problem::BadDate("soon".into()))
        );
        assert_eq!(
            problem("official-text: javascript:x"),
            (1, Problem::BadAddress)
        );
        assert_eq!(
            problem("article 1\narticle 1"),
            (2, Problem::DuplicateArticle("1".into()))
        );
        assert_eq!(
            problem("provision: fees-paid-by employer"),
            (1, Problem::MissingArticle(String::new()))
        );
    }

    proptest! {
        #[test]
        fn never_panics(s in "(article [0-9]\n|provision [0-9]: (fee-cap|max-hours|rest-days|minimum-wage|paid-leave) [0-9 ]{0,6}(THB|day|week)?\n|\\PC{0,16}\n){0,10}") {
            if let Ok(a) = parse_agreement(&s, &currency, &country) {
                prop_assert_eq!(parse_agreement(&a.to_text(), &currency, &country), Ok(a));
            }
        }
    }
}
