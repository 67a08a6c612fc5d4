//! Code-of-conduct frameworks and how an assessment becomes a grade, without I/O.
//!
//! A framework (the IRIS principles, a national code of conduct) is a list of criteria, each with
//! a weight, the evidence an assessor must record, and whether it is critical. An assessor scores
//! every criterion from 0 (not met) to 4 (fully met). **The formula**, shown on every scorecard:
//!
//! - the score is Σ(weight × score) ÷ Σ(weight × 4), as a percentage rounded down to a tenth;
//! - the grade is A from 85 %, B from 70 %, C from 50 %, D below;
//! - a critical criterion scored 0 makes the grade D whatever the percentage (an agency that
//!   charges workers recruitment fees does not get an A for its paperwork).

use crate::DomainError;

/// The highest score of a criterion.
pub const MAX_SCORE: i64 = 4;

/// A criterion of a framework.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Criterion {
    /// Short code, unique in the framework ("E1").
    pub code: String,
    /// Weight, 1 to 100.
    pub weight: i64,
    /// A 0 here makes the grade D.
    pub critical: bool,
    /// What it asks.
    pub title: String,
    /// The evidence an assessor must record for a score above 0.
    pub evidence: String,
}

/// Reads a framework's criteria, one per line: `code; weight; title; evidence required`, with
/// `!` before the code for a critical criterion. Empty lines and lines starting with `#` are
/// skipped. Every problem is reported with its line.
pub fn parse_criteria(text: &str) -> Result<Vec<Criterion>, Vec<(usize, DomainError)>> {
    let mut out: Vec<Criterion> = Vec::new();
    let mut problems = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let l = raw.trim();
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        let parts: Vec<&str> = l.split(';').map(str::trim).collect();
        if parts.len() != 4 || parts.iter().any(|p| p.is_empty()) {
            problems.push((line, DomainError::BadCriterion));
            continue;
        }
        let (critical, code) = match parts[0].strip_prefix('!') {
            Some(c) => (true, c.trim()),
            None => (false, parts[0]),
        };
        if code.is_empty()
            || code.chars().count() > 20
            || !code
                .chars()
                .all(|c| c.is_alphanumeric() || "-._".contains(c))
        {
            problems.push((line, DomainError::BadCriterion));
            continue;
        }
        let weight = match parts[1].parse::<i64>() {
            Ok(w) if (1..=100).contains(&w) => w,
            _ => {
                problems.push((
                    line,
                    DomainError::BadWeight {
                        given: parts[1].chars().take(10).collect(),
                    },
                ));
                continue;
            }
        };
        if out.iter().any(|c| c.code == code) {
            problems.push((
                line,
                DomainError::DuplicateCriterion {
                    code: code.to_string(),
                },
            ));
            continue;
        }
        out.push(Criterion {
            code: code.to_string(),
            weight,
            critical,
            title: parts[2].chars().take(500).collect(),
            evidence: parts[3].chars().take(500).collect(),
        });
    }
    if out.is_empty() && problems.is_empty() {
        problems.push((0, DomainError::BadCriterion));
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

/// A grade, A (best) to D.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Grade {
    /// From 85 %.
    A,
    /// From 70 %.
    B,
    /// From 50 %.
    C,
    /// Below 50 %, or a critical criterion not met.
    D,
}

impl Grade {
    /// The letter.
    pub fn as_str(self) -> &'static str {
        match self {
            Grade::A => "A",
            Grade::B => "B",
            Grade::C => "C",
            Grade::D => "D",
        }
    }
}

/// What the formula gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outcome {
    /// Tenths of a percent (0 to 1000).
    pub per_mille: i64,
    /// The grade.
    pub grade: Grade,
    /// Whether a critical criterion scored 0 forced the grade to D.
    pub critical_failed: bool,
}

/// Applies the formula to `(criterion, score)` pairs; every score must be 0 to [`MAX_SCORE`].
pub fn grade(scores: &[(&Criterion, i64)]) -> Outcome {
    let got: i64 = scores.iter().map(|(c, s)| c.weight * s).sum();
    let best: i64 = scores.iter().map(|(c, _)| c.weight * MAX_SCORE).sum();
    let per_mille = if best == 0 { 0 } else { got * 1000 / best };
    let critical_failed = scores.iter().any(|(c, s)| c.critical && *s == 0);
    let by_score = match per_mille {
        850.. => Grade::A,
        700.. => Grade::B,
        500.. => Grade::C,
        _ => Grade::D,
    };
    Outcome {
        per_mille,
        grade: if critical_failed { Grade::D } else { by_score },
        critical_failed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const IRIS: &str = "# IRIS-like sample\n\
        !E1; 30; No fees charged to workers; Fee policy and payment records\n\
        E2; 20; Contracts in the worker's language; Sample contracts\n\
        E3 ; 10 ; Grievance mechanism ; Register of complaints\n";

    #[test]
    fn criteria_are_read_with_their_lines() {
        let c = parse_criteria(IRIS).unwrap();
        assert_eq!(c.len(), 3);
        assert!(c[0].critical && !c[1].critical);
        assert_eq!((c[2].code.as_str(), c[2].weight), ("E3", 10));
        let bad = "E1; 0; t; e\nE2; x; t; e\nE3; 5; t\nE4; 5; t; e\nE4; 5; t; e\n";
        let p = parse_criteria(bad).unwrap_err();
        assert_eq!(
            p.iter().map(|(l, _)| *l).collect::<Vec<_>>(),
            vec![1, 2, 3, 5]
        );
        assert!(matches!(p[3].1, DomainError::DuplicateCriterion { .. }));
        assert!(parse_criteria("# nothing\n").is_err());
    }

    #[test]
    fn the_formula() {
        let c = parse_criteria(IRIS).unwrap();
        let all = |s: [i64; 3]| -> Vec<(&Criterion, i64)> { c.iter().zip(s).collect() };
        // 30×4 + 20×4 + 10×2 = 220 of 240: 91.6 % → A.
        let o = grade(&all([4, 4, 2]));
        assert_eq!((o.per_mille, o.grade), (916, Grade::A));
        // 30×3 + 20×2 + 10×2 = 150 of 240: 62.5 % → C.
        assert_eq!(grade(&all([3, 2, 2])).grade, Grade::C);
        assert_eq!(grade(&all([3, 3, 3])).grade, Grade::B);
        // The critical criterion not met: D, whatever the rest.
        let o = grade(&all([0, 4, 4]));
        assert_eq!((o.grade, o.critical_failed), (Grade::D, true));
        assert_eq!(grade(&[]).per_mille, 0);
    }
}
