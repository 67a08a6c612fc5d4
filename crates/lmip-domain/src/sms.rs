//! Text messages: how long a reply is in SMS parts, how to make it fit, and what an inbound message
//! asks for.
//!
//! A message is sent in GSM 03.38's 7-bit alphabet when every character is in it (160 septets in
//! one part, 153 per part of a longer message, the rest going to the concatenation header; the
//! characters of the extension table cost two septets and are never split across parts) and in
//! UCS-2 otherwise (70 UTF-16 units in one part, 67 per part of a longer one; a surrogate pair is
//! never split). Thai, Khmer, Lao and Burmese are always UCS-2, and one such character anywhere
//! makes the whole message UCS-2.

/// The GSM 03.38 default alphabet (one septet each; the escape code itself is left out).
const GSM_BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
/// The extension table (two septets each: the escape code and the character).
const GSM_EXTENDED: &str = "^{}\\[~]|€\u{c}";

/// The most parts lmip sends for one reply.
pub const MAX_PARTS: usize = 3;

/// How a message is encoded on the air.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// GSM 03.38 7-bit default alphabet.
    Gsm7,
    /// UCS-2 (UTF-16 code units).
    Ucs2,
}

impl Encoding {
    /// The name gateways use.
    pub fn as_str(self) -> &'static str {
        match self {
            Encoding::Gsm7 => "GSM-7",
            Encoding::Ucs2 => "UCS-2",
        }
    }

    /// Units in a message of one part.
    pub fn single(self) -> usize {
        match self {
            Encoding::Gsm7 => 160,
            Encoding::Ucs2 => 70,
        }
    }

    /// Units in each part of a concatenated message.
    pub fn per_part(self) -> usize {
        match self {
            Encoding::Gsm7 => 153,
            Encoding::Ucs2 => 67,
        }
    }
}

/// A message's size on the air.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Size {
    /// Its encoding.
    pub encoding: Encoding,
    /// Septets (GSM-7) or UTF-16 units (UCS-2).
    pub units: usize,
    /// Parts it is sent in.
    pub parts: usize,
}

fn gsm_septets(c: char) -> Option<usize> {
    if GSM_BASIC.contains(c) {
        Some(1)
    } else if GSM_EXTENDED.contains(c) {
        Some(2)
    } else {
        None
    }
}

/// The encoding a message needs.
pub fn encoding(text: &str) -> Encoding {
    if text.chars().all(|c| gsm_septets(c).is_some()) {
        Encoding::Gsm7
    } else {
        Encoding::Ucs2
    }
}

fn cost(c: char, enc: Encoding) -> usize {
    match enc {
        Encoding::Gsm7 => gsm_septets(c).unwrap_or(2),
        Encoding::Ucs2 => c.len_utf16(),
    }
}

/// How many units and parts `text` takes. An empty message is one part.
pub fn measure(text: &str) -> Size {
    let enc = encoding(text);
    let units: usize = text.chars().map(|c| cost(c, enc)).sum();
    if units <= enc.single() {
        return Size {
            encoding: enc,
            units,
            parts: 1,
        };
    }
    // Fill parts greedily: a character never straddles two parts.
    let (mut parts, mut used) = (1, 0);
    for c in text.chars() {
        let n = cost(c, enc);
        if used + n > enc.per_part() {
            parts += 1;
            used = 0;
        }
        used += n;
    }
    Size {
        encoding: enc,
        units,
        parts,
    }
}

/// Replaces typographic punctuation with its plain form when that lets the text be sent in GSM-7
/// (a curly apostrophe alone would make an English reply UCS-2 and more than halve what fits).
pub fn plain_punctuation(text: &str) -> String {
    let plain: String = text
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{02bc}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            '\u{2013}' | '\u{2014}' | '\u{2212}' => '-',
            '\u{00a0}' | '\u{202f}' | '\u{2009}' => ' ',
            '\u{2022}' | '\u{00b7}' => '-',
            c => c,
        })
        .collect::<String>()
        .replace('\u{2026}', "...");
    if encoding(&plain) == Encoding::Gsm7 {
        plain
    } else {
        text.to_string()
    }
}

/// `text` made to fit in `max_parts`: unchanged when it fits; otherwise cut at a word boundary and
/// followed by `more` (typically " … lmip.example/en/…", the address where the rest can be read),
/// which is always kept whole. Returns the text and whether it was shortened.
pub fn fit(text: &str, more: &str, max_parts: usize) -> (String, bool) {
    let text = plain_punctuation(text);
    if measure(&text).parts <= max_parts {
        return (text, false);
    }
    let chars: Vec<char> = text.chars().collect();
    let fits = |n: usize| {
        let candidate: String = chars[..n].iter().collect::<String>() + more;
        measure(&candidate).parts <= max_parts
    };
    // The longest prefix that fits (the size grows with the prefix, so bisect).
    let (mut lo, mut hi) = (0usize, chars.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if fits(mid) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    // Back to the last space or line break, unless that loses more than a third of the room
    // (scripts written without spaces have few of them).
    let cut = chars[..lo]
        .iter()
        .rposition(|c| c.is_whitespace())
        .filter(|&at| at * 3 >= lo * 2)
        .unwrap_or(lo);
    let head: String = chars[..cut].iter().collect();
    (head.trim_end().to_string() + more, true)
}

/// What an inbound message asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// The menu (also the answer to anything not understood).
    Menu,
    /// A number alone: an item of the menu or list the sender was last sent.
    Choice(u32),
    /// Is this agency licensed? (licence number or name; may be empty: ask for it)
    Verify(String),
    /// A case's status (tracking code and PIN, as typed; may be empty: ask for them).
    Status(String),
    /// Help contacts (a country, as typed; may be empty: ask for it).
    Help(String),
    /// Legal fees for a route (two countries, as typed; may be empty: ask for them).
    Fees(String),
    /// Change the reply language (a language, as typed; may be empty: list them).
    Language(String),
    /// Stop remembering this sender.
    Stop,
    /// Text that is no command: the answer to the question the sender was last asked, if any.
    Text(String),
}

/// Which request a keyword stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keyword {
    /// [`Request::Menu`].
    Menu,
    /// [`Request::Verify`].
    Verify,
    /// [`Request::Status`].
    Status,
    /// [`Request::Help`].
    Help,
    /// [`Request::Fees`].
    Fees,
    /// [`Request::Language`].
    Language,
    /// [`Request::Stop`].
    Stop,
}

/// The command words a channel understands (every locale's, gathered by the caller).
#[derive(Debug, Clone, Default)]
pub struct Keywords {
    // Folded words, longest first, so "HELPLINE" is never read as "HELP" + "LINE"; each with the
    // locales whose translators chose it.
    words: Vec<(String, Keyword, Vec<String>)>,
}

impl Keywords {
    /// Adds the words of one keyword in one locale (a comma-separated list, as translators write
    /// it).
    pub fn add(&mut self, keyword: Keyword, words: &str, locale: &str) {
        for w in words.split([',', '،', '、']) {
            let w = fold(w.trim());
            if w.is_empty() {
                continue;
            }
            match self
                .words
                .iter_mut()
                .find(|(x, k, _)| *x == w && *k == keyword)
            {
                Some((_, _, locales)) => {
                    if !locales.iter().any(|l| l == locale) {
                        locales.push(locale.to_string());
                    }
                }
                None => self.words.push((w, keyword, vec![locale.to_string()])),
            }
        }
        self.words
            .sort_by_key(|(w, _, _)| std::cmp::Reverse(w.chars().count()));
    }

    /// The locales whose command words begin `message` (empty when none does): a sender who
    /// writes a Khmer command wants Khmer replies.
    pub fn locales_of(&self, message: &str) -> Vec<String> {
        let folded = fold(&clean(message));
        self.words
            .iter()
            .find(|(w, _, _)| starts_with_word(&folded, w))
            .map(|(_, _, l)| l.clone())
            .unwrap_or_default()
    }

    /// How many words are known.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether no word is known.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Reads a message: a number alone is a choice; a message that begins with a command word
    /// (any case; followed by a space, punctuation or, in scripts written without spaces,
    /// directly by the argument) is that command with the rest as its argument; anything else is
    /// text.
    pub fn parse(&self, message: &str) -> Request {
        let text = clean(message);
        if text.is_empty() {
            return Request::Menu;
        }
        if let Some(n) = as_number(&text) {
            return Request::Choice(n);
        }
        let folded = fold(&text);
        for (word, keyword, _) in &self.words {
            if !starts_with_word(&folded, word) {
                continue;
            }
            // The argument as typed (folding keeps the number of characters: see `fold`).
            let arg: String = text.chars().skip(word.chars().count()).collect();
            let arg = arg
                .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '-' | '.'))
                .trim()
                .to_string();
            return match keyword {
                Keyword::Menu => Request::Menu,
                Keyword::Verify => Request::Verify(arg),
                Keyword::Status => Request::Status(arg),
                Keyword::Help => Request::Help(arg),
                Keyword::Fees => Request::Fees(arg),
                Keyword::Language => Request::Language(arg),
                Keyword::Stop => Request::Stop,
            };
        }
        Request::Text(text)
    }
}

/// Whether `text` begins with `word` followed by a space, punctuation or the end; a word in a
/// script written without spaces may be followed directly by its argument.
fn starts_with_word(text: &str, word: &str) -> bool {
    let Some(rest) = text.strip_prefix(word) else {
        return false;
    };
    match rest.chars().next() {
        None => true,
        Some(c) => !c.is_alphanumeric() || !word.chars().all(|w| w.is_ascii_alphabetic()),
    }
}

/// The locale a message's script suggests, for a sender lmip does not know yet: Thai, Lao,
/// Khmer and Burmese each have a script of their own.
pub fn locale_of_script(message: &str) -> Option<&'static str> {
    message.chars().find_map(|c| match c {
        '\u{0e00}'..='\u{0e7f}' => Some("th"),
        '\u{0e80}'..='\u{0eff}' => Some("lo"),
        '\u{1780}'..='\u{17ff}' | '\u{19e0}'..='\u{19ff}' => Some("km"),
        '\u{1000}'..='\u{109f}' | '\u{aa60}'..='\u{aa7f}' => Some("my"),
        _ => None,
    })
}

/// Lower case, character for character (so positions in the folded text are positions in the
/// original; a character whose lower case is longer is kept as it is).
fn fold(s: &str) -> String {
    s.chars()
        .map(|c| {
            let mut l = c.to_lowercase();
            match (l.next(), l.next()) {
                (Some(one), None) => one,
                _ => c,
            }
        })
        .collect()
}

/// The longest message lmip reads; longer ones are cut (a real one never is this long).
pub const MAX_INBOUND: usize = 480;

/// Control and invisible characters out, runs of white space made one, at most [`MAX_INBOUND`]
/// characters.
pub fn clean(message: &str) -> String {
    let mut out = String::new();
    let mut space = false;
    for c in message.chars().take(MAX_INBOUND * 2) {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if c.is_control() || matches!(c, '\u{200b}' | '\u{200e}' | '\u{200f}' | '\u{feff}') {
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
    }
    out.chars().take(MAX_INBOUND).collect()
}

/// A number alone (ASCII or Thai, Lao, Khmer, Burmese digits), as a choice.
fn as_number(text: &str) -> Option<u32> {
    let digits: Option<String> = text
        .trim_end_matches(['.', ')'])
        .chars()
        .map(|c| local_digit(c).map(|d| char::from(b'0' + d)))
        .collect();
    let digits = digits?;
    if digits.is_empty() || digits.len() > 3 {
        return None;
    }
    digits.parse().ok()
}

/// The value of a decimal digit in the scripts lmip's readers type.
pub fn local_digit(c: char) -> Option<u8> {
    let zero = match c {
        '0'..='9' => '0',
        '\u{0e50}'..='\u{0e59}' => '\u{0e50}', // Thai
        '\u{0ed0}'..='\u{0ed9}' => '\u{0ed0}', // Lao
        '\u{17e0}'..='\u{17e9}' => '\u{17e0}', // Khmer
        '\u{1040}'..='\u{1049}' => '\u{1040}', // Myanmar
        _ => return None,
    };
    u8::try_from(c as u32 - zero as u32).ok()
}

/// Digits in any of those scripts made ASCII (a licence number or PIN typed on a Thai keyboard).
pub fn ascii_digits(text: &str) -> String {
    text.chars()
        .map(|c| local_digit(c).map_or(c, |d| char::from(b'0' + d)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn gsm_text_counts_septets_and_extension_characters_twice() {
        let s = measure("Hello [world] €5");
        assert_eq!(s.encoding, Encoding::Gsm7);
        assert_eq!(s.units, 16 + 3);
        assert_eq!(measure(&"a".repeat(160)).parts, 1);
        assert_eq!(measure(&"a".repeat(161)).parts, 2);
        assert_eq!(measure(&"a".repeat(306)).parts, 2);
        assert_eq!(measure(&"a".repeat(307)).parts, 3);
        // An extension character is not split over two parts: 152 + "€" (2) fills part one
        // only to 152, so the € starts part two.
        let s = measure(&("a".repeat(152) + "€" + &"a".repeat(10)));
        assert_eq!((s.units, s.parts), (164, 2));
        let s = measure(&("a".repeat(152) + "€" + &"a".repeat(152)));
        assert_eq!(s.parts, 3, "152 | 2+151 | 1: three parts");
    }

    #[test]
    fn thai_khmer_lao_burmese_and_vietnamese_are_ucs2() {
        // ("Xin chào" alone is GSM-7: à is in the default alphabet.)
        for t in ["สวัสดี", "សួស្តី", "ສະບາຍດີ", "မင်္ဂလာပါ", "Việt Nam", "ok ✓"]
        {
            assert_eq!(encoding(t), Encoding::Ucs2, "{t}");
        }
        assert_eq!(measure(&"ก".repeat(70)).parts, 1);
        assert_eq!(measure(&"ก".repeat(71)).parts, 2);
        assert_eq!(measure(&"ก".repeat(201)).parts, 3);
        assert_eq!(measure(&"ก".repeat(202)).parts, 4);
        // An emoji is two UTF-16 units and never split.
        let s = measure(&("ก".repeat(66) + "😀"));
        assert_eq!((s.units, s.parts), (68, 1));
        let s = measure(&("ก".repeat(70) + "😀"));
        assert_eq!((s.units, s.parts), (72, 2));
    }

    #[test]
    fn typographic_punctuation_is_made_plain_only_when_that_makes_gsm() {
        assert_eq!(
            plain_punctuation("It’s “licensed” – ok…"),
            "It's \"licensed\" - ok..."
        );
        // Thai stays UCS-2 anyway: left as written.
        assert_eq!(plain_punctuation("ไทย – ok"), "ไทย – ok");
    }

    #[test]
    fn a_long_reply_is_cut_at_a_word_and_keeps_the_link() {
        let long = "word ".repeat(200);
        let (out, cut) = fit(&long, " ... lmip.example/en/help", 3);
        assert!(cut);
        assert!(out.ends_with(" ... lmip.example/en/help"));
        assert!(measure(&out).parts <= 3);
        assert!(out.starts_with("word word"));
        assert!(!out.contains("wor ..."), "cut inside a word: {out}");
        let (short, cut) = fit("short", " ... x", 3);
        assert_eq!((short.as_str(), cut), ("short", false));
        // Thai without spaces: cut anywhere, still within three UCS-2 parts.
        let (out, cut) = fit(&"ตรวจสอบ".repeat(100), " … x.example", 3);
        assert!(cut && measure(&out).parts <= 3 && out.ends_with(" … x.example"));
    }

    fn keywords() -> Keywords {
        let mut k = Keywords::default();
        k.add(Keyword::Verify, "CHECK, VERIFY", "en");
        k.add(Keyword::Verify, "ตรวจ", "th");
        k.add(Keyword::Status, "STATUS", "en");
        k.add(Keyword::Status, "STATUS", "fil");
        k.add(Keyword::Help, "HELP", "en");
        k.add(Keyword::Fees, "FEES, FEE", "en");
        k.add(Keyword::Menu, "MENU", "en");
        k.add(Keyword::Language, "LANG", "en");
        k.add(Keyword::Stop, "STOP", "en");
        k
    }

    #[test]
    fn a_command_word_tells_the_locale_and_a_script_suggests_one() {
        let k = keywords();
        assert_eq!(k.locales_of("ตรวจ 123"), vec!["th"]);
        assert_eq!(k.locales_of("status X"), vec!["en", "fil"]);
        assert!(k.locales_of("hello").is_empty());
        assert_eq!(locale_of_script("1 ສະບາຍດີ"), Some("lo"));
        assert_eq!(locale_of_script("မင်္ဂလာပါ"), Some("my"));
        assert_eq!(locale_of_script("សួស្តី"), Some("km"));
        assert_eq!(locale_of_script("hello"), None);
    }

    #[test]
    fn messages_are_read_as_commands_choices_or_text() {
        let k = keywords();
        assert_eq!(k.parse("check ABC-123"), Request::Verify("ABC-123".into()));
        assert_eq!(
            k.parse("  Check:  Sun  Co "),
            Request::Verify("Sun Co".into())
        );
        assert_eq!(k.parse("ตรวจ 123"), Request::Verify("123".into()));
        assert_eq!(k.parse("ตรวจ123"), Request::Verify("123".into()));
        assert_eq!(k.parse("FEES KH TH"), Request::Fees("KH TH".into()));
        assert_eq!(k.parse("fee"), Request::Fees(String::new()));
        assert_eq!(k.parse("2"), Request::Choice(2));
        assert_eq!(k.parse("๒"), Request::Choice(2));
        assert_eq!(k.parse("၃."), Request::Choice(3));
        assert_eq!(k.parse(""), Request::Menu);
        assert_eq!(k.parse("   \n"), Request::Menu);
        // A word that only begins with a command word is not that command.
        assert_eq!(k.parse("helpful"), Request::Text("helpful".into()));
        assert_eq!(k.parse("hello"), Request::Text("hello".into()));
        assert_eq!(k.parse("STOP"), Request::Stop);
    }

    #[test]
    fn inbound_text_is_cleaned_and_bounded() {
        assert_eq!(clean("a\u{0}\u{200b}b \n\t c"), "ab c");
        assert_eq!(clean(&"x".repeat(2000)).chars().count(), MAX_INBOUND);
        assert_eq!(ascii_digits("๑๒๓-၄၅"), "123-45");
    }

    proptest! {
        #[test]
        fn fitted_text_always_fits(s in "\\PC{0,900}", more in "[ -~]{0,40}") {
            let (out, _) = fit(&s, &more, MAX_PARTS);
            // `more` alone may be too long only if it is longer than three parts: it is not here.
            prop_assert!(measure(&out).parts <= MAX_PARTS);
        }

        #[test]
        fn parsing_never_panics(s in "\\PC{0,600}") {
            let _ = keywords().parse(&s);
        }

        #[test]
        fn parts_never_exceed_the_naive_bound(s in "\\PC{0,600}") {
            let m = measure(&s);
            let per = m.encoding.per_part();
            prop_assert!(m.parts >= 1);
            // Greedy splitting wastes at most one unit per part.
            prop_assert!(m.parts <= m.units.div_ceil(per - 1).max(1));
        }
    }
}
