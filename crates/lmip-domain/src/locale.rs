//! The ten locales lmip serves, and how a request's locale is chosen.

use crate::DomainError;
use std::fmt;
use std::str::FromStr;

/// A user-interface locale. The order is the order of the language switcher.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub enum Locale {
    /// English, the source language and the fallback for missing translations.
    En,
    /// Thai.
    Th,
    /// Khmer.
    Km,
    /// Lao.
    Lo,
    /// Burmese.
    My,
    /// Vietnamese.
    Vi,
    /// Indonesian.
    Id,
    /// Malay.
    Ms,
    /// Filipino.
    Fil,
    /// Tetum.
    Tet,
}

impl Locale {
    /// Every locale, in switcher order.
    pub const ALL: [Locale; 10] = [
        Locale::En,
        Locale::Th,
        Locale::Km,
        Locale::Lo,
        Locale::My,
        Locale::Vi,
        Locale::Id,
        Locale::Ms,
        Locale::Fil,
        Locale::Tet,
    ];

    /// The fallback locale for missing translations.
    pub const FALLBACK: Locale = Locale::En;

    /// The BCP 47 tag, also the URL prefix (`/th/…`) and the `<html lang>` value.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Th => "th",
            Locale::Km => "km",
            Locale::Lo => "lo",
            Locale::My => "my",
            Locale::Vi => "vi",
            Locale::Id => "id",
            Locale::Ms => "ms",
            Locale::Fil => "fil",
            Locale::Tet => "tet",
        }
    }

    /// The language's name in its own script, as shown in the language switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Th => "ไทย",
            Locale::Km => "ខ្មែរ",
            Locale::Lo => "ລາວ",
            Locale::My => "မြန်မာ",
            Locale::Vi => "Tiếng Việt",
            Locale::Id => "Bahasa Indonesia",
            Locale::Ms => "Bahasa Melayu",
            Locale::Fil => "Filipino",
            Locale::Tet => "Tetun",
        }
    }

    /// Whether the script writes words without spaces between them, so that search must segment it.
    pub fn needs_word_segmentation(self) -> bool {
        matches!(self, Locale::Th | Locale::Km | Locale::Lo | Locale::My)
    }

    /// Chooses the best locale for an `Accept-Language` header value, honouring q-values; `None` when
    /// nothing in it is served. Malformed entries are skipped rather than rejected: browsers send
    /// odd headers and a wrong guess only costs one click on the language switcher.
    pub fn negotiate(accept_language: &str) -> Option<Locale> {
        let mut best: Option<(u16, usize, Locale)> = None;
        for (pos, item) in accept_language.split(',').take(32).enumerate() {
            let mut parts = item.trim().split(';');
            let tag = parts.next().unwrap_or("").trim();
            let q = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1000), parse_q);
            let Some(q) = q else { continue };
            if q == 0 {
                continue;
            }
            let Some(locale) = Locale::from_tag_prefix(tag) else {
                continue;
            };
            // Higher q wins; on equal q, the earlier entry wins.
            if best.is_none_or(|(bq, bpos, _)| q > bq || (q == bq && pos < bpos)) {
                best = Some((q, pos, locale));
            }
        }
        best.map(|(_, _, l)| l)
    }

    /// Maps a language tag such as `th-TH`, `tl` or `id_ID` to a served locale by its primary subtag.
    pub fn from_tag_prefix(tag: &str) -> Option<Locale> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            // Tagalog is the basis of Filipino; browsers often send `tl`.
            "tl" => Some(Locale::Fil),
            // Burmese is sometimes tagged by its ISO 639-2 code.
            "bur" | "mya" => Some(Locale::My),
            p => p.parse().ok(),
        }
    }
}

fn parse_q(s: &str) -> Option<u16> {
    let v: f32 = s.trim().parse().ok()?;
    if !(0.0..=1.0).contains(&v) {
        return None;
    }
    Some((v * 1000.0).round() as u16)
}

impl FromStr for Locale {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Locale::ALL
            .into_iter()
            .find(|l| l.code() == s)
            .ok_or_else(|| DomainError::UnknownLocale(s.chars().take(20).collect()))
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn codes_round_trip() {
        for l in Locale::ALL {
            assert_eq!(l.code().parse::<Locale>(), Ok(l));
        }
        assert!("xx".parse::<Locale>().is_err());
        assert!(
            "EN".parse::<Locale>().is_err(),
            "URL prefixes are lower case"
        );
    }

    #[test]
    fn negotiation_honours_q_values_and_order() {
        assert_eq!(
            Locale::negotiate("th-TH,th;q=0.9,en;q=0.8"),
            Some(Locale::Th)
        );
        assert_eq!(Locale::negotiate("de,en;q=0.5,km;q=0.7"), Some(Locale::Km));
        assert_eq!(Locale::negotiate("tl-PH"), Some(Locale::Fil));
        assert_eq!(Locale::negotiate("vi;q=0,en;q=0.1"), Some(Locale::En));
        assert_eq!(Locale::negotiate("fr-FR,de"), None);
        assert_eq!(Locale::negotiate(""), None);
        assert_eq!(Locale::negotiate("my;q=abc, lo"), Some(Locale::Lo));
    }

    proptest! {
        #[test]
        fn negotiation_never_panics(s in ".{0,300}") {
            let _ = Locale::negotiate(&s);
        }
    }
}
