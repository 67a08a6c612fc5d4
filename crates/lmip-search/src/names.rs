//! Organisation names as a worker types them: case, Latin diacritics, spacing, punctuation and
//! legal-form words ("Co., Ltd.", "Công ty TNHH", "PT") do not matter, so "cong ty abc manpower"
//! finds "ABC Manpower Co., Ltd.". An in-memory index answers with the names that are the same,
//! the names that contain the query, and the **look-alikes**: names close to a query but not the
//! same, the way an unlicensed recruiter borrows a licensed agency's name.

use crate::Segmenter;
use std::collections::HashMap;

/// Words that say what legal form a company has, not who it is; left out of the compared name.
const LEGAL_FORMS: &[&str] = &[
    "co",
    "company",
    "corp",
    "corporation",
    "inc",
    "incorporated",
    "limited",
    "ltd",
    "llc",
    "plc",
    "jsc",
    "pte",
    "sdn",
    "bhd",
    "pt",
    "tbk",
    "cv",
    "cong",
    "ty",
    "tnhh",
    "co phan",
    "mtv",
    "the",
];

/// The name as compared: folded words, legal forms left out, run together.
pub fn name_key(seg: &Segmenter, name: &str) -> String {
    let words = seg.words(name);
    let mut out = String::with_capacity(name.len());
    for w in &words {
        if !LEGAL_FORMS.contains(&w.folded.as_str()) {
            out.push_str(&w.folded);
        }
    }
    if out.is_empty() {
        // A name made only of legal-form words is still a name.
        for w in &words {
            out.push_str(&w.folded);
        }
    }
    out
}

/// A name as a directory search compares it: every folded word, legal forms included, run
/// together ("Công ty  ABC" → "congtyabc"), so that any part of a name, typed with or without
/// diacritics and spaces, is found in it. Scripts written without spaces fold the same way.
pub fn search_key(seg: &Segmenter, text: &str) -> String {
    seg.words(text).into_iter().map(|w| w.folded).collect()
}

/// One indexed name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameEntry {
    /// The organisation's id.
    pub id: String,
    /// Its name as written.
    pub name: String,
    /// Its name as compared.
    pub key: String,
}

/// What a name query finds.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NameMatches<'a> {
    /// Names that are the same as the query.
    pub same: Vec<&'a NameEntry>,
    /// Names that contain the query (not the same).
    pub containing: Vec<&'a NameEntry>,
    /// Names close to the query but not the same, with their similarity (0–1, 1 the same).
    pub look_alikes: Vec<(&'a NameEntry, f64)>,
}

/// How close a name must be to count as a look-alike (normalised Damerau–Levenshtein on the
/// compared names).
pub const LOOK_ALIKE: f64 = 0.8;

/// Names in memory, for lookups in a few milliseconds among hundreds of thousands.
#[derive(Debug, Default)]
pub struct NameIndex {
    entries: Vec<NameEntry>,
    by_key: HashMap<String, Vec<u32>>,
    grams: HashMap<[char; 3], Vec<u32>>,
}

fn trigrams(key: &str) -> Vec<[char; 3]> {
    let chars: Vec<char> = key.chars().collect();
    let mut out: Vec<[char; 3]> = chars.windows(3).map(|w| [w[0], w[1], w[2]]).collect();
    out.sort_unstable();
    out.dedup();
    out
}

impl NameIndex {
    /// Indexes (id, name) pairs.
    pub fn build(seg: &Segmenter, names: impl IntoIterator<Item = (String, String)>) -> NameIndex {
        let mut index = NameIndex::default();
        for (id, name) in names {
            let key = name_key(seg, &name);
            let at = u32::try_from(index.entries.len()).unwrap_or(u32::MAX);
            index.by_key.entry(key.clone()).or_default().push(at);
            for g in trigrams(&key) {
                index.grams.entry(g).or_default().push(at);
            }
            index.entries.push(NameEntry { id, name, key });
        }
        index
    }

    /// How many names it holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The names the query matches, at most `limit` of each kind, best first.
    pub fn search(&self, seg: &Segmenter, query: &str, limit: usize) -> NameMatches<'_> {
        let key = name_key(seg, query);
        let mut found = NameMatches::default();
        if key.is_empty() {
            return found;
        }
        if let Some(ids) = self.by_key.get(&key) {
            found.same = ids
                .iter()
                .filter_map(|i| self.entries.get(*i as usize))
                .take(limit)
                .collect();
        }
        let grams = trigrams(&key);
        if grams.is_empty() {
            return found;
        }
        // Count, per name, the query's trigrams it has: a name that contains the query has them
        // all; a look-alike has most.
        let mut counts = vec![0u16; self.entries.len()];
        let mut touched = Vec::new();
        for g in &grams {
            for i in self.grams.get(g).map(Vec::as_slice).unwrap_or_default() {
                let c = &mut counts[*i as usize];
                if *c == 0 {
                    touched.push(*i);
                }
                *c = c.saturating_add(1);
            }
        }
        let all = u16::try_from(grams.len()).unwrap_or(u16::MAX);
        let half = all.div_ceil(2);
        let mut containing = Vec::new();
        let mut alike = Vec::new();
        for i in touched {
            let c = counts[i as usize];
            let Some(e) = self.entries.get(i as usize) else {
                continue;
            };
            if e.key == key {
                continue;
            }
            if c == all && e.key.contains(&key) {
                containing.push(e);
            } else if c >= half {
                let score = strsim::normalized_damerau_levenshtein(&e.key, &key);
                if score >= LOOK_ALIKE {
                    alike.push((e, score));
                }
            }
        }
        containing.sort_by(|a, b| a.key.len().cmp(&b.key.len()).then(a.name.cmp(&b.name)));
        containing.truncate(limit);
        alike.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.name.cmp(&b.0.name)));
        alike.truncate(limit);
        found.containing = containing;
        found.look_alikes = alike;
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn index(seg: &Segmenter) -> NameIndex {
        NameIndex::build(
            seg,
            [
                ("1", "ABC Manpower Co., Ltd."),
                ("2", "Công ty TNHH Lao động Hà Nội"),
                ("3", "PT Sumber Rejeki"),
                ("4", "บริษัท จัดหางาน สยาม จำกัด"),
                ("5", "ABC Manpower Services"),
            ]
            .map(|(a, b)| (a.to_string(), b.to_string())),
        )
    }

    #[test]
    fn case_diacritics_spacing_and_legal_forms_do_not_matter() {
        let seg = Segmenter::new();
        let idx = index(&seg);
        let ids = |q: &str| -> Vec<String> {
            idx.search(&seg, q, 10)
                .same
                .iter()
                .map(|e| e.id.clone())
                .collect()
        };
        assert_eq!(ids("abc manpower"), ["1"]);
        assert_eq!(ids("ABC  MANPOWER CO LTD"), ["1"]);
        assert_eq!(ids("Cong ty lao dong ha noi"), ["2"]);
        assert_eq!(ids("laodong hanoi"), ["2"]);
        assert_eq!(ids("Sumber Rejeki"), ["3"]);
        assert_eq!(ids("บริษัทจัดหางานสยามจำกัด"), ["4"]);
    }

    #[test]
    fn names_containing_the_query_and_look_alikes() {
        let seg = Segmenter::new();
        let idx = index(&seg);
        let m = idx.search(&seg, "manpower", 10);
        let containing: Vec<&str> = m.containing.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(containing, ["1", "5"]);
        // One letter off a licensed name: flagged, not "the same".
        let m = idx.search(&seg, "ABC Manpowers", 10);
        assert!(m.same.is_empty());
        assert!(m.look_alikes.iter().any(|(e, _)| e.id == "1"), "{m:?}");
        let m = idx.search(&seg, "Sumber Rezeki", 10);
        assert_eq!(m.look_alikes.first().map(|(e, _)| e.id.as_str()), Some("3"));
        // Unrelated names are neither.
        let m = idx.search(&seg, "Global Harvest", 10);
        assert!(m.same.is_empty() && m.containing.is_empty() && m.look_alikes.is_empty());
    }

    proptest! {
        #[test]
        fn any_query_is_answered(q in "\\PC{0,60}") {
            let seg = Segmenter::new();
            let idx = index(&seg);
            let m = idx.search(&seg, &q, 5);
            prop_assert!(m.same.len() <= 5 && m.containing.len() <= 5 && m.look_alikes.len() <= 5);
        }
    }
}
