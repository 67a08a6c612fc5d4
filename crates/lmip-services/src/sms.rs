//! The text-message channel's conversations: what a message asks, what lmip looks up, and what
//! it remembers of the sender (the reply language and the question last asked, by a keyed hash
//! of the number; never the number). The words of the replies are the web layer's.
//!
//! A sender can type a command in their language ("CHECK ABC-123", "ตรวจ ABC-123") or answer
//! numbered menus without typing words: 1 check an agency, 2 case status, 3 help contacts,
//! 4 legal fees, 5 language.

use crate::ServiceError;
use crate::cases::{CaseError, ComplainantView};
use crate::corridors::Corridor;
use crate::directory::Entry;
use crate::licences::{AgencyNames, VerifyAnswer};
use crate::vault::Keyring;
use lmip_domain::Locale;
use lmip_domain::sms::{self, Keywords, Request};
use lmip_search::Segmenter;
use lmip_storage::Db;
use std::collections::HashMap;

/// Messages one sender may send before being refused; the count starts again after an hour
/// without messages.
pub const PER_SENDER: i64 = 30;
/// Messages the channel takes from everyone in one minute.
pub const GLOBAL_PER_MINUTE: i64 = 600;
/// The longest numbered list a reply offers.
pub const MAX_CHOICES: usize = 20;
/// Senders not heard from for this many days are forgotten (language and last question).
pub const FORGET_AFTER_DAYS: i64 = 90;

/// What the channel needs to answer.
pub struct Channel<'a> {
    /// The database.
    pub db: &'a Db,
    /// Keys: the sender's number is kept only as a keyed hash.
    pub keys: &'a Keyring,
    /// The licensed agencies' names, for verifying by name.
    pub names: &'a AgencyNames,
    /// Word segmentation (names in Thai, Khmer, Lao, Burmese).
    pub seg: &'a Segmenter,
}

/// The words the channel reads, in every locale (built by the web layer from its translations).
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    /// Command words.
    pub keywords: Keywords,
    /// Country names and codes, folded, to alpha-2 codes.
    pub countries: HashMap<String, String>,
}

impl Vocabulary {
    /// The country a sender named (a code or a name in any locale), if any.
    pub fn country(&self, text: &str) -> Option<String> {
        let folded = fold(text);
        if folded.is_empty() {
            return None;
        }
        if let Some(c) = self.countries.get(&folded) {
            return Some(c.clone());
        }
        let upper = text.trim().to_uppercase();
        (upper.len() == 2 && lmip_refdata::is_country(&upper)).then_some(upper)
    }

    /// A route typed as two countries ("KH TH", "Cambodia Thailand", "Cambodia-Thailand").
    pub fn route(&self, text: &str) -> Option<(String, String)> {
        let spaced = text.replace(['-', '>', '→', ',', '/'], " ");
        let words: Vec<&str> = spaced.split_whitespace().collect();
        (1..words.len()).find_map(|at| {
            let a = self.country(&words[..at].join(" "))?;
            let b = self.country(&words[at..].join(" "))?;
            (a != b).then_some((a, b))
        })
    }
}

/// Folds a name for matching: lower case, spaces and dots out.
pub fn fold(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '.')
        .flat_map(char::to_lowercase)
        .collect()
}

/// The question the sender was last asked.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Pending {
    None,
    Verify,
    Status,
    Country(Vec<String>),
    Route(Vec<(String, String)>),
    Language,
}

impl Pending {
    fn parse(text: &str) -> Pending {
        let (kind, rest) = text.split_once(':').unwrap_or((text, ""));
        let list = || rest.split_whitespace().map(str::to_string);
        match kind {
            "verify" => Pending::Verify,
            "status" => Pending::Status,
            "help" => Pending::Country(list().collect()),
            "fees" => Pending::Route(
                list()
                    .filter_map(|p| p.split_once('-').map(|(a, b)| (a.into(), b.into())))
                    .collect(),
            ),
            "language" => Pending::Language,
            _ => Pending::None,
        }
    }

    fn text(&self) -> String {
        match self {
            Pending::None => String::new(),
            Pending::Verify => "verify".into(),
            Pending::Status => "status".into(),
            Pending::Country(c) => format!("help:{}", c.join(" ")),
            Pending::Route(r) => format!(
                "fees:{}",
                r.iter()
                    .map(|(a, b)| format!("{a}-{b}"))
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
            Pending::Language => "language".into(),
        }
    }
}

/// What lmip answers; the web layer puts it into words.
#[derive(Debug)]
pub enum Answer {
    /// The menu; `not_understood` when the message was not understood.
    Menu {
        /// The message was not understood.
        not_understood: bool,
    },
    /// Asks for a licence number or name.
    AskVerify,
    /// Asks for a tracking code and PIN.
    AskStatus,
    /// Asks which country, with a numbered list.
    AskCountry(Vec<String>),
    /// Asks which route, with a numbered list.
    AskRoute(Vec<(String, String)>),
    /// Asks which language, with a numbered list.
    AskLanguage,
    /// The licence register's answer.
    Verify(Box<VerifyAnswer>),
    /// A case's status.
    Status(Box<ComplainantView>),
    /// A case lookup refused (unknown code or PIN, too many tries, a code that cannot be one).
    StatusRefused(CaseError),
    /// Help contacts in a country (listed entries, with phones first).
    Help {
        /// The country.
        country: String,
        /// Its contacts.
        contacts: Vec<Entry>,
    },
    /// What going along a route legally costs, and who pays.
    Fees(Box<Corridor>),
    /// The reply language changed.
    LanguageSet,
    /// The sender is forgotten.
    Stopped,
    /// Too many messages: told once; `silent` afterwards.
    TooMany {
        /// Send nothing at all.
        silent: bool,
    },
}

/// One exchange: the reply's locale and what it says.
#[derive(Debug)]
pub struct Exchange {
    /// The reply language.
    pub locale: Locale,
    /// The answer.
    pub answer: Answer,
}

/// The key a sender is remembered by.
pub fn sender_key(keys: &Keyring, number: &str) -> String {
    let digits: String = number
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    keys.keyed_hash("sms-sender", &digits)
}

/// Answers one inbound message from `from` (the number as the gateway gave it), on `now`
/// (RFC 3339). `default` is the reply language for a sender whose language nothing tells.
pub async fn receive(
    ch: &Channel<'_>,
    words: &Vocabulary,
    from: &str,
    text: &str,
    default: Locale,
    now: &str,
) -> Result<Exchange, ServiceError> {
    let key = sender_key(ch.keys, from);
    let known = ch.db.sms_sender(&key).await?;
    let mut locale = known
        .as_ref()
        .and_then(|s| s.locale.parse::<Locale>().ok())
        .unwrap_or_else(|| {
            sms::locale_of_script(text)
                .and_then(|l| l.parse().ok())
                .unwrap_or(default)
        });
    let counters = Counters::new(&key);
    if let Some(answer) = counters.over(ch.db).await? {
        let mut tx = ch.db.write().await?;
        counters.count(&mut tx).await?;
        tx.commit().await?;
        return Ok(Exchange { locale, answer });
    }
    // A command word in another language switches to it (unless it is also the current one's).
    let word_locales = words.keywords.locales_of(text);
    if !word_locales.is_empty()
        && !word_locales.iter().any(|l| l == locale.code())
        && let Some(l) = word_locales.first().and_then(|l| l.parse().ok())
    {
        locale = l;
    }
    let pending = known
        .as_ref()
        .map_or(Pending::None, |s| Pending::parse(&s.pending));
    let request = words.keywords.parse(text);
    let raw = sms::clean(text);
    let (answer, next) = respond(ch, words, &key, request, &raw, pending, &mut locale, now).await?;
    // The message is counted in the same transaction that remembers the sender.
    let mut tx = ch.db.write().await?;
    counters.count(&mut tx).await?;
    if matches!(answer, Answer::Stopped) {
        tx.forget_sms_sender(&key).await?;
    } else {
        tx.save_sms_sender(&key, locale.code(), &next.text())
            .await?;
    }
    tx.commit().await?;
    Ok(Exchange { locale, answer })
}

/// The message counters of one sender and of the whole channel.
struct Counters {
    sender: String,
    global: String,
    hour: String,
    minute: String,
}

impl Counters {
    fn new(key: &str) -> Counters {
        let now = time::OffsetDateTime::now_utc();
        Counters {
            sender: format!("sms:{key}"),
            // One counter per minute of the hour: each starts again when its minute comes round.
            global: format!("sms:*:{}", now.minute()),
            hour: lmip_storage::format_utc(now - time::Duration::hours(1)),
            minute: lmip_storage::format_utc(now - time::Duration::minutes(1)),
        }
    }

    /// Past a limit, the answer is "too many" (once: the message that reached it) and then
    /// silence: a flood must not make lmip send a flood back, at the operator's cost.
    async fn over(&self, db: &Db) -> Result<Option<Answer>, ServiceError> {
        let over = |row: Option<(i64, String)>, limit: i64, since: &str| {
            row.filter(|(_, last)| last.as_str() >= since)
                .map_or(0, |(n, _)| n)
                .saturating_sub(limit - 1)
        };
        let sender_over = over(db.throttle(&self.sender).await?, PER_SENDER, &self.hour);
        let global_over = over(
            db.throttle(&self.global).await?,
            GLOBAL_PER_MINUTE,
            &self.minute,
        );
        if sender_over > 0 || global_over > 0 {
            let silent = sender_over > 1 || (sender_over == 0 && global_over > 1);
            return Ok(Some(Answer::TooMany { silent }));
        }
        Ok(None)
    }

    /// Counts this message.
    async fn count(&self, tx: &mut lmip_storage::WriteTx<'_>) -> Result<(), ServiceError> {
        tx.count_failure(&self.sender, &self.hour).await?;
        tx.count_failure(&self.global, &self.minute).await?;
        Ok(())
    }
}

#[allow(clippy::too_many_arguments)]
async fn respond(
    ch: &Channel<'_>,
    words: &Vocabulary,
    key: &str,
    request: Request,
    raw: &str,
    pending: Pending,
    locale: &mut Locale,
    now: &str,
) -> Result<(Answer, Pending), ServiceError> {
    let menu = |not_understood| Ok((Answer::Menu { not_understood }, Pending::None));
    // An answer to the question last asked: a number from its list, or free text.
    let request = match (&pending, request) {
        (Pending::Verify, Request::Choice(_) | Request::Text(_)) => Request::Verify(raw.into()),
        (Pending::Status, Request::Choice(_) | Request::Text(_)) => Request::Status(raw.into()),
        (Pending::Country(list), Request::Choice(n)) => match pick(list, n) {
            Some(c) => Request::Help(c.clone()),
            None => return ask_country(ch, now).await,
        },
        (Pending::Country(_), Request::Text(t)) => Request::Help(t),
        (Pending::Route(list), Request::Choice(n)) => match pick(list, n) {
            Some((a, b)) => Request::Fees(format!("{a} {b}")),
            None => return ask_route(ch, now).await,
        },
        (Pending::Route(_), Request::Text(t)) => Request::Fees(t),
        (Pending::Language, Request::Choice(n)) => {
            match Locale::ALL.get((n as usize).wrapping_sub(1)) {
                Some(l) => Request::Language(l.code().into()),
                None => return Ok((Answer::AskLanguage, Pending::Language)),
            }
        }
        (Pending::Language, Request::Text(t)) => Request::Language(t),
        (Pending::None, Request::Choice(n)) => match n {
            1 => Request::Verify(String::new()),
            2 => Request::Status(String::new()),
            3 => Request::Help(String::new()),
            4 => Request::Fees(String::new()),
            5 => Request::Language(String::new()),
            _ => return menu(true),
        },
        (_, r) => r,
    };
    match request {
        Request::Menu => menu(false),
        Request::Text(_) | Request::Choice(_) => menu(true),
        Request::Stop => Ok((Answer::Stopped, Pending::None)),
        Request::Verify(q) if q.is_empty() => Ok((Answer::AskVerify, Pending::Verify)),
        Request::Verify(q) => {
            let today = &now[..10.min(now.len())];
            let q = sms::ascii_digits(&q);
            match crate::licences::verify(ch.db, ch.names, ch.seg, &q, today).await {
                Ok(a) => Ok((Answer::Verify(Box::new(a)), Pending::None)),
                Err(ServiceError::Licence(_)) => Ok((Answer::AskVerify, Pending::Verify)),
                Err(e) => Err(e),
            }
        }
        Request::Status(s) if s.is_empty() => Ok((Answer::AskStatus, Pending::Status)),
        Request::Status(s) => {
            let s = sms::ascii_digits(&s);
            // The PIN is the last group of digits; the code is everything before it.
            let (code, pin) = match s.trim().rsplit_once(' ') {
                Some((c, p)) if p.chars().all(|c| c.is_ascii_digit()) => (c, p),
                _ => {
                    return Ok((Answer::StatusRefused(CaseError::NotFound), Pending::Status));
                }
            };
            match crate::cases::status_for_complainant(ch.db, ch.keys, code, pin, key).await {
                Ok(v) => Ok((Answer::Status(Box::new(v)), Pending::None)),
                Err(ServiceError::Case(e)) => Ok((Answer::StatusRefused(e), Pending::None)),
                Err(e) => Err(e),
            }
        }
        Request::Help(c) if c.is_empty() => ask_country(ch, now).await,
        Request::Help(c) => match words.country(&c) {
            None => ask_country(ch, now).await,
            Some(country) => {
                let search = crate::directory::Search {
                    country: &country,
                    ..Default::default()
                };
                let mut contacts = crate::directory::search(ch.db, ch.seg, &search, 20).await?;
                contacts
                    .retain(|e| !matches!(e.org.kind.as_str(), "recruitment_agency" | "employer"));
                // Those with a phone first: a text message cannot open a website.
                contacts.sort_by_key(|e| e.locations.iter().all(|l| l.phones.trim().is_empty()));
                Ok((Answer::Help { country, contacts }, Pending::None))
            }
        },
        Request::Fees(r) if r.is_empty() => ask_route(ch, now).await,
        Request::Fees(r) => match words.route(&r) {
            None => ask_route(ch, now).await,
            Some((o, d)) => {
                let c =
                    crate::corridors::corridor(ch.db, ch.seg, &o, &d, locale.code(), now).await?;
                Ok((Answer::Fees(Box::new(c)), Pending::None))
            }
        },
        Request::Language(l) if l.is_empty() => Ok((Answer::AskLanguage, Pending::Language)),
        Request::Language(l) => {
            let folded = fold(&l);
            match Locale::ALL
                .into_iter()
                .find(|x| fold(x.code()) == folded || fold(x.native_name()) == folded)
            {
                Some(x) => {
                    *locale = x;
                    Ok((Answer::LanguageSet, Pending::None))
                }
                None => Ok((Answer::AskLanguage, Pending::Language)),
            }
        }
    }
}

fn pick<T>(list: &[T], n: u32) -> Option<&T> {
    list.get((n as usize).checked_sub(1)?)
}

/// The countries lmip has corridors for, by code.
async fn ask_country(ch: &Channel<'_>, now: &str) -> Result<(Answer, Pending), ServiceError> {
    let mut countries: Vec<String> = Vec::new();
    for (o, d) in crate::corridors::index(ch.db, now).await? {
        for c in [o, d] {
            if !countries.contains(&c) {
                countries.push(c);
            }
        }
    }
    countries.sort();
    // Numbers up to 99 can be typed; a list too long for three parts is cut with a link.
    countries.truncate(MAX_CHOICES);
    Ok((
        Answer::AskCountry(countries.clone()),
        Pending::Country(countries),
    ))
}

async fn ask_route(ch: &Channel<'_>, now: &str) -> Result<(Answer, Pending), ServiceError> {
    let mut routes = crate::corridors::index(ch.db, now).await?;
    routes.truncate(MAX_CHOICES);
    Ok((Answer::AskRoute(routes.clone()), Pending::Route(routes)))
}

/// Forgets senders not heard from for [`FORGET_AFTER_DAYS`]; returns how many.
pub async fn forget_quiet_senders(db: &Db) -> Result<u64, ServiceError> {
    let before = lmip_storage::format_utc(
        time::OffsetDateTime::now_utc() - time::Duration::days(FORGET_AFTER_DAYS),
    );
    let mut tx = db.write().await?;
    let n = tx.forget_sms_senders_before(&before).await?;
    tx.commit().await?;
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocabulary() -> Vocabulary {
        let mut v = Vocabulary::default();
        for (name, code) in [
            ("Cambodia", "KH"),
            ("Thailand", "TH"),
            ("Saudi Arabia", "SA"),
            ("ไทย", "TH"),
        ] {
            v.countries.insert(fold(name), code.into());
        }
        v
    }

    #[test]
    fn countries_and_routes_are_read_as_typed() {
        let v = vocabulary();
        assert_eq!(v.country("thailand").as_deref(), Some("TH"));
        assert_eq!(v.country(" ไทย ").as_deref(), Some("TH"));
        assert_eq!(v.country("kh").as_deref(), Some("KH"));
        assert_eq!(v.country("zz"), None);
        assert_eq!(v.country(""), None);
        assert_eq!(v.route("KH TH"), Some(("KH".to_string(), "TH".to_string())));
        assert_eq!(
            v.route("Cambodia-Saudi Arabia"),
            Some(("KH".to_string(), "SA".to_string()))
        );
        assert_eq!(v.route("Cambodia"), None);
        assert_eq!(v.route("TH TH"), None);
    }

    #[test]
    fn the_question_last_asked_survives_a_round_trip() {
        for p in [
            Pending::None,
            Pending::Verify,
            Pending::Status,
            Pending::Country(vec!["KH".into(), "TH".into()]),
            Pending::Route(vec![("KH".into(), "TH".into()), ("MM".into(), "TH".into())]),
            Pending::Language,
        ] {
            assert_eq!(Pending::parse(&p.text()), p);
        }
    }
}
