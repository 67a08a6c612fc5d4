//! Public pages: home, the main sections, language choice, and the error pages' rendering.

use crate::WebError;
use crate::cache;
use crate::error::ErrorPage;
use crate::i18n::Tr;
use crate::state::AppState;
use askama::Template;
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, Response, StatusCode, Uri, header};
use lmip_domain::Locale;
use std::sync::atomic::Ordering;

/// The cookie that remembers a chosen language (only used to pick the language for `/`).
pub(crate) const LANG_COOKIE: &str = "lmip_lang";

/// A main section of the portal, as the home page and the menu show it.
pub(crate) struct Section {
    pub slug: &'static str,
    pub nav_key: &'static str,
    pub desc_key: &'static str,
    /// SVG path data of the section's icon (24×24, stroked).
    pub icon: &'static str,
}

pub(crate) const SECTIONS: [Section; 6] = [
    Section {
        slug: "corridors",
        nav_key: "nav-corridors",
        desc_key: "home-corridors-desc",
        icon: "M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18",
    },
    Section {
        slug: "agencies",
        nav_key: "nav-agencies",
        desc_key: "home-agencies-desc",
        icon: "M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6zM8.5 12l2.5 2.5 4.5-5",
    },
    Section {
        slug: "jobs",
        nav_key: "nav-jobs",
        desc_key: "home-jobs-desc",
        icon: "M3 8h18v11H3zM8 8V5h8v3M3 13h18",
    },
    Section {
        slug: "help",
        nav_key: "nav-help",
        desc_key: "home-help-desc",
        icon: "M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2",
    },
    Section {
        slug: "complaints",
        nav_key: "nav-complaints",
        desc_key: "home-complaints-desc",
        icon: "M4 4h16v12H8l-4 4zM12 7v4M12 13.5v.5",
    },
    Section {
        slug: "statistics",
        nav_key: "nav-statistics",
        desc_key: "home-statistics-desc",
        icon: "M4 20V10M10 20V4M16 20v-7M3 20h18",
    },
];

/// One entry of the language switcher.
pub(crate) struct Switch {
    pub code: &'static str,
    pub name: &'static str,
    pub href: String,
    pub current: bool,
}

/// What the layout needs.
pub(crate) struct Layout<'a> {
    pub lang: &'static str,
    pub lang_name: &'static str,
    pub demo: bool,
    pub css: &'static str,
    pub favicon: &'a str,
    /// The optional offline script (pages that offer "save for offline" load it).
    pub offline_js: &'a str,
    pub switch: Vec<Switch>,
    pub sections: &'static [Section],
}

impl<'a> Layout<'a> {
    /// The layout for a page at `/{locale}/{rest}`.
    pub(crate) fn new(state: &'a AppState, locale: Locale, rest: &str) -> Layout<'a> {
        Layout {
            lang: locale.code(),
            lang_name: locale.native_name(),
            demo: state.inner.demo.load(Ordering::Acquire),
            css: state.inner.assets.css,
            favicon: &state.inner.assets.favicon_url,
            offline_js: &state.inner.assets.offline_js_url,
            switch: Locale::ALL
                .into_iter()
                .map(|l| Switch {
                    code: l.code(),
                    name: l.native_name(),
                    href: if rest.is_empty() {
                        format!("/language/{l}")
                    } else {
                        format!("/language/{l}?next={rest}")
                    },
                    current: l == locale,
                })
                .collect(),
            sections: &SECTIONS,
        }
    }
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
}

#[derive(Template)]
#[template(path = "section.html")]
struct SectionPage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    section: &'a Section,
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorHtml<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    title_key: &'static str,
    body_key: &'static str,
    reference: Option<String>,
}

pub(crate) fn tr(state: &AppState, locale: Locale) -> Tr<'_> {
    Tr {
        catalog: &state.inner.catalog,
        locale,
        formats: &state.inner.formats,
    }
}

pub(crate) fn parse_locale(lang: &str) -> Result<Locale, WebError> {
    lang.parse().map_err(|_| WebError::NotFound)
}

/// Serves a public page from the cache, rendering it on a miss.
fn cached(
    state: &AppState,
    uri: &Uri,
    headers: &HeaderMap,
    render: impl FnOnce() -> Result<String, askama::Error>,
) -> Result<Response<Body>, WebError> {
    let version = state.data_version();
    let path = uri.path();
    let page = match state.inner.cache.get(path, version) {
        Some(p) => p,
        None => {
            let html = render().map_err(|e| WebError::Internal(e.to_string()))?;
            state.inner.cache.insert(path, version, html)
        }
    };
    Ok(cache::respond(
        &page,
        StatusCode::OK,
        headers,
        &state.inner.page_cache_control,
    ))
}

/// A public page that depends on its query string too (the statistics explorer): served from the
/// cache under its path and query when there; otherwise `Err` with the data version to [`keep`] the
/// page under once rendered (read before the data, so a page is never newer than its version says).
pub(crate) fn from_cache(
    state: &AppState,
    uri: &Uri,
    headers: &HeaderMap,
) -> Result<Response<Body>, i64> {
    let key = uri.path_and_query().map_or(uri.path(), |p| p.as_str());
    let version = state.data_version();
    match state.inner.cache.get(key, version) {
        Some(page) => Ok(cache::respond(
            &page,
            StatusCode::OK,
            headers,
            &state.inner.page_cache_control,
        )),
        None => Err(version),
    }
}

/// Caches a page rendered after [`from_cache`] missed, and serves it.
pub(crate) fn keep(
    state: &AppState,
    uri: &Uri,
    headers: &HeaderMap,
    version: i64,
    html: String,
) -> Response<Body> {
    let key = uri.path_and_query().map_or(uri.path(), |p| p.as_str());
    let page = state.inner.cache.insert(key, version, html);
    cache::respond(
        &page,
        StatusCode::OK,
        headers,
        &state.inner.page_cache_control,
    )
}

/// `/`: sends people to their language's home page (cookie, then browser languages, then English).
pub(crate) async fn root(headers: HeaderMap) -> Response<Body> {
    let locale = preferred_locale(&headers);
    Response::builder()
        .status(StatusCode::SEE_OTHER)
        .header(header::LOCATION, format!("/{locale}/"))
        .header(header::VARY, "Accept-Language, Cookie")
        .header(header::CACHE_CONTROL, "private, no-cache")
        .body(Body::empty())
        .unwrap_or_default()
}

/// `/{lang}/`: the home page.
pub(crate) async fn home(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response<Body>, WebError> {
    let locale = parse_locale(&lang)?;
    cached(&state, &uri, &headers, || {
        HomePage {
            t: tr(&state, locale),
            page: Layout::new(&state, locale, ""),
        }
        .render()
    })
}

/// `/{lang}` without the slash: redirects to the home page.
pub(crate) async fn home_without_slash(
    Path(lang): Path<String>,
) -> Result<Response<Body>, WebError> {
    let locale = parse_locale(&lang)?;
    Ok(Response::builder()
        .status(StatusCode::PERMANENT_REDIRECT)
        .header(header::LOCATION, format!("/{locale}/"))
        .body(Body::empty())
        .unwrap_or_default())
}

/// `/{lang}/{section}`: a main section.
pub(crate) async fn section(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response<Body>, WebError> {
    let locale = parse_locale(&lang)?;
    let section = SECTIONS
        .iter()
        .find(|s| s.slug == slug)
        .ok_or(WebError::NotFound)?;
    cached(&state, &uri, &headers, || {
        SectionPage {
            t: tr(&state, locale),
            page: Layout::new(&state, locale, section.slug),
            section,
        }
        .render()
    })
}

#[derive(serde::Deserialize)]
pub(crate) struct NextQuery {
    next: Option<String>,
}

/// `/language/{lang}?next=…`: remembers the choice in a cookie and goes to the same page in that
/// language. Works with a plain link, no JavaScript.
pub(crate) async fn switch_language(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    Query(q): Query<NextQuery>,
) -> Result<Response<Body>, WebError> {
    let locale = parse_locale(&lang)?;
    // Only our own section slugs may follow: never an arbitrary URL (no open redirect).
    let rest = q
        .next
        .as_deref()
        .and_then(|n| SECTIONS.iter().find(|s| s.slug == n))
        .map_or("", |s| s.slug);
    let secure = if state.inner.config.public_url.starts_with("https://") {
        "; Secure"
    } else {
        ""
    };
    Ok(Response::builder()
        .status(StatusCode::SEE_OTHER)
        .header(header::LOCATION, format!("/{locale}/{rest}"))
        .header(
            header::SET_COOKIE,
            format!(
                "{LANG_COOKIE}={locale}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly{secure}"
            ),
        )
        .header(header::CACHE_CONTROL, "no-store")
        .body(Body::empty())
        .unwrap_or_default())
}

/// Any unknown address.
/// `GET /robots.txt`: public pages may be indexed (search engines are how many workers find
/// help); the back office, the API, the quick exit and the text-message webhook may not.
pub(crate) async fn robots() -> Response<Body> {
    Response::builder()
        .header(header::CONTENT_TYPE, "text/plain; charset=utf-8")
        .header(header::CACHE_CONTROL, "public, max-age=86400")
        .body(Body::from(ROBOTS))
        .unwrap_or_default()
}

const ROBOTS: &str = "User-agent: *\nDisallow: /office/\nDisallow: /api/\nDisallow: /exit\nDisallow: /channels/\nDisallow: /account/\n";

pub(crate) async fn not_found() -> WebError {
    WebError::NotFound
}

/// The locale a request prefers: the cookie, then `Accept-Language`, then English.
pub(crate) fn preferred_locale(headers: &HeaderMap) -> Locale {
    let from_cookie = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|c| {
            c.trim()
                .strip_prefix(LANG_COOKIE)?
                .strip_prefix('=')?
                .parse::<Locale>()
                .ok()
        });
    from_cookie
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Locale::negotiate)
        })
        .unwrap_or(Locale::FALLBACK)
}

/// The locale for an error page: the path's prefix when it names one, else the preference.
pub(crate) fn locale_of_request(uri: &Uri, headers: &HeaderMap) -> Locale {
    uri.path()
        .trim_start_matches('/')
        .split('/')
        .next()
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| preferred_locale(headers))
}

/// Renders the localized error page for a marked response.
pub(crate) fn error_page(
    state: &AppState,
    err: ErrorPage,
    locale: Locale,
    reference: Option<String>,
    headers: &HeaderMap,
) -> Response<Body> {
    let crate::error::ErrorKeys {
        title_key,
        body_key,
    } = err.keys();
    let html = ErrorHtml {
        t: tr(state, locale),
        page: Layout::new(state, locale, ""),
        title_key,
        body_key,
        reference,
    }
    .render()
    .unwrap_or_else(|_| "<!doctype html><title>Error</title><p>Error</p>".to_string());
    // Error pages are small and rarer than pages; compress quickly rather than best.
    let (body, encoding) = match cache::Encoding::choose(headers) {
        cache::Encoding::Br => (cache::brotli(html.as_bytes(), 5), Some("br")),
        cache::Encoding::Gzip => (cache::gzip(html.as_bytes(), 6), Some("gzip")),
        cache::Encoding::Identity => (html.into_bytes(), None),
    };
    let mut b = Response::builder()
        .status(err.status)
        .header(header::CONTENT_TYPE, "text/html; charset=utf-8")
        .header(header::CACHE_CONTROL, "no-store")
        .header(header::VARY, "Accept-Encoding");
    if let Some(e) = encoding {
        b = b.header(header::CONTENT_ENCODING, e);
    }
    b.body(Body::from(body)).unwrap_or_default()
}
