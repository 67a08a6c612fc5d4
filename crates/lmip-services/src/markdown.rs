//! CommonMark to HTML that is safe by construction: raw HTML in the text is shown as text (never
//! passed through), links and images keep only safe addresses (http, https, mailto, tel, and
//! addresses inside the site), images become links (pages stay small on prepaid data), and the
//! editor is told about each thing changed.

use pulldown_cmark::{BrokenLink, CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};

/// Something the renderer changed or could not follow, for the editor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// Raw HTML (or a script) was written: it is shown as text.
    RawHtml(String),
    /// A link to an address of a kind pages may not link to (`javascript:`, `data:`…): shown as
    /// text.
    UnsafeLink(String),
    /// A reference link whose reference is not defined (`[text][ref]` without `[ref]: …`).
    BrokenLink(String),
}

/// Rendered HTML and what the editor should know.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Rendered {
    /// The HTML.
    pub html: String,
    /// What was changed.
    pub warnings: Vec<Warning>,
}

fn safe_address(url: &str) -> bool {
    let u = url.trim().to_ascii_lowercase();
    if u.is_empty() {
        return false;
    }
    // Inside the site, or a fragment.
    if (u.starts_with('/') && !u.starts_with("//")) || u.starts_with('#') {
        return true;
    }
    ["https://", "http://", "mailto:", "tel:"]
        .iter()
        .any(|p| u.starts_with(p))
}

/// The words of CommonMark without its marks, one block per line (for search and snippets): text,
/// code and raw HTML as text, links as their words.
pub fn plain(text: &str) -> String {
    use pulldown_cmark::{Event, TagEnd};
    let mut out = String::with_capacity(text.len());
    for event in Parser::new_ext(text, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                out.push_str(&t)
            }
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell,
            ) => out.push('\n'),
            _ => {}
        }
    }
    out.trim().to_string()
}

/// Renders CommonMark (with tables and strikethrough) to safe HTML.
pub fn render(text: &str) -> Rendered {
    let mut warnings = Vec::new();
    let mut broken = Vec::new();
    let mut on_broken = |link: BrokenLink<'_>| {
        broken.push(link.reference.to_string());
        None::<(CowStr<'_>, CowStr<'_>)>
    };
    let parser = Parser::new_with_broken_link_callback(
        text,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
        Some(&mut on_broken),
    );
    // Links with unsafe addresses are dropped with their end tags, keeping their text.
    let mut dropped_links = Vec::new();
    let mut events = Vec::new();
    for event in parser {
        match event {
            Event::Html(h) | Event::InlineHtml(h) => {
                warnings.push(Warning::RawHtml(h.trim().chars().take(60).collect()));
                events.push(Event::Text(h));
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let keep = safe_address(&dest_url);
                if !keep {
                    warnings.push(Warning::UnsafeLink(dest_url.chars().take(60).collect()));
                }
                dropped_links.push(!keep);
                if keep {
                    events.push(Event::Start(Tag::Link {
                        link_type,
                        dest_url,
                        title,
                        id,
                    }));
                }
            }
            Event::End(TagEnd::Link) => {
                if !dropped_links.pop().unwrap_or(false) {
                    events.push(Event::End(TagEnd::Link));
                }
            }
            Event::Start(Tag::Image {
                dest_url, title, ..
            }) => {
                let keep = safe_address(&dest_url);
                if !keep {
                    warnings.push(Warning::UnsafeLink(dest_url.chars().take(60).collect()));
                }
                dropped_links.push(!keep);
                if keep {
                    events.push(Event::Start(Tag::Link {
                        link_type: LinkType::Inline,
                        dest_url,
                        title,
                        id: CowStr::Borrowed(""),
                    }));
                }
            }
            Event::End(TagEnd::Image) => {
                if !dropped_links.pop().unwrap_or(false) {
                    events.push(Event::End(TagEnd::Link));
                }
            }
            other => events.push(other),
        }
    }
    let mut html = String::with_capacity(text.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    warnings.extend(broken.into_iter().map(Warning::BrokenLink));
    Rendered { html, warnings }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn markdown_renders() {
        let r =
            render("# Title\n\nSome *text* and [a link](https://example.org).\n\n- one\n- two\n");
        assert!(r.html.contains("<h1>Title</h1>"));
        assert!(
            r.html
                .contains("<a href=\"https://example.org\">a link</a>")
        );
        assert!(r.html.contains("<li>one</li>"));
        assert!(r.warnings.is_empty());
    }

    #[test]
    fn plain_text_for_search() {
        assert_eq!(
            plain("# Title\n\nSome *text* and [a link](https://example.org).\n\n- one\n- two\n"),
            "Title\nSome text and a link.\none\ntwo"
        );
        assert_eq!(plain("a <b>c</b>"), "a <b>c</b>");
    }

    #[test]
    fn raw_html_and_scripts_become_text_and_the_editor_is_told() {
        let r = render(
            "Hello <script>alert(1)</script> <b onclick=x>bold</b>\n\n<iframe src=x></iframe>\n",
        );
        assert!(!r.html.contains("<script"), "{}", r.html);
        assert!(!r.html.contains("<iframe"), "{}", r.html);
        assert!(!r.html.contains("<b "), "{}", r.html);
        assert!(r.html.contains("&lt;script&gt;"), "{}", r.html);
        assert!(r.warnings.iter().any(|w| matches!(w, Warning::RawHtml(_))));
    }

    #[test]
    fn unsafe_links_are_dropped_and_broken_ones_named() {
        let r = render(
            "[click](javascript:alert(1)) [data](data:text/html,x) [ok](/en/help) [ref][missing] ![pic](https://example.org/a.png)",
        );
        assert!(!r.html.contains("javascript:"), "{}", r.html);
        assert!(!r.html.contains("data:"), "{}", r.html);
        assert!(r.html.contains("click"));
        assert!(r.html.contains("<a href=\"/en/help\">ok</a>"));
        assert!(!r.html.contains("<img"), "images are links: {}", r.html);
        assert!(
            r.html
                .contains("<a href=\"https://example.org/a.png\">pic</a>"),
            "{}",
            r.html
        );
        assert!(r.warnings.contains(&Warning::BrokenLink("missing".into())));
        assert_eq!(
            r.warnings
                .iter()
                .filter(|w| matches!(w, Warning::UnsafeLink(_)))
                .count(),
            2
        );
    }

    proptest! {
        #[test]
        fn never_lets_markup_through(s in "\\PC{0,300}") {
            let r = render(&s);
            prop_assert!(!r.html.contains("javascript:"));
            // Every tag is one CommonMark makes; anything else written was escaped.
            const TAGS: &[&str] = &[
                "p", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "del", "a", "ul", "ol",
                "li", "blockquote", "pre", "code", "hr", "br", "table", "thead", "tbody", "tr",
                "th", "td",
            ];
            for part in r.html.split('<').skip(1) {
                let name: String = part
                    .trim_start_matches('/')
                    .chars()
                    .take_while(char::is_ascii_alphanumeric)
                    .collect();
                prop_assert!(TAGS.contains(&name.as_str()), "<{} in {}", name, r.html);
            }
        }
    }
}
