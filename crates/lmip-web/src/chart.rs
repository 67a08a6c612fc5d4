//! Charts drawn on the server as SVG: horizontal bars (across countries) and a line (over years).
//! No script, a few hundred bytes, readable on any phone; the numbers are always in a table beside
//! them, so the chart is decoration for sighted readers (`role="img"` with a title for the rest).

use std::fmt::Write;

/// Escapes text for SVG.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A short number for a chart's labels: 1234567 → 1.2M, 12345 → 12.3k.
pub(crate) fn short(v: f64) -> String {
    let a = v.abs();
    if a >= 1e9 {
        format!("{:.1}G", v / 1e9)
    } else if a >= 1e6 {
        format!("{:.1}M", v / 1e6)
    } else if a >= 1e4 {
        format!("{:.1}k", v / 1e3)
    } else if a >= 100.0 || v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.2}")
    }
}

/// Horizontal bars, largest first as given; `title` names the chart for assistive technology.
pub(crate) fn bars(title: &str, items: &[(String, f64)]) -> String {
    let max = items.iter().map(|i| i.1).fold(0.0_f64, f64::max);
    if items.is_empty() || max <= 0.0 {
        return String::new();
    }
    let row = 22;
    let height = items.len() * row + 4;
    let mut svg = format!(
        "<svg class=\"chart\" viewBox=\"0 0 600 {height}\" role=\"img\" aria-label=\"{}\"><title>{}</title>",
        esc(title),
        esc(title)
    );
    for (i, (label, value)) in items.iter().enumerate() {
        let y = i * row + 2;
        let w = (value.max(0.0) / max * 330.0).round();
        let label: String = label.chars().take(28).collect();
        let _ = write!(
            svg,
            "<text x=\"195\" y=\"{}\" text-anchor=\"end\">{}</text><rect x=\"200\" y=\"{}\" width=\"{w}\" height=\"{}\" fill=\"#0b5394\"/><text x=\"{}\" y=\"{}\">{}</text>",
            y + 15,
            esc(&label),
            y + 3,
            row - 6,
            205.0 + w,
            y + 15,
            esc(&short(*value))
        );
    }
    svg.push_str("</svg>");
    svg
}

/// A line over periods (in order), for one series.
pub(crate) fn line(title: &str, points: &[(String, f64)]) -> String {
    if points.len() < 2 {
        return String::new();
    }
    let max = points.iter().map(|p| p.1).fold(0.0_f64, f64::max);
    let min = points.iter().map(|p| p.1).fold(f64::MAX, f64::min).min(0.0);
    let span = if max - min > 0.0 { max - min } else { 1.0 };
    let (left, right, top, bottom) = (60.0, 590.0, 10.0, 170.0);
    let step = (right - left) / (points.len() - 1) as f64;
    let mut path = String::new();
    for (i, (_, v)) in points.iter().enumerate() {
        let x = left + step * i as f64;
        let y = bottom - (v - min) / span * (bottom - top);
        let _ = write!(path, "{}{x:.1},{y:.1}", if i == 0 { "M" } else { " L" });
    }
    let first = &points[0].0;
    let last = &points[points.len() - 1].0;
    format!(
        "<svg class=\"chart\" viewBox=\"0 0 600 200\" role=\"img\" aria-label=\"{t}\"><title>{t}</title>\
<line x1=\"{left}\" y1=\"{bottom}\" x2=\"{right}\" y2=\"{bottom}\" stroke=\"#767676\"/>\
<text x=\"{l}\" y=\"{ty}\" text-anchor=\"end\">{maxl}</text><text x=\"{l}\" y=\"{by}\" text-anchor=\"end\">{minl}</text>\
<path d=\"{path}\" fill=\"none\" stroke=\"#0b5394\" stroke-width=\"3\"/>\
<text x=\"{left}\" y=\"195\">{f}</text><text x=\"{right}\" y=\"195\" text-anchor=\"end\">{la}</text></svg>",
        t = esc(title),
        l = left - 5.0,
        ty = top + 10.0,
        by = bottom,
        maxl = esc(&short(max)),
        minl = esc(&short(min)),
        f = esc(first),
        la = esc(last),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_escape_their_labels_and_scale_to_the_largest() {
        let svg = bars(
            "Top <destinations>",
            &[
                ("Côte d'Ivoire <x>".into(), 200.0),
                ("Thailand".into(), 100.0),
            ],
        );
        assert!(svg.contains("Côte d&#39;Ivoire &lt;x&gt;"));
        assert!(svg.contains("aria-label=\"Top &lt;destinations&gt;\""));
        assert!(svg.contains("width=\"330\""));
        assert!(svg.contains("width=\"165\""));
        assert!(!svg.contains("<x>"));
        assert_eq!(bars("t", &[]), "");
    }

    #[test]
    fn a_line_needs_two_points() {
        assert_eq!(line("t", &[("2020".into(), 1.0)]), "");
        let svg = line("t", &[("2020".into(), 1.0), ("2021".into(), 3.0)]);
        // The axis starts at zero: 1 of 3 sits a third of the way up.
        assert!(svg.contains("M60.0,116.7 L590.0,10.0"), "{svg}");
        assert!(svg.contains(">2020<") && svg.contains(">2021<"));
    }

    #[test]
    fn short_numbers() {
        assert_eq!(short(1_234_567.0), "1.2M");
        assert_eq!(short(12_345.0), "12.3k");
        assert_eq!(short(999.0), "999");
        assert_eq!(short(2.328), "2.33");
    }
}
