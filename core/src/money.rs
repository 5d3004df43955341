//! Money at stake in a case: an amount in a currency's minor units, checked against ISO 4217.

use serde::{Deserialize, Serialize};

use crate::check::{Check, Field, Problem};
use crate::error::{Error, Result, Rule};

/// An amount of money. `amount` is a plain decimal string ("12.50", "30000") so no precision is
/// lost on the way to the UI, which formats it for the user's locale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Money {
    pub amount: String,
    pub currency: String,
}

/// Parses what the user typed into minor units and an upper-case currency code.
///
/// Both empty means no money at stake. One without the other is refused, so a case never
/// carries an amount nobody can read.
pub fn parse(amount: Option<&str>, currency: Option<&str>) -> Result<Option<(i64, String)>> {
    let (amount, marked) = match amount.map(unmark) {
        Some((amount, marked)) => (Some(amount), marked),
        None => (None, None),
    };
    let amount = amount.filter(|s| !s.is_empty());
    // A currency typed in its own field wins over the amount's mark.
    let currency = currency.map(str::trim).filter(|s| !s.is_empty()).or(marked);
    if amount.is_none() && currency.is_none() {
        return Ok(None);
    }
    let mut check = Check::new();
    let code = currency.map(str::to_ascii_uppercase);
    let exponent = match &code {
        None => {
            check.note(Problem::new(Field::Currency, Rule::Incomplete));
            None
        }
        // Codes with no minor unit in ISO 4217 (gold XAU, the test code XTS, "no currency"
        // XXX, special drawing rights XDR) are not money anyone is owed.
        Some(code) => match iso_currency::Currency::from_code(code).and_then(|c| c.exponent()) {
            Some(exponent) => Some(exponent as usize),
            None => {
                check.note(Problem::new(Field::Currency, Rule::UnknownCurrency));
                None
            }
        },
    };
    let minor = match amount {
        None => {
            check.note(Problem::new(Field::Amount, Rule::Incomplete));
            0
        }
        // Without a currency to give the decimal places, the amount is still checked as a number.
        Some(a) => check.take(parse_minor(a, exponent)),
    };
    check.finish(Some((minor, code.unwrap_or_default())))
}

/// What came back on resolving a case, as typed: in the case's currency (`case_currency`),
/// which a currency mark may repeat but not contradict, or with a mark when the case named
/// no money. Empty means nothing was entered.
pub fn parse_recovered(
    amount: Option<&str>,
    case_currency: Option<&str>,
) -> Result<Option<(i64, String)>> {
    let Some(typed) = amount.map(str::trim).filter(|s| !s.is_empty()) else {
        return Ok(None);
    };
    let (number, marked) = unmark(typed);
    let currency = match (case_currency, marked) {
        (Some(case), Some(mark)) if !case.eq_ignore_ascii_case(mark) => {
            return Err(Error::invalid(Field::Recovered, Rule::NotAllowed))
        }
        (Some(case), _) => case.to_ascii_uppercase(),
        (None, Some(mark)) => mark.to_string(),
        (None, None) => return Err(Error::invalid(Field::Recovered, Rule::Incomplete)),
    };
    let exponent = iso_currency::Currency::from_code(&currency)
        .and_then(|c| c.exponent())
        .unwrap_or(0) as usize;
    let minor = parse_minor(number, Some(exponent)).map_err(|e| match e {
        Error::Invalid(problems) => Error::Invalid(
            problems
                .into_iter()
                .map(|p| Problem {
                    field: Field::Recovered,
                    ..p
                })
                .collect(),
        ),
        other => other,
    })?;
    Ok(Some((minor, currency)))
}

/// The currency marks people write with an amount, and the code each stands for. `$` is
/// read as US dollars; another dollar is given in the currency field.
const MARKS: [(&str, &str); 7] = [
    ("₩", "KRW"),
    ("원", "KRW"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("円", "JPY"),
];

/// "59,000원", "₩59,000", "$12.50": the amount without its mark, and the currency the mark
/// names.
fn unmark(amount: &str) -> (&str, Option<&'static str>) {
    let amount = amount.trim();
    for (mark, code) in MARKS {
        if let Some(rest) = amount
            .strip_prefix(mark)
            .or_else(|| amount.strip_suffix(mark))
        {
            return (rest.trim(), Some(code));
        }
    }
    (amount, None)
}

/// Minor units of `text`; with no `exponent` known, only whether it is a number at all.
fn parse_minor(text: &str, exponent: Option<usize>) -> Result<i64> {
    // Thousands separators are how people write money; accept them, nothing else.
    let cleaned: String = text.chars().filter(|c| *c != ',' && *c != '_').collect();
    if let Some(rest) = cleaned.strip_prefix('-') {
        if !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit() || c == '.') {
            return Err(Error::invalid(Field::Amount, Rule::Negative));
        }
        return Err(Error::invalid(Field::Amount, Rule::NotANumber));
    }
    let cleaned = cleaned.strip_prefix('+').unwrap_or(&cleaned);
    let (whole, frac) = match cleaned.split_once('.') {
        Some((w, f)) => (w, f),
        None => (cleaned, ""),
    };
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if (whole.is_empty() && frac.is_empty()) || !digits(whole) || !digits(frac) {
        return Err(Error::invalid(Field::Amount, Rule::NotANumber));
    }
    let Some(exponent) = exponent else {
        return Ok(0);
    };
    let frac = frac.trim_end_matches('0');
    if frac.len() > exponent {
        return Err(Error::over(Field::Amount, Rule::TooPrecise, exponent));
    }
    let mut text = String::from(if whole.is_empty() { "0" } else { whole });
    text.push_str(frac);
    text.extend(std::iter::repeat_n('0', exponent - frac.len()));
    text.parse::<i64>()
        .map_err(|_| Error::invalid(Field::Amount, Rule::NotANumber))
}

/// Formats minor units back into the plain decimal string of [`Money::amount`].
pub fn to_money(minor: i64, currency: &str) -> Money {
    let exponent = iso_currency::Currency::from_code(currency)
        .and_then(|c| c.exponent())
        .unwrap_or(0) as usize;
    let digits = minor.unsigned_abs().to_string();
    let amount = if exponent == 0 {
        digits
    } else {
        let padded = format!("{digits:0>width$}", width = exponent + 1);
        let (w, f) = padded.split_at(padded.len() - exponent);
        format!("{w}.{f}")
    };
    Money {
        amount,
        currency: currency.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(r: Result<Option<(i64, String)>>) -> Rule {
        match r {
            Err(Error::Invalid(problems)) => problems[0].rule,
            other => panic!("expected a validation error, got {other:?}"),
        }
    }

    #[test]
    fn parses_amounts_in_minor_units_of_their_currency() {
        assert_eq!(
            parse(Some("12.50"), Some("usd")).unwrap(),
            Some((1250, "USD".into()))
        );
        assert_eq!(
            parse(Some("30,000"), Some("KRW")).unwrap(),
            Some((30000, "KRW".into()))
        );
        assert_eq!(
            parse(Some("1.234"), Some("BHD")).unwrap(),
            Some((1234, "BHD".into()))
        );
        assert_eq!(
            parse(Some(".5"), Some("EUR")).unwrap(),
            Some((50, "EUR".into()))
        );
    }

    #[test]
    fn nothing_given_is_no_money_at_stake() {
        assert_eq!(parse(None, None).unwrap(), None);
        assert_eq!(parse(Some(" "), Some("")).unwrap(), None);
    }

    #[test]
    fn refuses_what_is_not_an_amount() {
        assert_eq!(rule(parse(Some("abc"), Some("USD"))), Rule::NotANumber);
        assert_eq!(rule(parse(Some("12.5.0"), Some("USD"))), Rule::NotANumber);
        assert_eq!(rule(parse(Some("1e5"), Some("USD"))), Rule::NotANumber);
        assert_eq!(rule(parse(Some("."), Some("USD"))), Rule::NotANumber);
        assert_eq!(rule(parse(Some("-5"), Some("USD"))), Rule::Negative);
        assert_eq!(rule(parse(Some("-0.01"), Some("USD"))), Rule::Negative);
        assert_eq!(
            rule(parse(Some("99999999999999999999"), Some("USD"))),
            Rule::NotANumber
        );
    }

    #[test]
    fn refuses_currencies_outside_iso_4217() {
        assert_eq!(rule(parse(Some("1"), Some("XYZ"))), Rule::UnknownCurrency);
        // ISO 4217 codes that are not money: gold, the testing code, "no currency".
        for code in ["XAU", "XTS", "XXX", "xdr"] {
            assert_eq!(
                rule(parse(Some("1"), Some(code))),
                Rule::UnknownCurrency,
                "{code}"
            );
        }
        assert_eq!(rule(parse(Some("1"), Some("won"))), Rule::UnknownCurrency);
        assert_eq!(rule(parse(Some("1"), Some("원"))), Rule::UnknownCurrency);
    }

    #[test]
    fn amounts_are_read_with_the_marks_people_write() {
        assert_eq!(
            parse(Some("59,000원"), None).unwrap(),
            Some((59000, "KRW".into()))
        );
        assert_eq!(
            parse(Some("₩59,000"), Some("")).unwrap(),
            Some((59000, "KRW".into()))
        );
        assert_eq!(
            parse(Some("$12.50"), None).unwrap(),
            Some((1250, "USD".into()))
        );
        assert_eq!(
            parse(Some("$12.50"), Some("CAD")).unwrap(),
            Some((1250, "CAD".into())),
            "the currency field wins"
        );
        assert_eq!(rule(parse(Some("12.5원"), None)), Rule::TooPrecise);
        assert_eq!(rule(parse(Some("원"), None)), Rule::Incomplete);
    }

    #[test]
    fn refuses_more_decimals_than_the_currency_has() {
        assert_eq!(rule(parse(Some("100.5"), Some("KRW"))), Rule::TooPrecise);
        assert_eq!(rule(parse(Some("1.005"), Some("USD"))), Rule::TooPrecise);
        // Trailing zeros add no precision.
        assert!(parse(Some("100.00"), Some("KRW")).is_ok());
    }

    #[test]
    fn an_unknown_currency_and_a_bad_amount_are_both_reported() {
        let problems = crate::check::problems_of(parse(Some("lots"), Some("XYZ"))).unwrap();
        assert_eq!(
            problems,
            vec![
                Problem::new(Field::Currency, Rule::UnknownCurrency),
                Problem::new(Field::Amount, Rule::NotANumber)
            ]
        );
    }

    #[test]
    fn refuses_half_of_a_money_value() {
        assert_eq!(rule(parse(Some("5"), None)), Rule::Incomplete);
        assert_eq!(rule(parse(None, Some("USD"))), Rule::Incomplete);
    }

    #[test]
    fn formats_minor_units_back() {
        assert_eq!(to_money(1250, "USD").amount, "12.50");
        assert_eq!(to_money(5, "USD").amount, "0.05");
        assert_eq!(to_money(30000, "KRW").amount, "30000");
        assert_eq!(to_money(1234, "BHD").amount, "1.234");
    }
}
