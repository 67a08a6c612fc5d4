//! The directory: the public "get help" pages (search by name in any script, filters by country,
//! kind, service, language and route; one page per organisation), and the back office where an
//! organisation's editors keep its entry.

use crate::WebError;
use crate::account::{check_session_form, redirect};
use crate::authorize::{CurrentSession, actor_of};
use crate::i18n::{Tr, key};
use crate::pages::{Layout, parse_locale, preferred_locale, tr};
use crate::state::AppState;
use askama::Template;
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, Response, StatusCode};
use axum::{Extension, Form};
use lmip_domain::Locale;
use lmip_domain::codes::FOCUS_COUNTRIES;
use lmip_domain::directory::SERVICE_KINDS;
use lmip_domain::people::OrgKind;
use lmip_domain::policy::{Action, organisations_for};
use lmip_services::ServiceError;
use lmip_services::directory::{self, DirectoryError, Entry};

/// The message key of a service's name.
pub(crate) fn service_key(kind: &str) -> &'static str {
    match kind {
        "information" => key("service-information"),
        "legal-aid" => key("service-legal-aid"),
        "shelter" => key("service-shelter"),
        "helpline" => key("service-helpline"),
        "complaints" => key("service-complaints"),
        "counselling" => key("service-counselling"),
        "health" => key("service-health"),
        "training" => key("service-training"),
        "job-placement" => key("service-job-placement"),
        "documents" => key("service-documents"),
        "remittance" => key("service-remittance"),
        _ => key("service-return"),
    }
}

fn kind_words(t: &Tr<'_>, kind: &str) -> String {
    kind.parse::<OrgKind>()
        .map(|k| t.plain(crate::office::kind_key(k)))
        .unwrap_or_default()
}

/// A location as shown: phones as (E.164 for the link, as shown).
pub(crate) struct LocationView {
    address: String,
    phones: Vec<String>,
    email: String,
    hours: String,
    languages: String,
}

/// An entry as shown.
pub(crate) struct EntryView {
    href: String,
    name: String,
    names: Vec<(String, String)>,
    kind: String,
    country: String,
    description: String,
    services: Vec<String>,
    locations: Vec<LocationView>,
    corridors: String,
    website: String,
    checked: String,
    sample: bool,
    /// For agencies and employers: the complaint form with this organisation chosen.
    complain: Option<String>,
}

fn language_names(names: &crate::statistics::Names, padded: &str) -> String {
    padded
        .split(' ')
        .filter(|l| !l.is_empty())
        .map(|l| names.of(l))
        .collect::<Vec<_>>()
        .join(", ")
}

fn entry_view(
    t: &Tr<'_>,
    lang: &str,
    countries: &crate::statistics::Names,
    languages: &crate::statistics::Names,
    e: &Entry,
) -> EntryView {
    let o = &e.org;
    EntryView {
        complain: matches!(o.kind.as_str(), "recruitment_agency" | "employer")
            .then(|| format!("/{lang}/complaints/new?respondent={}", o.slug)),
        href: format!("/{lang}/help/{}", o.slug),
        name: o.name.clone(),
        names: e.names.clone(),
        kind: kind_words(t, &o.kind),
        country: o
            .country
            .as_deref()
            .map(|c| countries.of(c))
            .unwrap_or_default(),
        description: o.description.clone(),
        services: e.services.iter().map(|s| t.plain(service_key(s))).collect(),
        locations: e
            .locations
            .iter()
            .map(|l| LocationView {
                address: [l.address.as_str(), l.city.as_str()]
                    .iter()
                    .filter(|s| !s.is_empty())
                    .copied()
                    .collect::<Vec<_>>()
                    .join(", "),
                phones: l
                    .phones
                    .split(' ')
                    .filter(|p| !p.is_empty())
                    .map(str::to_string)
                    .collect(),
                email: l.email.clone(),
                hours: l.hours.clone(),
                languages: language_names(languages, &l.languages),
            })
            .collect(),
        corridors: o
            .corridors
            .split(' ')
            .filter(|c| !c.is_empty())
            .map(|c| {
                c.split_once('-')
                    .map(|(a, b)| format!("{} → {}", countries.of(a), countries.of(b)))
                    .unwrap_or_default()
            })
            .collect::<Vec<_>>()
            .join(", "),
        website: o.website.clone().unwrap_or_default(),
        checked: match (&o.verified_on, &o.source) {
            (Some(d), Some(s)) if !s.is_empty() => t.with_all(
                key("help-checked-from"),
                &[("date", t.date(d)), ("source", s.clone())],
            ),
            (Some(d), _) => t.with_all(key("help-checked"), &[("date", t.date(d))]),
            _ => t.plain("help-not-checked"),
        },
        sample: o.is_sample != 0,
    }
}

/// The names a set of entries needs: every country they mention, and their languages.
async fn names_for(
    state: &AppState,
    locale: Locale,
    entries: &[Entry],
) -> Result<(crate::statistics::Names, crate::statistics::Names), WebError> {
    let mut countries: Vec<String> = FOCUS_COUNTRIES.iter().map(|c| (*c).to_string()).collect();
    let mut languages: Vec<String> = Locale::ALL.iter().map(|l| l.code().to_string()).collect();
    for e in entries {
        countries.extend(e.org.country.clone());
        countries.extend(
            e.org
                .corridors
                .split([' ', '-'])
                .filter(|c| c.len() == 2)
                .map(str::to_string),
        );
        for l in &e.locations {
            languages.extend(
                l.languages
                    .split(' ')
                    .filter(|x| !x.is_empty())
                    .map(str::to_string),
            );
        }
    }
    countries.sort();
    countries.dedup();
    languages.sort();
    languages.dedup();
    Ok((
        crate::statistics::Names::load_some(state, "CL_AREA", locale, countries).await?,
        crate::statistics::Names::load_some(state, "CL_LANGUAGE", locale, languages).await?,
    ))
}

/// The search's query string (the help page's and the open-data directory's).
#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct HelpQuery {
    #[serde(default)]
    pub(crate) q: String,
    #[serde(default)]
    pub(crate) country: String,
    #[serde(default)]
    pub(crate) kind: String,
    #[serde(default)]
    pub(crate) service: String,
    #[serde(default)]
    pub(crate) language: String,
    #[serde(default)]
    pub(crate) route: String,
}

#[derive(Template)]
#[template(path = "help.html")]
struct HelpPage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    query: HelpQuery,
    countries: Vec<(String, String)>,
    kinds: Vec<(&'static str, String)>,
    services: Vec<(&'static str, String)>,
    languages: Vec<(String, String)>,
    problem: Option<String>,
    entries: Vec<EntryView>,
    searched: bool,
}

/// How many entries a page lists (the page must stay small).
const SHOWN: i64 = 30;

/// `GET /{lang}/help`: the directory, searched and filtered.
pub(crate) async fn help(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    Query(q): Query<HelpQuery>,
) -> Result<Response<Body>, WebError> {
    let locale = parse_locale(&lang)?;
    let t = tr(&state, locale);
    let searched = [&q.q, &q.country, &q.kind, &q.service, &q.language, &q.route]
        .iter()
        .any(|v| !v.trim().is_empty());
    let mut status = StatusCode::OK;
    let mut problem = None;
    let entries = match directory::search(
        state.db(),
        &state.inner.segmenter,
        &directory::Search {
            q: &q.q,
            country: &q.country,
            kind: &q.kind,
            service: &q.service,
            language: &q.language,
            corridor: &q.route,
        },
        SHOWN,
    )
    .await
    {
        Ok(e) => e,
        Err(ServiceError::Directory(DirectoryError::QueryTooLong(n))) => {
            status = StatusCode::BAD_REQUEST;
            problem = Some(t.with_all(key("verify-too-long"), &[("max", n.to_string())]));
            Vec::new()
        }
        Err(e) => return Err(e.into()),
    };
    let (countries, languages) = names_for(&state, locale, &entries).await?;
    let mut country_list: Vec<(String, String)> = FOCUS_COUNTRIES
        .iter()
        .map(|c| ((*c).to_string(), countries.of(c)))
        .collect();
    state
        .inner
        .formats
        .sort_by_name(locale, &mut country_list, |(_, name)| name.as_str());
    let page = HelpPage {
        page: Layout::new(&state, locale, "help"),
        entries: entries
            .iter()
            .map(|e| entry_view(&t, &lang, &countries, &languages, e))
            .collect(),
        countries: country_list,
        kinds: OrgKind::ALL
            .iter()
            .filter(|k| !matches!(k, OrgKind::Operator | OrgKind::StatisticsOffice))
            .map(|k| (k.as_str(), t.plain(crate::office::kind_key(*k))))
            .collect(),
        services: SERVICE_KINDS
            .iter()
            .map(|s| (*s, t.plain(service_key(s))))
            .collect(),
        languages: Locale::ALL
            .iter()
            .map(|l| (l.code().to_string(), languages.of(l.code())))
            .collect(),
        problem,
        searched,
        query: q,
        t,
    };
    // Entries change when editors save them; the data version is not part of the address: not
    // cached, like the verify page.
    Ok(crate::cache::uncached_html(
        status,
        crate::account::render(&page)?,
    ))
}

#[derive(Template)]
#[template(path = "entry.html")]
struct EntryPage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    entry: EntryView,
}

/// `GET /{lang}/help/{slug}`: one listed organisation.
pub(crate) async fn entry(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
) -> Result<Response<Body>, WebError> {
    let locale = parse_locale(&lang)?;
    let Some(e) = directory::entry(state.db(), &slug).await? else {
        return Err(WebError::NotFound);
    };
    let t = tr(&state, locale);
    let (countries, languages) = names_for(&state, locale, std::slice::from_ref(&e)).await?;
    let page = EntryPage {
        page: Layout::new(&state, locale, &format!("help/{slug}")),
        entry: entry_view(&t, &lang, &countries, &languages, &e),
        t,
    };
    Ok(crate::cache::uncached_html(
        StatusCode::OK,
        crate::account::render(&page)?,
    ))
}

#[derive(Template)]
#[template(path = "directory_office.html")]
struct OfficeList<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    /// (slug, name, listed)
    orgs: Vec<(String, String, bool)>,
}

/// `GET /office/directory`: the entries the person may keep.
pub(crate) async fn office_list(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    headers: HeaderMap,
) -> Result<Response<Body>, WebError> {
    let filter = organisations_for(&actor_of(Some(&session)), Action::EditDirectory);
    let mut orgs = Vec::new();
    for o in state.db().organisations().await? {
        if filter.admits(&o.slug) && o.slug != lmip_storage::OPERATOR_SLUG {
            let listed = state
                .db()
                .directory_org(&o.slug)
                .await?
                .is_some_and(|d| d.listed == 1);
            orgs.push((o.slug, o.name, listed));
        }
    }
    let locale = preferred_locale(&headers);
    let page = OfficeList {
        t: tr(&state, locale),
        page: Layout::new(&state, locale, ""),
        orgs,
    };
    crate::account::form_page(&page, false)
}

/// The edit form's fields (kept to show again with a refusal).
#[derive(Debug, Default, Clone)]
pub(crate) struct EditFields {
    listed: bool,
    description: String,
    other_names: String,
    services: Vec<String>,
    corridors: String,
    address: String,
    city: String,
    phones: String,
    email: String,
    hours: String,
    languages: String,
    verified_on: String,
    source: String,
}

#[derive(Template)]
#[template(path = "directory_edit.html")]
struct EditPage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    csrf: String,
    slug: String,
    name: String,
    fields: EditFields,
    services: Vec<(&'static str, String)>,
    error: Option<String>,
    done: bool,
}

impl EditPage<'_> {
    fn offers(&self, s: &str) -> bool {
        self.fields.services.iter().any(|x| x == s)
    }
}

fn directory_error_text(t: &Tr<'_>, e: &DirectoryError) -> String {
    match e {
        DirectoryError::BadName(line) => {
            t.with_all(key("directory-error-name"), &[("line", line.to_string())])
        }
        DirectoryError::UnknownLanguage(l) => {
            t.with_all(key("directory-error-language"), &[("given", l.clone())])
        }
        DirectoryError::BadPhone(p) => {
            t.with_all(key("directory-error-phone"), &[("given", p.clone())])
        }
        DirectoryError::BadEmail(m) => {
            t.with_all(key("directory-error-email"), &[("given", m.clone())])
        }
        DirectoryError::BadCorridor(c) => {
            t.with_all(key("directory-error-corridor"), &[("given", c.clone())])
        }
        DirectoryError::UnknownCountry(c) => {
            t.with_all(key("directory-error-country"), &[("given", c.clone())])
        }
        DirectoryError::BadDate => t.plain("directory-error-date"),
        DirectoryError::UnknownService(_) | DirectoryError::NoSuchOrganisation => {
            t.plain("error-bad-request-title")
        }
        DirectoryError::QueryTooLong(n) => {
            t.with_all(key("verify-too-long"), &[("max", n.to_string())])
        }
    }
}

async fn edit_page(
    state: &AppState,
    headers: &HeaderMap,
    session: &lmip_services::auth::Session,
    slug: &str,
    fields: Option<EditFields>,
    error: Option<String>,
    done: bool,
) -> Result<Response<Body>, WebError> {
    let Some(e) = directory::entry_for_editing(state.db(), slug).await? else {
        return Err(WebError::NotFound);
    };
    let fields = fields.unwrap_or_else(|| {
        let l = e.locations.first().cloned().unwrap_or_default();
        EditFields {
            listed: e.org.listed == 1,
            description: e.org.description.clone(),
            other_names: e
                .names
                .iter()
                .map(|(l, n)| format!("{l}: {n}"))
                .collect::<Vec<_>>()
                .join("\n"),
            services: e.services.clone(),
            corridors: e.org.corridors.trim().replace(' ', ", "),
            address: l.address,
            city: l.city,
            phones: l.phones.replace(' ', ", "),
            email: l.email,
            hours: l.hours,
            languages: l.languages.trim().to_string(),
            verified_on: e.org.verified_on.clone().unwrap_or_default(),
            source: e.org.source.clone().unwrap_or_default(),
        }
    });
    let locale = preferred_locale(headers);
    let t = tr(state, locale);
    let refused = error.is_some();
    let page = EditPage {
        services: SERVICE_KINDS
            .iter()
            .map(|s| (*s, t.plain(service_key(s))))
            .collect(),
        t,
        page: Layout::new(state, locale, ""),
        csrf: session.csrf.clone(),
        slug: slug.to_string(),
        name: e.org.name.clone(),
        fields,
        error,
        done,
    };
    crate::account::form_page(&page, refused)
}

#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct SavedQuery {
    saved: Option<String>,
}

/// `GET /office/organisations/{org}/directory`
pub(crate) async fn edit_form(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path(org): Path<String>,
    Query(q): Query<SavedQuery>,
    headers: HeaderMap,
) -> Result<Response<Body>, WebError> {
    edit_page(
        &state,
        &headers,
        &session,
        &org,
        None,
        None,
        q.saved.is_some(),
    )
    .await
}

/// `POST /office/organisations/{org}/directory` (fields repeat: `service` once per service).
pub(crate) async fn save(
    State(state): State<AppState>,
    Extension(CurrentSession(session)): Extension<CurrentSession>,
    Path(org): Path<String>,
    headers: HeaderMap,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response<Body>, WebError> {
    let field = |name: &str| crate::account::form_field(&form, name).to_string();
    check_session_form(&state, &headers, &session, &field("csrf"))?;
    let fields = EditFields {
        listed: !field("listed").is_empty(),
        description: field("description"),
        other_names: field("other_names"),
        services: crate::account::form_values(&form, "service"),
        corridors: field("corridors"),
        address: field("address"),
        city: field("city"),
        phones: field("phones"),
        email: field("email"),
        hours: field("hours"),
        languages: field("languages"),
        verified_on: field("verified_on"),
        source: field("source"),
    };
    let result = directory::save_entry(
        state.db(),
        &state.inner.segmenter,
        &format!("user:{}", session.user_id),
        &org,
        &directory::EntryInput {
            listed: fields.listed,
            description: &fields.description,
            other_names: &fields.other_names,
            services: fields.services.clone(),
            corridors: &fields.corridors,
            address: &fields.address,
            city: &fields.city,
            phones: &fields.phones,
            email: &fields.email,
            hours: &fields.hours,
            languages: &fields.languages,
            verified_on: &fields.verified_on,
            source: &fields.source,
        },
        &crate::verify::today(),
    )
    .await;
    match result {
        Ok(()) => Ok(redirect(
            &format!("/office/organisations/{org}/directory?saved=1"),
            &[],
        )),
        Err(ServiceError::Directory(DirectoryError::NoSuchOrganisation)) => Err(WebError::NotFound),
        Err(ServiceError::Directory(e)) => {
            let t = tr(&state, preferred_locale(&headers));
            let error = directory_error_text(&t, &e);
            edit_page(
                &state,
                &headers,
                &session,
                &org,
                Some(fields),
                Some(error),
                false,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}
