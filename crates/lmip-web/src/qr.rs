//! A QR code as inline SVG (for the second factor's `otpauth://` address): no image files, no
//! script, a few hundred bytes.

use qrcodegen::{QrCode, QrCodeEcc};
use std::fmt::Write;

/// The SVG for `text`, or `None` if it is too long for a QR code.
pub(crate) fn svg(text: &str) -> Option<String> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let border = 4;
    let size = qr.size() + border * 2;
    let mut path = String::new();
    for y in 0..qr.size() {
        for x in 0..qr.size() {
            if qr.get_module(x, y) {
                let _ = write!(path, "M{},{}h1v1h-1z", x + border, y + border);
            }
        }
    }
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" width=\"200\" height=\"200\" role=\"img\" aria-hidden=\"true\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>"
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn draws_a_code() {
        let s = super::svg("otpauth://totp/lmip:ana%40example.org?secret=JBSWY3DPEHPK3PXP")
            .unwrap_or_default();
        assert!(s.starts_with("<svg") && s.contains("<path d=\"M"), "{s}");
        assert!(super::svg(&"x".repeat(8000)).is_none());
    }
}
