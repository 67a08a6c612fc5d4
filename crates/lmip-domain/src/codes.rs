//! Code lists: the identifiers of the built-in lists, and the few codes whose meaning the domain's
//! rules depend on (sex, for statistics; flags of focus countries for navigation).

/// Identifiers of the built-in code lists, as stored in the `code` table.
pub mod lists {
    /// ISO 3166-1 countries and territories (alpha-2 codes).
    pub const COUNTRY: &str = "CL_COUNTRY";
    /// BCP 47 languages.
    pub const LANGUAGE: &str = "CL_LANGUAGE";
    /// ISO 4217 currencies.
    pub const CURRENCY: &str = "CL_CURRENCY";
    /// ISCO-08 occupations: major and sub-major groups.
    pub const ISCO08: &str = "CL_ISCO08";
    /// ISIC Rev.4 economic activities: sections.
    pub const ISIC4: &str = "CL_ISIC4";
    /// Sex, as SDMX codes it.
    pub const SEX: &str = "CL_SEX";

    /// Areas for statistics: countries plus `_T` (all countries) and `_X` (unknown).
    pub const AREA: &str = "CL_AREA";
    /// Frequency of observations (SDMX CL_FREQ).
    pub const FREQ: &str = "CL_FREQ";
    /// Observation status (SDMX CL_OBS_STATUS, the codes lmip uses).
    pub const OBS_STATUS: &str = "CL_OBS_STATUS";
    /// Unit of measure.
    pub const UNIT_MEASURE: &str = "CL_UNIT_MEASURE";
    /// Unit multiplier (power of ten).
    pub const UNIT_MULT: &str = "CL_UNIT_MULT";
    /// Categories of complaints, for the anonymised complaint statistics.
    pub const COMPLAINT_CATEGORY: &str = "CL_COMPLAINT_CATEGORY";
    /// Who a complaint is about, for the complaint statistics.
    pub const RESPONDENT_KIND: &str = "CL_RESPONDENT_KIND";
    /// How complaints ended, for the complaint statistics.
    pub const CASE_OUTCOME: &str = "CL_CASE_OUTCOME";

    /// Every built-in list, for validation of command-line arguments.
    pub const ALL: [&str; 14] = [
        COUNTRY,
        LANGUAGE,
        CURRENCY,
        ISCO08,
        ISIC4,
        SEX,
        AREA,
        FREQ,
        OBS_STATUS,
        UNIT_MEASURE,
        UNIT_MULT,
        COMPLAINT_CATEGORY,
        RESPONDENT_KIND,
        CASE_OUTCOME,
    ];
}

/// The ASEAN member states (alpha-2). Timor-Leste was admitted as the eleventh member at the
/// 47th ASEAN Summit in October 2025.
pub const ASEAN_MEMBERS: [&str; 11] = [
    "BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL",
];

/// Countries lmip shows first and with flags: the ASEAN members and the main destinations of workers
/// from the region (Korea, Japan, Taiwan, Hong Kong, the Gulf, Jordan, Australia, New Zealand).
pub const FOCUS_COUNTRIES: [&str; 24] = [
    "BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL", "KR", "JP", "TW", "HK", "SA",
    "AE", "QA", "KW", "OM", "BH", "JO", "AU", "NZ",
];

/// A list of codes as storage keeps it, space-separated and space-padded (`" KH TH "`), so that
/// one item is matched with `LIKE '% KH %'`; empty for no items.
pub fn padded<S: AsRef<str>>(items: &[S]) -> String {
    if items.is_empty() {
        String::new()
    } else {
        let joined: Vec<&str> = items.iter().map(AsRef::as_ref).collect();
        format!(" {} ", joined.join(" "))
    }
}

/// The items of a space-separated list (padded or not).
pub fn unpadded(list: &str) -> Vec<&str> {
    list.split(' ').filter(|x| !x.is_empty()).collect()
}

/// The flag emoji for an alpha-2 code (two regional-indicator symbols), or `None` for a malformed code.
pub fn flag_emoji(alpha2: &str) -> Option<String> {
    let b = alpha2.as_bytes();
    if b.len() != 2 || !b.iter().all(u8::is_ascii_uppercase) {
        return None;
    }
    b.iter()
        .map(|&c| char::from_u32(0x1F1E6 + u32::from(c - b'A')))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn padded_lists() {
        assert_eq!(padded(&["KH", "TH"]), " KH TH ");
        assert_eq!(padded::<&str>(&[]), "");
        assert_eq!(unpadded(" KH TH "), ["KH", "TH"]);
        assert_eq!(unpadded("KH  TH"), ["KH", "TH"]);
    }

    #[test]
    fn flags() {
        assert_eq!(flag_emoji("KH").as_deref(), Some("🇰🇭"));
        assert_eq!(flag_emoji("kh"), None);
        assert_eq!(flag_emoji("KHM"), None);
    }

    #[test]
    fn focus_countries_include_asean() {
        for m in ASEAN_MEMBERS {
            assert!(FOCUS_COUNTRIES.contains(&m));
        }
    }
}
