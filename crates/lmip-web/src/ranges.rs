//! Byte ranges (RFC 9110 §14): a browser's `<audio>` player asks for parts of a recording to
//! start playing early and to seek, and a phone on a dropped connection resumes instead of paying
//! for the bytes again.

/// What a `Range` header asks of a representation of `len` bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ByteRange {
    /// No range, one lmip does not serve (another unit, several ranges) or one it cannot read:
    /// the whole representation, as the RFC allows.
    Whole,
    /// Bytes `start..=end`.
    Part {
        /// The first byte.
        start: u64,
        /// The last byte (inclusive).
        end: u64,
    },
    /// A range that starts past the end: `416` with the length.
    Unsatisfiable,
}

/// Reads a `Range` header (`bytes=0-`, `bytes=100-199`, `bytes=-500`).
pub(crate) fn byte_range(header: &str, len: u64) -> ByteRange {
    let Some((unit, spec)) = header.trim().split_once('=') else {
        return ByteRange::Whole;
    };
    if !unit.trim().eq_ignore_ascii_case("bytes") || spec.contains(',') {
        return ByteRange::Whole;
    }
    let Some((first, last)) = spec.trim().split_once('-') else {
        return ByteRange::Whole;
    };
    let number = |s: &str| {
        let s = s.trim();
        (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u64>().ok())
            .flatten()
    };
    match (first.trim().is_empty(), number(first), number(last)) {
        // The last N bytes.
        (true, _, Some(n)) => {
            if n == 0 || len == 0 {
                ByteRange::Unsatisfiable
            } else {
                ByteRange::Part {
                    start: len - n.min(len),
                    end: len - 1,
                }
            }
        }
        (false, Some(start), None) if last.trim().is_empty() => {
            if start >= len {
                ByteRange::Unsatisfiable
            } else {
                ByteRange::Part {
                    start,
                    end: len - 1,
                }
            }
        }
        (false, Some(start), Some(end)) if start <= end => {
            if start >= len {
                ByteRange::Unsatisfiable
            } else {
                ByteRange::Part {
                    start,
                    end: end.min(len - 1),
                }
            }
        }
        _ => ByteRange::Whole,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn ranges_are_read_as_the_rfc_says() {
        let part = |start, end| ByteRange::Part { start, end };
        for (h, want) in [
            ("bytes=0-", part(0, 999)),
            ("bytes=0-0", part(0, 0)),
            ("bytes=100-199", part(100, 199)),
            ("bytes=900-5000", part(900, 999)),
            ("bytes=-200", part(800, 999)),
            ("bytes=-5000", part(0, 999)),
            ("BYTES = 10-20", part(10, 20)),
            ("bytes=1000-", ByteRange::Unsatisfiable),
            ("bytes=1000-1001", ByteRange::Unsatisfiable),
            ("bytes=-0", ByteRange::Unsatisfiable),
            ("bytes=5-4", ByteRange::Whole),
            ("bytes=0-1,5-6", ByteRange::Whole),
            ("items=0-1", ByteRange::Whole),
            ("bytes=a-b", ByteRange::Whole),
            ("bytes=+1-2", ByteRange::Whole),
            ("bytes=-", ByteRange::Whole),
            ("bytes=99999999999999999999999-", ByteRange::Whole),
            ("", ByteRange::Whole),
        ] {
            assert_eq!(byte_range(h, 1000), want, "{h}");
        }
    }

    proptest! {
        /// Whatever the header, a part served lies inside the representation.
        #[test]
        fn a_part_is_always_inside(header in ".{0,40}", len in 0u64..10_000) {
            if let ByteRange::Part { start, end } = byte_range(&header, len) {
                prop_assert!(start <= end && end < len);
            }
        }

        #[test]
        fn well_formed_ranges_are_served(a in 0u64..20_000, b in 0u64..20_000, len in 1u64..10_000) {
            let (a, b) = (a.min(b), a.max(b));
            let got = byte_range(&format!("bytes={a}-{b}"), len);
            if a >= len {
                prop_assert_eq!(got, ByteRange::Unsatisfiable);
            } else {
                prop_assert_eq!(got, ByteRange::Part { start: a, end: b.min(len - 1) });
            }
        }
    }
}
