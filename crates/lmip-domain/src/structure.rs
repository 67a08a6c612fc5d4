//! The plain-text form editors write a procedure's steps and an agreement's articles and
//! provisions in, one fact per line (`office: kh-passport-office`, `provision 7: fees-paid-by
//! employer`). Blank lines and lines starting with `#` are skipped. Every problem names its line,
//! so an editor without a structured form (and without JavaScript) can fix it.

/// What is wrong with a line of a procedure or an agreement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A line that is not `name: value` (or `step KEY`).
    Unreadable,
    /// A field this kind of text does not have.
    UnknownField(String),
    /// A fact before the first `step KEY` line.
    OutsideStep,
    /// A step or choice key other than a-z, 0-9 and hyphens.
    BadKey(String),
    /// A step key used twice.
    DuplicateStep(String),
    /// A choice or `then` that names no step.
    UnknownStep(String),
    /// Branches that lead back to a step already passed: the procedure would never end.
    Circular {
        /// The step that leads back.
        from: String,
        /// The step it leads back to.
        to: String,
    },
    /// A fee that is not `AMOUNT CURRENCY` or `free`.
    BadFee(String),
    /// A currency that is not an ISO 4217 code.
    UnknownCurrency(String),
    /// A time that is not `N days` or `N-M days`.
    BadTime(String),
    /// A date that cannot be read.
    BadDate(String),
    /// A country code that is not ISO 3166-1 alpha-2.
    UnknownCountry(String),
    /// A status other than draft, signed, in-force, expired, superseded.
    UnknownStatus(String),
    /// An address that is not http(s).
    BadAddress,
    /// A provision kind that lmip does not know.
    UnknownProvision(String),
    /// A provision's value that does not fit its kind.
    BadProvision(String),
    /// A provision citing an article the text does not list.
    MissingArticle(String),
    /// An article listed twice.
    DuplicateArticle(String),
    /// A text for a step that the procedure does not have.
    NoSuchStep(String),
    /// A text for a choice that its step does not offer.
    NoSuchChoice(String),
    /// More than the limit of lines (a pasted document, not a structure).
    TooLong,
}

/// The most lines a structure may have.
pub const MAX_LINES: usize = 2000;

/// One fact: `name arg: value` (arg and value may be empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Line<'a> {
    /// 1-based line number.
    pub no: usize,
    /// The field's name, lowercase.
    pub name: String,
    /// What follows the name before the colon (a step key, an article, a choice).
    pub arg: &'a str,
    /// After the colon, trimmed.
    pub value: &'a str,
}

/// The facts of a text, or the first unreadable line.
pub(crate) fn lines(text: &str) -> Result<Vec<Line<'_>>, crate::DomainError> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let no = i + 1;
        if no > MAX_LINES {
            return Err(at(no, Problem::TooLong));
        }
        let l = raw.trim();
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        let (head, value) = match l.split_once(':') {
            Some((h, v)) => (h.trim(), v.trim()),
            None => (l, ""),
        };
        let (name, arg) = match head.split_once(char::is_whitespace) {
            Some((n, a)) => (n, a.trim()),
            None => (head, ""),
        };
        if name.is_empty() {
            return Err(at(no, Problem::Unreadable));
        }
        out.push(Line {
            no,
            name: name.to_lowercase(),
            arg,
            value,
        });
    }
    Ok(out)
}

/// The error for line `no`.
pub(crate) fn at(line: usize, problem: Problem) -> crate::DomainError {
    crate::DomainError::Structure { line, problem }
}

/// Whether `key` can name a step or choice: 1 to 40 of a-z, 0-9 and hyphens.
pub(crate) fn is_key(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= 40
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// A value cut to a sane length (a line is a fact, not a document).
pub(crate) fn short(value: &str) -> String {
    value.chars().take(500).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_name_arg_and_value() {
        let l = lines("# comment\n\nstep passport\n  office: kh-gdi \nchoice agency: agency-contract\nnonsense").unwrap();
        assert_eq!(l.len(), 4);
        assert_eq!(
            (l[0].name.as_str(), l[0].arg, l[0].value),
            ("step", "passport", "")
        );
        assert_eq!(
            (l[1].no, l[1].name.as_str(), l[1].value),
            (4, "office", "kh-gdi")
        );
        assert_eq!((l[2].arg, l[2].value), ("agency", "agency-contract"));
        assert!(matches!(
            lines(": x"),
            Err(crate::DomainError::Structure {
                line: 1,
                problem: Problem::Unreadable
            })
        ));
        assert!(is_key("g2g-register") && !is_key("G2G") && !is_key(""));
    }
}
