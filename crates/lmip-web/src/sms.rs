//! `POST /channels/sms`: the text-message channel, for phones without a browser.
//!
//! An SMS gateway posts each inbound message here, form-encoded (`from`, `to`, `text`, with the
//! names other gateways use: `From`/`To`/`Body`, `msisdn`, `sender`/`receiver`/`message`, …) or
//! as JSON with the same fields, authenticated by the shared secret configured as `sms_secret`:
//! either the secret itself in `X-Lmip-Sms-Secret`, or `X-Lmip-Signature: sha256=HEX`, the
//! HMAC-SHA-256 of the raw body under the secret. The reply is the response: plain text for a
//! form, `{"to", "from", "text", "parts", "encoding"}` for JSON. A reply never takes more than
//! three SMS parts; a longer one is cut at a word and ends with the address of the page that
//! says the rest. With an outbound endpoint configured, the reply is posted there instead (signed
//! the same way) and the answer is `204 No Content`; if posting fails, the reply is in the answer
//! as without one. See docs/operations.md ("Text messages").

use crate::error::WebError;
use crate::i18n::{Tr, key};
use crate::pages::tr;
use crate::state::AppState;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderMap, Response, StatusCode, header};
use hmac::{Hmac, Mac};
use lmip_domain::Locale;
use lmip_domain::directory::Verdict;
use lmip_domain::sms::{self, Keyword, Keywords, MAX_PARTS};
use lmip_services::sms::{Answer, Channel, Exchange, Vocabulary};
use sha2::Sha256;

/// An inbound message, whatever the gateway called its fields.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Inbound {
    pub from: String,
    pub to: String,
    pub text: String,
}

const FROM: [&str; 6] = ["from", "From", "msisdn", "sender", "phone", "originator"];
const TO: [&str; 5] = ["to", "To", "receiver", "recipient", "shortcode"];
const TEXT: [&str; 6] = ["text", "Body", "body", "message", "content", "msg"];

impl Inbound {
    fn from_pairs(pairs: &[(String, String)]) -> Inbound {
        let find = |names: &[&str]| {
            names
                .iter()
                .find_map(|n| pairs.iter().find(|(k, _)| k == n).map(|(_, v)| v.clone()))
                .unwrap_or_default()
        };
        Inbound {
            from: find(&FROM),
            to: find(&TO),
            text: find(&TEXT),
        }
    }

    /// Reads a form-encoded or JSON body.
    pub(crate) fn parse(json: bool, body: &[u8]) -> Result<Inbound, WebError> {
        let pairs: Vec<(String, String)> = if json {
            let v: serde_json::Value = serde_json::from_slice(body)
                .map_err(|_| WebError::BadRequest("the body is not JSON".into()))?;
            let obj = v
                .as_object()
                .ok_or_else(|| WebError::BadRequest("the body is not a JSON object".into()))?;
            obj.iter()
                .filter_map(|(k, v)| match v {
                    serde_json::Value::String(s) => Some((k.clone(), s.clone())),
                    serde_json::Value::Number(n) => Some((k.clone(), n.to_string())),
                    _ => None,
                })
                .collect()
        } else {
            serde_urlencoded::from_bytes(body)
                .map_err(|_| WebError::BadRequest("the body is not form-encoded".into()))?
        };
        let m = Inbound::from_pairs(&pairs);
        if m.from.trim().is_empty() {
            return Err(WebError::BadRequest(
                "no sender: send the number as 'from'".into(),
            ));
        }
        Ok(m)
    }
}

/// The header with the HMAC-SHA-256 of the body (`sha256=HEX`), inbound and outbound.
const SIGNATURE_NAME: &str = "x-lmip-signature";
const SIGNATURE: header::HeaderName = header::HeaderName::from_static(SIGNATURE_NAME);
/// The header with the shared secret itself.
const SECRET: header::HeaderName = header::HeaderName::from_static("x-lmip-sms-secret");

/// HMAC-SHA-256 of `data` under `key`, ready to finalize or verify.
fn mac(key: &[u8], data: &[u8]) -> Option<Hmac<Sha256>> {
    let mut m = Hmac::<Sha256>::new_from_slice(key).ok()?;
    m.update(data);
    Some(m)
}

/// Whether the request carries the secret or a valid signature of its body.
pub(crate) fn authentic(secret: &str, headers: &HeaderMap, body: &[u8]) -> bool {
    if let Some(sig) = headers
        .get(&SIGNATURE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().strip_prefix("sha256="))
        && let (Ok(sig), Some(m)) = (hex::decode(sig), mac(secret.as_bytes(), body))
    {
        return m.verify_slice(&sig).is_ok();
    }
    if let Some(given) = headers.get(&SECRET) {
        // Compared as MACs of a fixed text: the time taken says nothing about the secret.
        let (Some(a), Some(b)) = (
            mac(secret.as_bytes(), b"lmip-sms"),
            mac(given.as_bytes(), b"lmip-sms"),
        ) else {
            return false;
        };
        return a.verify_slice(&b.finalize().into_bytes()).is_ok();
    }
    false
}

/// The largest body taken (a real message is well under 2 KB; 2,000 Thai characters, form-encoded,
/// are 18 KB).
pub(crate) const MAX_BODY: usize = 64 * 1024;

/// `POST /channels/sms`
pub(crate) async fn inbound(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response<Body>, WebError> {
    let Some(secret) = state.inner.config.sms_secret.as_ref().map(|s| s.0.as_str()) else {
        return Err(WebError::NotFound);
    };
    if !authentic(secret, &headers, &body) {
        // Logged without the content: it may be a real person's message.
        tracing::warn!(
            bytes = body.len(),
            "sms: refused a message without a valid secret or signature"
        );
        return Err(WebError::Forbidden);
    }
    if body.len() > MAX_BODY {
        return Err(WebError::PayloadTooLarge);
    }
    let json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    let m = Inbound::parse(json, &body)?;
    let words = sms_words(&state).await?;
    let channel = Channel {
        db: state.db(),
        keys: &state.inner.keys,
        names: &state.inner.agency_names,
        seg: &state.inner.segmenter,
    };
    let now = lmip_storage::now_utc_text();
    let exchange = lmip_services::sms::receive(
        &channel,
        &words.vocabulary,
        &m.from,
        &m.text,
        Locale::En,
        &now,
    )
    .await?;
    if let Answer::TooMany { silent: true } = exchange.answer {
        return Ok(Response::builder()
            .status(StatusCode::TOO_MANY_REQUESTS)
            .header(header::RETRY_AFTER, "3600")
            // Nothing to send back: not even an error page.
            .extension(crate::error::KeepBody)
            .body(Body::empty())
            .unwrap_or_default());
    }
    let reply = reply(&state, words, &exchange);
    let size = sms::measure(&reply);
    if let Some(out) = &state.inner.config.sms_outbound {
        let delivered = deliver(out, secret, &m, &reply, &size).await;
        // Operators watch failures on /metrics: a gateway that stopped taking posts shows there.
        let result = if delivered.is_ok() { "sent" } else { "failed" };
        metrics::counter!("sms_outbound_total", "result" => result).increment(1);
        match delivered {
            Ok(()) => {
                // Sent: the answer to the gateway carries no text, or it would go out twice.
                return Ok(Response::builder()
                    .status(StatusCode::NO_CONTENT)
                    .header(header::CACHE_CONTROL, "no-store")
                    .header("x-lmip-sms-parts", size.parts.to_string())
                    .header("x-lmip-sms-encoding", size.encoding.as_str())
                    .header("x-lmip-sms-sent", "outbound")
                    .body(Body::empty())
                    .unwrap_or_default());
            }
            // The reply is then in the answer: a gateway that reads answers still sends it.
            Err(e) => tracing::warn!(
                endpoint = %out.endpoint,
                error = %e,
                "sms: the reply could not be posted to the outbound endpoint; it is in the answer instead"
            ),
        }
    }
    let (body, content_type) = if json {
        (
            serde_json::json!({
                "to": m.from,
                "from": m.to,
                "text": reply,
                "parts": size.parts,
                "encoding": size.encoding.as_str(),
            })
            .to_string(),
            "application/json",
        )
    } else {
        (reply, "text/plain; charset=utf-8")
    };
    Ok(Response::builder()
        .header(header::CONTENT_TYPE, content_type)
        .header(header::CACHE_CONTROL, "no-store")
        .header("x-lmip-sms-parts", size.parts.to_string())
        .header("x-lmip-sms-encoding", size.encoding.as_str())
        .body(Body::from(body))
        .unwrap_or_default())
}

/// Posts the reply to the gateway's send endpoint, signed like inbound messages
/// (`X-Lmip-Signature: sha256=` + HMAC-SHA-256 of the body under the shared secret).
async fn deliver(
    out: &crate::state::SmsOutbound,
    secret: &str,
    to: &Inbound,
    reply: &str,
    size: &sms::Size,
) -> Result<(), lmip_outbound::OutboundError> {
    let (body, content_type) = if out.form {
        let body = serde_urlencoded::to_string([
            ("to", to.from.as_str()),
            ("from", to.to.as_str()),
            ("text", reply),
        ])
        .unwrap_or_default();
        (body, "application/x-www-form-urlencoded")
    } else {
        let body = serde_json::json!({
            "to": to.from,
            "from": to.to,
            "text": reply,
            "parts": size.parts,
            "encoding": size.encoding.as_str(),
        })
        .to_string();
        (body, "application/json")
    };
    let signature: Vec<(&str, String)> = mac(secret.as_bytes(), body.as_bytes())
        .map(|m| {
            (
                SIGNATURE_NAME,
                format!("sha256={}", hex::encode(m.finalize().into_bytes())),
            )
        })
        .into_iter()
        .collect();
    out.endpoint
        .post(content_type, &signature, body.into_bytes())
        .await
        .map(|_| ())
}

/// What the channel reads and writes that comes from the translations and code lists, built
/// once per process.
pub(crate) struct SmsWords {
    vocabulary: Vocabulary,
    /// Country names by locale and code.
    countries: std::collections::HashMap<(Locale, String), String>,
}

async fn sms_words(state: &AppState) -> Result<&SmsWords, WebError> {
    state
        .inner
        .sms_words
        .get_or_try_init(|| async {
            let mut v = Vocabulary {
                keywords: Keywords::default(),
                countries: Default::default(),
            };
            let mut names = std::collections::HashMap::new();
            // Every locale's words, English among them: English words work whatever the
            // sender's language (they are on every phone's keyboard).
            for locale in Locale::ALL {
                let t = tr(state, locale);
                for (k, id) in KEYWORDS {
                    v.keywords.add(k, &t.plain(id), locale.code());
                }
                let (_, countries) = crate::offers::focus_country_names(state, locale).await?;
                for (code, name) in countries {
                    v.countries
                        .insert(lmip_services::sms::fold(&name), code.clone());
                    v.countries
                        .insert(lmip_services::sms::fold(&code), code.clone());
                    names.insert((locale, code), name);
                }
            }
            Ok::<_, WebError>(SmsWords {
                vocabulary: v,
                countries: names,
            })
        })
        .await
}

const KEYWORDS: [(Keyword, &str); 7] = [
    (Keyword::Menu, key("sms-words-menu")),
    (Keyword::Verify, key("sms-words-verify")),
    (Keyword::Status, key("sms-words-status")),
    (Keyword::Help, key("sms-words-help")),
    (Keyword::Fees, key("sms-words-fees")),
    (Keyword::Language, key("sms-words-language")),
    (Keyword::Stop, key("sms-words-stop")),
];

/// The reply in the sender's language, within [`MAX_PARTS`] parts.
pub(crate) fn reply(state: &AppState, w: &SmsWords, x: &Exchange) -> String {
    let t = tr(state, x.locale);
    let lang = x.locale.code();
    let country = |c: &str| {
        w.countries
            .get(&(x.locale, c.to_string()))
            .cloned()
            .unwrap_or_else(|| c.to_string())
    };
    let (text, page) = words(&t, &country, &x.answer);
    // Vietnamese replies go without tone marks (see locales/vi: "Text messages"), including the
    // words that come from elsewhere (verdicts, names).
    let text = if x.locale == Locale::Vi {
        state.inner.segmenter.unaccent(&text)
    } else {
        text
    };
    let base = state.inner.config.public_url.trim_end_matches('/');
    let more = format!(" ... {base}/{lang}/{page}");
    sms::fit(&text, &more, MAX_PARTS).0
}

fn numbered<T>(items: &[T], label: impl Fn(&T) -> String) -> String {
    items
        .iter()
        .enumerate()
        .map(|(i, x)| format!("{} {}", i + 1, label(x)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// (text, the page that says more, relative to /{lang}/).
fn words(t: &Tr<'_>, country: &dyn Fn(&str) -> String, answer: &Answer) -> (String, String) {
    match answer {
        Answer::Menu { not_understood } => {
            let menu = t.plain(key("sms-menu"));
            let text = if *not_understood {
                format!("{} {menu}", t.plain(key("sms-not-understood")))
            } else {
                menu
            };
            (text, String::new())
        }
        Answer::AskVerify => (t.plain(key("sms-ask-verify")), "verify".into()),
        Answer::AskStatus => (t.plain(key("sms-ask-status")), "case-status".into()),
        Answer::AskCountry(list) => (
            format!(
                "{} {}",
                t.plain(key("sms-ask-country")),
                numbered(list, |c| country(c))
            ),
            "help".into(),
        ),
        Answer::AskRoute(list) => (
            format!(
                "{} {}",
                t.plain(key("sms-ask-route")),
                numbered(list, |(o, d)| format!("{}-{}", country(o), country(d)))
            ),
            "corridors".into(),
        ),
        Answer::AskLanguage => (
            format!(
                "{} {}",
                t.plain(key("sms-ask-language")),
                numbered(&Locale::ALL, |l| l.native_name().to_string())
            ),
            String::new(),
        ),
        Answer::LanguageSet => (
            format!(
                "{} {}",
                t.plain(key("sms-language-set")),
                t.plain(key("sms-menu"))
            ),
            String::new(),
        ),
        Answer::Stopped => (t.plain(key("sms-stopped")), String::new()),
        Answer::TooMany { .. } => (t.plain(key("sms-too-many")), String::new()),
        Answer::Verify(a) => {
            let page = format!("verify?q={}", urlencode(&a.query));
            let Some(first) = a.agencies.first() else {
                let mut text = t.with_all(key("sms-verify-none"), &[("query", a.query.clone())]);
                if !a.similar.is_empty() {
                    let names: Vec<String> =
                        a.similar.iter().take(3).map(|(_, n)| n.clone()).collect();
                    text = format!(
                        "{text} {}",
                        t.with_all(key("sms-verify-similar"), &[("names", names.join("; "))])
                    );
                }
                return (text, page);
            };
            let (number, until) = first
                .licences
                .first()
                .map(|(l, _)| (l.number.clone(), l.valid_to.clone().unwrap_or_default()))
                .unwrap_or_default();
            let verdict = t.plain(crate::verify::verdict_key(first.verdict));
            let mut text = t.with_all(
                key("sms-verify-found"),
                &[
                    ("name", first.name.clone()),
                    ("verdict", verdict),
                    ("licence", number),
                ],
            );
            if first.verdict == Verdict::Licensed && !until.is_empty() {
                text = format!(
                    "{text} {}",
                    t.with_all(key("sms-verify-until"), &[("date", t.date(&until))])
                );
            }
            let advice = if first.verdict == Verdict::Licensed {
                key("sms-verify-licensed-advice")
            } else {
                key("sms-verify-warning")
            };
            (format!("{text} {}", t.plain(advice)), page)
        }
        Answer::Status(v) => (
            t.with_all(
                key("sms-status"),
                &[
                    ("status", crate::complaints::status_words(t, v.status)),
                    ("since", t.date(&v.since)),
                ],
            ),
            "case-status".into(),
        ),
        Answer::StatusRefused(e) => {
            let k = match e {
                lmip_services::cases::CaseError::TooManyAttempts => key("sms-status-too-many"),
                _ => key("sms-status-not-found"),
            };
            (t.plain(k), "case-status".into())
        }
        Answer::Help {
            country: c,
            contacts,
        } => {
            if contacts.is_empty() {
                return (
                    t.with_all(key("sms-help-none"), &[("country", country(c))]),
                    "help".into(),
                );
            }
            let list = contacts
                .iter()
                .take(4)
                .map(|e| {
                    let phone = e
                        .locations
                        .iter()
                        .flat_map(|l| l.phones.split([',', '\n']))
                        .map(str::trim)
                        .find(|p| !p.is_empty());
                    match phone {
                        Some(p) => format!("{} {p}", e.org.name),
                        None => e.org.name.clone(),
                    }
                })
                .collect::<Vec<_>>()
                .join("; ");
            (
                format!(
                    "{} {list}",
                    t.with_all(key("sms-help"), &[("country", country(c))])
                ),
                format!("help?country={c}"),
            )
        }
        Answer::Fees(c) => {
            let route = format!("{}-{}", country(&c.origin), country(&c.destination));
            let page = format!(
                "corridors/{}-{}",
                c.origin.to_lowercase(),
                c.destination.to_lowercase()
            );
            let mut parts = Vec::new();
            for p in &c.procedures {
                for w in crate::knowledge::ways(t, &p.procedure, &p.texts) {
                    let label = if w.label.is_empty() {
                        String::new()
                    } else {
                        format!("{}: ", w.label)
                    };
                    parts.push(format!("{label}{}", w.cost));
                }
            }
            if let Some(r) = &c.rule {
                if r.fee_rule == "employer" {
                    parts.push(t.plain(key("sms-fees-employer")));
                } else if let (Some(cap), Some(cur)) = (r.fee_cap, &r.fee_currency) {
                    parts.push(
                        t.with_all(key("sms-fees-cap"), &[("amount", format!("{cap} {cur}"))]),
                    );
                }
            }
            if parts.is_empty() {
                return (t.with_all(key("sms-fees-none"), &[("route", route)]), page);
            }
            (
                format!(
                    "{} {}",
                    t.with_all(key("sms-fees"), &[("route", route)]),
                    parts.join("; ")
                ),
                page,
            )
        }
    }
}

fn urlencode(s: &str) -> String {
    serde_urlencoded::to_string([("", s)])
        .map(|x| x.trim_start_matches('=').to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gateways_field_names_are_all_read() {
        let m = Inbound::parse(false, b"From=%2B66812345678&To=4567&Body=CHECK+DEMO-001").ok();
        assert_eq!(
            m,
            Some(Inbound {
                from: "+66812345678".into(),
                to: "4567".into(),
                text: "CHECK DEMO-001".into()
            })
        );
        let m = Inbound::parse(true, br#"{"msisdn": 66812345678, "message": "1"}"#).ok();
        assert_eq!(
            m.map(|m| (m.from, m.text)),
            Some(("66812345678".into(), "1".into()))
        );
        assert!(Inbound::parse(true, b"[1,2]").is_err());
        assert!(Inbound::parse(true, b"{").is_err());
        assert!(Inbound::parse(false, b"text=hello").is_err(), "no sender");
    }

    #[test]
    fn the_secret_or_a_signature_of_the_body_is_required() {
        let mut h = HeaderMap::new();
        assert!(!authentic("s3cret", &h, b"x"));
        h.insert(SECRET, "wrong".parse().unwrap_or_else(|_| unreachable!()));
        assert!(!authentic("s3cret", &h, b"x"));
        h.insert(SECRET, "s3cret".parse().unwrap_or_else(|_| unreachable!()));
        assert!(authentic("s3cret", &h, b"x"));
        let mut h = HeaderMap::new();
        let mut m = Hmac::<Sha256>::new_from_slice(b"s3cret").unwrap_or_else(|_| unreachable!());
        m.update(b"body");
        let sig = format!("sha256={}", hex::encode(m.finalize().into_bytes()));
        h.insert(SIGNATURE, sig.parse().unwrap_or_else(|_| unreachable!()));
        assert!(authentic("s3cret", &h, b"body"));
        assert!(
            !authentic("s3cret", &h, b"other body"),
            "signature of another body"
        );
        assert!(
            !authentic("other", &h, b"body"),
            "signature under another secret"
        );
    }
}
