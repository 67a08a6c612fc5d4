//! The SDMX REST data key: `/data/{flow}/{key}` where the key has one part per dimension, separated
//! by dots; a part is empty (any value) or codes joined by `+` (any of them). `all` (SDMX 2.1) and
//! `*` (SDMX 3.0) select everything. Example for destination × origin × sex: `TH.KH+LA+MM.F`.

use std::fmt;

/// Longest key accepted, in bytes: a query string is no place for megabytes.
pub const MAX_KEY_LEN: usize = 4096;

/// A parsed key: per dimension, `None` for any value or the accepted codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyFilter {
    parts: Vec<Option<Vec<String>>>,
}

/// Why a key is not valid. Messages name the position so a person can fix the query.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    /// The number of dot-separated parts differs from the number of dimensions.
    #[error(
        "the key has {given} parts but the dataflow has {expected} dimensions (separate one part per dimension with '.')"
    )]
    WrongLength {
        /// Parts in the key.
        given: usize,
        /// Dimensions of the dataflow.
        expected: usize,
    },
    /// A code with characters SDMX identifiers cannot have.
    #[error(
        "part {position} of the key: '{code}' is not a valid code (letters, digits, _, @, $ and - only)"
    )]
    BadCode {
        /// 1-based dimension position.
        position: usize,
        /// The offending text (shortened).
        code: String,
    },
    /// The key is longer than [`MAX_KEY_LEN`].
    #[error("the key is longer than {MAX_KEY_LEN} characters")]
    TooLong,
}

fn valid_code(code: &str) -> bool {
    !code.is_empty()
        && code
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'@' | b'$' | b'-'))
}

impl KeyFilter {
    /// Parses a key for a dataflow with `dimensions` dimensions.
    pub fn parse(key: &str, dimensions: usize) -> Result<KeyFilter, KeyError> {
        if key.len() > MAX_KEY_LEN {
            return Err(KeyError::TooLong);
        }
        if key == "all" || key == "*" || (key.is_empty() && dimensions <= 1) {
            return Ok(KeyFilter {
                parts: vec![None; dimensions],
            });
        }
        let raw: Vec<&str> = key.split('.').collect();
        if raw.len() != dimensions {
            return Err(KeyError::WrongLength {
                given: raw.len(),
                expected: dimensions,
            });
        }
        let mut parts = Vec::with_capacity(dimensions);
        for (i, part) in raw.iter().enumerate() {
            if part.is_empty() || *part == "*" {
                parts.push(None);
                continue;
            }
            let mut codes: Vec<String> = Vec::new();
            for code in part.split('+') {
                if !valid_code(code) {
                    return Err(KeyError::BadCode {
                        position: i + 1,
                        code: code.chars().take(40).collect(),
                    });
                }
                if !codes.iter().any(|c| c == code) {
                    codes.push(code.to_string());
                }
            }
            parts.push(Some(codes));
        }
        Ok(KeyFilter { parts })
    }

    /// Per dimension: `None` for any value, or the accepted codes.
    pub fn parts(&self) -> &[Option<Vec<String>>] {
        &self.parts
    }

    /// Whether a series key (one code per dimension) is selected.
    pub fn matches(&self, series: &[&str]) -> bool {
        series.len() == self.parts.len()
            && self.parts.iter().zip(series).all(|(p, code)| {
                p.as_ref()
                    .is_none_or(|codes| codes.iter().any(|c| c == code))
            })
    }
}

impl fmt::Display for KeyFilter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.parts.iter().enumerate() {
            if i > 0 {
                f.write_str(".")?;
            }
            if let Some(codes) = p {
                f.write_str(&codes.join("+"))?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_and_matches() {
        let k = KeyFilter::parse("TH.KH+LA+MM.F", 3).unwrap();
        assert!(k.matches(&["TH", "LA", "F"]));
        assert!(!k.matches(&["TH", "VN", "F"]));
        assert!(!k.matches(&["TH", "LA"]));
        let any_origin = KeyFilter::parse("TH..F", 3).unwrap();
        assert!(any_origin.matches(&["TH", "ZZ", "F"]));
        assert!(
            KeyFilter::parse("all", 3)
                .unwrap()
                .matches(&["A", "B", "C"])
        );
        assert_eq!(
            KeyFilter::parse("TH.*._T", 3).unwrap().to_string(),
            "TH.._T"
        );
    }

    #[test]
    fn explains_bad_keys() {
        assert_eq!(
            KeyFilter::parse("TH.KH", 3).unwrap_err().to_string(),
            "the key has 2 parts but the dataflow has 3 dimensions (separate one part per dimension with '.')"
        );
        assert_eq!(
            KeyFilter::parse("TH.K H.F", 3).unwrap_err().to_string(),
            "part 2 of the key: 'K H' is not a valid code (letters, digits, _, @, $ and - only)"
        );
        assert_eq!(
            KeyFilter::parse("TH.KH++LA.F", 3).unwrap_err(),
            KeyError::BadCode {
                position: 2,
                code: String::new()
            }
        );
        assert_eq!(
            KeyFilter::parse(&"A".repeat(5000), 1).unwrap_err(),
            KeyError::TooLong
        );
    }

    fn code() -> impl Strategy<Value = String> {
        "[A-Za-z0-9_@$-]{1,8}"
    }

    fn part() -> impl Strategy<Value = Option<Vec<String>>> {
        prop_oneof![
            Just(None),
            prop::collection::vec(code(), 1..4).prop_map(|mut v| {
                v.dedup();
                let mut seen = Vec::new();
                v.retain(|c| {
                    if seen.contains(c) {
                        false
                    } else {
                        seen.push(c.clone());
                        true
                    }
                });
                Some(v)
            })
        ]
    }

    proptest! {
        #[test]
        fn display_round_trips(parts in prop::collection::vec(part(), 2..6)) {
            let k = KeyFilter { parts: parts.clone() };
            let text = k.to_string();
            prop_assert_eq!(KeyFilter::parse(&text, parts.len()).unwrap(), k);
        }

        #[test]
        fn parse_never_panics(s in "\\PC{0,200}", n in 0usize..8) {
            let _ = KeyFilter::parse(&s, n);
        }
    }
}
