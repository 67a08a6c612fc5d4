//! Job offers and the rules they are checked against, without I/O: amounts of money as people
//! write them, pay periods and how they convert, and the findings of the offer checker (wage
//! against the legal minimum, fee against the legal cap or the employer-pays rule).
//!
//! Amounts are kept as whole hundredths (`i64`), never floating point, so that "at or above the
//! minimum" is exact.

use crate::DomainError;
use std::str::FromStr;

/// An amount of money in hundredths of the currency's unit (12,000.50 is 1,200,050).
pub type Hundredths = i64;

/// The largest amount accepted (ten trillion units): more is a typing error in any currency.
pub const MAX_AMOUNT: Hundredths = 1_000_000_000_000_000;

/// Reads an amount as people write it: "12000", "12,000", "12 000", "12.000.000" (Viet Nam and
/// Indonesia group thousands with dots), "337.50", "1.234,56". The separator that comes last and is
/// not followed by exactly three digits is the decimal mark; a separator that repeats, or is
/// followed by exactly three digits, groups thousands. Negative amounts and more than two
/// decimals are refused.
pub fn parse_amount(text: &str) -> Result<Hundredths, DomainError> {
    let bad = || DomainError::BadAmount {
        given: text.chars().take(30).collect(),
    };
    let t: String = text
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '_' && *c != '\'')
        // Thai, Lao, Khmer and Burmese digits as ASCII.
        .map(|c| crate::directory::non_ascii_digit(c).unwrap_or(c))
        .collect();
    if t.is_empty()
        || !t
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err(bad());
    }
    let last_sep = t.rfind(['.', ',']);
    let (grouped, frac_part) = match last_sep {
        None => (t.as_str(), ""),
        Some(i) => {
            let sep = t.as_bytes()[i] as char;
            let after = &t[i + 1..];
            let repeats = t[..i].contains(sep);
            let other_before = t[..i].contains(if sep == '.' { ',' } else { '.' });
            if !repeats && (after.len() != 3 || other_before) {
                (&t[..i], after)
            } else {
                (t.as_str(), "")
            }
        }
    };
    // Groups of thousands: 1 to 3 digits first, exactly 3 after ("12.345.6789" is a typing error).
    let groups: Vec<&str> = grouped.split(['.', ',']).collect();
    if groups.len() > 1
        && (groups[0].is_empty() || groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3))
    {
        return Err(bad());
    }
    let int_part = groups.concat();
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(bad());
    }
    if frac_part.len() > 2 {
        return Err(bad());
    }
    let units: i64 = if int_part.is_empty() {
        0
    } else {
        int_part.parse().map_err(|_| bad())?
    };
    let frac: i64 = match frac_part.len() {
        0 => 0,
        1 => frac_part.parse::<i64>().map_err(|_| bad())? * 10,
        _ => frac_part.parse().map_err(|_| bad())?,
    };
    let v = units
        .checked_mul(100)
        .and_then(|u| u.checked_add(frac))
        .ok_or_else(bad)?;
    if v > MAX_AMOUNT {
        return Err(bad());
    }
    Ok(v)
}

/// Writes hundredths for reading: thousands grouped with a thin space, decimals only when there
/// are any ("12 000", "337.50").
pub fn format_amount(v: Hundredths) -> String {
    let units = (v / 100).to_string();
    let mut grouped = String::new();
    for (i, c) in units.chars().enumerate() {
        if i > 0 && (units.len() - i).is_multiple_of(3) {
            grouped.push('\u{202f}');
        }
        grouped.push(c);
    }
    match v % 100 {
        0 => grouped,
        f => format!("{grouped}.{f:02}"),
    }
}

/// The period a wage is paid for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PayPeriod {
    /// Per hour.
    Hour,
    /// Per working day.
    Day,
    /// Per week.
    Week,
    /// Per month.
    Month,
}

impl PayPeriod {
    /// Every period.
    pub const ALL: [PayPeriod; 4] = [
        PayPeriod::Hour,
        PayPeriod::Day,
        PayPeriod::Week,
        PayPeriod::Month,
    ];

    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            PayPeriod::Hour => "hour",
            PayPeriod::Day => "day",
            PayPeriod::Week => "week",
            PayPeriod::Month => "month",
        }
    }

    /// How many of this period make a month, as a fraction: a month is 52/12 weeks, 26 working
    /// days (six a week) and 208 hours (eight a day). These are the conversions the checker states
    /// on the page whenever it uses one.
    fn per_month(self) -> (i128, i128) {
        match self {
            PayPeriod::Hour => (208, 1),
            PayPeriod::Day => (26, 1),
            PayPeriod::Week => (52, 12),
            PayPeriod::Month => (1, 1),
        }
    }

    /// `amount` per `self` expressed per `to`, rounded down to the hundredth.
    pub fn convert(self, amount: Hundredths, to: PayPeriod) -> Hundredths {
        let (fn_, fd) = self.per_month();
        let (tn, td) = to.per_month();
        // amount × (per month of self) ÷ (per month of to)
        let v = i128::from(amount) * fn_ * td / (fd * tn);
        i64::try_from(v).unwrap_or(i64::MAX)
    }
}

impl FromStr for PayPeriod {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        PayPeriod::ALL
            .into_iter()
            .find(|p| p.as_str() == s.trim())
            .ok_or(DomainError::NoPayPeriod)
    }
}

/// Who pays recruitment fees on a corridor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FeeRule {
    /// The employer pays; a worker may be charged nothing ("employer pays" principle).
    EmployerPays,
    /// A worker may be charged up to a cap.
    Capped,
}

impl FeeRule {
    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            FeeRule::EmployerPays => "employer",
            FeeRule::Capped => "capped",
        }
    }
}

impl FromStr for FeeRule {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim() {
            "employer" => Ok(FeeRule::EmployerPays),
            "capped" => Ok(FeeRule::Capped),
            other => Err(DomainError::UnknownFeeRule {
                given: other.chars().take(20).collect(),
            }),
        }
    }
}

/// A sum in a currency.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Money {
    /// Hundredths.
    pub amount: Hundredths,
    /// ISO 4217 code.
    pub currency: String,
}

/// A wage: a sum per period.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Wage {
    /// The sum.
    pub money: Money,
    /// Per what.
    pub period: PayPeriod,
}

/// How red a finding is: green is fine, amber needs checking, red is a warning sign.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    /// Fine as far as lmip knows.
    Green,
    /// lmip cannot tell: ask or check.
    Amber,
    /// A warning sign.
    Red,
}

impl Level {
    /// The stable name (CSS class, API).
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Green => "green",
            Level::Amber => "amber",
            Level::Red => "red",
        }
    }
}

/// The wage compared with the legal minimum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WageFinding {
    /// No minimum is recorded for the destination on that date.
    NoMinimum,
    /// The minimum is in another currency: lmip does not convert currencies.
    OtherCurrency {
        /// The minimum.
        minimum: Wage,
    },
    /// At or above the minimum.
    AtOrAbove {
        /// The minimum, per the offer's period.
        minimum: Wage,
        /// Whether a conversion between periods was needed.
        converted: bool,
    },
    /// Below the minimum.
    Below {
        /// The minimum, per the offer's period.
        minimum: Wage,
        /// Whether a conversion between periods was needed.
        converted: bool,
    },
}

impl WageFinding {
    /// Compares `offer` with `minimum` (if one is known). Periods are converted to the offer's
    /// (so the worker reads the minimum in the terms they were told).
    pub fn of(offer: &Wage, minimum: Option<&Wage>) -> WageFinding {
        let Some(min) = minimum else {
            return WageFinding::NoMinimum;
        };
        if min.money.currency != offer.money.currency {
            return WageFinding::OtherCurrency {
                minimum: min.clone(),
            };
        }
        let converted = min.period != offer.period;
        let in_offer_terms = Wage {
            money: Money {
                amount: min.period.convert(min.money.amount, offer.period),
                currency: min.money.currency.clone(),
            },
            period: offer.period,
        };
        // Compare per month so that rounding the converted minimum down cannot flip the answer.
        let offered = offer.period.convert(offer.money.amount, PayPeriod::Month);
        let required = min.period.convert(min.money.amount, PayPeriod::Month);
        if offered >= required {
            WageFinding::AtOrAbove {
                minimum: in_offer_terms,
                converted,
            }
        } else {
            WageFinding::Below {
                minimum: in_offer_terms,
                converted,
            }
        }
    }

    /// How red it is.
    pub fn level(&self) -> Level {
        match self {
            WageFinding::AtOrAbove { .. } => Level::Green,
            WageFinding::Below { .. } => Level::Red,
            WageFinding::NoMinimum | WageFinding::OtherCurrency { .. } => Level::Amber,
        }
    }
}

/// The fee a worker is asked, compared with the corridor's rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeeFinding {
    /// No rule is recorded for the corridor on that date.
    NoRule,
    /// The employer should pay, and the worker is asked nothing.
    EmployerPaysNothingAsked,
    /// The employer should pay, but the worker is asked money.
    EmployerShouldPay,
    /// Within the cap.
    WithinCap {
        /// The cap.
        cap: Money,
    },
    /// Above the cap.
    AboveCap {
        /// The cap.
        cap: Money,
    },
    /// The cap is in another currency: lmip does not convert currencies.
    OtherCurrency {
        /// The cap.
        cap: Money,
    },
}

impl FeeFinding {
    /// Compares the fee asked with the rule: `rule` is who pays and, when capped, the cap.
    pub fn of(asked: &Money, rule: Option<(FeeRule, Option<&Money>)>) -> FeeFinding {
        match rule {
            None | Some((FeeRule::Capped, None)) => FeeFinding::NoRule,
            Some((FeeRule::EmployerPays, _)) if asked.amount == 0 => {
                FeeFinding::EmployerPaysNothingAsked
            }
            Some((FeeRule::EmployerPays, _)) => FeeFinding::EmployerShouldPay,
            Some((FeeRule::Capped, Some(cap))) if asked.amount == 0 => {
                FeeFinding::WithinCap { cap: cap.clone() }
            }
            Some((FeeRule::Capped, Some(cap))) if cap.currency != asked.currency => {
                FeeFinding::OtherCurrency { cap: cap.clone() }
            }
            Some((FeeRule::Capped, Some(cap))) if asked.amount <= cap.amount => {
                FeeFinding::WithinCap { cap: cap.clone() }
            }
            Some((FeeRule::Capped, Some(cap))) => FeeFinding::AboveCap { cap: cap.clone() },
        }
    }

    /// How red it is.
    pub fn level(&self) -> Level {
        match self {
            FeeFinding::EmployerPaysNothingAsked | FeeFinding::WithinCap { .. } => Level::Green,
            FeeFinding::EmployerShouldPay | FeeFinding::AboveCap { .. } => Level::Red,
            FeeFinding::NoRule | FeeFinding::OtherCurrency { .. } => Level::Amber,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn money(a: Hundredths, c: &str) -> Money {
        Money {
            amount: a,
            currency: c.into(),
        }
    }

    #[test]
    fn amounts_as_people_write_them() {
        assert_eq!(parse_amount("12000"), Ok(1_200_000));
        assert_eq!(parse_amount("12,000"), Ok(1_200_000));
        assert_eq!(parse_amount(" 12 000 "), Ok(1_200_000));
        assert_eq!(parse_amount("12.000.000"), Ok(1_200_000_000));
        assert_eq!(parse_amount("5.000"), Ok(500_000));
        assert_eq!(parse_amount("337.5"), Ok(33_750));
        assert_eq!(parse_amount("337.50"), Ok(33_750));
        assert_eq!(parse_amount("1,234.56"), Ok(123_456));
        assert_eq!(parse_amount("1.234,56"), Ok(123_456));
        assert_eq!(parse_amount("๑๒,๐๐๐"), Ok(1_200_000));
        assert_eq!(parse_amount("0"), Ok(0));
        for bad in [
            "",
            "-5",
            "abc",
            "12.345.6789",
            "1.2345",
            "12 THB",
            ".",
            ",",
            "1e9",
        ] {
            assert!(
                matches!(parse_amount(bad), Err(DomainError::BadAmount { .. })),
                "{bad}"
            );
        }
        assert!(parse_amount("99999999999999999999").is_err());
    }

    #[test]
    fn amounts_for_reading() {
        assert_eq!(format_amount(1_200_000), "12\u{202f}000");
        assert_eq!(format_amount(33_750), "337.50");
        assert_eq!(format_amount(0), "0");
    }

    #[test]
    fn periods_convert_by_the_stated_factors() {
        // 400 a day is 10,400 a month (26 days); 480 a week is 2,080 a month (52/12 weeks).
        assert_eq!(PayPeriod::Day.convert(40_000, PayPeriod::Month), 1_040_000);
        assert_eq!(PayPeriod::Week.convert(48_000, PayPeriod::Month), 208_000);
        assert_eq!(PayPeriod::Month.convert(1_040_000, PayPeriod::Day), 40_000);
        assert_eq!(PayPeriod::Hour.convert(5_000, PayPeriod::Day), 40_000);
        assert_eq!("week".parse(), Ok(PayPeriod::Week));
        assert_eq!("".parse::<PayPeriod>(), Err(DomainError::NoPayPeriod));
    }

    #[test]
    fn wage_against_the_minimum() {
        let min = Wage {
            money: money(40_000, "THB"),
            period: PayPeriod::Day,
        };
        let monthly = |a| Wage {
            money: money(a, "THB"),
            period: PayPeriod::Month,
        };
        let f = WageFinding::of(&monthly(1_040_000), Some(&min));
        assert_eq!(f.level(), Level::Green);
        assert!(
            matches!(f, WageFinding::AtOrAbove { converted: true, ref minimum } if minimum.money.amount == 1_040_000)
        );
        assert_eq!(
            WageFinding::of(&monthly(900_000), Some(&min)).level(),
            Level::Red
        );
        // A weekly wage is compared per month, not as if it were monthly.
        let weekly = Wage {
            money: money(240_000, "THB"),
            period: PayPeriod::Week,
        };
        assert_eq!(WageFinding::of(&weekly, Some(&min)).level(), Level::Green);
        let weekly_low = Wage {
            money: money(200_000, "THB"),
            period: PayPeriod::Week,
        };
        assert_eq!(WageFinding::of(&weekly_low, Some(&min)).level(), Level::Red);
        assert_eq!(WageFinding::of(&monthly(1), None), WageFinding::NoMinimum);
        let usd = Wage {
            money: money(50_000, "USD"),
            period: PayPeriod::Month,
        };
        assert_eq!(WageFinding::of(&usd, Some(&min)).level(), Level::Amber);
    }

    #[test]
    fn fee_against_the_rule() {
        let cap = money(1_000_000, "PHP");
        let asked = |a| money(a, "PHP");
        assert_eq!(
            FeeFinding::of(&asked(500), Some((FeeRule::EmployerPays, None))),
            FeeFinding::EmployerShouldPay
        );
        assert_eq!(
            FeeFinding::of(&asked(0), Some((FeeRule::EmployerPays, None))).level(),
            Level::Green
        );
        assert_eq!(
            FeeFinding::of(&asked(1_000_000), Some((FeeRule::Capped, Some(&cap)))).level(),
            Level::Green
        );
        assert_eq!(
            FeeFinding::of(&asked(1_000_001), Some((FeeRule::Capped, Some(&cap)))).level(),
            Level::Red
        );
        assert_eq!(
            FeeFinding::of(&money(5, "USD"), Some((FeeRule::Capped, Some(&cap)))).level(),
            Level::Amber
        );
        assert_eq!(FeeFinding::of(&asked(5), None), FeeFinding::NoRule);
        assert_eq!("employer".parse(), Ok(FeeRule::EmployerPays));
        assert!("both".parse::<FeeRule>().is_err());
    }

    proptest! {
        #[test]
        fn plain_integers_round_trip(n in 0i64..10_000_000_000) {
            prop_assert_eq!(parse_amount(&n.to_string()), Ok(n * 100));
        }

        #[test]
        fn never_panics(s in "\\PC{0,40}") {
            let _ = parse_amount(&s);
        }

        #[test]
        fn conversion_keeps_order(a in 0i64..1_000_000_000, b in 0i64..1_000_000_000) {
            for p in PayPeriod::ALL {
                for q in PayPeriod::ALL {
                    if a <= b {
                        prop_assert!(p.convert(a, q) <= p.convert(b, q));
                    }
                }
            }
        }
    }
}
