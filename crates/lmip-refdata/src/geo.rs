//! Countries, languages and currencies.

use crate::{CodeEntry, Country};
use icu_experimental::displaynames::DisplayNamesOptions;
use icu_experimental::displaynames::multi::{LanguageDisplayNames, RegionDisplayNames};
use icu_locale_core::subtags::{Language, Region};
use iso_currency::IntoEnumIterator;
use lmip_domain::Locale;
use lmip_domain::codes::{ASEAN_MEMBERS, FOCUS_COUNTRIES, lists};

/// Languages in the language code list: the portal's ten plus the languages most spoken by workers
/// and employers in the region's corridors.
const LANGUAGES: [&str; 24] = [
    "en", "th", "km", "lo", "my", "vi", "id", "ms", "fil", "tet", "zh", "ja", "ko", "ar", "bn",
    "ne", "hi", "ur", "ta", "si", "pt", "mn", "jv", "shn",
];

/// The locale for CLDR look-ups; `None` for Tetum, which CLDR does not cover (asking would only
/// print ICU's "missing data" notice; its names fall back to English, marked).
fn icu_locale(l: Locale) -> Option<icu_locale_core::Locale> {
    if l == Locale::Tet {
        return None;
    }
    l.code().parse().ok()
}

fn region_namers() -> Vec<(Locale, RegionDisplayNames)> {
    Locale::ALL
        .into_iter()
        .filter_map(|l| {
            let names =
                RegionDisplayNames::try_new(icu_locale(l)?.into(), DisplayNamesOptions::default())
                    .ok()?;
            Some((l, names))
        })
        .collect()
}

fn language_namers() -> Vec<(Locale, LanguageDisplayNames)> {
    Locale::ALL
        .into_iter()
        .filter_map(|l| {
            let names = LanguageDisplayNames::try_new(
                icu_locale(l)?.into(),
                DisplayNamesOptions::default(),
            )
            .ok()?;
            Some((l, names))
        })
        .collect()
}

pub(crate) fn countries() -> Vec<Country> {
    rust_iso3166::ALL
        .iter()
        .map(|c| Country {
            alpha2: c.alpha2,
            alpha3: c.alpha3,
            numeric: c.numeric,
            asean: ASEAN_MEMBERS.contains(&c.alpha2),
            focus: FOCUS_COUNTRIES.contains(&c.alpha2),
        })
        .collect()
}

pub(crate) fn countries_codes() -> Vec<CodeEntry> {
    let namers = region_namers();
    let mut out: Vec<CodeEntry> = rust_iso3166::ALL
        .iter()
        .map(|c| {
            let region: Option<Region> = c.alpha2.parse().ok();
            let mut names: Vec<(Locale, String)> = namers
                .iter()
                .filter_map(|(l, n)| Some((*l, n.of(region?)?.to_string())))
                .collect();
            if !names.iter().any(|(l, _)| *l == Locale::En) {
                names.insert(0, (Locale::En, c.name.to_string()));
            }
            CodeEntry {
                list: lists::COUNTRY,
                code: c.alpha2.to_string(),
                parent: None,
                sort: 0,
                names,
            }
        })
        .collect();
    // Focus countries first, then alphabetical by code; each locale sorts names itself when showing.
    out.sort_by_key(|e| (!FOCUS_COUNTRIES.contains(&e.code.as_str()), e.code.clone()));
    for (i, e) in out.iter_mut().enumerate() {
        e.sort = i as i64;
    }
    out
}

pub(crate) fn languages() -> Vec<CodeEntry> {
    let namers = language_namers();
    LANGUAGES
        .iter()
        .enumerate()
        .map(|(i, code)| {
            let lang: Option<Language> = code.parse().ok();
            let mut names: Vec<(Locale, String)> = namers
                .iter()
                .filter_map(|(l, n)| Some((*l, n.of(lang?)?.to_string())))
                .collect();
            if !names.iter().any(|(l, _)| *l == Locale::En) {
                // Only reached if CLDR lacks an English name; the code is better than nothing.
                names.insert(0, (Locale::En, (*code).to_string()));
            }
            CodeEntry {
                list: lists::LANGUAGE,
                code: (*code).to_string(),
                parent: None,
                sort: i as i64,
                names,
            }
        })
        .collect()
}

pub(crate) fn currencies() -> Vec<CodeEntry> {
    let mut out: Vec<CodeEntry> = iso_currency::Currency::iter()
        .map(|c| CodeEntry {
            list: lists::CURRENCY,
            code: c.code().to_string(),
            parent: None,
            sort: 0,
            names: vec![(Locale::En, c.name().to_string())],
        })
        .collect();
    out.sort_by(|a, b| a.code.cmp(&b.code));
    for (i, e) in out.iter_mut().enumerate() {
        e.sort = i as i64;
    }
    out
}
