//! Numbers, dates and the order of names as each of lmip's locales writes them, from CLDR through
//! ICU4X: digit grouping ("12,000", "12 000", "12.000"), the digits people read (Burmese digits in
//! Burmese, as CLDR's default numbering system for `my` has it), dates with month names in the
//! reader's language (Thai dates in the Buddhist era, Thailand's calendar), and sorting by each
//! language's collation rather than by code points.
//!
//! The formatters are built once for all ten locales ([`Formats::new`]) and shared.
#![forbid(unsafe_code)]

use fixed_decimal::Decimal;
use icu_collator::{Collator, CollatorBorrowed, options::CollatorOptions};
use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_datetime::input::Date;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale as IcuLocale;
use lmip_domain::Locale;
use std::cmp::Ordering;

/// One locale's formatters.
struct Local {
    decimal: DecimalFormatter,
    date: DateTimeFormatter<YMD>,
    collator: CollatorBorrowed<'static>,
}

/// The formatters of every locale.
pub struct Formats {
    locales: Vec<(Locale, Local)>,
}

impl std::fmt::Debug for Formats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Formats")
            .field("locales", &self.locales.len())
            .finish()
    }
}

/// Why the formatters could not be built (the compiled data lacks a locale: a build error).
#[derive(Debug, thiserror::Error)]
#[error("local formats for {locale}: {reason}")]
pub struct FormatError {
    locale: &'static str,
    reason: String,
}

/// The ICU locale of an lmip locale: Thai reads dates in the Buddhist calendar, as in Thailand.
fn icu_locale(l: Locale) -> Result<IcuLocale, FormatError> {
    let tag = match l {
        Locale::Th => "th-u-ca-buddhist",
        other => other.code(),
    };
    tag.parse().map_err(|e| FormatError {
        locale: l.code(),
        reason: format!("{e:?}"),
    })
}

impl Formats {
    /// Builds the formatters of all ten locales.
    pub fn new() -> Result<Formats, FormatError> {
        let mut locales = Vec::new();
        for l in Locale::ALL {
            let loc = icu_locale(l)?;
            let err = |what: &str, e: &dyn std::fmt::Debug| FormatError {
                locale: l.code(),
                reason: format!("{what}: {e:?}"),
            };
            let decimal = DecimalFormatter::try_new((&loc).into(), Default::default())
                .map_err(|e| err("numbers", &e))?;
            let date = DateTimeFormatter::try_new((&loc).into(), YMD::medium())
                .map_err(|e| err("dates", &e))?;
            let collator = Collator::try_new((&loc).into(), CollatorOptions::default())
                .map_err(|e| err("collation", &e))?;
            locales.push((
                l,
                Local {
                    decimal,
                    date,
                    collator,
                },
            ));
        }
        Ok(Formats { locales })
    }

    fn local(&self, l: Locale) -> Option<&Local> {
        self.locales.iter().find(|(x, _)| *x == l).map(|(_, f)| f)
    }

    /// A whole number, grouped and in the locale's digits.
    pub fn integer(&self, l: Locale, n: i64) -> String {
        match self.local(l) {
            Some(f) => f.decimal.format(&Decimal::from(n)).to_string(),
            None => n.to_string(),
        }
    }

    /// A number with at most `fraction` decimals (trailing zeros dropped), grouped and in the
    /// locale's digits. Non-finite values are written as they are.
    pub fn number(&self, l: Locale, v: f64, fraction: u8) -> String {
        if !v.is_finite() {
            return v.to_string();
        }
        let text = format!("{v:.*}", usize::from(fraction));
        let text = if text.contains('.') {
            text.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            text
        };
        match (self.local(l), text.parse::<Decimal>()) {
            (Some(f), Ok(d)) => f.decimal.format(&d).to_string(),
            _ => text,
        }
    }

    /// An ISO date (`YYYY-MM-DD`, or the date part of an RFC 3339 time) in the locale's words;
    /// anything else is returned as it is.
    pub fn date(&self, l: Locale, iso: &str) -> String {
        let parsed = iso.get(..10).and_then(|d| {
            let mut it = d.split('-');
            let y: i32 = it.next()?.parse().ok()?;
            let m: u8 = it.next()?.parse().ok()?;
            let day: u8 = it.next()?.parse().ok()?;
            Date::try_new_iso(y, m, day).ok()
        });
        match (self.local(l), parsed) {
            (Some(f), Some(d)) => f.date.format(&d).to_string(),
            _ => iso.to_string(),
        }
    }

    /// Compares two names as the locale sorts them.
    pub fn compare(&self, l: Locale, a: &str, b: &str) -> Ordering {
        match self.local(l) {
            Some(f) => f.collator.compare(a, b),
            None => a.cmp(b),
        }
    }

    /// Sorts items by a name, as the locale sorts names.
    pub fn sort_by_name<T>(&self, l: Locale, items: &mut [T], name: impl Fn(&T) -> &str) {
        items.sort_by(|a, b| self.compare(l, name(a), name(b)));
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn f() -> Formats {
        Formats::new().unwrap()
    }

    #[test]
    fn numbers_are_grouped_and_written_in_the_digits_people_read() {
        let f = f();
        assert_eq!(f.integer(Locale::En, 12000), "12,000");
        assert_eq!(f.integer(Locale::Id, 12000), "12.000");
        assert_eq!(f.integer(Locale::Vi, 1234567), "1.234.567");
        // Burmese is written with Myanmar digits.
        assert_eq!(f.integer(Locale::My, 12000), "၁၂,၀၀၀");
        // Thai, Lao and Khmer use Western digits by CLDR's default.
        assert_eq!(f.integer(Locale::Th, 12000), "12,000");
        assert_eq!(f.number(Locale::En, 1234.5, 1), "1,234.5");
        assert_eq!(f.number(Locale::En, 1234.0, 1), "1,234");
        assert_eq!(f.number(Locale::Id, 0.25, 2), "0,25");
        assert_eq!(f.number(Locale::En, f64::NAN, 1), "NaN");
    }

    #[test]
    fn dates_are_written_in_the_readers_words_and_calendar() {
        let f = f();
        assert_eq!(f.date(Locale::En, "2026-05-03"), "May 3, 2026");
        // Thailand counts years in the Buddhist era: 2026 is 2569.
        let th = f.date(Locale::Th, "2026-05-03");
        assert!(th.contains("2569") && th.contains("พ.ค."), "{th}");
        assert!(f.date(Locale::My, "2026-05-03").contains("၂၀၂၆"));
        assert!(f.date(Locale::Km, "2026-05-03T10:00:00Z").contains("2026"));
        assert_eq!(f.date(Locale::En, "not a date"), "not a date");
        assert_eq!(f.date(Locale::En, "2026-02-30"), "2026-02-30");
    }

    #[test]
    fn names_sort_by_each_languages_collation() {
        let f = f();
        let mut v = vec!["Zambia", "Österreich", "Oman", "éclair"];
        f.sort_by_name(Locale::En, &mut v, |s| s);
        assert_eq!(v, ["éclair", "Oman", "Österreich", "Zambia"]);
        // Thai sorts by consonant, not by the leading vowel sign written first.
        let mut th = vec!["เกาหลี", "กัมพูชา", "ไทย", "ลาว"];
        f.sort_by_name(Locale::Th, &mut th, |s| s);
        assert_eq!(th, ["กัมพูชา", "เกาหลี", "ไทย", "ลาว"]);
        // Vietnamese: "Đ" comes after "D".
        let mut vi = vec!["Đức", "Dừa", "Anh"];
        f.sort_by_name(Locale::Vi, &mut vi, |s| s);
        assert_eq!(vi, ["Anh", "Dừa", "Đức"]);
    }
}
