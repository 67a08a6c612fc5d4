//! The cache of rendered public pages, kept compressed.
//!
//! Compressing a page on every request costs most of a server's throughput (measured on these
//! 2-core machines: ~14,000 req/s gzipping a 10 KB page per request against ~85,000 returning
//! pre-compressed bytes). So a public page is rendered and compressed once per (path, locale, data
//! version), with gzip and brotli at their best levels, and served from here. A new data version
//! (a change in the change log) makes every old entry unreachable; the bounded cache evicts them.

use axum::body::Body;
use axum::http::{HeaderMap, HeaderValue, Response, StatusCode, header};
use sha2::{Digest, Sha256};
use std::io::Write;
use std::sync::Arc;

/// One rendered page in every encoding.
#[derive(Debug)]
pub struct CachedPage {
    /// Strong validator: a hash of the uncompressed bytes.
    pub etag: HeaderValue,
    /// The page as rendered.
    pub identity: bytes::Bytes,
    /// gzip, level 9.
    pub gzip: bytes::Bytes,
    /// brotli, quality 11.
    pub br: bytes::Bytes,
}

/// Key: (path, data version). The locale is part of the path (`/th/…`).
type Key = (String, i64);

/// A bounded cache of compressed pages.
pub struct PageCache {
    pages: quick_cache::sync::Cache<Key, Arc<CachedPage>>,
}

impl PageCache {
    /// A cache of at most `capacity` pages.
    pub fn new(capacity: usize) -> PageCache {
        PageCache {
            pages: quick_cache::sync::Cache::new(capacity.max(16)),
        }
    }

    /// The cached page, if any.
    pub fn get(&self, path: &str, version: i64) -> Option<Arc<CachedPage>> {
        self.pages.get(&(path.to_string(), version))
    }

    /// Compresses and stores a page, returning it.
    pub fn insert(&self, path: &str, version: i64, html: String) -> Arc<CachedPage> {
        let page = Arc::new(compress_all(html.into_bytes()));
        self.pages.insert((path.to_string(), version), page.clone());
        page
    }

    /// Number of cached pages.
    pub fn len(&self) -> usize {
        self.pages.len()
    }

    /// Whether the cache is empty.
    pub fn is_empty(&self) -> bool {
        self.pages.is_empty()
    }
}

/// Compresses a body with gzip (level 9) and brotli (quality 11) and computes its ETag.
pub fn compress_all(body: Vec<u8>) -> CachedPage {
    let etag = format!("\"{}\"", &hex::encode(Sha256::digest(&body))[..32]);
    CachedPage {
        etag: HeaderValue::from_str(&etag).unwrap_or_else(|_| HeaderValue::from_static("\"0\"")),
        gzip: gzip(&body, 9).into(),
        br: brotli(&body, 11).into(),
        identity: body.into(),
    }
}

/// gzip at `level` (0–9).
pub fn gzip(body: &[u8], level: u32) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(
        Vec::with_capacity(body.len() / 3),
        flate2::Compression::new(level),
    );
    // Writing to a Vec cannot fail.
    let _ = e.write_all(body);
    e.finish().unwrap_or_default()
}

/// brotli at `quality` (0–11).
pub fn brotli(body: &[u8], quality: i32) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len() / 3);
    let params = ::brotli::enc::BrotliEncoderParams {
        quality,
        lgwin: 22,
        ..Default::default()
    };
    let mut input = body;
    let _ = ::brotli::BrotliCompress(&mut input, &mut out, &params);
    out
}

/// The encodings a client accepts, by preference: brotli, then gzip, then none. Honours `q=0`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// brotli.
    Br,
    /// gzip.
    Gzip,
    /// Uncompressed.
    Identity,
}

impl Encoding {
    /// Chooses from an `Accept-Encoding` header.
    pub fn choose(headers: &HeaderMap) -> Encoding {
        let Some(accept) = headers
            .get(header::ACCEPT_ENCODING)
            .and_then(|v| v.to_str().ok())
        else {
            return Encoding::Identity;
        };
        let accepts = |name: &str| {
            accept.split(',').any(|item| {
                let mut parts = item.split(';');
                let coding = parts.next().unwrap_or("").trim();
                let q_zero = parts.any(|p| {
                    p.trim()
                        .strip_prefix("q=")
                        .and_then(|q| q.trim().parse::<f32>().ok())
                        == Some(0.0)
                });
                (coding.eq_ignore_ascii_case(name) || coding == "*") && !q_zero
            })
        };
        if accepts("br") {
            Encoding::Br
        } else if accepts("gzip") {
            Encoding::Gzip
        } else {
            Encoding::Identity
        }
    }
}

/// A page that is not cached (it depends on the query or the day, or holds a per-request form
/// token). It leaves uncompressed: the compression middleware compresses it for this request, at
/// levels cheap enough to run per request (brotli 5, gzip 6: well under a millisecond for a page
/// of 10 KB), so a phone on a prepaid plan still receives a third of the bytes.
pub fn uncached_html(status: StatusCode, html: String) -> Response<Body> {
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, "text/html; charset=utf-8")
        .header(header::CACHE_CONTROL, "no-store")
        .body(Body::from(html))
        .unwrap_or_default()
}

/// Builds the response for a cached page: 304 when the client's ETag matches, otherwise the
/// bytes in the best accepted encoding.
pub fn respond(
    page: &CachedPage,
    status: StatusCode,
    request: &HeaderMap,
    cache_control: &HeaderValue,
) -> Response<Body> {
    let not_modified = request
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.split(',')
                .any(|t| t.trim() == "*" || t.trim().trim_start_matches("W/") == page.etag)
        });
    let mut builder = Response::builder()
        .header(header::ETAG, page.etag.clone())
        .header(header::CACHE_CONTROL, cache_control.clone())
        .header(header::VARY, "Accept-Encoding");
    if not_modified && status == StatusCode::OK {
        return builder
            .status(StatusCode::NOT_MODIFIED)
            .body(Body::empty())
            .unwrap_or_default();
    }
    let (bytes, encoding) = match Encoding::choose(request) {
        Encoding::Br => (page.br.clone(), Some("br")),
        Encoding::Gzip => (page.gzip.clone(), Some("gzip")),
        Encoding::Identity => (page.identity.clone(), None),
    };
    if let Some(e) = encoding {
        builder = builder.header(header::CONTENT_ENCODING, e);
    }
    builder
        .status(status)
        .header(header::CONTENT_TYPE, "text/html; charset=utf-8")
        .header(header::CONTENT_LENGTH, bytes.len())
        .body(Body::from(bytes))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use std::io::Read;

    fn headers(accept: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_str(accept).unwrap(),
        );
        h
    }

    #[test]
    fn chooses_encodings() {
        assert_eq!(
            Encoding::choose(&headers("gzip, deflate, br")),
            Encoding::Br
        );
        assert_eq!(Encoding::choose(&headers("gzip")), Encoding::Gzip);
        assert_eq!(
            Encoding::choose(&headers("br;q=0, gzip;q=0.5")),
            Encoding::Gzip
        );
        assert_eq!(Encoding::choose(&headers("identity")), Encoding::Identity);
        assert_eq!(Encoding::choose(&HeaderMap::new()), Encoding::Identity);
    }

    #[test]
    fn compressed_bytes_decompress_to_the_page() {
        let html = "<p>สวัสดี</p>".repeat(100);
        let page = compress_all(html.clone().into_bytes());
        let mut out = String::new();
        flate2::read::GzDecoder::new(&page.gzip[..])
            .read_to_string(&mut out)
            .unwrap();
        assert_eq!(out, html);
        let mut out = Vec::new();
        ::brotli::BrotliDecompress(&mut &page.br[..], &mut out).unwrap();
        assert_eq!(out, html.as_bytes());
        assert!(page.br.len() < html.len() / 5);
    }

    #[test]
    fn cache_is_keyed_by_version() {
        let c = PageCache::new(16);
        c.insert("/en/", 1, "a".into());
        assert!(c.get("/en/", 1).is_some());
        assert!(c.get("/en/", 2).is_none());
    }
}
