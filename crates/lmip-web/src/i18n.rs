//! Translations as templates use them.

use askama::filters::HtmlSafe;
use fluent_args::args;
use lmip_domain::Locale;
use lmip_i18n::{Catalog, Text};
use std::fmt;

mod fluent_args {
    /// Builds Fluent arguments from one name and value.
    pub fn args<'a>(name: &'a str, value: &'a str) -> lmip_i18n::FluentArgs<'a> {
        let mut a = lmip_i18n::FluentArgs::new();
        a.set(name, value);
        a
    }
}

/// Marks a string literal as a message id, so that `lmip check i18n` finds it where it is not
/// passed to the translator directly (in a `match`, a table).
pub(crate) const fn key(id: &'static str) -> &'static str {
    id
}

/// The translator for one page: `{{ t.get("key") }}` in templates.
#[derive(Clone, Copy)]
pub(crate) struct Tr<'a> {
    pub catalog: &'a Catalog,
    pub locale: Locale,
    /// Numbers, dates and collation of the locale.
    pub formats: &'a lmip_format::Formats,
}

impl<'a> Tr<'a> {
    /// An amount of money as the locale writes numbers: "12,000 THB", "၁၂,၀၀၀ THB".
    pub fn money(&self, m: &lmip_domain::offers::Money) -> String {
        let v = m.amount as f64 / 100.0;
        format!("{} {}", self.formats.number(self.locale, v, 2), m.currency)
    }

    /// An ISO date in the reader's words and calendar ("3 May 2026", "3 พ.ค. 2569").
    pub fn date(&self, iso: &str) -> String {
        self.formats.date(self.locale, iso)
    }

    /// An RFC 3339 time (UTC) as the reader's date and the time of day, marked UTC: back-office
    /// lists are read by people in several time zones.
    pub fn datetime(&self, rfc3339: &str) -> String {
        match rfc3339.get(11..16) {
            Some(hm) if rfc3339.len() > 16 => format!("{} {hm} UTC", self.date(rfc3339)),
            _ => self.date(rfc3339),
        }
    }

    /// A figure, with at most `fraction` decimals, as the locale writes numbers.
    pub fn number(&self, v: f64, fraction: u8) -> String {
        self.formats.number(self.locale, v, fraction)
    }

    /// The message `key`.
    pub fn get(&self, key: impl AsRef<str>) -> Msg {
        self.msg(self.catalog.text(self.locale, key.as_ref()))
    }

    fn msg(&self, text: Text) -> Msg {
        let note = text
            .fallback
            .then(|| self.catalog.text(self.locale, "untranslated-note").value);
        Msg { text, note }
    }

    /// The message `key` as plain text, for contexts where markup cannot go (`<title>`, attributes);
    /// askama escapes it.
    pub fn plain(&self, key: &str) -> String {
        self.catalog.text(self.locale, key).value
    }

    /// The message `key` with several arguments, as plain text (askama escapes it where shown).
    pub fn with_all(&self, key: &str, values: &[(&str, String)]) -> String {
        let mut a = lmip_i18n::FluentArgs::new();
        for (name, value) in values {
            a.set(*name, value.as_str());
        }
        self.catalog.text_with(self.locale, key, Some(&a)).value
    }

    /// The message `key` with one argument.
    pub fn with(&self, key: &str, name: &str, value: impl fmt::Display) -> Msg {
        let value = value.to_string();
        self.msg(
            self.catalog
                .text_with(self.locale, key, Some(&args(name, &value))),
        )
    }
}

/// A translated message, HTML-escaped when shown. A message that fell back to English is wrapped in
/// `<span lang="en" data-untranslated title="…">` so screen readers switch voice, readers learn why,
/// and translators can find it. (The note is the message `t.get("untranslated-note")`.)
pub(crate) struct Msg {
    text: Text,
    /// For a fallback: "not yet translated" in the reader's language, shown as a tooltip.
    note: Option<String>,
}

impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let escaped = escape(&self.text.value)?;
        match &self.note {
            Some(note) => write!(
                f,
                "<span lang=\"en\" data-untranslated title=\"{}\">{escaped}</span>",
                escape(note)?
            ),
            None => write!(f, "{escaped}"),
        }
    }
}

fn escape(s: &str) -> Result<String, fmt::Error> {
    askama::filters::escape(s, askama::filters::Html)
        .map(|e| e.to_string())
        .map_err(|_| fmt::Error)
}

// `Msg` escapes its own text above, so askama must not escape it again.
impl HtmlSafe for Msg {}
