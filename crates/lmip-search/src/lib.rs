//! Search text for lmip: words out of running text in every script the portal serves.
//!
//! Thai, Khmer, Lao and Burmese write words without spaces between them, so a database's full-text
//! tokenizer cannot find their words. This crate splits text into words with ICU4X's dictionary
//! segmenter (the same segmenter for documents and queries, so they always agree) and folds them:
//! lower case everywhere, and diacritics removed from Latin letters so that "lao dong" finds
//! "lao động" (Vietnamese typed without tones) and "cong ty" finds "Công ty". Marks in other scripts
//! are kept: a Thai tone mark or Khmer vowel sign is part of the word.
//!
//! The database indexes the space-joined folded words ([`Segmenter::index_text`]): SQLite FTS5 and a
//! PostgreSQL `tsvector` over pre-segmented text (DESIGN.md §3; the search issue builds on this).
#![forbid(unsafe_code)]

pub mod names;

use icu_normalizer::DecomposingNormalizerBorrowed;
use icu_segmenter::options::WordBreakInvariantOptions;
use icu_segmenter::{WordSegmenter, WordSegmenterBorrowed};

/// One word of a text: where it is, and its folded form for matching.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word<'a> {
    /// Byte offset of the word's start in the text.
    pub start: usize,
    /// Byte offset just after the word.
    pub end: usize,
    /// The word as written.
    pub text: &'a str,
    /// The word as matched: lower case, Latin diacritics removed.
    pub folded: String,
}

/// Splits text into words. Building one is cheap (static data); share it by reference.
pub struct Segmenter {
    words: WordSegmenterBorrowed<'static>,
    nfd: DecomposingNormalizerBorrowed<'static>,
}

impl Default for Segmenter {
    fn default() -> Self {
        Segmenter::new()
    }
}

impl std::fmt::Debug for Segmenter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Segmenter(icu dictionary)")
    }
}

impl Segmenter {
    /// The dictionary segmenter: better words and ~130× faster than ICU's LSTM models for these
    /// four scripts (measured in ../shared/reference/stack-notes.md §1.5).
    pub fn new() -> Segmenter {
        Segmenter {
            words: WordSegmenter::new_dictionary(WordBreakInvariantOptions::default()),
            nfd: DecomposingNormalizerBorrowed::new_nfd(),
        }
    }

    /// The words of `text` (letters and numbers; spaces and punctuation are not words).
    pub fn words<'a>(&self, text: &'a str) -> Vec<Word<'a>> {
        let mut out = Vec::new();
        let mut start = 0;
        for (end, kind) in self.words.segment_str(text).iter_with_word_type() {
            if end > start
                && kind.is_word_like()
                && let Some(piece) = text.get(start..end)
            {
                out.push(Word {
                    start,
                    end,
                    text: piece,
                    folded: self.fold(piece),
                });
            }
            start = end;
        }
        out
    }

    /// The text to index or to query with: folded words joined by single spaces.
    pub fn index_text(&self, text: &str) -> String {
        let words = self.words(text);
        let mut out = String::with_capacity(text.len() + words.len());
        for (i, w) in words.iter().enumerate() {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(&w.folded);
        }
        out
    }

    /// Lower-cases a word and removes diacritics from Latin letters only.
    pub fn fold(&self, word: &str) -> String {
        let mut out = String::with_capacity(word.len());
        // Lower-case first, then look at each resulting letter: some characters outside the Latin
        // blocks lower-case into them (the Ångström sign U+212B becomes å), and folding must be
        // idempotent for queries and documents to agree.
        for c in word.chars().flat_map(char::to_lowercase) {
            if !is_latin_letter(c) {
                out.push(c);
            } else if c == 'đ' {
                // đ (Vietnamese) has no decomposition; fold it by hand.
                out.push('d');
            } else {
                let mut buf = [0u8; 4];
                for d in self.nfd.normalize(c.encode_utf8(&mut buf)).chars() {
                    if !('\u{0300}'..='\u{036F}').contains(&d) {
                        out.extend(d.to_lowercase());
                    }
                }
            }
        }
        out
    }
}

impl Segmenter {
    /// Removes diacritics from Latin letters, keeping case ("Giấy phép" → "Giay phep"; "Đ" → "D"):
    /// Vietnamese text messages are commonly written so, and fit the 7-bit SMS alphabet.
    pub fn unaccent(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            match c {
                'đ' => out.push('d'),
                'Đ' => out.push('D'),
                c if is_latin_letter(c) && !c.is_ascii() => {
                    let mut buf = [0u8; 4];
                    out.extend(
                        self.nfd
                            .normalize(c.encode_utf8(&mut buf))
                            .chars()
                            .filter(|d| !('\u{0300}'..='\u{036F}').contains(d)),
                    );
                }
                c => out.push(c),
            }
        }
        out
    }
}

/// Latin letters that can carry diacritics: Latin-1 Supplement, Latin Extended-A and -B, and
/// Latin Extended Additional (where Vietnamese letters with two marks live).
fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || ('\u{00C0}'..='\u{024F}').contains(&c)
        || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unaccenting_keeps_case_and_other_scripts() {
        let s = Segmenter::new();
        assert_eq!(
            s.unaccent("Giấy phép hết hạn. Đừng trả"),
            "Giay phep het han. Dung tra"
        );
        assert_eq!(s.unaccent("ไทย São"), "ไทย Sao");
    }
    use proptest::prelude::*;

    fn words(text: &str) -> Vec<String> {
        Segmenter::new()
            .words(text)
            .into_iter()
            .map(|w| w.text.to_string())
            .collect()
    }

    #[test]
    fn segments_scripts_without_spaces() {
        // Expected words as ICU's dictionaries give them (../shared/reference/stack-notes.md §1.5).
        assert_eq!(
            words("แรงงานข้ามชาติต้องการข้อมูลเกี่ยวกับการจัดหางาน"),
            [
                "แรงงาน",
                "ข้าม",
                "ชาติ",
                "ต้องการ",
                "ข้อมูล",
                "เกี่ยว",
                "กับ",
                "การ",
                "จัดหา",
                "งาน"
            ]
        );
        assert_eq!(
            words("ពលករចំណាកស្រុកត្រូវការព័ត៌មាន"),
            ["ពលករ", "ចំណាកស្រុក", "ត្រូវការ", "ព័ត៌មាន"]
        );
        assert_eq!(
            words("ແຮງງານເຄື່ອນຍ້າຍຕ້ອງການຂໍ້ມູນ"),
            ["ແຮງງານ", "ເຄື່ອນຍ້າຍ", "ຕ້ອງການ", "ຂໍ້ມູນ"]
        );
        assert_eq!(
            words("ရွှေ့ပြောင်းအလုပ်သမားများသတင်းအချက်အလက်လိုအပ်သည်"),
            [
                "ရွှေ့ပြောင်း",
                "အလုပ်သမား",
                "များ",
                "သတင်း",
                "အချက်အလက်",
                "လိုအပ်",
                "သည်"
            ]
        );
    }

    #[test]
    fn folds_latin_diacritics_but_keeps_other_marks() {
        let s = Segmenter::new();
        assert_eq!(
            s.index_text("Người lao động cần thông tin"),
            "nguoi lao dong can thong tin"
        );
        assert_eq!(
            s.index_text("Công ty TNHH, Đà Nẵng!"),
            "cong ty tnhh da nang"
        );
        assert_eq!(s.fold("ข้อมูล"), "ข้อมูล", "Thai marks are part of the word");
        assert_eq!(s.fold("ព័ត៌មាន"), "ព័ត៌មាន");
        assert_eq!(
            s.index_text("Pekerja migran (PMI) 2026"),
            "pekerja migran pmi 2026"
        );
        assert_eq!(s.index_text(" ,;!? "), "");
        // Found by the property test below: U+212B lower-cases into the Latin block.
        assert_eq!(s.fold("\u{212B}"), "a");
    }

    proptest! {
        #[test]
        fn words_are_ordered_non_empty_substrings(text in "\\PC{0,200}") {
            let s = Segmenter::new();
            let mut last = 0;
            for w in s.words(&text) {
                prop_assert!(!w.text.is_empty());
                prop_assert!(w.start >= last && w.end > w.start);
                prop_assert_eq!(&text[w.start..w.end], w.text);
                prop_assert!(!w.folded.is_empty());
                last = w.end;
            }
        }

        #[test]
        fn folding_is_idempotent(text in "\\PC{0,100}") {
            let s = Segmenter::new();
            let once = s.fold(&text);
            prop_assert_eq!(s.fold(&once), once.clone());
        }
    }
}
