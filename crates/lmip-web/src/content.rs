//! Content pages for readers: `/{lang}/content/{slug}`, the published version in the reader's
//! language (or the source language, saying so), with who checked it and when, a notice when it
//! is past its review date or its translation is behind the source text, and its sources.

use crate::WebError;
use crate::i18n::{Tr, key};
use crate::pages::{Layout, parse_locale, tr};
use crate::state::AppState;
use askama::Template;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, Response, StatusCode};
use lmip_domain::content::ContentKind;

/// The message key of a content kind's name.
pub(crate) fn kind_key(kind: &str) -> &'static str {
    match kind.parse::<ContentKind>() {
        Ok(ContentKind::Guide) => key("content-kind-guide"),
        Ok(ContentKind::Procedure) => key("content-kind-procedure"),
        Ok(ContentKind::Law) => key("content-kind-law"),
        Ok(ContentKind::Agreement) => key("content-kind-agreement"),
        Ok(ContentKind::Faq) => key("content-kind-faq"),
        _ => key("content-kind-news"),
    }
}

#[derive(Template)]
#[template(path = "content.html")]
struct ContentPage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    kind: String,
    lang: String,
    title: String,
    summary_html: String,
    body_html: String,
    notices: Vec<String>,
    checked: String,
    owner: String,
    /// (publisher, title, address, date)
    sources: Vec<(String, String, String, String)>,
    steps: Vec<crate::knowledge::StepView>,
    ways: Vec<crate::knowledge::WayView>,
    /// (plain words, article)
    rights: Vec<(String, String)>,
    facts: Vec<(String, String)>,
    official_text: String,
    /// The recording of the text shown, if there is one.
    audio: Option<String>,
}

/// `GET /{lang}/content/{slug}`
pub(crate) async fn page(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
) -> Result<Response<Body>, WebError> {
    let locale = parse_locale(&lang)?;
    let now = lmip_storage::now_utc_text();
    let Some(p) = lmip_services::content::public(state.db(), &slug, locale.code(), &now).await?
    else {
        return Err(WebError::NotFound);
    };
    let t = tr(&state, locale);
    // Language names in the reader's language (CLDR), for the notices.
    let names = crate::statistics::Names::load_some(
        &state,
        "CL_LANGUAGE",
        locale,
        vec![
            locale.code().to_string(),
            p.locale.clone(),
            p.source_locale.clone(),
        ],
    )
    .await?;
    let language_name = |code: &str| names.of(code);
    let (steps, ways) = match &p.procedure {
        Some((procedure, texts)) => {
            let offices = crate::knowledge::offices(&state, locale.code(), &[procedure]).await?;
            (
                crate::knowledge::steps(&t, procedure, texts, &offices, "", &p.locale),
                crate::knowledge::ways(&t, procedure, texts),
            )
        }
        None => (Vec::new(), Vec::new()),
    };
    let (rights, facts, official_text) = match &p.agreement {
        Some(a) => {
            let countries =
                crate::statistics::Names::load_some(&state, "CL_AREA", locale, a.parties.clone())
                    .await?;
            (
                crate::knowledge::guarantees(&t, a),
                crate::knowledge::facts(&t, a, &|c| countries.of(c)),
                a.official_text.clone(),
            )
        }
        None => (Vec::new(), Vec::new(), String::new()),
    };
    let mut notices = Vec::new();
    if p.locale != locale.code() {
        notices.push(t.with_all(
            key("content-fallback"),
            &[
                ("language", language_name(locale.code())),
                ("source", language_name(&p.locale)),
            ],
        ));
    }
    if let Some(date) = &p.text.behind_source_of {
        notices.push(t.with_all(
            key("content-behind"),
            &[
                ("language", language_name(&p.source_locale)),
                ("date", t.date(date)),
            ],
        ));
    }
    if p.stale {
        notices.push(t.plain("content-stale"));
    }
    let checked = match (&p.entry.verified_on, &p.entry.verified_by) {
        (Some(d), Some(by)) if !by.is_empty() => t.with_all(
            key("content-checked"),
            &[("date", t.date(d)), ("org", by.clone())],
        ),
        _ => t.plain("help-not-checked"),
    };
    // A recording of the text shown (the translation read, or the source it falls back to).
    let audio = lmip_services::content::audio_of(state.db(), &slug)
        .await?
        .into_iter()
        .find(|a| a.locale == p.locale)
        .map(|a| format!("/{}/content/{slug}/audio/{}", locale.code(), a.locale));
    let page = ContentPage {
        page: Layout::new(&state, locale, &format!("content/{slug}")),
        kind: t.plain(kind_key(&p.entry.kind)),
        lang: p.locale.clone(),
        title: p.text.title.clone(),
        summary_html: p.text.summary_html.clone(),
        body_html: p.text.body_html.clone(),
        notices,
        checked,
        owner: t.with_all(key("content-owner"), &[("org", p.entry.owner.clone())]),
        sources: p
            .sources
            .iter()
            .map(|s| {
                (
                    s.publisher.clone(),
                    s.title.clone(),
                    s.url.clone(),
                    s.published_on.clone().unwrap_or_default(),
                )
            })
            .collect(),
        steps,
        ways,
        rights,
        facts,
        official_text,
        audio,
        t,
    };
    // Scheduled versions and review dates change what is shown with time: not cached.
    Ok(crate::cache::uncached_html(
        StatusCode::OK,
        crate::account::render(&page)?,
    ))
}

/// The feed's filters.
#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct FeedQuery {
    country: Option<String>,
    corridor: Option<String>,
    topic: Option<String>,
}

/// Escapes text for XML content and attribute values.
fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 does not allow.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// `GET /{lang}/feed.atom?country=KH&corridor=KH-TH&topic=health`: an Atom feed of published
/// changes, newest first, so that unions, NGOs and ministries can follow what changes for them.
pub(crate) async fn feed(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    axum::extract::Query(q): axum::extract::Query<FeedQuery>,
) -> Result<Response<Body>, WebError> {
    let locale = parse_locale(&lang)?;
    let clean = |v: &Option<String>, max: usize| -> Result<Option<String>, WebError> {
        match v.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            None => Ok(None),
            Some(s)
                if s.len() <= max && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') =>
            {
                Ok(Some(s.to_string()))
            }
            Some(_) => Err(WebError::BadRequest(
                "country is a code (KH), corridor two codes (KH-TH), topic a topic's name".into(),
            )),
        }
    };
    let filter = lmip_storage::ChangeFilter {
        country: clean(&q.country, 2)?.map(|c| c.to_uppercase()),
        corridor: clean(&q.corridor, 5)?.map(|c| c.to_uppercase()),
        topic: clean(&q.topic, 40)?,
    };
    let now = lmip_storage::now_utc_text();
    let items = lmip_services::content::feed(state.db(), &filter, locale.code(), &now).await?;
    let t = tr(&state, locale);
    let base = state
        .inner
        .config
        .public_url
        .trim_end_matches('/')
        .to_string();
    let mut query = Vec::new();
    for (k, v) in [
        ("country", &filter.country),
        ("corridor", &filter.corridor),
        ("topic", &filter.topic),
    ] {
        if let Some(v) = v {
            query.push(format!("{k}={v}"));
        }
    }
    let self_url = format!(
        "{base}/{lang}/feed.atom{}",
        if query.is_empty() {
            String::new()
        } else {
            format!("?{}", query.join("&"))
        }
    );
    let updated = items
        .first()
        .map(|i| i.updated.clone())
        .unwrap_or_else(|| "2026-01-01T00:00:00Z".into());
    let mut body = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n\
         <id>{}</id>\n<title>{}</title>\n<updated>{}</updated>\n<link rel=\"self\" href=\"{}\"/>\n\
         <author><name>{}</name></author>\n",
        xml(locale.code()),
        xml(&self_url),
        xml(&t.plain("feed-title")),
        xml(&updated),
        xml(&self_url),
        xml(&t.plain("site-name")),
    );
    for i in &items {
        let url = format!("{base}/{lang}/content/{}", i.slug);
        body.push_str(&format!(
            "<entry xml:lang=\"{}\">\n<id>{}#v{}</id>\n<title>{}</title>\n<updated>{}</updated>\n\
             <link href=\"{}\"/>\n<category term=\"{}\"/>\n<summary type=\"html\">{}</summary>\n</entry>\n",
            xml(&i.locale),
            xml(&url),
            i.version,
            xml(&i.title),
            xml(&i.updated),
            xml(&url),
            xml(&i.kind),
            xml(&i.summary_html),
        ));
    }
    body.push_str("</feed>\n");
    Response::builder()
        .status(StatusCode::OK)
        .header(
            axum::http::header::CONTENT_TYPE,
            "application/atom+xml; charset=utf-8",
        )
        .header(axum::http::header::CACHE_CONTROL, "public, max-age=300")
        .body(Body::from(body))
        .map_err(|e| WebError::Internal(e.to_string()))
}

/// `GET /{lang}/content/{slug}/audio/{locale}`: the recording of a published entry's text, with
/// the type its bytes showed (never what was claimed at upload), as an attachment-capable inline
/// file; `nosniff` comes with every response.
pub(crate) async fn audio(
    State(state): State<AppState>,
    Path((lang, slug, locale)): Path<(String, String, String)>,
    headers: HeaderMap,
) -> Result<Response<Body>, WebError> {
    parse_locale(&lang)?;
    let Some((kind, sha, bytes)) =
        lmip_services::content::public_audio(state.db(), &slug, &locale).await?
    else {
        return Err(WebError::NotFound);
    };
    let etag = format!("\"{}\"", &sha[..sha.len().min(32)]);
    if headers
        .get(axum::http::header::IF_NONE_MATCH)
        .is_some_and(|v| v.as_bytes() == etag.as_bytes())
    {
        return Ok(Response::builder()
            .status(axum::http::StatusCode::NOT_MODIFIED)
            .header(axum::http::header::ETAG, etag)
            .body(Body::empty())
            .unwrap_or_default());
    }
    // The slug is a-z, 0-9 and hyphens; the locale one of lmip's: nothing to escape in the name.
    let name = format!("{slug}-{locale}.{}", kind.extension());
    let len = bytes.len() as u64;
    // A range applies to this recording only: `If-Range` with another tag asks for the whole.
    let range = match headers.get(axum::http::header::RANGE) {
        Some(r)
            if headers
                .get(axum::http::header::IF_RANGE)
                .is_none_or(|v| v.as_bytes() == etag.as_bytes()) =>
        {
            crate::ranges::byte_range(r.to_str().unwrap_or_default(), len)
        }
        _ => crate::ranges::ByteRange::Whole,
    };
    let builder = Response::builder()
        .header(axum::http::header::CONTENT_TYPE, kind.media_type())
        .header(
            axum::http::header::CONTENT_DISPOSITION,
            format!("inline; filename=\"{name}\""),
        )
        .header(axum::http::header::CACHE_CONTROL, "public, max-age=3600")
        .header(axum::http::header::ACCEPT_RANGES, "bytes")
        .header(axum::http::header::ETAG, etag);
    Ok(match range {
        crate::ranges::ByteRange::Whole => builder.body(Body::from(bytes)),
        crate::ranges::ByteRange::Part { start, end } => {
            let part = bytes
                .get(start as usize..=end as usize)
                .map(<[u8]>::to_vec)
                .unwrap_or_default();
            builder
                .status(axum::http::StatusCode::PARTIAL_CONTENT)
                .header(
                    axum::http::header::CONTENT_RANGE,
                    format!("bytes {start}-{end}/{len}"),
                )
                .body(Body::from(part))
        }
        crate::ranges::ByteRange::Unsatisfiable => builder
            .status(axum::http::StatusCode::RANGE_NOT_SATISFIABLE)
            .header(axum::http::header::CONTENT_RANGE, format!("bytes */{len}"))
            // The length is the answer; an error page would only cost the reader bytes.
            .extension(crate::error::KeepBody)
            .body(Body::empty()),
    }
    .unwrap_or_default())
}
