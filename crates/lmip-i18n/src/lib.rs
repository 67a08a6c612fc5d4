//! User-interface translations in Project Fluent, one folder per locale under `locales/`.
//!
//! The `.ftl` files are embedded in the binary. A message missing in a locale falls back to English
//! and is reported as such ([`Text::fallback`]) so pages can mark it for readers and translators.
//! [`Catalog::check`] is what `lmip check i18n` runs.
#![forbid(unsafe_code)]

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use lmip_domain::Locale;
use std::collections::BTreeSet;

pub use fluent_bundle::FluentArgs;

/// The embedded catalogues, in [`Locale::ALL`] order.
const SOURCES: [(Locale, &str); 10] = [
    (Locale::En, include_str!("../../../locales/en/main.ftl")),
    (Locale::Th, include_str!("../../../locales/th/main.ftl")),
    (Locale::Km, include_str!("../../../locales/km/main.ftl")),
    (Locale::Lo, include_str!("../../../locales/lo/main.ftl")),
    (Locale::My, include_str!("../../../locales/my/main.ftl")),
    (Locale::Vi, include_str!("../../../locales/vi/main.ftl")),
    (Locale::Id, include_str!("../../../locales/id/main.ftl")),
    (Locale::Ms, include_str!("../../../locales/ms/main.ftl")),
    (Locale::Fil, include_str!("../../../locales/fil/main.ftl")),
    (Locale::Tet, include_str!("../../../locales/tet/main.ftl")),
];

/// A catalogue could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    /// A `.ftl` file has syntax errors.
    #[error("locales/{locale}/main.ftl has {count} syntax error(s); first: {first}")]
    Syntax {
        /// The locale.
        locale: Locale,
        /// How many.
        count: usize,
        /// The first one, as fluent reports it.
        first: String,
    },
    /// A message is defined twice.
    #[error("locales/{locale}/main.ftl defines a message twice: {detail}")]
    Duplicate {
        /// The locale.
        locale: Locale,
        /// Which.
        detail: String,
    },
}

/// A translated string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    /// The text (plain, not escaped).
    pub value: String,
    /// True when the locale lacked the message and English (or the key) was used instead.
    pub fallback: bool,
}

/// All locales' messages.
pub struct Catalog {
    bundles: Vec<(Locale, FluentBundle<FluentResource>, BTreeSet<String>)>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("locales", &self.bundles.len())
            .finish()
    }
}

/// What `lmip check i18n` reports.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckReport {
    /// Keys used by the code or templates but absent from English: an error.
    pub used_but_undefined: Vec<String>,
    /// Per locale, keys that English has and the locale lacks (shown in English, marked).
    pub missing: Vec<(Locale, Vec<String>)>,
    /// Keys English defines that nothing uses.
    pub unused: Vec<String>,
    /// Per locale, keys the locale defines that English does not (probably stale).
    pub extra: Vec<(Locale, Vec<String>)>,
}

impl CheckReport {
    /// Whether the check failed (only undefined keys fail it; missing translations are reported).
    pub fn is_error(&self) -> bool {
        !self.used_but_undefined.is_empty()
    }
}

impl Catalog {
    /// Parses the embedded catalogues.
    pub fn load() -> Result<Catalog, I18nError> {
        let mut bundles = Vec::new();
        for (locale, source) in SOURCES {
            let resource = FluentResource::try_new(source.to_string()).map_err(|(_, errors)| {
                I18nError::Syntax {
                    locale,
                    count: errors.len(),
                    first: errors.first().map(|e| format!("{e:?}")).unwrap_or_default(),
                }
            })?;
            let keys: BTreeSet<String> = resource
                .entries()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                    _ => None,
                })
                .collect();
            let lang: unic_langid::LanguageIdentifier = locale
                .code()
                .parse()
                .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
            let mut bundle = FluentBundle::new_concurrent(vec![lang]);
            // The isolation marks (U+2068/U+2069) protect right-to-left text; all ten locales are
            // left-to-right, and the marks would leak into page titles and SMS replies.
            bundle.set_use_isolating(false);
            bundle
                .add_resource(resource)
                .map_err(|errors| I18nError::Duplicate {
                    locale,
                    detail: format!("{errors:?}"),
                })?;
            bundles.push((locale, bundle, keys));
        }
        Ok(Catalog { bundles })
    }

    fn bundle(
        &self,
        locale: Locale,
    ) -> Option<&(Locale, FluentBundle<FluentResource>, BTreeSet<String>)> {
        self.bundles.iter().find(|(l, _, _)| *l == locale)
    }

    fn format(&self, locale: Locale, key: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let (_, bundle, _) = self.bundle(locale)?;
        let pattern = bundle.get_message(key)?.value()?;
        let mut errors = Vec::new();
        let value = bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
        Some(value)
    }

    /// The message `key` in `locale`, falling back to English, then to the key itself.
    pub fn text(&self, locale: Locale, key: &str) -> Text {
        self.text_with(locale, key, None)
    }

    /// Like [`Catalog::text`], with arguments for placeables such as `{ $id }`.
    pub fn text_with(&self, locale: Locale, key: &str, args: Option<&FluentArgs<'_>>) -> Text {
        if let Some(value) = self.format(locale, key, args) {
            return Text {
                value,
                fallback: false,
            };
        }
        if let Some(value) = self.format(Locale::FALLBACK, key, args) {
            return Text {
                value,
                fallback: locale != Locale::FALLBACK,
            };
        }
        Text {
            value: key.to_string(),
            fallback: true,
        }
    }

    /// The keys a locale defines.
    pub fn keys(&self, locale: Locale) -> BTreeSet<String> {
        self.bundle(locale)
            .map(|(_, _, k)| k.clone())
            .unwrap_or_default()
    }

    /// Compares the catalogues with the keys that the code and templates use.
    pub fn check<'a>(&self, used: impl IntoIterator<Item = &'a str>) -> CheckReport {
        let used: BTreeSet<String> = used.into_iter().map(str::to_string).collect();
        let en = self.keys(Locale::En);
        let mut report = CheckReport {
            used_but_undefined: used.difference(&en).cloned().collect(),
            unused: en.difference(&used).cloned().collect(),
            ..Default::default()
        };
        for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::En) {
            let keys = self.keys(locale);
            let missing: Vec<String> = en.difference(&keys).cloned().collect();
            let extra: Vec<String> = keys.difference(&en).cloned().collect();
            if !missing.is_empty() {
                report.missing.push((locale, missing));
            }
            if !extra.is_empty() {
                report.extra.push((locale, extra));
            }
        }
        report
    }
}

/// Finds message keys used in template or Rust source: every string literal passed as `t("…")`,
/// `.get("…")`, `.plain("…")`, `.with("…"` or `key("…")`, or assigned to a field whose name ends in `_key`, where the literal
/// looks like a message id (lower case, digits, hyphens, and at least one hyphen).
pub fn keys_used_in(source: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for marker in [
        "t(\"",
        ".get(\"",
        ".plain(\"",
        ".with(\"",
        "_key: \"",
        "key(\"",
    ] {
        for (i, _) in source.match_indices(marker) {
            let rest = &source[i + marker.len()..];
            if let Some(end) = rest.find('"') {
                let key = &rest[..end];
                if key.contains('-')
                    && key
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                {
                    out.insert(key.to_string());
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn loads_every_locale_and_falls_back_marked() {
        let c = Catalog::load().unwrap();
        assert_eq!(
            c.text(Locale::Th, "nav-home"),
            Text {
                value: "หน้าแรก".into(),
                fallback: false
            }
        );
        let missing = c.text(Locale::Km, "no-such-key");
        assert_eq!(
            missing,
            Text {
                value: "no-such-key".into(),
                fallback: true
            }
        );
        let mut args = FluentArgs::new();
        args.set("id", "ab12");
        assert_eq!(
            c.text_with(Locale::Vi, "error-reference", Some(&args))
                .value,
            "Mã tham chiếu: ab12"
        );
    }

    #[test]
    fn every_locale_translates_the_whole_catalogue() {
        let c = Catalog::load().unwrap();
        let report = c.check(c.keys(Locale::En).iter().map(String::as_str));
        assert!(
            report.missing.is_empty(),
            "missing translations: {:?}",
            report.missing
        );
        assert!(
            report.extra.is_empty(),
            "keys not in English: {:?}",
            report.extra
        );
    }

    #[test]
    fn translations_are_not_copies_of_english() {
        // A real translation differs from English for nearly every message; a copied file does not.
        let c = Catalog::load().unwrap();
        let en = c.keys(Locale::En);
        for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::En) {
            let same = en
                .iter()
                .filter(|k| c.text(locale, k).value == c.text(Locale::En, k).value)
                .count();
            assert!(
                same * 5 < en.len(),
                "{locale}: {same} of {} messages equal English",
                en.len()
            );
            for k in &en {
                let v = c.text(locale, k).value;
                assert!(
                    !v.contains("TODO") && !v.trim().is_empty(),
                    "{locale}/{k} is a placeholder"
                );
            }
        }
    }

    #[test]
    fn check_flags_undefined_keys() {
        let c = Catalog::load().unwrap();
        let r = c.check(["nav-home", "nav-nowhere"]);
        assert!(r.is_error());
        assert_eq!(r.used_but_undefined, vec!["nav-nowhere".to_string()]);
        assert!(r.unused.contains(&"nav-help".to_string()));
    }

    #[test]
    fn finds_keys_in_sources() {
        let src = r#"{{ t.get("nav-home") }} <a>{{ t.with("error-reference", "id", x) }}</a> x.get("not a key") t("nav-help") Section { nav_key: "nav-jobs" }"#;
        let keys: Vec<_> = keys_used_in(src).into_iter().collect();
        assert_eq!(
            keys,
            vec!["error-reference", "nav-help", "nav-home", "nav-jobs"]
        );
    }
}
