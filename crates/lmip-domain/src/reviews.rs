//! Workers' reviews without I/O: proof-of-use codes as people type them, the rule that reviews
//! are shown only in numbers that protect their authors, and the personal data a review must not
//! carry.

/// Reviews are shown only once an agency has at least this many published, so that one review
/// cannot point to the one worker who wrote it.
pub const MIN_REVIEWS_SHOWN: i64 = 3;

/// Crockford's base-32 alphabet: no I, L, O or U, so codes read aloud or copied by hand survive.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A code of 12 characters (60 bits) from `random` bytes, written in three groups of four.
pub fn format_code(random: [u8; 8]) -> String {
    let mut n = u64::from_be_bytes(random);
    let mut chars = Vec::with_capacity(14);
    for i in 0..12 {
        if i > 0 && i % 4 == 0 {
            chars.push(b'-');
        }
        chars.push(ALPHABET[(n & 31) as usize]);
        n >>= 5;
    }
    String::from_utf8(chars).unwrap_or_default()
}

/// A code as compared: upper case, separators dropped, and the letters people mistake for digits
/// read as Crockford reads them (I and L as 1, O as 0). `None` if it cannot be a code.
pub fn normalize_code(text: &str) -> Option<String> {
    let mut out = String::new();
    for c in text.chars() {
        match c.to_ascii_uppercase() {
            ' ' | '-' | '.' | '_' => {}
            'I' | 'L' => out.push('1'),
            'O' => out.push('0'),
            c if ALPHABET.contains(&(c as u8)) && c.is_ascii() => out.push(c),
            _ => return None,
        }
    }
    (out.len() == 12).then_some(out)
}

/// Personal data a review must not carry: about the worker or about anyone else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonalData {
    /// Something that looks like a phone number (seven digits or more in a row, spaces and dashes
    /// allowed between them).
    Phone,
    /// An e-mail address.
    Email,
    /// Something that looks like a passport or identity number (letters then six digits or more).
    IdentityNumber,
}

impl PersonalData {
    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            PersonalData::Phone => "phone",
            PersonalData::Email => "email",
            PersonalData::IdentityNumber => "identity-number",
        }
    }
}

/// The first kind of personal data found in `text`, if any. Names cannot be recognised reliably:
/// moderators read every review before it is published.
pub fn personal_data(text: &str) -> Option<PersonalData> {
    for word in text.split(|c: char| c.is_whitespace() || ",;()<>\"'".contains(c)) {
        if let Some((user, domain)) = word.split_once('@')
            && !user.is_empty()
            && domain.contains('.')
        {
            return Some(PersonalData::Email);
        }
        let letters = word.chars().take_while(char::is_ascii_alphabetic).count();
        let digits = word
            .chars()
            .skip(letters)
            .filter(char::is_ascii_digit)
            .count();
        if (1..=3).contains(&letters)
            && digits >= 6
            && word.chars().skip(letters).all(|c| c.is_ascii_digit())
        {
            return Some(PersonalData::IdentityNumber);
        }
    }
    // Digits of any of the region's scripts count as digits.
    let chars: Vec<char> = text
        .chars()
        .map(|c| crate::directory::non_ascii_digit(c).unwrap_or(c))
        .collect();
    let mut run = 0;
    for (i, c) in chars.iter().enumerate() {
        if c.is_ascii_digit() {
            run += 1;
            if run >= 7 {
                return Some(PersonalData::Phone);
            }
        } else if !(matches!(c, ' ' | '-' | '.' | '(' | ')')
            && run > 0
            && chars.get(i + 1).is_some_and(char::is_ascii_digit))
        {
            run = 0;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn codes_survive_hand_copying() {
        let code = format_code([1, 2, 3, 4, 5, 6, 7, 8]);
        assert_eq!(code.len(), 14);
        assert_eq!(code.matches('-').count(), 2);
        let typed = code.to_lowercase().replace('-', " ");
        assert_eq!(normalize_code(&typed), Some(code.replace('-', "")));
        assert_eq!(
            normalize_code("0000-1111-2222"),
            normalize_code("oooo-iiii-2222")
        );
        assert_eq!(normalize_code("too short"), None);
        assert_eq!(normalize_code("ABCD-EFGH-JKMU"), None);
        assert_eq!(normalize_code("ABCD-EFGH-JKMNP"), None);
    }

    #[test]
    fn personal_data_is_found() {
        assert_eq!(
            personal_data("call him on 081 234 5678"),
            Some(PersonalData::Phone)
        );
        assert_eq!(personal_data("โทร ๐๘๑๒๓๔๕๖๗๘"), Some(PersonalData::Phone));
        assert_eq!(
            personal_data("write to boss@agency.example"),
            Some(PersonalData::Email)
        );
        assert_eq!(
            personal_data("they kept passport P1234567 for a year"),
            Some(PersonalData::IdentityNumber)
        );
        // Money, years and short numbers are fine.
        assert_eq!(
            personal_data("I paid 45,000 baht in 2024, 3 months' wages; worked 12 hours"),
            None
        );
        assert_eq!(personal_data("ពួកគេយកលិខិតឆ្លងដែនរបស់ខ្ញុំ"), None);
    }

    proptest! {
        #[test]
        fn every_formatted_code_reads_back(bytes in any::<[u8; 8]>()) {
            let code = format_code(bytes);
            prop_assert_eq!(normalize_code(&code), Some(code.replace('-', "")));
        }

        #[test]
        fn never_panics(s in "\\PC{0,200}") {
            let _ = personal_data(&s);
            let _ = normalize_code(&s);
        }
    }
}
