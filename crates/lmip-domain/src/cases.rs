//! Complaint cases without I/O: tracking codes and PINs as people type them, what happened
//! (categories, including the ILO's indicators of forced labour), the status a case moves
//! through and its deadlines, consents and what a referral may share, contact numbers as people
//! write them, and the checks a worker's own words go through (length, invisible direction
//! characters, text typed in the legacy Zawgyi encoding).

use std::str::FromStr;

/// Crockford's base-32 alphabet: no I, L, O or U, so codes read aloud or copied by hand survive.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Crockford's check symbols: the alphabet, then five more for the values 32 to 36 (mod 37).
const CHECK_SYMBOLS: &[u8; 37] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ*~$=U";

/// Characters of a tracking code that carry randomness: 13 × 5 = 65 bits.
pub const CODE_CHARS: usize = 13;
/// Random bits in a tracking code.
pub const CODE_BITS: u32 = 65;
/// Digits of a PIN.
pub const PIN_DIGITS: usize = 6;

/// A tracking code from 9 random bytes: 13 Crockford characters (65 of the 72 bits) and
/// Crockford's check symbol, written in groups `XXXX-XXXX-XXXX-XC` so it can be read out.
pub fn format_tracking_code(random: [u8; 9]) -> String {
    let mut wide = [0u8; 16];
    wide[7..].copy_from_slice(&random);
    let value = u128::from_be_bytes(wide) & ((1u128 << CODE_BITS) - 1);
    let mut chars = Vec::with_capacity(CODE_CHARS + 1);
    for i in (0..CODE_CHARS).rev() {
        chars.push(ALPHABET[((value >> (5 * i)) & 31) as usize]);
    }
    chars.push(CHECK_SYMBOLS[(value % 37) as usize]);
    let mut out = String::with_capacity(CODE_CHARS + 4);
    for (i, c) in chars.into_iter().enumerate() {
        if i > 0 && i % 4 == 0 {
            out.push('-');
        }
        out.push(char::from(c));
    }
    out
}

/// Why a typed tracking code is not one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeProblem {
    /// Too few or too many characters.
    Length,
    /// A character that no code has.
    Character,
    /// The check character does not match: a character was mistyped.
    Check,
}

/// A tracking code as compared (and hashed): upper case, separators dropped, the letters people
/// mistake for digits read as Crockford reads them (I and L as 1, O as 0), and the check
/// character verified, so one mistyped character is caught before any lookup.
pub fn normalize_tracking_code(text: &str) -> Result<String, CodeProblem> {
    let mut out = String::with_capacity(CODE_CHARS + 1);
    for c in text.chars() {
        let c = c.to_ascii_uppercase();
        let c = match c {
            ' ' | '-' | '.' | '_' | '\u{2010}'..='\u{2015}' => continue,
            'I' | 'L' => '1',
            'O' => '0',
            c => c,
        };
        if out.len() > CODE_CHARS {
            return Err(CodeProblem::Length);
        }
        let allowed = if out.len() == CODE_CHARS {
            c.is_ascii() && CHECK_SYMBOLS.contains(&(c as u8))
        } else {
            c.is_ascii() && ALPHABET.contains(&(c as u8))
        };
        if !allowed {
            return Err(CodeProblem::Character);
        }
        out.push(c);
    }
    if out.len() != CODE_CHARS + 1 {
        return Err(CodeProblem::Length);
    }
    let mut value: u128 = 0;
    for b in out.bytes().take(CODE_CHARS) {
        let digit = ALPHABET.iter().position(|a| *a == b).unwrap_or(0) as u128;
        value = (value << 5) | digit;
    }
    let check = out.as_bytes()[CODE_CHARS];
    if CHECK_SYMBOLS[(value % 37) as usize] != check {
        return Err(CodeProblem::Check);
    }
    Ok(out)
}

/// A PIN of six digits from random bytes (uniform: values at or above the largest multiple of a
/// million are redrawn by the caller, who passes `None` back here).
pub fn format_pin(random: u32) -> Option<String> {
    const LIMIT: u32 = u32::MAX - (u32::MAX % 1_000_000);
    (random < LIMIT).then(|| format!("{:06}", random % 1_000_000))
}

/// A PIN as compared: digits only (Thai, Lao, Khmer, Burmese and other decimal digits read as
/// their values), six of them.
pub fn normalize_pin(text: &str) -> Option<String> {
    let mut out = String::new();
    for c in text.chars() {
        if c == ' ' || c == '-' {
            continue;
        }
        out.push(char::from(b'0' + decimal_value(c)?));
    }
    (out.len() == PIN_DIGITS).then_some(out)
}

/// The value of a decimal digit in the scripts of the region (ASCII, Thai, Lao, Khmer, Myanmar).
fn decimal_value(c: char) -> Option<u8> {
    let zero = match c {
        '0'..='9' => '0',
        '\u{0E50}'..='\u{0E59}' => '\u{0E50}',
        '\u{0ED0}'..='\u{0ED9}' => '\u{0ED0}',
        '\u{17E0}'..='\u{17E9}' => '\u{17E0}',
        '\u{1040}'..='\u{1049}' => '\u{1040}',
        _ => return None,
    };
    u8::try_from(c as u32 - zero as u32).ok()
}

/// Expected successful guesses of a (code, PIN) pair per year by someone who guesses at `per_hour`
/// attempts, with `open_cases` cases to hit: each guess names one of 2^65 codes and 10^6 PINs.
pub fn expected_guesses_per_year(per_hour: f64, open_cases: f64) -> f64 {
    let space = 2f64.powi(CODE_BITS as i32) * 1e6;
    per_hour * 24.0 * 365.0 * open_cases / space
}

macro_rules! stored_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $v:ident = $s:literal),* $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[$vm])* $v),* }
        impl $name {
            /// Every value, in the order forms show them.
            pub const ALL: &'static [$name] = &[$($name::$v),*];
            /// The stable name used in storage, forms and message keys.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$v => $s),* }
            }
        }
        impl FromStr for $name {
            type Err = ();
            fn from_str(s: &str) -> Result<Self, ()> {
                $name::ALL.iter().copied().find(|v| v.as_str() == s).ok_or(())
            }
        }
    };
}

stored_enum! {
    /// What happened. The first eleven are the ILO's indicators of forced labour; the others are
    /// the commonest complaints of migrant workers in the region.
    Category {
        /// Deception about the job, wage, place or conditions.
        Deception = "deception",
        /// Wages withheld or not paid.
        WithheldWages = "withheld_wages",
        /// Passport or other identity documents kept by the employer or agency.
        RetainedDocuments = "retained_documents",
        /// A debt that ties the worker to the job.
        DebtBondage = "debt_bondage",
        /// Threats and intimidation.
        Threats = "threats",
        /// Overtime beyond the law.
        ExcessiveOvertime = "excessive_overtime",
        /// Abusive working and living conditions.
        AbusiveConditions = "abusive_conditions",
        /// Physical or sexual violence.
        Violence = "violence",
        /// Not allowed to leave the workplace or housing.
        RestrictedMovement = "restricted_movement",
        /// Cut off from family, phone or the outside.
        Isolation = "isolation",
        /// Someone took advantage of the worker's situation.
        AbuseOfVulnerability = "abuse_of_vulnerability",
        /// Recruitment fees above the legal cap, or charged when the employer must pay.
        ExcessiveFees = "excessive_fees",
        /// A different contract than the one signed.
        ContractSubstitution = "contract_substitution",
        /// Something else.
        Other = "other",
    }
}

impl Category {
    /// Whether this is one of the ILO's eleven indicators of forced labour.
    pub fn forced_labour_indicator(self) -> bool {
        !matches!(
            self,
            Category::ExcessiveFees | Category::ContractSubstitution | Category::Other
        )
    }

    /// A picture beside the words, for people who read little (text, so it costs no request).
    /// Only emoji from Unicode 8 or earlier, which cheap and old phones draw too.
    pub fn icon(self) -> &'static str {
        match self {
            Category::Deception => "🎭",
            Category::WithheldWages => "💸",
            Category::RetainedDocuments => "🛂",
            Category::DebtBondage => "⛓️",
            Category::Threats => "⚠️",
            Category::ExcessiveOvertime => "⏰",
            Category::AbusiveConditions => "🏚️",
            Category::Violence => "🤕",
            Category::RestrictedMovement => "🚪",
            Category::Isolation => "📵",
            Category::AbuseOfVulnerability => "⚖️",
            Category::ExcessiveFees => "💰",
            Category::ContractSubstitution => "📄",
            Category::Other => "❓",
        }
    }

    /// The category of the published `COMPLAINTS` statistics (`CL_COMPLAINT_CATEGORY`).
    pub fn statistics_code(self) -> &'static str {
        match self {
            Category::WithheldWages => "WAGES",
            Category::ExcessiveFees | Category::DebtBondage => "FEES",
            Category::Deception | Category::ContractSubstitution => "CONTRACT",
            Category::ExcessiveOvertime | Category::AbusiveConditions => "CONDITIONS",
            Category::RetainedDocuments => "DOCUMENTS",
            Category::Threats
            | Category::Violence
            | Category::RestrictedMovement
            | Category::Isolation
            | Category::AbuseOfVulnerability => "ABUSE",
            Category::Other => "OTHER",
        }
    }
}

stored_enum! {
    /// Where a case stands.
    Status {
        /// Filed, nobody has looked yet.
        Received = "received",
        /// Read, categorised and given an urgency.
        Triaged = "triaged",
        /// Being worked on.
        InProgress = "in_progress",
        /// Sent to another organisation, waiting for its answer or action.
        Referred = "referred",
        /// Settled, with an outcome.
        Resolved = "resolved",
        /// Ended without a settlement (no contact, outside mandate, …).
        Closed = "closed",
        /// The complainant withdrew it.
        Withdrawn = "withdrawn",
    }
}

impl Status {
    /// Whether the case is over.
    pub fn is_final(self) -> bool {
        matches!(self, Status::Resolved | Status::Closed | Status::Withdrawn)
    }

    /// The statuses a caseworker may move the case to from this one. A final case can be
    /// reopened (to in progress); nothing goes back to "received".
    pub fn next(self) -> &'static [Status] {
        use Status::*;
        match self {
            Received => &[Triaged, InProgress, Referred, Resolved, Closed, Withdrawn],
            Triaged => &[InProgress, Referred, Resolved, Closed, Withdrawn],
            InProgress => &[Referred, Resolved, Closed, Withdrawn],
            Referred => &[InProgress, Resolved, Closed, Withdrawn],
            Resolved | Closed | Withdrawn => &[InProgress],
        }
    }

    /// Days a case may stay in this status before it is overdue; `None` for final statuses.
    pub fn deadline_days(self) -> Option<i64> {
        match self {
            Status::Received => Some(3),
            Status::Triaged => Some(7),
            Status::InProgress => Some(30),
            Status::Referred => Some(14),
            _ => None,
        }
    }
}

stored_enum! {
    /// How soon someone must act.
    Urgency {
        /// In the normal course.
        Normal = "normal",
        /// Soon: money or documents at stake.
        High = "high",
        /// Now: the complainant may be in danger.
        Immediate = "immediate",
    }
}

stored_enum! {
    /// How a resolved case ended.
    Outcome {
        /// The complaint was upheld and put right (in full or in part).
        Upheld = "upheld",
        /// Upheld, but nothing could be recovered.
        UpheldUnremedied = "upheld_unremedied",
        /// Not upheld after inquiry.
        NotUpheld = "not_upheld",
        /// Settled between the parties.
        Settled = "settled",
    }
}

impl Outcome {
    /// Whether the complaint was found justified (what agency scorecards count).
    pub fn upheld(self) -> bool {
        matches!(self, Outcome::Upheld | Outcome::UpheldUnremedied)
    }
}

stored_enum! {
    /// How the complainant can be reached.
    Channel {
        /// Phone calls.
        Phone = "phone",
        /// Text messages.
        Sms = "sms",
        /// A messaging app (LINE, WhatsApp, Viber, Messenger, …) at a phone number.
        Messaging = "messaging",
        /// E-mail.
        Email = "email",
        /// Do not contact; the complainant will look up the status.
        None = "none",
    }
}

stored_enum! {
    /// Kinds of organisations a complainant may agree to have their case shared with.
    ShareWith {
        /// Government: labour ministries, overseas employment administrations, embassies.
        Government = "government",
        /// Trade unions.
        Union = "union",
        /// NGOs, resource centres and helplines.
        Ngo = "ngo",
    }
}

impl ShareWith {
    /// Which consent covers an organisation of this kind (`None`: no complainant data goes there).
    pub fn for_org_kind(kind: &str) -> Option<ShareWith> {
        match kind {
            "ministry"
            | "overseas_employment_agency"
            | "embassy"
            | "regional_body"
            | "operator" => Some(ShareWith::Government),
            "trade_union" => Some(ShareWith::Union),
            "ngo" | "resource_centre" | "helpline" => Some(ShareWith::Ngo),
            _ => None,
        }
    }
}

stored_enum! {
    /// Parts of a case a referral may carry beyond its facts (categories, corridor, dates,
    /// respondent, money lost, status), each only with the consent it needs.
    SharedField {
        /// The complainant's name.
        Identity = "identity",
        /// How to reach them (needs consent to be contacted).
        Contact = "contact",
        /// Their own words.
        Narrative = "narrative",
    }
}

stored_enum! {
    /// Where a referral stands.
    ReferralState {
        /// Sent, waiting for the receiving organisation.
        Requested = "requested",
        /// Accepted: both organisations work the case.
        Accepted = "accepted",
        /// Declined by the receiving organisation.
        Declined = "declined",
        /// Withdrawn by the referring organisation: access ends at once.
        Revoked = "revoked",
    }
}

impl ReferralState {
    /// The decisions possible from this state, and by which side (`true`: the receiver).
    pub fn may_become(self, next: ReferralState, by_receiver: bool) -> bool {
        use ReferralState::*;
        match (self, next) {
            (Requested, Accepted | Declined) => by_receiver,
            (Requested | Accepted, Revoked) => !by_receiver,
            _ => false,
        }
    }
}

/// Problems with what a complainant wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextProblem {
    /// Shorter than the minimum (in characters, after trimming).
    TooShort(usize),
    /// Longer than the maximum.
    TooLong(usize),
    /// Looks like Burmese typed with a Zawgyi font: the complainant is asked to confirm.
    Zawgyi,
}

/// Characters that change the direction of the text around them without being seen
/// (embeddings, overrides, isolates): a way to make text display differently from what it is.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A complainant's text as kept: without invisible direction characters and control characters
/// (new lines and tabs stay), trimmed. Returns the text and whether anything was removed.
pub fn clean_text(text: &str) -> (String, bool) {
    let mut removed = false;
    let cleaned: String = text
        .chars()
        .filter(|c| {
            let drop = is_bidi_control(*c) || (c.is_control() && !matches!(c, '\n' | '\t'));
            removed |= drop && *c != '\r';
            !drop
        })
        .collect();
    (cleaned.trim().to_string(), removed)
}

/// Checks a text's length in characters.
pub fn check_length(text: &str, min: usize, max: usize) -> Result<(), TextProblem> {
    let n = text.chars().count();
    if n < min {
        Err(TextProblem::TooShort(min))
    } else if n > max {
        Err(TextProblem::TooLong(max))
    } else {
        Ok(())
    }
}

/// Whether Burmese text looks typed with a Zawgyi font rather than Unicode. Zawgyi stores the
/// vowel sign E (U+1031) before the consonant it is spoken after, so it starts words; it uses
/// U+1039 (Unicode's stacking sign, always followed by a consonant) as the asat that ends
/// syllables; and it puts Burmese stacked letters on the code points of other Myanmar-script
/// languages (U+1060–U+1097). Two such signs (one in a short text) are enough to ask.
pub fn looks_like_zawgyi(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let myanmar = |c: char| ('\u{1000}'..='\u{109F}').contains(&c);
    let consonant = |c: char| ('\u{1000}'..='\u{1021}').contains(&c);
    let burmese = chars.iter().filter(|c| myanmar(**c)).count();
    if burmese < 4 {
        return false;
    }
    let mut signs = 0usize;
    for (i, c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        signs += match *c {
            '\u{1031}' if prev.is_none_or(|p| !myanmar(p) || p == '\u{1039}') => 1,
            '\u{1039}' if next.is_none_or(|n| !consonant(n)) => 1,
            '\u{1060}'..='\u{1097}' => 1,
            '\u{102B}'..='\u{103E}' if prev.is_none_or(|p| !myanmar(p)) => 1,
            _ => 0,
        };
    }
    signs >= 2 || (signs == 1 && burmese < 20)
}

/// Country calling codes whose numbers the form must accept, with the lengths of their national
/// significant numbers (without the trunk 0): Myanmar, Thailand, Cambodia, Lao PDR, Viet Nam,
/// Indonesia, the Philippines, Malaysia, Singapore, Nepal and Bangladesh.
const CALLING_CODES: [(&str, usize, usize); 11] = [
    ("95", 7, 10),
    ("66", 8, 9),
    ("855", 8, 9),
    ("856", 8, 10),
    ("84", 9, 10),
    ("62", 8, 12),
    ("63", 8, 10),
    ("60", 8, 10),
    ("65", 8, 8),
    ("977", 8, 10),
    ("880", 8, 10),
];

/// A contact number in E.164 from what people write: with `+` or `00` and the country code, in
/// local styles (spaces, dashes, dots, brackets, a trunk `(0)` or `0` after the country code),
/// digits of any of the region's scripts. For the region's calling codes the length of the
/// national number is checked too. Numbers without a country code are refused, not guessed.
pub fn contact_number(text: &str) -> Option<String> {
    let t = text.trim();
    let mut digits = String::new();
    let mut plus = false;
    for (i, c) in t.chars().enumerate() {
        match c {
            '+' if i == 0 => plus = true,
            ' ' | '-' | '.' | '(' | ')' | '\u{00A0}' => {}
            c => digits.push(char::from(b'0' + decimal_value(c)?)),
        }
    }
    let international = if plus {
        digits
    } else {
        digits.strip_prefix("00")?.to_string()
    };
    if international.starts_with('0') {
        return None;
    }
    if let Some((code, min, max)) = CALLING_CODES
        .iter()
        .find(|(code, _, _)| international.starts_with(code))
    {
        let national = &international[code.len()..];
        let national = national.strip_prefix('0').unwrap_or(national);
        if national.len() < *min || national.len() > *max {
            return None;
        }
        return Some(format!("+{code}{national}"));
    }
    (8..=15)
        .contains(&international.len())
        .then(|| format!("+{international}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn codes_have_groups_and_a_check_character() {
        let code = format_tracking_code([0; 9]);
        assert_eq!(code, "0000-0000-0000-00");
        let code = format_tracking_code([0xff; 9]);
        assert_eq!(code.len(), 17);
        assert_eq!(normalize_tracking_code(&code).map(|c| c.len()), Ok(14));
    }

    #[test]
    fn look_alikes_are_read_as_digits_and_typos_caught() {
        let code = format_tracking_code([7, 1, 2, 3, 4, 5, 6, 7, 8]);
        let normal = normalize_tracking_code(&code).unwrap();
        let typed = code.to_lowercase().replace('0', "o").replace('1', "l");
        assert_eq!(normalize_tracking_code(&typed), Ok(normal.clone()));
        assert_eq!(
            normalize_tracking_code(&format!(" {} ", code.replace('-', " "))),
            Ok(normal.clone())
        );
        // One character changed: the check character no longer matches.
        let mut wrong: Vec<char> = normal.chars().collect();
        wrong[3] = if wrong[3] == 'A' { 'B' } else { 'A' };
        let wrong: String = wrong.into_iter().collect();
        assert_eq!(normalize_tracking_code(&wrong), Err(CodeProblem::Check));
        assert_eq!(normalize_tracking_code("ABC"), Err(CodeProblem::Length));
        assert_eq!(
            normalize_tracking_code("ABCD-EFGH-JKMN-P!"),
            Err(CodeProblem::Character)
        );
        assert_eq!(normalize_tracking_code(""), Err(CodeProblem::Length));
    }

    #[test]
    fn guessing_at_the_rate_limit_cannot_succeed() {
        // The global cap (600 lookups an hour) against a million open cases.
        assert!(expected_guesses_per_year(600.0, 1e6) < 1e-6);
        const { assert!(CODE_BITS >= 64) };
    }

    #[test]
    fn pins_are_six_digits_in_any_script() {
        assert_eq!(format_pin(123), Some("000123".into()));
        assert_eq!(format_pin(u32::MAX), None);
        assert_eq!(normalize_pin("๑๒๓ ๔๕๖"), Some("123456".into()));
        assert_eq!(normalize_pin("၁၂၃၄၅၆"), Some("123456".into()));
        assert_eq!(normalize_pin("12345"), None);
        assert_eq!(normalize_pin("12345a"), None);
    }

    #[test]
    fn statuses_move_forward_and_final_ones_reopen() {
        assert!(Status::Received.next().contains(&Status::Triaged));
        assert!(!Status::Triaged.next().contains(&Status::Received));
        assert_eq!(Status::Closed.next(), &[Status::InProgress]);
        for s in Status::ALL {
            assert_eq!(s.deadline_days().is_none(), s.is_final(), "{s:?}");
            assert_eq!(s.as_str().parse::<Status>(), Ok(*s));
        }
    }

    #[test]
    fn eleven_indicators_and_every_category_counted() {
        assert_eq!(
            Category::ALL
                .iter()
                .filter(|c| c.forced_labour_indicator())
                .count(),
            11
        );
        for c in Category::ALL {
            assert!(
                [
                    "WAGES",
                    "FEES",
                    "CONTRACT",
                    "CONDITIONS",
                    "DOCUMENTS",
                    "ABUSE",
                    "OTHER"
                ]
                .contains(&c.statistics_code())
            );
        }
    }

    #[test]
    fn referral_decisions_belong_to_one_side() {
        use ReferralState::*;
        assert!(Requested.may_become(Accepted, true));
        assert!(!Requested.may_become(Accepted, false), "not one's own");
        assert!(Accepted.may_become(Revoked, false));
        assert!(!Declined.may_become(Accepted, true));
        assert!(!Revoked.may_become(Revoked, false));
    }

    #[test]
    fn numbers_as_people_write_them_in_the_region() {
        for (given, want) in [
            ("+95 9 250 123 456", "+959250123456"),
            ("+66 (0)81-234-5678", "+66812345678"),
            ("+66 081 234 5678", "+66812345678"),
            ("+855 12 345 678", "+85512345678"),
            ("+856 20 5555 1234", "+8562055551234"),
            ("+84 91 234 5678", "+84912345678"),
            ("+62 812-3456-7890", "+6281234567890"),
            ("+63 917 123 4567", "+639171234567"),
            ("+60 12-345 6789", "+60123456789"),
            ("+65 9123 4567", "+6591234567"),
            ("+977 98-1234-5678", "+9779812345678"),
            ("+880 1712-345678", "+8801712345678"),
            ("0066 81 234 5678", "+66812345678"),
            ("+๖๖ ๘๑ ๒๓๔ ๕๖๗๘", "+66812345678"),
            ("+44 20 7946 0958", "+442079460958"),
        ] {
            assert_eq!(contact_number(given).as_deref(), Some(want), "{given}");
        }
        for bad in [
            "081 234 5678",
            "hello",
            "+66 12",
            "+65 1234 56789",
            "+855 1",
            "+1",
            "++66812345678",
            "+66 81 234 5678 ext 2",
            "",
        ] {
            assert_eq!(contact_number(bad), None, "{bad}");
        }
    }

    #[test]
    fn direction_characters_are_removed() {
        let (text, removed) = clean_text("pay\u{202E}ment \u{2066}owed\u{2069}\r\n ok ");
        assert_eq!(text, "payment owed\n ok");
        assert!(removed);
        assert_eq!(
            clean_text("  plain\nnew line "),
            ("plain\nnew line".into(), false)
        );
        assert_eq!(check_length("abc", 5, 10), Err(TextProblem::TooShort(5)));
        assert_eq!(
            check_length(&"x".repeat(11), 5, 10),
            Err(TextProblem::TooLong(10))
        );
    }

    #[test]
    fn zawgyi_is_told_from_unicode_burmese() {
        // Unicode: "I have not been paid my wages" (ကျွန်တော့်ကို လစာ မပေးပါ).
        assert!(!looks_like_zawgyi("ကျွန်တော့်ကို လစာ မပေးပါ"));
        assert!(!looks_like_zawgyi("မင်္ဂလာပါ။ အလုပ်ရှင်က ပတ်စပို့ကို သိမ်းထားတယ်"));
        // The same words as Zawgyi stores them: E before the consonant, Zawgyi's medial forms.
        assert!(looks_like_zawgyi("ကၽြန္ေတာ့္ကို လစာ မေပးပါ"));
        assert!(looks_like_zawgyi("ေက်းဇူးတင္ပါတယ္"));
        assert!(!looks_like_zawgyi("wages not paid"));
        assert!(!looks_like_zawgyi("ค่าจ้างไม่ได้จ่าย"));
    }

    proptest! {
        #[test]
        fn every_code_reads_back(bytes in proptest::array::uniform9(any::<u8>())) {
            let code = format_tracking_code(bytes);
            let normal = normalize_tracking_code(&code).unwrap();
            prop_assert_eq!(normal, code.replace('-', ""));
        }

        #[test]
        fn one_changed_character_is_never_taken_for_another_code(
            bytes in proptest::array::uniform9(any::<u8>()),
            at in 0usize..13,
            with in 0usize..32,
        ) {
            let code = format_tracking_code(bytes).replace('-', "");
            let mut chars: Vec<u8> = code.into_bytes();
            prop_assume!(chars[at] != ALPHABET[with]);
            chars[at] = ALPHABET[with];
            let changed = String::from_utf8(chars).unwrap();
            prop_assert_eq!(normalize_tracking_code(&changed), Err(CodeProblem::Check));
        }

        #[test]
        fn normalizing_never_panics(text in ".{0,40}") {
            let _ = normalize_tracking_code(&text);
            let _ = normalize_pin(&text);
            let _ = contact_number(&text);
            let _ = looks_like_zawgyi(&text);
            let _ = clean_text(&text);
        }
    }
}
