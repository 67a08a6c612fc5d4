//! The directory's rules without I/O: licence statuses and what a worker is told about an agency,
//! licence numbers as regulators write them, and the dates official lists use.

use crate::DomainError;
use std::str::FromStr;

/// A licence's status as its issuer records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LicenceStatus {
    /// In force.
    Valid,
    /// Suspended for a time: the agency may not recruit.
    Suspended,
    /// Withdrawn for good.
    Revoked,
    /// Past its end date and not renewed.
    Expired,
}

impl LicenceStatus {
    /// Every status.
    pub const ALL: [LicenceStatus; 4] = [
        LicenceStatus::Valid,
        LicenceStatus::Suspended,
        LicenceStatus::Revoked,
        LicenceStatus::Expired,
    ];

    /// The stable name used in storage, files and the API.
    pub fn as_str(self) -> &'static str {
        match self {
            LicenceStatus::Valid => "valid",
            LicenceStatus::Suspended => "suspended",
            LicenceStatus::Revoked => "revoked",
            LicenceStatus::Expired => "expired",
        }
    }

    /// A status as storage holds it (its `as_str`); anything else reads as expired, the
    /// cautious answer, though the database's CHECK constraint admits only the four names.
    pub fn from_stored(s: &str) -> LicenceStatus {
        LicenceStatus::ALL
            .into_iter()
            .find(|x| x.as_str() == s)
            .unwrap_or(LicenceStatus::Expired)
    }

    /// The status a reader must be told on `today` (ISO date): a licence recorded as valid whose
    /// end date has passed is expired, whether or not anyone updated it.
    pub fn effective(self, valid_to: Option<&str>, today: &str) -> LicenceStatus {
        match (self, valid_to) {
            (LicenceStatus::Valid, Some(end)) if end < today => LicenceStatus::Expired,
            (s, _) => s,
        }
    }
}

impl FromStr for LicenceStatus {
    type Err = DomainError;
    /// Reads the status words official lists use, in English (any case, with synonyms).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let word = s.trim().to_lowercase();
        Ok(match word.as_str() {
            "valid" | "active" | "licensed" | "in force" | "current" | "renewed" => {
                LicenceStatus::Valid
            }
            "suspended" | "suspension" => LicenceStatus::Suspended,
            "revoked" | "cancelled" | "canceled" | "withdrawn" | "blacklisted" => {
                LicenceStatus::Revoked
            }
            "expired" | "lapsed" => LicenceStatus::Expired,
            _ => {
                return Err(DomainError::UnknownLicenceStatus {
                    given: s.chars().take(40).collect(),
                });
            }
        })
    }
}

/// The services a directory entry can offer (after Open Referral's idea of a service taxonomy,
/// kept short so that a worker can choose on a small phone).
pub const SERVICE_KINDS: [&str; 12] = [
    "information",
    "legal-aid",
    "shelter",
    "helpline",
    "complaints",
    "counselling",
    "health",
    "training",
    "job-placement",
    "documents",
    "remittance",
    "return",
];

/// Corridors as an editor writes them ("KH-TH, MM-TH" or "KH TH"): (origin, destination) pairs,
/// upper-cased, two letters each, origin and destination different. Country codes are checked
/// against the reference list by the caller.
pub fn parse_corridors(text: &str) -> Result<Vec<(String, String)>, DomainError> {
    let mut out = Vec::new();
    for part in text
        .split([',', ';', '\n'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let bad = || DomainError::BadCorridor {
            given: part.chars().take(20).collect(),
        };
        let codes: Vec<String> = part
            .split(['-', ' ', '>', '/', '→'])
            .filter(|c| !c.is_empty())
            .map(str::to_uppercase)
            .collect();
        match codes.as_slice() {
            [o, d]
                if o.len() == 2
                    && d.len() == 2
                    && o != d
                    && o.chars().chain(d.chars()).all(|c| c.is_ascii_uppercase()) =>
            {
                if !out.contains(&(o.clone(), d.clone())) {
                    out.push((o.clone(), d.clone()));
                }
            }
            _ => return Err(bad()),
        }
    }
    Ok(out)
}

/// What the verify page answers about an agency, in one glance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// A valid licence.
    Licensed,
    /// Suspended: do not pay or sign now.
    Suspended,
    /// Revoked: not allowed to recruit.
    Revoked,
    /// Expired: not renewed.
    Expired,
    /// Nothing on record by that number or name.
    NotFound,
}

impl Verdict {
    /// The verdict for an agency's licences on `today`: the best effective status wins (an
    /// agency with one valid licence is licensed), and no licence at all is "not found".
    pub fn of<'a>(
        licences: impl IntoIterator<Item = (LicenceStatus, Option<&'a str>)>,
        today: &str,
    ) -> Verdict {
        licences
            .into_iter()
            .map(|(s, end)| s.effective(end, today))
            .min()
            .map_or(Verdict::NotFound, Verdict::from)
    }

    /// The stable name (API, CSS class, message keys).
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Licensed => "licensed",
            Verdict::Suspended => "suspended",
            Verdict::Revoked => "revoked",
            Verdict::Expired => "expired",
            Verdict::NotFound => "not-found",
        }
    }

    /// Whether a worker may go ahead with this agency.
    pub fn is_safe(self) -> bool {
        self == Verdict::Licensed
    }
}

impl From<LicenceStatus> for Verdict {
    fn from(s: LicenceStatus) -> Verdict {
        match s {
            LicenceStatus::Valid => Verdict::Licensed,
            LicenceStatus::Suspended => Verdict::Suspended,
            LicenceStatus::Revoked => Verdict::Revoked,
            LicenceStatus::Expired => Verdict::Expired,
        }
    }
}

/// A licence number as compared: letters upper-cased, Thai and other digits made ASCII, and the
/// spaces, dashes, dots and slashes that lists write differently ("ก.12/2560", "12-2560") dropped.
/// Letters of any script are kept: they can distinguish numbers.
pub fn licence_key(number: &str) -> String {
    // Upper-case first, then keep: upper-casing can add marks (ὐ → Υ̓) that the filter drops,
    // and the key must not change when computed again.
    number
        .chars()
        .flat_map(char::to_uppercase)
        .filter_map(|c| {
            if let Some(d) = c.to_digit(10) {
                return char::from_digit(d, 10);
            }
            if let Some(d) = non_ascii_digit(c) {
                return Some(d);
            }
            c.is_alphanumeric().then_some(c)
        })
        .collect()
}

/// The ASCII digit for a digit of the scripts the region writes (Thai, Lao, Khmer, Burmese).
pub(crate) fn non_ascii_digit(c: char) -> Option<char> {
    let zero = match c {
        '\u{0E50}'..='\u{0E59}' => 0x0E50,
        '\u{0ED0}'..='\u{0ED9}' => 0x0ED0,
        '\u{17E0}'..='\u{17E9}' => 0x17E0,
        '\u{1040}'..='\u{1049}' => 0x1040,
        _ => return None,
    };
    char::from_digit(c as u32 - zero, 10)
}

/// A date from an official list, as ISO `YYYY-MM-DD`. Accepts ISO dates, `DD/MM/YYYY`,
/// `DD-MM-YYYY` and `DD.MM.YYYY` (the region writes day first), and Buddhist-era years (Thailand,
/// Lao PDR, Cambodia, Myanmar: 543 more than the common era; any year above 2300 is read as one).
/// Excel serial day numbers are the XLSX reader's business, not this function's.
pub fn parse_list_date(text: &str) -> Result<String, DomainError> {
    let bad = || DomainError::BadDate {
        given: text.chars().take(40).collect(),
    };
    let t = text.trim();
    let parts: Vec<&str> = t.split(['-', '/', '.']).collect();
    let [a, b, c] = parts.as_slice() else {
        return Err(bad());
    };
    let num = |s: &str| -> Result<u32, DomainError> {
        if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        s.parse().map_err(|_| bad())
    };
    let (year, month, day) = if a.len() == 4 {
        (num(a)?, num(b)?, num(c)?)
    } else if c.len() == 4 {
        (num(c)?, num(b)?, num(a)?)
    } else {
        return Err(bad());
    };
    let year = if year > 2300 { year - 543 } else { year };
    if !(1900..=2200).contains(&year) || !(1..=12).contains(&month) {
        return Err(bad());
    }
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    if day == 0 || day > days {
        return Err(bad());
    }
    Ok(format!("{year:04}-{month:02}-{day:02}"))
}

/// A phone number in E.164 (`+` and 8 to 15 digits), from what people write: spaces, dashes,
/// dots and brackets are dropped; a leading `00` becomes `+`. Numbers without a country code are
/// refused rather than guessed.
pub fn e164(text: &str) -> Result<String, DomainError> {
    let bad = || DomainError::BadPhone {
        given: text.chars().take(40).collect(),
    };
    let t = text.trim();
    let rest = if let Some(r) = t.strip_prefix('+') {
        r
    } else if let Some(r) = t.strip_prefix("00") {
        r
    } else {
        return Err(bad());
    };
    let mut digits = String::from("+");
    for c in rest.chars() {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | '-' | '.' | '(' | ')' => {}
            _ => return Err(bad()),
        }
    }
    if !(9..=16).contains(&digits.len()) || digits.starts_with("+0") {
        return Err(bad());
    }
    Ok(digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corridors_as_editors_write_them() {
        assert_eq!(
            parse_corridors("kh-th, MM TH; la→th").unwrap(),
            vec![
                ("KH".to_string(), "TH".to_string()),
                ("MM".into(), "TH".into()),
                ("LA".into(), "TH".into())
            ]
        );
        assert_eq!(parse_corridors("").unwrap(), vec![]);
        assert!(parse_corridors("KH-KH").is_err());
        assert!(parse_corridors("Cambodia-Thailand").is_err());
        assert!(parse_corridors("KH").is_err());
    }
    use proptest::prelude::*;

    #[test]
    fn a_valid_licence_past_its_end_is_expired() {
        let s = LicenceStatus::Valid;
        assert_eq!(
            s.effective(Some("2026-11-30"), "2026-12-01"),
            LicenceStatus::Expired
        );
        assert_eq!(
            s.effective(Some("2026-12-01"), "2026-12-01"),
            LicenceStatus::Valid
        );
        assert_eq!(s.effective(None, "2026-12-01"), LicenceStatus::Valid);
        // A revoked licence stays revoked after its end date: the worse fact is the one to tell.
        assert_eq!(
            LicenceStatus::Revoked.effective(Some("2020-01-01"), "2026-12-01"),
            LicenceStatus::Revoked
        );
    }

    #[test]
    fn the_verdict_takes_the_best_licence() {
        let today = "2026-12-01";
        assert_eq!(Verdict::of([], today), Verdict::NotFound);
        assert_eq!(
            Verdict::of(
                [
                    (LicenceStatus::Revoked, None),
                    (LicenceStatus::Valid, Some("2027-01-01"))
                ],
                today
            ),
            Verdict::Licensed
        );
        assert_eq!(
            Verdict::of([(LicenceStatus::Valid, Some("2025-01-01"))], today),
            Verdict::Expired
        );
        assert_eq!(
            Verdict::of(
                [
                    (LicenceStatus::Revoked, None),
                    (LicenceStatus::Suspended, None)
                ],
                today
            ),
            Verdict::Suspended
        );
    }

    #[test]
    fn statuses_read_from_list_words() {
        assert_eq!(" Active ".parse(), Ok(LicenceStatus::Valid));
        assert_eq!("CANCELLED".parse(), Ok(LicenceStatus::Revoked));
        assert!(matches!(
            "maybe".parse::<LicenceStatus>(),
            Err(DomainError::UnknownLicenceStatus { .. })
        ));
    }

    #[test]
    fn licence_numbers_compare_as_the_same() {
        assert_eq!(licence_key("ก.12/2560"), licence_key("ก 12-2560"));
        assert_eq!(licence_key("poea-123-lb"), "POEA123LB");
        assert_eq!(licence_key("๑๒๓"), "123");
        assert_eq!(licence_key("၁၂၃"), "123");
        assert_ne!(licence_key("123"), licence_key("124"));
    }

    #[test]
    fn list_dates_in_the_regions_formats() {
        assert_eq!(parse_list_date("2026-03-01").as_deref(), Ok("2026-03-01"));
        assert_eq!(parse_list_date("01/03/2026").as_deref(), Ok("2026-03-01"));
        assert_eq!(parse_list_date("1.3.2026").as_deref(), Ok("2026-03-01"));
        // Buddhist era: 2569 BE is 2026 CE.
        assert_eq!(parse_list_date("01/03/2569").as_deref(), Ok("2026-03-01"));
        assert_eq!(parse_list_date("2569-03-01").as_deref(), Ok("2026-03-01"));
        assert_eq!(parse_list_date("29/02/2024").as_deref(), Ok("2024-02-29"));
        for bad in [
            "",
            "2026",
            "31/02/2026",
            "2026/13/01",
            "03/01/26",
            "tomorrow",
            "1/1/1800",
        ] {
            assert!(
                matches!(parse_list_date(bad), Err(DomainError::BadDate { .. })),
                "{bad}"
            );
        }
    }

    #[test]
    fn phones_in_e164() {
        assert_eq!(e164("+66 2 123 4567").as_deref(), Ok("+6621234567"));
        assert_eq!(e164("0066-2-123-4567").as_deref(), Ok("+6621234567"));
        assert_eq!(e164("+855 (23) 888 999").as_deref(), Ok("+85523888999"));
        for bad in [
            "02 123 4567",
            "+66",
            "+66 2 123 4567 ext 5",
            "+0 123 456 789",
        ] {
            assert!(
                matches!(e164(bad), Err(DomainError::BadPhone { .. })),
                "{bad}"
            );
        }
    }

    proptest! {
        #[test]
        fn dates_never_panic_and_come_out_iso(s in "\\PC{0,20}") {
            if let Ok(d) = parse_list_date(&s) {
                prop_assert_eq!(d.len(), 10);
                prop_assert!(d.as_bytes()[4] == b'-' && d.as_bytes()[7] == b'-');
            }
        }

        #[test]
        fn licence_keys_are_idempotent(s in "\\PC{0,30}") {
            let k = licence_key(&s);
            prop_assert_eq!(licence_key(&k), k);
        }
    }
}
