//! lmip's built-in reference data.
//!
//! Codes come from maintained crates (`rust_iso3166`, `iso_currency`) and names in the portal's
//! languages from the Unicode CLDR through ICU4X, rather than hand-typed lists. ISCO-08 and ISIC Rev.4
//! labels are the ILO's and UN's published English titles. Where CLDR has no name for a locale
//! (Tetum has no CLDR data), the entry carries no name for it and readers fall back to English,
//! marked as untranslated.
//!
//! Storage seeds these entries idempotently; operators may extend code lists afterwards. Bump
//! [`VERSION`] whenever the data changes so existing databases are re-seeded.
#![forbid(unsafe_code)]

mod classifications;
mod geo;
mod sdmx;

use lmip_domain::Locale;

/// Version of the built-in data; storage re-seeds when the stored version differs.
pub const VERSION: &str = "2026-12-01.1";

/// One code of a code list with its names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeEntry {
    /// The code list (see [`lmip_domain::codes::lists`]).
    pub list: &'static str,
    /// The code itself.
    pub code: String,
    /// The parent code in the list's hierarchy, if any.
    pub parent: Option<String>,
    /// Display order within the list.
    pub sort: i64,
    /// Names by locale; English is always present.
    pub names: Vec<(Locale, String)>,
}

/// Country attributes beyond the code list entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-2.
    pub alpha2: &'static str,
    /// ISO 3166-1 alpha-3.
    pub alpha3: &'static str,
    /// ISO 3166-1 numeric (also UN M49 for countries).
    pub numeric: u16,
    /// Member of ASEAN.
    pub asean: bool,
    /// One of the countries lmip shows first, with a flag.
    pub focus: bool,
}

/// A description of one built-in list, for `lmip export` and documentation.
#[derive(Debug, Clone, Copy)]
pub struct ListInfo {
    /// The list identifier.
    pub id: &'static str,
    /// Its English name.
    pub name: &'static str,
    /// The standard it follows.
    pub standard: &'static str,
}

/// The built-in lists.
pub const LISTS: [ListInfo; 14] = [
    ListInfo {
        id: lmip_domain::codes::lists::COUNTRY,
        name: "Countries and territories",
        standard: "ISO 3166-1",
    },
    ListInfo {
        id: lmip_domain::codes::lists::LANGUAGE,
        name: "Languages",
        standard: "BCP 47",
    },
    ListInfo {
        id: lmip_domain::codes::lists::CURRENCY,
        name: "Currencies",
        standard: "ISO 4217",
    },
    ListInfo {
        id: lmip_domain::codes::lists::ISCO08,
        name: "Occupations",
        standard: "ISCO-08 (major and sub-major groups)",
    },
    ListInfo {
        id: lmip_domain::codes::lists::ISIC4,
        name: "Economic activities",
        standard: "ISIC Rev.4 (sections)",
    },
    ListInfo {
        id: lmip_domain::codes::lists::SEX,
        name: "Sex",
        standard: "SDMX cross-domain code list CL_SEX",
    },
    ListInfo {
        id: lmip_domain::codes::lists::AREA,
        name: "Areas",
        standard: "ISO 3166-1 alpha-2, with SDMX _T (all) and _X (unknown)",
    },
    ListInfo {
        id: lmip_domain::codes::lists::FREQ,
        name: "Frequency",
        standard: "SDMX cross-domain code list CL_FREQ",
    },
    ListInfo {
        id: lmip_domain::codes::lists::OBS_STATUS,
        name: "Observation status",
        standard: "SDMX cross-domain code list CL_OBS_STATUS",
    },
    ListInfo {
        id: lmip_domain::codes::lists::UNIT_MEASURE,
        name: "Unit of measure",
        standard: "SDMX unit codes (PS persons, ISO 4217 currencies)",
    },
    ListInfo {
        id: lmip_domain::codes::lists::UNIT_MULT,
        name: "Unit multiplier",
        standard: "SDMX cross-domain code list CL_UNIT_MULT",
    },
    ListInfo {
        id: lmip_domain::codes::lists::COMPLAINT_CATEGORY,
        name: "Complaint categories",
        standard: "lmip",
    },
    ListInfo {
        id: lmip_domain::codes::lists::RESPONDENT_KIND,
        name: "Respondents of complaints",
        standard: "lmip",
    },
    ListInfo {
        id: lmip_domain::codes::lists::CASE_OUTCOME,
        name: "Outcomes of complaints",
        standard: "lmip",
    },
];

/// Every built-in code, across all lists.
pub fn codes() -> Vec<CodeEntry> {
    let mut all = geo::countries_codes();
    all.extend(geo::languages());
    all.extend(geo::currencies());
    all.extend(classifications::isco08());
    all.extend(classifications::isic4());
    all.extend(classifications::sex());
    all.extend(sdmx::areas());
    all.extend(sdmx::small_lists());
    all
}

/// Every country with its attributes.
pub fn countries() -> Vec<Country> {
    geo::countries()
}

/// Whether `code` is an ISO 4217 currency code (upper case, as the standard writes it).
pub fn is_currency(code: &str) -> bool {
    iso_currency::Currency::from_code(code).is_some()
}

/// Whether `code` is an ISO 3166-1 alpha-2 country code.
pub fn is_country(code: &str) -> bool {
    rust_iso3166::from_alpha2(code).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use lmip_domain::codes::lists;
    use std::collections::HashSet;

    #[test]
    fn currencies_and_countries() {
        assert!(is_currency("THB") && is_currency("PHP") && is_currency("USD"));
        assert!(!is_currency("thb") && !is_currency("XYZ") && !is_currency(""));
        assert!(is_country("KH") && !is_country("XX") && !is_country("kh"));
    }

    #[test]
    fn every_code_has_english_and_is_unique() {
        let all = codes();
        let mut seen = HashSet::new();
        for c in &all {
            assert!(
                seen.insert((c.list, c.code.clone())),
                "duplicate {}:{}",
                c.list,
                c.code
            );
            assert!(
                c.names
                    .iter()
                    .any(|(l, n)| *l == Locale::En && !n.is_empty()),
                "{c:?}"
            );
        }
        let count = |l| all.iter().filter(|c| c.list == l).count();
        assert!(count(lists::COUNTRY) >= 249);
        assert_eq!(count(lists::ISCO08), 10 + 43);
        assert_eq!(count(lists::ISIC4), 21);
        assert_eq!(count(lists::SEX), 4);
        assert!(count(lists::CURRENCY) > 150);
    }

    #[test]
    fn parents_exist() {
        let all = codes();
        let keys: HashSet<_> = all.iter().map(|c| (c.list, c.code.as_str())).collect();
        for c in &all {
            if let Some(p) = &c.parent {
                assert!(
                    keys.contains(&(c.list, p.as_str())),
                    "{}:{} has missing parent {p}",
                    c.list,
                    c.code
                );
            }
        }
    }

    #[test]
    fn country_names_come_from_cldr() {
        let all = codes();
        let kh = all
            .iter()
            .find(|c| c.list == lists::COUNTRY && c.code == "KH")
            .expect("Cambodia");
        let name = |l| {
            kh.names
                .iter()
                .find(|(x, _)| *x == l)
                .map(|(_, n)| n.as_str())
        };
        assert_eq!(name(Locale::En), Some("Cambodia"));
        assert_eq!(name(Locale::Th), Some("กัมพูชา"));
        assert_eq!(name(Locale::Vi), Some("Campuchia"));
        assert_eq!(
            name(Locale::Tet),
            None,
            "no CLDR data for Tetum: falls back, marked"
        );
        let tl = countries()
            .into_iter()
            .find(|c| c.alpha2 == "TL")
            .expect("Timor-Leste");
        assert!(tl.asean && tl.focus);
        assert_eq!((tl.alpha3, tl.numeric), ("TLS", 626));
    }
}
