//! An upload's bytes as UTF-8 text: its size bounded, its encoding settled (the uploader's choice,
//! a byte-order mark, valid UTF-8, or chardetng's guess) and transcoded while streaming.

use super::{Finding, Location, Problem};
use encoding_rs::{Encoding, UTF_8};
use std::io::{self, BufRead, BufReader, Cursor, Read};

/// How much of the start of a file decides its encoding.
const SNIFF: usize = 64 * 1024;

/// The error a [`Bounded`] reader gives when the file passes its limit.
#[derive(Debug)]
struct TooLarge(u64);

impl std::fmt::Display for TooLarge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the file is larger than {} bytes", self.0)
    }
}

impl std::error::Error for TooLarge {}

/// A reader that fails once more than `limit` bytes went through it.
pub(crate) struct Bounded<R> {
    inner: R,
    left: u64,
    limit: u64,
}

impl<R: Read> Bounded<R> {
    pub(crate) fn new(inner: R, limit: u64) -> Bounded<R> {
        Bounded {
            inner,
            left: limit,
            limit,
        }
    }
}

impl<R: Read> Read for Bounded<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.left == 0 {
            // One byte more tells a file of exactly `limit` bytes from a larger one.
            let mut probe = [0u8; 1];
            return match self.inner.read(&mut probe)? {
                0 => Ok(0),
                _ => Err(io::Error::other(TooLarge(self.limit))),
            };
        }
        let want = buf
            .len()
            .min(usize::try_from(self.left).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut buf[..want])?;
        self.left -= n as u64;
        Ok(n)
    }
}

/// The finding for an I/O error met at `at`.
pub(crate) fn io_finding(e: &io::Error, at: Location) -> Finding {
    if let Some(TooLarge(limit)) = e.get_ref().and_then(|i| i.downcast_ref::<TooLarge>()) {
        return Finding::new(
            Problem::TooLarge {
                limit_mib: limit / (1024 * 1024),
            },
            Location::file(),
        );
    }
    Finding::new(
        Problem::Unreadable {
            reason: e.to_string(),
        },
        at,
    )
}

/// Decoded text, buffered.
pub(crate) struct Text<'a> {
    inner: BufReader<Box<dyn Read + Send + 'a>>,
}

impl<'a> Text<'a> {
    /// Skips leading white space and returns the first byte after it, without consuming it.
    pub(crate) fn first_significant(&mut self) -> Result<Option<u8>, Finding> {
        loop {
            let buf = self
                .inner
                .fill_buf()
                .map_err(|e| io_finding(&e, Location::file()))?;
            if buf.is_empty() {
                return Ok(None);
            }
            match buf.iter().position(|b| !b.is_ascii_whitespace()) {
                Some(i) => {
                    let b = buf[i];
                    self.inner.consume(i);
                    return Ok(Some(b));
                }
                None => {
                    let n = buf.len();
                    self.inner.consume(n);
                }
            }
        }
    }

    /// The buffered reader.
    pub(crate) fn into_inner(self) -> BufReader<Box<dyn Read + Send + 'a>> {
        self.inner
    }
}

/// What a file's first bytes say it is, when it is not text lmip reads.
fn binary_kind(head: &[u8]) -> Option<&'static str> {
    if head.starts_with(b"PK\x03\x04") {
        Some("xlsx")
    } else if head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        // The compound file format: an old .xls, or any encrypted Office file.
        Some("xls-or-encrypted")
    } else if head.starts_with(b"%PDF") {
        Some("pdf")
    } else if head.contains(&0)
        && !head.starts_with(&[0xFF, 0xFE])
        && !head.starts_with(&[0xFE, 0xFF])
    {
        Some("binary")
    } else {
        None
    }
}

/// Whether `head` is UTF-8, allowing a character cut by the end of the sniffed part.
fn is_utf8(head: &[u8], complete: bool) -> bool {
    match std::str::from_utf8(head) {
        Ok(_) => true,
        Err(e) => !complete && e.error_len().is_none(),
    }
}

/// Settles the encoding and returns the text as UTF-8, with the encoding used.
pub(crate) fn decode<'a, R: Read + Send + 'a>(
    mut reader: R,
    chosen: Option<&'static Encoding>,
) -> Result<(Text<'a>, &'static Encoding), Finding> {
    let mut head = Vec::with_capacity(SNIFF);
    (&mut reader)
        .take(SNIFF as u64)
        .read_to_end(&mut head)
        .map_err(|e| io_finding(&e, Location::file()))?;
    let complete = head.len() < SNIFF;
    if let Some(kind) = binary_kind(&head) {
        return Err(Finding::new(
            Problem::UnsupportedFormat {
                format: kind.to_string(),
            },
            Location::file(),
        ));
    }
    let bom = Encoding::for_bom(&head);
    let encoding = match (chosen, bom) {
        (_, Some((e, _))) => e,
        (Some(e), None) => e,
        (None, None) if is_utf8(&head, complete) => UTF_8,
        (None, None) => {
            let mut detector = chardetng::EncodingDetector::new();
            detector.feed(&head, complete);
            detector.guess(None, false)
        }
    };
    let rest = Cursor::new(head).chain(reader);
    let inner: Box<dyn Read + Send + 'a> = if encoding == UTF_8 {
        // Passed through as bytes: the readers check each cell and report the row where the text
        // stops being UTF-8, so a file that is only partly UTF-8 is never silently garbled.
        let mut rest = rest;
        if bom.is_some() {
            let mut skip = [0u8; 3];
            rest.read_exact(&mut skip)
                .map_err(|e| io_finding(&e, Location::file()))?;
        }
        Box::new(rest)
    } else {
        Box::new(
            encoding_rs_io::DecodeReaderBytesBuilder::new()
                .encoding(Some(encoding))
                .bom_override(true)
                .build(rest),
        )
    };
    Ok((
        Text {
            inner: BufReader::with_capacity(64 * 1024, inner),
        },
        encoding,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(bytes: &[u8], chosen: Option<&'static Encoding>) -> (String, &'static str) {
        let (t, e) = decode(bytes, chosen).unwrap();
        let mut s = String::new();
        t.into_inner().read_to_string(&mut s).unwrap();
        (s, e.name())
    }

    #[test]
    fn utf8_with_and_without_a_mark() {
        assert_eq!(text_of(b"a,b\n", None), ("a,b\n".into(), "UTF-8"));
        assert_eq!(
            text_of(b"\xEF\xBB\xBFa,b\n", None),
            ("a,b\n".into(), "UTF-8")
        );
    }

    #[test]
    fn utf16_as_excel_saves_it() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "ก,b\n".encode_utf16() {
            bytes.extend(u.to_le_bytes());
        }
        assert_eq!(text_of(&bytes, None), ("ก,b\n".into(), "UTF-16LE"));
    }

    #[test]
    fn thai_and_vietnamese_legacy_encodings() {
        let thai = "ประเทศไทย,แรงงานข้ามชาติ,จำนวน,ผู้ชาย,ผู้หญิง\n".repeat(4);
        let (bytes, _, _) = encoding_rs::WINDOWS_874.encode(&thai);
        // Guessed when not chosen…
        assert_eq!(text_of(&bytes, None), (thai.clone(), "windows-874"));
        // …and used when chosen (these letters are single bytes in windows-1258).
        let vi = "Đông Hà,Thơ,ưu tiên\n";
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1258.encode(vi);
        assert!(!unmappable);
        assert_eq!(
            text_of(&bytes, Some(encoding_rs::WINDOWS_1258)),
            (vi.to_string(), "windows-1258")
        );
    }

    #[test]
    fn binary_files_are_named() {
        for (bytes, kind) in [
            (&b"PK\x03\x04rest"[..], "xlsx"),
            (&[0xD0, 0xCF, 0x11, 0xE0, 1, 2][..], "xls-or-encrypted"),
            (&b"%PDF-1.7"[..], "pdf"),
            (&b"a\0b"[..], "binary"),
        ] {
            let f = decode(bytes, None).err().unwrap();
            assert_eq!(
                f.problem,
                Problem::UnsupportedFormat {
                    format: kind.into()
                }
            );
        }
    }

    #[test]
    fn the_size_limit_holds_while_streaming() {
        let bytes = [b'a'; 100];
        let refused = decode(Bounded::new(&bytes[..], 10), None).err().unwrap();
        assert_eq!(refused.problem, Problem::TooLarge { limit_mib: 0 });
        // Exactly at the limit is fine.
        let (t, _) = decode(Bounded::new(&bytes[..10], 10), None).unwrap();
        let mut s = String::new();
        t.into_inner().read_to_string(&mut s).unwrap();
        assert_eq!(s.len(), 10);
    }
}
