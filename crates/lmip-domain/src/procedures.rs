//! Procedures as steps: what a worker does, in order, with the office responsible, the official
//! fee, the typical time, and branches ("if you go through an agency" / "if you go through the
//! government programme"). The structure is language-neutral; each language adds the words
//! (title, where, documents needed and produced, the choices' labels).
//!
//! The structure, as editors write it:
//!
//! ```text
//! step passport
//! office: kh-passport-department      # a directory entry's short name
//! fee: 100 USD                        # or: free
//! fee-source: Sub-decree on passport fees (2019)
//! time: 3-20 days
//! choice agency: agency-contract      # a branch: its label is in each language's text
//! choice g2g: g2g-register
//!
//! step agency-contract
//! then: medical                       # where the branch joins again (or: end)
//! ```
//!
//! After a step without choices comes the next step written, unless `then` says otherwise.
//! Branches that lead back to a step already passed are refused: the procedure would never end.

use crate::DomainError;
use crate::offers::{Hundredths, Money, parse_amount};
use crate::structure::{Problem, at, is_key, lines, short};
use std::collections::BTreeMap;

/// One step's language-neutral facts.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct Step {
    /// Its key (a-z, 0-9, hyphens), the anchor of its place in the checklist.
    pub key: String,
    /// The directory entry of the office responsible.
    pub office: Option<String>,
    /// The official fee; an amount of 0 with no currency is "free".
    pub fee: Option<Money>,
    /// Where the fee is set.
    pub fee_source: String,
    /// Typical time in days: (least, most).
    pub days: Option<(u32, u32)>,
    /// The step after this one when it is not the next written (`end` ends the procedure).
    pub then: Option<String>,
    /// Branches: (choice key, step it leads to).
    pub choices: Vec<(String, String)>,
}

/// A procedure: its steps in order.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct Procedure {
    /// The steps, in the order written.
    pub steps: Vec<Step>,
}

/// The target that ends the procedure.
pub const END: &str = "end";

fn fee(value: &str, known_currency: &dyn Fn(&str) -> bool) -> Result<Money, Problem> {
    let v = value.trim();
    if v.eq_ignore_ascii_case("free") || v == "0" {
        return Ok(Money {
            amount: 0,
            currency: String::new(),
        });
    }
    let (amount, currency) = v
        .rsplit_once(char::is_whitespace)
        .ok_or_else(|| Problem::BadFee(short(v)))?;
    let amount = parse_amount(amount).map_err(|_| Problem::BadFee(short(v)))?;
    let currency = currency.trim().to_uppercase();
    if !known_currency(&currency) {
        return Err(Problem::UnknownCurrency(
            currency.chars().take(10).collect(),
        ));
    }
    if amount == 0 {
        // "0 USD" is free, written back as such: one way to say it.
        return Ok(Money {
            amount: 0,
            currency: String::new(),
        });
    }
    Ok(Money { amount, currency })
}

fn days(value: &str) -> Result<(u32, u32), Problem> {
    let bad = || Problem::BadTime(short(value));
    let v = value.trim();
    let v = v
        .strip_suffix("days")
        .or_else(|| v.strip_suffix("day"))
        .unwrap_or(v)
        .trim();
    let n = |s: &str| s.trim().parse::<u32>().ok().filter(|d| *d <= 3650);
    let (lo, hi) = match v.split_once(['-', '–']) {
        Some((a, b)) => (n(a).ok_or_else(bad)?, n(b).ok_or_else(bad)?),
        None => {
            let d = n(v).ok_or_else(bad)?;
            (d, d)
        }
    };
    if lo > hi {
        return Err(bad());
    }
    Ok((lo, hi))
}

/// Reads a procedure's structure. `known_currency` says whether a code is ISO 4217.
pub fn parse_procedure(
    text: &str,
    known_currency: &dyn Fn(&str) -> bool,
) -> Result<Procedure, DomainError> {
    let mut steps: Vec<Step> = Vec::new();
    // Where each step was declared, for errors found after reading every line.
    let mut declared: Vec<usize> = Vec::new();
    let mut targets: Vec<(usize, String)> = Vec::new();
    for l in lines(text)? {
        if l.name == "step" {
            let key = l.arg.to_string();
            if !is_key(&key) || key == END {
                return Err(at(l.no, Problem::BadKey(short(&key))));
            }
            if steps.iter().any(|s| s.key == key) {
                return Err(at(l.no, Problem::DuplicateStep(key)));
            }
            steps.push(Step {
                key,
                ..Step::default()
            });
            declared.push(l.no);
            continue;
        }
        let step = steps
            .last_mut()
            .ok_or_else(|| at(l.no, Problem::OutsideStep))?;
        match l.name.as_str() {
            "office" => step.office = Some(short(l.value)).filter(|o| !o.is_empty()),
            "fee" => step.fee = Some(fee(l.value, known_currency).map_err(|p| at(l.no, p))?),
            "fee-source" => step.fee_source = short(l.value),
            "time" => step.days = Some(days(l.value).map_err(|p| at(l.no, p))?),
            "then" => {
                step.then = Some(l.value.to_string());
                targets.push((l.no, l.value.to_string()));
            }
            "choice" => {
                if !is_key(l.arg) {
                    return Err(at(l.no, Problem::BadKey(short(l.arg))));
                }
                step.choices.push((l.arg.to_string(), l.value.to_string()));
                targets.push((l.no, l.value.to_string()));
            }
            other => return Err(at(l.no, Problem::UnknownField(short(other)))),
        }
    }
    for (no, t) in &targets {
        if t != END && !steps.iter().any(|s| &s.key == t) {
            return Err(at(*no, Problem::UnknownStep(short(t))));
        }
    }
    let p = Procedure { steps };
    if let Some((from, to)) = p.cycle() {
        let line = p
            .steps
            .iter()
            .position(|s| s.key == from)
            .and_then(|i| declared.get(i).copied())
            .unwrap_or(1);
        return Err(at(line, Problem::Circular { from, to }));
    }
    Ok(p)
}

impl Procedure {
    fn index(&self, key: &str) -> Option<usize> {
        self.steps.iter().position(|s| s.key == key)
    }

    /// The steps that may come after step `i`.
    pub fn next_of(&self, i: usize) -> Vec<usize> {
        let Some(s) = self.steps.get(i) else {
            return Vec::new();
        };
        if !s.choices.is_empty() {
            return s
                .choices
                .iter()
                .filter_map(|(_, t)| self.index(t))
                .collect();
        }
        match &s.then {
            Some(t) => self.index(t).into_iter().collect(),
            None if i + 1 < self.steps.len() => vec![i + 1],
            None => Vec::new(),
        }
    }

    /// A step that leads back to one on the way to it (from, to), if any: depth-first from every
    /// step, so that a loop among steps no path reaches is found too.
    fn cycle(&self) -> Option<(String, String)> {
        // 0 not seen, 1 on the current path, 2 done.
        let mut state = vec![0u8; self.steps.len()];
        for start in 0..self.steps.len() {
            if state[start] != 0 {
                continue;
            }
            let mut stack = vec![(start, self.next_of(start), 0usize)];
            state[start] = 1;
            while let Some((node, next, pos)) = stack.last_mut() {
                if let Some(&n) = next.get(*pos) {
                    *pos += 1;
                    match state[n] {
                        1 => {
                            return Some((
                                self.steps[*node].key.clone(),
                                self.steps[n].key.clone(),
                            ));
                        }
                        0 => {
                            state[n] = 1;
                            let nn = self.next_of(n);
                            stack.push((n, nn, 0));
                        }
                        _ => {}
                    }
                } else {
                    state[*node] = 2;
                    stack.pop();
                }
            }
        }
        None
    }

    /// Every way through the procedure from its first step: the choices taken (step key, choice
    /// key) and the steps passed. At most `limit` ways (branches multiply).
    pub fn paths(&self, limit: usize) -> Vec<Path> {
        let mut out = Vec::new();
        if self.steps.is_empty() {
            return out;
        }
        let mut todo = vec![Path {
            choices: Vec::new(),
            steps: vec![0],
        }];
        while let Some(p) = todo.pop() {
            if out.len() >= limit {
                break;
            }
            let Some(&last) = p.steps.last() else {
                continue;
            };
            let s = &self.steps[last];
            // The structure has no cycles, but a path can never be longer than the steps.
            if p.steps.len() > self.steps.len() {
                continue;
            }
            if s.choices.is_empty() {
                match self.next_of(last).first() {
                    Some(&n) => {
                        let mut q = p.clone();
                        q.steps.push(n);
                        todo.push(q);
                    }
                    None => out.push(p),
                }
            } else {
                for (c, t) in s.choices.iter().rev() {
                    let mut q = p.clone();
                    q.choices.push((s.key.clone(), c.clone()));
                    match self.index(t) {
                        Some(n) => {
                            q.steps.push(n);
                            todo.push(q);
                        }
                        None => out.push(q),
                    }
                }
            }
        }
        out
    }

    /// The official fees along `path`, summed per currency (free steps add nothing).
    pub fn cost(&self, path: &Path) -> BTreeMap<String, Hundredths> {
        let mut sum = BTreeMap::new();
        for s in path.steps.iter().filter_map(|&i| self.steps.get(i)) {
            if let Some(f) = s.fee.as_ref().filter(|f| f.amount > 0) {
                *sum.entry(f.currency.clone()).or_insert(0) += f.amount;
            }
        }
        sum
    }

    /// Whether any step's fee is recorded (otherwise the total cost is unknown, not zero).
    pub fn has_fees(&self) -> bool {
        self.steps.iter().any(|s| s.fee.is_some())
    }

    /// The structure written back in its canonical form (what [`parse_procedure`] reads).
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for s in &self.steps {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&format!("step {}\n", s.key));
            if let Some(o) = &s.office {
                out.push_str(&format!("office: {o}\n"));
            }
            if let Some(f) = &s.fee {
                if f.amount == 0 {
                    out.push_str("fee: free\n");
                } else {
                    out.push_str(&format!(
                        "fee: {} {}\n",
                        crate::offers::format_amount(f.amount).replace('\u{202f}', ""),
                        f.currency
                    ));
                }
            }
            if !s.fee_source.is_empty() {
                out.push_str(&format!("fee-source: {}\n", s.fee_source));
            }
            match s.days {
                Some((a, b)) if a == b => out.push_str(&format!("time: {a} days\n")),
                Some((a, b)) => out.push_str(&format!("time: {a}-{b} days\n")),
                None => {}
            }
            for (c, t) in &s.choices {
                out.push_str(&format!("choice {c}: {t}\n"));
            }
            if let Some(t) = &s.then {
                out.push_str(&format!("then: {t}\n"));
            }
        }
        out
    }
}

/// One way through a procedure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Path {
    /// The choices taken: (step key, choice key).
    pub choices: Vec<(String, String)>,
    /// The steps passed, by index.
    pub steps: Vec<usize>,
}

/// A step's words in one language.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct StepText {
    /// What to do, in a few words.
    pub title: String,
    /// Where it happens.
    pub place: String,
    /// Documents to bring.
    pub needs: Vec<String>,
    /// Documents received.
    pub gives: Vec<String>,
    /// A note.
    pub note: String,
    /// The choices' labels: (choice key, label).
    pub choices: Vec<(String, String)>,
}

fn list(value: &str) -> Vec<String> {
    value
        .split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(short)
        .collect()
}

/// Reads one language's step texts against the procedure:
///
/// ```text
/// step passport
/// title: Get a passport
/// where: The passport office of your province
/// needs: National ID card; Family book
/// gives: Passport
/// choice agency: If you go through a licensed agency
/// ```
pub fn parse_step_texts(
    text: &str,
    procedure: &Procedure,
) -> Result<BTreeMap<String, StepText>, DomainError> {
    let mut out: BTreeMap<String, StepText> = BTreeMap::new();
    let mut current: Option<String> = None;
    for l in lines(text)? {
        if l.name == "step" {
            if !procedure.steps.iter().any(|s| s.key == l.arg) {
                return Err(at(l.no, Problem::NoSuchStep(short(l.arg))));
            }
            current = Some(l.arg.to_string());
            out.entry(l.arg.to_string()).or_default();
            continue;
        }
        let key = current
            .clone()
            .ok_or_else(|| at(l.no, Problem::OutsideStep))?;
        let t = out.entry(key.clone()).or_default();
        match l.name.as_str() {
            "title" => t.title = short(l.value),
            "where" => t.place = short(l.value),
            "needs" => t.needs = list(l.value),
            "gives" => t.gives = list(l.value),
            "note" => t.note = short(l.value),
            "choice" => {
                let offered = procedure
                    .steps
                    .iter()
                    .any(|s| s.key == key && s.choices.iter().any(|(c, _)| c == l.arg));
                if !offered {
                    return Err(at(l.no, Problem::NoSuchChoice(short(l.arg))));
                }
                t.choices.push((l.arg.to_string(), short(l.value)));
            }
            other => return Err(at(l.no, Problem::UnknownField(short(other)))),
        }
    }
    Ok(out)
}

/// Step texts written back in their canonical form, in the procedure's order.
pub fn step_texts_to_text(texts: &BTreeMap<String, StepText>, procedure: &Procedure) -> String {
    let mut out = String::new();
    for s in &procedure.steps {
        let Some(t) = texts.get(&s.key) else {
            continue;
        };
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&format!("step {}\n", s.key));
        for (name, v) in [("title", &t.title), ("where", &t.place)] {
            if !v.is_empty() {
                out.push_str(&format!("{name}: {v}\n"));
            }
        }
        for (name, v) in [("needs", &t.needs), ("gives", &t.gives)] {
            if !v.is_empty() {
                out.push_str(&format!("{name}: {}\n", v.join("; ")));
            }
        }
        if !t.note.is_empty() {
            out.push_str(&format!("note: {}\n", t.note));
        }
        for (c, label) in &t.choices {
            out.push_str(&format!("choice {c}: {label}\n"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn currency(c: &str) -> bool {
        ["USD", "THB", "KHR"].contains(&c)
    }

    const KH_TH: &str = "step passport\noffice: kh-passport\nfee: 100 USD\nfee-source: Sub-decree\ntime: 3-20 days\n\
        step route\nchoice agency: agency-contract\nchoice g2g: g2g-register\n\
        step agency-contract\nfee: 1,000 THB\nthen: medical\n\
        step g2g-register\nfee: free\n\
        step medical\nfee: 500 THB\ntime: 1 day\n";

    fn problem(text: &str) -> Problem {
        match parse_procedure(text, &currency) {
            Err(DomainError::Structure { problem, .. }) => problem,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn reads_steps_branches_fees_and_times() {
        let p = parse_procedure(KH_TH, &currency).unwrap();
        assert_eq!(p.steps.len(), 5);
        assert_eq!(p.steps[0].office.as_deref(), Some("kh-passport"));
        assert_eq!(p.steps[0].days, Some((3, 20)));
        assert_eq!(p.steps[1].choices.len(), 2);
        assert_eq!(p.steps[3].fee.as_ref().map(|f| f.amount), Some(0));
        // Written back, it reads the same.
        assert_eq!(parse_procedure(&p.to_text(), &currency).unwrap(), p);
        let ways = p.paths(10);
        assert_eq!(ways.len(), 2);
        // Through the agency: passport, route, agency contract, medical.
        assert_eq!(ways[0].choices, vec![("route".into(), "agency".into())]);
        assert_eq!(ways[0].steps, vec![0, 1, 2, 4]);
        let cost = p.cost(&ways[0]);
        assert_eq!(cost.get("USD"), Some(&10_000));
        assert_eq!(cost.get("THB"), Some(&150_000));
        // The government programme: g2g register falls through to medical.
        assert_eq!(ways[1].steps, vec![0, 1, 3, 4]);
        assert_eq!(p.cost(&ways[1]).get("THB"), Some(&50_000));
    }

    #[test]
    fn clear_errors() {
        assert_eq!(
            problem("step a\nfee: 10 XYZ"),
            Problem::UnknownCurrency("XYZ".into())
        );
        assert_eq!(
            problem("step a\nfee: ten USD"),
            Problem::BadFee("ten USD".into())
        );
        assert_eq!(
            problem("step a\ntime: soon"),
            Problem::BadTime("soon".into())
        );
        assert_eq!(
            problem("step a\ntime: 9-3 days"),
            Problem::BadTime("9-3 days".into())
        );
        assert_eq!(problem("office: x"), Problem::OutsideStep);
        assert_eq!(
            problem("step a\nstep a"),
            Problem::DuplicateStep("a".into())
        );
        assert_eq!(problem("step A"), Problem::BadKey("A".into()));
        assert_eq!(
            problem("step a\ncolour: red"),
            Problem::UnknownField("colour".into())
        );
        assert_eq!(problem("step a\nthen: b"), Problem::UnknownStep("b".into()));
        // Circular branches: b leads back to a.
        let e = parse_procedure(
            "step a\nstep b\nchoice again: a\nchoice on: c\nstep c",
            &currency,
        );
        assert_eq!(
            e,
            Err(DomainError::Structure {
                line: 2,
                problem: Problem::Circular {
                    from: "b".into(),
                    to: "a".into()
                }
            })
        );
        // A step pointing at itself.
        assert!(matches!(
            problem("step a\nthen: a"),
            Problem::Circular { .. }
        ));
        // `end` ends a branch.
        let p = parse_procedure(
            "step a\nchoice x: b\nchoice y: c\nstep b\nthen: end\nstep c",
            &currency,
        )
        .unwrap();
        assert_eq!(p.paths(10).len(), 2);
        assert_eq!(p.paths(10)[0].steps, vec![0, 1]);
    }

    #[test]
    fn step_texts_follow_the_procedure() {
        let p = parse_procedure(KH_TH, &currency).unwrap();
        let t = parse_step_texts(
            "step passport\ntitle: Get a passport\nneeds: ID card; Family book\nstep route\nchoice agency: Through an agency",
            &p,
        )
        .unwrap();
        assert_eq!(t["passport"].needs, vec!["ID card", "Family book"]);
        assert_eq!(t["route"].choices[0].1, "Through an agency");
        assert_eq!(
            parse_step_texts(&step_texts_to_text(&t, &p), &p).unwrap(),
            t
        );
        assert!(matches!(
            parse_step_texts("step visa\ntitle: x", &p),
            Err(DomainError::Structure {
                line: 1,
                problem: Problem::NoSuchStep(_)
            })
        ));
        assert!(matches!(
            parse_step_texts("step passport\nchoice agency: x", &p),
            Err(DomainError::Structure {
                line: 2,
                problem: Problem::NoSuchChoice(_)
            })
        ));
    }

    #[test]
    fn a_zero_fee_in_any_currency_is_free() {
        let p = parse_procedure("step a\nfee: 0 USD\n", &currency).unwrap();
        assert_eq!(
            p.steps[0].fee.as_ref().map(|f| f.currency.as_str()),
            Some("")
        );
        assert_eq!(parse_procedure(&p.to_text(), &currency), Ok(p));
    }

    proptest! {
        #[test]
        fn never_panics(s in "(step [a-c]\n|then: [a-d]\n|choice [xy]: [a-d]\n|fee: [0-9]{1,3} (USD|XX)\n|time: [0-9-]{1,4}\n|\\PC{0,12}\n){0,12}") {
            if let Ok(p) = parse_procedure(&s, &currency) {
                // Whatever is accepted ends: every path is finite and written back it reads the same.
                prop_assert!(p.paths(50).iter().all(|w| w.steps.len() <= p.steps.len()));
                prop_assert_eq!(parse_procedure(&p.to_text(), &currency), Ok(p));
            }
        }
    }
}
