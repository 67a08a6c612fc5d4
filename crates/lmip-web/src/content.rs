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
}

/// `GET /{lang}/content/{slug}`
pub(crate) async fn page(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    headers: HeaderMap,
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
                ("date", date.clone()),
            ],
        ));
    }
    if p.stale {
        notices.push(t.plain("content-stale"));
    }
    let checked = match (&p.entry.verified_on, &p.entry.verified_by) {
        (Some(d), Some(by)) if !by.is_empty() => t.with_all(
            key("content-checked"),
            &[("date", d.clone()), ("org", by.clone())],
        ),
        _ => t.plain("help-not-checked"),
    };
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
        t,
    };
    // Scheduled versions and review dates change what is shown with time: not cached.
    Ok(crate::cache::uncached_html(
        &headers,
        StatusCode::OK,
        crate::account::render(&page)?,
    ))
}
