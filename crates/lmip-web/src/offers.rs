//! The public side of opportunities: the list of verified jobs and programmes, one job's page,
//! and the offer checker, which compares what a worker was told with the licence register, the
//! verified job orders and the legal rules of their route.
//!
//! The checker takes its input by POST (with the pre-sign-in form token), not in the address:
//! what someone plans is nobody else's business, and an address ends up in the browser's history,
//! in proxies' logs and in shared phones' address bars. Nothing the worker enters is stored.

use crate::WebError;
use crate::account::{check_form_token, form_cookie, html, render};
use crate::i18n::{Tr, key};
use crate::pages::{Layout, parse_locale, tr};
use crate::state::AppState;
use askama::Template;
use axum::Form;
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, Response, StatusCode};
use lmip_domain::codes::FOCUS_COUNTRIES;
use lmip_domain::directory::Verdict;
use lmip_domain::offers::{FeeFinding, Level, Money, PayPeriod, Wage, WageFinding};
use lmip_services::ServiceError;
use lmip_services::opportunities::{
    self, AgencyFinding, JobOrderFinding, OfferCheck, OfferError, OpportunityView,
};
use lmip_storage::{CorridorRule, OpportunityFilter};

/// The currencies the form suggests (the region's and its workers' main destinations'); any
/// ISO 4217 code is accepted.
const SUGGESTED_CURRENCIES: [&str; 24] = [
    "THB", "MYR", "SGD", "KRW", "JPY", "TWD", "HKD", "SAR", "AED", "QAR", "KWD", "OMR", "BHD",
    "JOD", "AUD", "NZD", "USD", "KHR", "LAK", "MMK", "VND", "IDR", "PHP", "BND",
];

fn period_key(p: PayPeriod) -> &'static str {
    match p {
        PayPeriod::Hour => key("period-hour"),
        PayPeriod::Day => key("period-day"),
        PayPeriod::Week => key("period-week"),
        PayPeriod::Month => key("period-month"),
    }
}

/// The periods with their words, for a form's choice.
pub(crate) fn period_choices(t: &Tr<'_>) -> Vec<(&'static str, String)> {
    PayPeriod::ALL
        .iter()
        .map(|p| (p.as_str(), t.plain(period_key(*p))))
        .collect()
}

/// "12 000 THB a month", in the reader's words.
pub(crate) fn wage_words(t: &Tr<'_>, w: &Wage) -> String {
    t.with_all(
        key("money-per"),
        &[
            ("amount", t.money(&w.money)),
            ("period", t.plain(period_key(w.period))),
        ],
    )
}

/// The words of a refusal, for the offer checker and the back-office forms.
pub(crate) fn offer_error_text(t: &Tr<'_>, e: &OfferError) -> String {
    use lmip_services::opportunities::Field;
    let field = |f: &Field| match f {
        Field::Title => t.plain("opps-title-field"),
        Field::Origin => t.plain("offer-origin"),
        Field::Destination => t.plain("offer-destination"),
        Field::Wage => t.plain("offer-wage"),
        Field::Fee => t.plain("offer-fee"),
        Field::FeeCap => t.plain("rules-fee-cap"),
        Field::MinWage => t.plain("rules-min-wage"),
        Field::Places => t.plain("jobs-places"),
        Field::Hours => t.plain("jobs-hours"),
        Field::RestDays => t.plain("jobs-rest"),
        Field::Source => t.plain("jobs-source"),
        Field::ValidFrom => t.plain("opps-valid-from"),
        Field::ValidTo => t.plain("opps-valid-to"),
    };
    match e {
        OfferError::Missing(f) => t.with_all(key("offer-error-missing"), &[("field", field(f))]),
        OfferError::BadAmount(f, g) => t.with_all(
            key("offer-error-amount"),
            &[("field", field(f)), ("given", g.clone())],
        ),
        OfferError::NoPayPeriod => t.plain("offer-error-period"),
        OfferError::UnknownCurrency(g) => {
            t.with_all(key("offer-error-currency"), &[("given", g.clone())])
        }
        OfferError::UnknownCountry(f, _) => {
            t.with_all(key("offer-error-country"), &[("field", field(f))])
        }
        OfferError::SameCountry => t.plain("offer-error-same"),
        OfferError::UnknownOccupation(g) => {
            t.with_all(key("opps-error-occupation"), &[("given", g.clone())])
        }
        OfferError::UnknownSector(g) => {
            t.with_all(key("opps-error-sector"), &[("given", g.clone())])
        }
        OfferError::BadDate(f, g) => t.with_all(
            key("opps-error-date"),
            &[("field", field(f)), ("given", g.clone())],
        ),
        OfferError::DatesReversed => t.plain("opps-error-dates"),
        OfferError::BadNumber(f, g, lo, hi) => t.with_all(
            key("opps-error-number"),
            &[
                ("field", field(f)),
                ("given", g.clone()),
                ("min", t.number(*lo as f64, 0)),
                ("max", t.number(*hi as f64, 0)),
            ],
        ),
        OfferError::UnknownKind(_) => t.plain("opps-error-kind"),
        OfferError::FeeRule => t.plain("rules-error-fee"),
        OfferError::UnknownLicence(n) => {
            t.with_all(key("opps-error-licence"), &[("number", n.clone())])
        }
        OfferError::OwnOpportunity => t.plain("opps-error-own"),
        OfferError::AlreadyDecided(_) => t.plain("opps-error-decided"),
        OfferError::NoSuchOpportunity => t.plain("error-not-found-title"),
        OfferError::NoNote => t.plain("opps-error-note"),
    }
}

/// One finding as shown.
pub(crate) struct FindingView {
    class: &'static str,
    icon: &'static str,
    question: String,
    text: String,
    /// A link to more: (address, words).
    link: Option<(String, String)>,
    note: Option<String>,
}

fn level_icon(l: Level) -> &'static str {
    match l {
        Level::Green => "M5 12.5l4.5 4.5L19 7.5",
        Level::Amber => "M12 5v9M12 18v1",
        Level::Red => "M6 6l12 12M18 6L6 18",
    }
}

/// The CSS class of a level, matching the verify page's colours.
fn level_class(l: Level) -> &'static str {
    match l {
        Level::Green => "licensed",
        Level::Amber => "suspended",
        Level::Red => "revoked",
    }
}

fn finding(l: Level, question: String, text: String) -> FindingView {
    FindingView {
        class: level_class(l),
        icon: level_icon(l),
        question,
        text,
        link: None,
        note: None,
    }
}

fn verdict_words(t: &Tr<'_>, v: Verdict) -> String {
    t.plain(match v {
        Verdict::Licensed => key("verdict-licensed"),
        Verdict::Suspended => key("verdict-suspended"),
        Verdict::Revoked => key("verdict-revoked"),
        Verdict::Expired => key("verdict-expired"),
        Verdict::NotFound => key("verdict-not-found"),
    })
}

/// What the wage check says, in words.
pub(crate) fn wage_text(t: &Tr<'_>, wage: &Wage, f: &WageFinding, country: &str) -> String {
    match f {
        WageFinding::AtOrAbove { minimum, .. } => t.with_all(
            key("offer-wage-ok"),
            &[
                ("wage", wage_words(t, wage)),
                ("minimum", wage_words(t, minimum)),
            ],
        ),
        WageFinding::Below { minimum, .. } => t.with_all(
            key("offer-wage-low"),
            &[
                ("wage", wage_words(t, wage)),
                ("minimum", wage_words(t, minimum)),
            ],
        ),
        WageFinding::NoMinimum => {
            t.with_all(key("offer-wage-no-minimum"), &[("country", country.into())])
        }
        WageFinding::OtherCurrency { minimum } => t.with_all(
            key("offer-wage-other-currency"),
            &[
                ("minimum", wage_words(t, minimum)),
                ("currency", wage.money.currency.clone()),
            ],
        ),
    }
}

/// What the fee check says, in words.
pub(crate) fn fee_text(t: &Tr<'_>, fee: &Money, f: &FeeFinding) -> String {
    match f {
        FeeFinding::EmployerShouldPay => {
            t.with_all(key("offer-fee-employer"), &[("fee", t.money(fee))])
        }
        FeeFinding::EmployerPaysNothingAsked => t.plain("offer-fee-none-asked"),
        FeeFinding::WithinCap { cap } => t.with_all(
            key("offer-fee-ok"),
            &[("fee", t.money(fee)), ("cap", t.money(cap))],
        ),
        FeeFinding::AboveCap { cap } => t.with_all(
            key("offer-fee-high"),
            &[("fee", t.money(fee)), ("cap", t.money(cap))],
        ),
        FeeFinding::NoRule => t.plain("offer-fee-no-rule"),
        FeeFinding::OtherCurrency { cap } => t.with_all(
            key("offer-fee-other-currency"),
            &[("cap", t.money(cap)), ("currency", fee.currency.clone())],
        ),
    }
}

fn converted(f: &WageFinding) -> bool {
    matches!(
        f,
        WageFinding::AtOrAbove {
            converted: true,
            ..
        } | WageFinding::Below {
            converted: true,
            ..
        }
    )
}

/// The rule's source line: "Rules used: SOURCE (from DATE)".
pub(crate) fn rule_source(t: &Tr<'_>, r: &CorridorRule) -> String {
    t.with_all(
        key("offer-rule-source"),
        &[
            ("source", r.source.clone()),
            ("from", t.date(&r.valid_from)),
        ],
    )
}

/// The answer as shown.
pub(crate) struct AnswerView {
    class: &'static str,
    icon: &'static str,
    headline: String,
    findings: Vec<FindingView>,
    next: String,
    rule: Option<(String, String)>,
}

fn answer_view(
    t: &Tr<'_>,
    lang: &str,
    names: &crate::statistics::Names,
    c: &OfferCheck,
) -> AnswerView {
    let destination = names.of(&c.destination);
    let mut findings = Vec::new();
    let mut agency = finding(
        c.agency.level(),
        t.plain("offer-q-agency"),
        match &c.agency {
            AgencyFinding::NotGiven => t.plain("offer-agency-none"),
            AgencyFinding::Answer(a) => match a.agencies.first() {
                Some(ag) if a.verdict == Verdict::Licensed => {
                    t.with_all(key("offer-agency-licensed"), &[("name", ag.name.clone())])
                }
                Some(ag) => t.with_all(
                    key("offer-agency-bad"),
                    &[
                        ("name", ag.name.clone()),
                        ("verdict", verdict_words(t, a.verdict)),
                    ],
                ),
                None => t.with_all(key("offer-agency-not-found"), &[("query", a.query.clone())]),
            },
        },
    );
    if let AgencyFinding::Answer(a) = &c.agency {
        if let Some(ag) = a.agencies.first() {
            agency.link = Some((format!("/{lang}/agencies/{}", ag.slug), ag.name.clone()));
        }
        if let Some((slug, name)) = a.look_alikes.first() {
            agency.note = Some(t.plain("verify-look-alike"));
            agency.link = Some((format!("/{lang}/agencies/{slug}"), name.clone()));
        }
    }
    findings.push(agency);
    let mut job = finding(
        c.job_order.level(),
        t.plain("offer-q-job"),
        match &c.job_order {
            JobOrderFinding::Known(found) => t.with_all(
                key("offer-job-known"),
                &[
                    ("country", destination.clone()),
                    (
                        "title",
                        found.first().map(|o| o.title.clone()).unwrap_or_default(),
                    ),
                ],
            ),
            JobOrderFinding::NotListed => t.with_all(
                key("offer-job-unknown"),
                &[("country", destination.clone())],
            ),
            JobOrderFinding::NotChecked => t.plain("offer-job-not-checked"),
        },
    );
    if let JobOrderFinding::Known(found) = &c.job_order
        && let Some(o) = found.first()
    {
        job.link = Some((format!("/{lang}/jobs/{}", o.id), o.title.clone()));
    }
    findings.push(job);
    findings.push(match &c.wage {
        Some((w, f)) => {
            let mut v = finding(
                f.level(),
                t.plain("offer-q-wage"),
                wage_text(t, w, f, &destination),
            );
            if converted(f) {
                v.note = Some(t.plain("offer-wage-converted"));
            }
            v
        }
        None => finding(
            Level::Amber,
            t.plain("offer-q-wage"),
            t.plain("offer-wage-none"),
        ),
    });
    findings.push(match &c.fee {
        Some((m, f)) => finding(f.level(), t.plain("offer-q-fee"), fee_text(t, m, f)),
        None => finding(
            Level::Amber,
            t.plain("offer-q-fee"),
            t.plain("offer-fee-none"),
        ),
    });
    let (headline, next) = match c.worst {
        Level::Green => (key("offer-headline-green"), key("offer-next-green")),
        Level::Amber => (key("offer-headline-amber"), key("offer-next-amber")),
        Level::Red => (key("offer-headline-red"), key("offer-next-red")),
    };
    AnswerView {
        class: level_class(c.worst),
        icon: level_icon(c.worst),
        headline: t.plain(headline),
        findings,
        next: t.plain(next),
        rule: c
            .rule
            .as_ref()
            .map(|r| (rule_source(t, r), r.source_url.clone())),
    }
}

/// What the worker typed, shown back in the form.
#[derive(Debug, Default, Clone, serde::Deserialize)]
pub(crate) struct OfferForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    agency: String,
    #[serde(default)]
    origin: String,
    #[serde(default)]
    destination: String,
    #[serde(default)]
    job: String,
    #[serde(default)]
    wage: String,
    #[serde(default)]
    wage_currency: String,
    #[serde(default)]
    wage_period: String,
    #[serde(default)]
    fee: String,
    #[serde(default)]
    fee_currency: String,
}

#[derive(Template)]
#[template(path = "check_offer.html")]
struct CheckOfferPage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    csrf: String,
    form: OfferForm,
    countries: Vec<(String, String)>,
    periods: Vec<(&'static str, String)>,
    currencies: &'static [&'static str],
    problem: Option<String>,
    answer: Option<AnswerView>,
}

pub(crate) async fn focus_country_names(
    state: &AppState,
    locale: lmip_domain::Locale,
) -> Result<(crate::statistics::Names, Vec<(String, String)>), WebError> {
    let codes: Vec<String> = FOCUS_COUNTRIES.iter().map(|c| (*c).to_string()).collect();
    let names =
        crate::statistics::Names::load_some(state, "CL_AREA", locale, codes.clone()).await?;
    let mut list: Vec<(String, String)> = codes
        .into_iter()
        .map(|c| {
            let n = names.of(&c);
            (c, n)
        })
        .collect();
    // In the order the reader's language sorts names (Thai by consonant, Vietnamese with Đ after D).
    state
        .inner
        .formats
        .sort_by_name(locale, &mut list, |(_, name)| name.as_str());
    Ok((names, list))
}

async fn offer_page(
    state: &AppState,
    lang: &str,
    form: OfferForm,
    problem: Option<String>,
    check: Option<&OfferCheck>,
) -> Result<Response<Body>, WebError> {
    let locale = parse_locale(lang)?;
    let t = tr(state, locale);
    let (names, countries) = focus_country_names(state, locale).await?;
    let mut names = names;
    if let Some(c) = check
        && !FOCUS_COUNTRIES.contains(&c.destination.as_str())
    {
        names = crate::statistics::Names::load_some(
            state,
            "CL_AREA",
            locale,
            vec![c.destination.clone()],
        )
        .await?;
    }
    let status = if problem.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let (csrf, set) = form_cookie();
    let page = CheckOfferPage {
        page: Layout::new(state, locale, "check-offer"),
        csrf,
        answer: check.map(|c| answer_view(&t, lang, &names, c)),
        form,
        countries,
        periods: period_choices(&t),
        currencies: &SUGGESTED_CURRENCIES,
        problem,
        t,
    };
    Ok(html(status, render(&page)?, &[set]))
}

/// `GET /{lang}/check-offer`: the form.
pub(crate) async fn check_offer_form(
    State(state): State<AppState>,
    Path(lang): Path<String>,
) -> Result<Response<Body>, WebError> {
    offer_page(&state, &lang, OfferForm::default(), None, None).await
}

/// `POST /{lang}/check-offer`: the findings, or what to correct.
pub(crate) async fn check_offer(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    headers: HeaderMap,
    Form(form): Form<OfferForm>,
) -> Result<Response<Body>, WebError> {
    let locale = parse_locale(&lang)?;
    check_form_token(&state, &headers, &form.csrf)?;
    let result = opportunities::check_offer(
        state.db(),
        &state.inner.agency_names,
        &state.inner.segmenter,
        &opportunities::OfferInput {
            agency: &form.agency,
            origin: &form.origin,
            destination: &form.destination,
            job: &form.job,
            wage: &form.wage,
            wage_currency: &form.wage_currency,
            wage_period: &form.wage_period,
            fee: &form.fee,
            fee_currency: &form.fee_currency,
        },
        &crate::verify::today(),
    )
    .await;
    let t = tr(&state, locale);
    match result {
        Ok(check) => offer_page(&state, &lang, form, None, Some(&check)).await,
        Err(ServiceError::Offer(e)) => {
            let problem = offer_error_text(&t, &e);
            offer_page(&state, &lang, form, Some(problem), None).await
        }
        Err(ServiceError::Licence(lmip_services::licences::LicenceError::QueryTooLong(n))) => {
            let problem = t.with_all(key("verify-too-long"), &[("max", n.to_string())]);
            offer_page(&state, &lang, form, Some(problem), None).await
        }
        Err(e) => Err(e.into()),
    }
}

/// The list's filters.
#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct JobsQuery {
    origin: Option<String>,
    destination: Option<String>,
    occupation: Option<String>,
    sector: Option<String>,
}

/// An opportunity as shown.
pub(crate) struct JobView {
    href: String,
    title: String,
    kind: String,
    destination: String,
    origin: String,
    employer: String,
    occupation: String,
    places: String,
    wage: String,
    wage_class: &'static str,
    wage_text: String,
    fee: String,
    fee_class: &'static str,
    fee_text: String,
    hours: String,
    rest: String,
    agency: Option<(String, String)>,
    open: String,
    verified: String,
    verification_note: String,
    source: String,
    rule: Option<(String, String)>,
    sample: bool,
}

fn job_view(
    t: &Tr<'_>,
    lang: &str,
    countries: &crate::statistics::Names,
    occupations: &crate::statistics::Names,
    v: &OpportunityView,
) -> JobView {
    let o = &v.opportunity;
    let wage = Wage {
        money: Money {
            amount: o.wage,
            currency: o.wage_currency.clone(),
        },
        period: o.wage_period.parse().unwrap_or(PayPeriod::Month),
    };
    let fee = Money {
        amount: o.worker_fee,
        currency: o.fee_currency.clone(),
    };
    let destination = countries.of(&o.destination);
    let dash = |v: Option<i64>| {
        v.map(|n| t.number(n as f64, 0))
            .unwrap_or_else(|| "—".into())
    };
    JobView {
        href: format!("/{lang}/jobs/{}", o.id),
        title: o.title.clone(),
        kind: t.plain(if o.kind == "g2g" {
            key("jobs-kind-g2g")
        } else {
            key("jobs-kind-job-order")
        }),
        origin: o
            .origin
            .as_deref()
            .map(|c| countries.of(c))
            .unwrap_or_else(|| t.plain("jobs-any-origin")),
        employer: o.employer.clone(),
        occupation: if o.occupation.is_empty() {
            String::new()
        } else {
            occupations.of(&o.occupation)
        },
        places: dash(o.places),
        wage: wage_words(t, &wage),
        wage_class: level_class(v.wage.level()),
        wage_text: match &v.wage {
            WageFinding::NoMinimum if o.origin.is_none() => String::new(),
            f => wage_text(t, &wage, f, &destination),
        },
        fee: t.money(&fee),
        fee_class: level_class(v.fee.level()),
        fee_text: match &v.fee {
            FeeFinding::NoRule if o.origin.is_none() => String::new(),
            f => fee_text(t, &fee, f),
        },
        hours: dash(o.hours_per_week),
        rest: dash(o.rest_days_per_week),
        agency: o
            .agency_slug
            .clone()
            .zip(o.agency_name.clone())
            .map(|(slug, name)| (format!("/{lang}/agencies/{slug}"), name)),
        open: t.with_all(
            key("jobs-open"),
            &[("from", t.date(&o.valid_from)), ("to", t.date(&o.valid_to))],
        ),
        verified: t.with_all(
            key("jobs-verified"),
            &[
                ("org", o.verified_by.clone().unwrap_or_default()),
                ("date", t.date(o.verified_on.as_deref().unwrap_or_default())),
            ],
        ),
        verification_note: o.verification_note.clone(),
        source: o.source.clone(),
        rule: v
            .rule
            .as_ref()
            .map(|r| (rule_source(t, r), r.source_url.clone())),
        destination,
        sample: o.is_sample != 0,
    }
}

#[derive(Template)]
#[template(path = "jobs.html")]
struct JobsPage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    countries: Vec<(String, String)>,
    occupations: Vec<(String, String)>,
    sectors: Vec<(String, String)>,
    origin: String,
    destination: String,
    occupation: String,
    sector: String,
    jobs: Vec<JobView>,
}

fn filter_value(v: &Option<String>, max: usize) -> Option<String> {
    v.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| s.chars().take(max).collect::<String>().to_uppercase())
}

/// The top levels of a code list (ISCO-08 major groups: one digit; ISIC sections: one letter),
/// for a short filter.
async fn top_level(
    state: &AppState,
    list: &str,
    locale: lmip_domain::Locale,
) -> Result<(crate::statistics::Names, Vec<(String, String)>), WebError> {
    let names = crate::statistics::Names::load(state, list, locale).await?;
    let rows = state.db().codes(list).await?;
    let top = rows
        .into_iter()
        .filter(|r| r.parent.is_none())
        .map(|r| {
            let n = names.of(&r.code);
            (r.code, n)
        })
        .collect();
    Ok((names, top))
}

/// `GET /{lang}/jobs`: verified, open opportunities, filtered.
pub(crate) async fn jobs(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    Query(q): Query<JobsQuery>,
) -> Result<Response<Body>, WebError> {
    let locale = parse_locale(&lang)?;
    let t = tr(&state, locale);
    let filter = OpportunityFilter {
        origin: filter_value(&q.origin, 2),
        destination: filter_value(&q.destination, 2),
        occupation: filter_value(&q.occupation, 4),
        sector: filter_value(&q.sector, 1),
        limit: 200,
        ..Default::default()
    };
    let found =
        opportunities::public_opportunities(state.db(), filter.clone(), &crate::verify::today())
            .await?;
    let (country_names, countries) = focus_country_names(&state, locale).await?;
    let (occupation_names, occupations) = top_level(&state, "CL_ISCO08", locale).await?;
    let (_, sectors) = top_level(&state, "CL_ISIC4", locale).await?;
    let mut extra: Vec<String> = found
        .iter()
        .flat_map(|v| {
            std::iter::once(v.opportunity.destination.clone()).chain(v.opportunity.origin.clone())
        })
        .filter(|c| !FOCUS_COUNTRIES.contains(&c.as_str()))
        .collect();
    extra.dedup();
    let country_names = if extra.is_empty() {
        country_names
    } else {
        let mut all: Vec<String> = FOCUS_COUNTRIES.iter().map(|c| (*c).to_string()).collect();
        all.extend(extra);
        crate::statistics::Names::load_some(&state, "CL_AREA", locale, all).await?
    };
    let page = JobsPage {
        page: Layout::new(&state, locale, "jobs"),
        jobs: found
            .iter()
            .map(|v| job_view(&t, &lang, &country_names, &occupation_names, v))
            .collect(),
        countries,
        occupations,
        sectors,
        origin: filter.origin.unwrap_or_default(),
        destination: filter.destination.unwrap_or_default(),
        occupation: filter.occupation.unwrap_or_default(),
        sector: filter.sector.unwrap_or_default(),
        t,
    };
    // The list changes at midnight, when opportunities close: not cached.
    Ok(crate::cache::uncached_html(StatusCode::OK, render(&page)?))
}

#[derive(Template)]
#[template(path = "job.html")]
struct JobPage<'a> {
    t: Tr<'a>,
    page: Layout<'a>,
    job: JobView,
}

/// `GET /{lang}/jobs/{id}`: one verified, open opportunity; closed, unverified or unknown ones
/// are not found.
pub(crate) async fn job(
    State(state): State<AppState>,
    Path((lang, id)): Path<(String, String)>,
) -> Result<Response<Body>, WebError> {
    let locale = parse_locale(&lang)?;
    let Some(v) =
        opportunities::public_opportunity(state.db(), &id, &crate::verify::today()).await?
    else {
        return Err(WebError::NotFound);
    };
    let t = tr(&state, locale);
    let codes: Vec<String> = std::iter::once(v.opportunity.destination.clone())
        .chain(v.opportunity.origin.clone())
        .collect();
    let countries = crate::statistics::Names::load_some(&state, "CL_AREA", locale, codes).await?;
    let occupations = crate::statistics::Names::load_some(
        &state,
        "CL_ISCO08",
        locale,
        vec![v.opportunity.occupation.clone()],
    )
    .await?;
    let page = JobPage {
        page: Layout::new(&state, locale, &format!("jobs/{id}")),
        job: job_view(&t, &lang, &countries, &occupations, &v),
        t,
    };
    Ok(crate::cache::uncached_html(StatusCode::OK, render(&page)?))
}
