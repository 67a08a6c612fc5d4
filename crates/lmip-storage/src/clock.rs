//! Time and identifiers, generated in Rust so that both databases store the same text.

use rand::Rng;
use time::OffsetDateTime;
use time::macros::format_description;

/// The current time as fixed-width RFC 3339 UTC text with microseconds, e.g.
/// `2026-11-22T18:47:41.123456Z`. Fixed width makes text order equal time order on both databases.
pub fn now_utc_text() -> String {
    format_utc(OffsetDateTime::now_utc())
}

/// Formats a time like [`now_utc_text`]: every timestamp lmip stores must have this one format,
/// because the databases compare them as text.
pub fn format_utc(t: OffsetDateTime) -> String {
    let f =
        format_description!("[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:6]Z");
    t.to_offset(time::UtcOffset::UTC)
        .format(&f)
        .unwrap_or_else(|_| "1970-01-01T00:00:00.000000Z".to_string())
}

/// Parses a timestamp written by [`format_utc`]; `None` for anything else.
pub fn parse_utc(text: &str) -> Option<OffsetDateTime> {
    let f =
        format_description!("[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:6]Z");
    time::PrimitiveDateTime::parse(text, &f)
        .ok()
        .map(|t| t.assume_utc())
}

/// A new identifier: 48 bits of milliseconds then 80 random bits, as 32 hex digits. Sorts by
/// creation time (like UUIDv7) and is unguessable enough for row identifiers (never for secrets).
pub fn new_id() -> String {
    let millis =
        (OffsetDateTime::now_utc().unix_timestamp_nanos() / 1_000_000) as u64 & 0xFFFF_FFFF_FFFF;
    let rand: u128 = rand::rng().random::<u128>() & ((1u128 << 80) - 1);
    format!("{millis:012x}{rand:020x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_are_fixed_width_and_ids_sort() {
        assert_eq!(now_utc_text().len(), 27);
        let t = parse_utc("2026-11-22T18:47:41.123456Z").unwrap();
        assert_eq!(format_utc(t), "2026-11-22T18:47:41.123456Z");
        assert!(parse_utc("2026-11-22T18:47:41Z").is_none());
        let a = new_id();
        std::thread::sleep(std::time::Duration::from_millis(2));
        let b = new_id();
        assert_eq!(a.len(), 32);
        assert!(a < b);
    }
}
