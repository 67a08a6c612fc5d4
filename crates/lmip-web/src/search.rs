//! `/{lang}/search`: search across content, procedures, agreements, the directory and verified
//! opportunities, in every language, with the query's words marked in each result; filters by
//! kind, country, route and language. A plain GET form: works without JavaScript, and the address
//! can be shared.

use crate::WebError;
use crate::i18n::{Tr, key};
use crate::pages::{Layout, parse_locale, tr};
use crate::state::AppState;
use askama::Template;
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{Response, StatusCode};
use lmip_services::ServiceError;
use lmip_services::search::{self, Piece, SearchError};

/// The search's query string (as typed; absent is empty).
#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct SearchQuery {
    q: Option<String>,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    corridor: String,
    #[serde(default)]
    language: String,
}

/// A result as shown.
struct ResultView {
    href: String,
    kind: String,
    lang: String,
    title: Vec<Piece>,
    snippet: Vec<Piece>,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    q: String,
    kind: String,
    country: String,
    corridor: String,
    language: String,
    kinds: Vec<(&'static str, String)>,
    languages: Vec<(&'static str, &'static str)>,
    results: Vec<ResultView>,
    searched: bool,
    problem: Option<String>,
}

pub(crate) fn kind_key(kind: &str) -> &'static str {
    match kind {
        "directory" => key("search-kind-directory"),
        "opportunity" => key("search-kind-opportunity"),
        other => crate::content::kind_key(other),
    }
}

fn problem_text(t: &Tr<'_>, e: &SearchError) -> String {
    match e {
        SearchError::Empty => t.plain("search-error-empty"),
        SearchError::TooLong(n) => t.with_all(key("search-error-long"), &[("max", n.to_string())]),
        SearchError::NoWords(_) => t.plain("search-error-no-words"),
        SearchError::BadFilter(f) => {
            t.with_all(key("search-error-filter"), &[("given", f.clone())])
        }
    }
}

/// `GET /{lang}/search?q=…&kind=…&country=…&corridor=…&language=…`
pub(crate) async fn page(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    Query(q): Query<SearchQuery>,
) -> Result<Response<Body>, WebError> {
    let locale = parse_locale(&lang)?;
    let t = tr(&state, locale);
    let lang = locale.code();
    let text = q.q.clone().unwrap_or_default();
    let searched = q.q.is_some();
    let (results, problem) = if !searched {
        (Vec::new(), None)
    } else {
        let now = lmip_storage::now_utc_text();
        match search::search(
            state.db(),
            &state.inner.segmenter,
            &search::Search {
                q: &text,
                kind: &q.kind,
                country: &q.country,
                corridor: &q.corridor,
                language: &q.language,
            },
            lang,
            &now,
        )
        .await
        {
            Ok(found) => (found, None),
            Err(ServiceError::Search(e)) => (Vec::new(), Some(problem_text(&t, &e))),
            Err(e) => return Err(e.into()),
        }
    };
    let results = results
        .into_iter()
        .map(|f| ResultView {
            href: match f.kind.as_str() {
                "directory" => format!("/{lang}/help/{}", f.ref_),
                "opportunity" => format!("/{lang}/jobs/{}", f.ref_),
                _ => format!("/{lang}/content/{}", f.ref_),
            },
            kind: t.plain(kind_key(&f.kind)),
            lang: f.locale,
            title: f.title,
            snippet: f.snippet,
        })
        .collect();
    let status = if problem.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    let page = SearchPage {
        page: Layout::new(&state, locale, "search"),
        // A query longer than any search is not shown back whole.
        q: text.chars().take(search::MAX_QUERY + 20).collect(),
        kind: q.kind.clone(),
        country: q.country.chars().take(2).collect(),
        corridor: q.corridor.chars().take(5).collect(),
        language: q.language.chars().take(3).collect(),
        kinds: search::KINDS
            .iter()
            .map(|k| (*k, t.plain(kind_key(k))))
            .collect(),
        languages: lmip_domain::Locale::ALL
            .iter()
            .map(|l| (l.code(), l.native_name()))
            .collect(),
        results,
        searched,
        problem,
        t,
    };
    // Results change with every publication: not cached.
    Ok(crate::cache::uncached_html(
        status,
        crate::account::render(&page)?,
    ))
}
