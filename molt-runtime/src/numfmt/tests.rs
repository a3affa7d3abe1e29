//! Tests for `numfmt`: every case of `vectors.txt` (generated from CPython 3.12 by
//! `tests-data/gen_numfmt_vectors.py`) plus a few direct checks.

use super::*;
use num_bigint::BigInt;

const VECTORS: &str = include_str!("vectors.txt");

/// Undoes the generator's escaping: `\\` and `\u{hex}`.
fn unesc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('\\') => out.push('\\'),
            Some('u') => {
                assert_eq!(it.next(), Some('{'));
                let hex: String = it.by_ref().take_while(|&c| c != '}').collect();
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap());
            }
            other => panic!("bad escape {other:?} in {s:?}"),
        }
    }
    out
}

/// A string field, expanding the generator's `@HEAD*CHUNK*COUNT*TAIL` compression.
fn text(s: &str) -> String {
    match s.strip_prefix('@') {
        Some(rest) => {
            let mut parts = rest.splitn(4, '*');
            let head = unesc(parts.next().unwrap());
            let chunk = unesc(parts.next().unwrap());
            let count: usize = parts.next().unwrap().parse().unwrap();
            let tail = unesc(parts.next().unwrap());
            head + &chunk.repeat(count) + &tail
        }
        None => unesc(s),
    }
}

fn float(s: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(s, 16).unwrap())
}

fn big(s: &str) -> BigInt {
    let (neg, body) = match s.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, s),
    };
    let v = match body.strip_prefix("10**") {
        Some(e) => num_traits::Pow::pow(BigInt::from(10), e.parse::<u32>().unwrap()),
        None => body.parse().unwrap(),
    };
    if neg {
        -v
    } else {
        v
    }
}

fn show(r: Result<String, String>) -> String {
    match r {
        Ok(v) => format!("={v}"),
        Err(e) => format!("!{e}"),
    }
}

fn matches(expected: &str, got: &str) -> bool {
    if let Some(n) = expected.strip_prefix("#len=") {
        return got.starts_with('=') && got.len() - 1 == n.parse::<usize>().unwrap();
    }
    if let Some(n) = expected.strip_prefix("#bits=") {
        return got.starts_with('=') && big(&got[1..]).bits() == n.parse::<u64>().unwrap();
    }
    got == expected
}

fn percent_spec(flags: &str, width: &str, prec: &str, conv: char) -> PercentSpec {
    PercentSpec {
        left: flags.contains('-'),
        plus: flags.contains('+'),
        space: flags.contains(' '),
        alternate: flags.contains('#'),
        zero: flags.contains('0'),
        width: (!width.is_empty()).then(|| width.parse().unwrap()),
        precision: (!prec.is_empty()).then(|| prec.parse().unwrap()),
        conv,
    }
}

fn float_result(x: f64) -> String {
    if x.is_nan() {
        if x.is_sign_negative() {
            "=-nan"
        } else {
            "=nan"
        }
        .to_string()
    } else {
        format!("={:016x}", x.to_bits())
    }
}

/// Runs one vector line; returns the expected and actual outcome.
fn run_case(line: &str) -> (String, String) {
    let f: Vec<&str> = line.split('\t').collect();
    let expected = unesc(f[f.len() - 1]);
    let got = match f[0] {
        "R" => format!("={}", float_repr(float(f[1]))),
        "FF" => show(format_float(float(f[1]), &unesc(f[2]))),
        "FI" => show(format_int(&big(f[1]), &unesc(f[2]))),
        "FS" => show(format_str(&unesc(f[1]), &unesc(f[2]))),
        "PI" => {
            let spec = percent_spec(f[1], f[2], f[3], f[4].chars().next().unwrap());
            format!("={}", percent_format_int(&big(f[5]), &spec))
        }
        "PF" => {
            let spec = percent_spec(f[1], f[2], f[3], f[4].chars().next().unwrap());
            format!("={}", percent_format_float(float(f[5]), &spec))
        }
        "PS" => {
            let spec = percent_spec(f[1], f[2], f[3], 's');
            format!("={}", percent_pad_str(&unesc(f[4]), &spec))
        }
        "PFL" => match parse_float(&text(f[1])) {
            Some(x) => float_result(x),
            None => "!".to_string(),
        },
        "PIN" => {
            let (s, base) = (text(f[1]), f[2].parse().unwrap());
            let plain = parse_int(&s, base);
            let checked = parse_int_checked(&s, base);
            assert_eq!(plain, checked.clone().ok(), "{line}");
            match checked {
                Ok(v) => format!("={v}"),
                Err(IntParseError::Invalid) => "!".to_string(),
                Err(IntParseError::BadBase) => "!base".to_string(),
                Err(IntParseError::TooManyDigits(n)) => format!("!limit={n}"),
            }
        }
        "RD" => {
            let (x, n) = (float(f[1]), f[2].parse().unwrap());
            let checked = round_float_checked(x, n);
            if let Ok(v) = checked {
                assert_eq!(round_float(x, n).to_bits(), v.to_bits(), "{line}");
            }
            match checked {
                Ok(v) => format!("={:016x}", v.to_bits()),
                Err(e) => format!("!{e}"),
            }
        }
        other => panic!("unknown vector kind {other:?}"),
    };
    (expected, got)
}

fn run_all(vectors: &str) {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in vectors.lines().filter(|l| !l.is_empty()) {
        count += 1;
        let (expected, got) = run_case(line);
        if !matches(&expected, &got) {
            failures.push(format!(
                "{line}\n    expected {expected:?}\n    got      {got:?}"
            ));
        }
    }
    assert!(count > 0, "no vectors");
    if !failures.is_empty() {
        let shown: Vec<&String> = failures.iter().take(40).collect();
        panic!(
            "{} of {} numfmt vectors failed:\n{}",
            failures.len(),
            count,
            shown
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}

#[test]
fn cpython_vectors() {
    run_all(VECTORS);
}

/// A deeper one-off check: `MOLT_NUMFMT_VECTORS=/path/to/big.txt` (made with the generator's
/// `--scale`) runs that file too; without the variable this test does nothing.
#[test]
fn extra_vectors_from_env() {
    if let Ok(path) = std::env::var("MOLT_NUMFMT_VECTORS") {
        run_all(&std::fs::read_to_string(path).expect("readable vector file"));
    }
}

#[test]
fn spec_parsing() {
    let f = parse_format_spec("*^+z#010,.3f").unwrap();
    assert_eq!(
        f,
        FormatSpec {
            fill: '*',
            align: Some('^'),
            sign: Some('+'),
            no_neg_zero: true,
            alternate: true,
            zero_pad: false,
            width: Some(10),
            grouping: Some(','),
            precision: Some(3),
            ty: Some('f'),
        }
    );
    let f = parse_format_spec("010").unwrap();
    assert!(f.zero_pad && f.fill == '0' && f.align.is_none() && f.width == Some(10));
    assert_eq!(
        parse_format_spec("abc").unwrap_err(),
        "Invalid format specifier 'abc' for object of type 'object'"
    );
    assert_eq!(
        parse_format_spec_for("abc", "int", Some('d')).unwrap_err(),
        "Invalid format specifier 'abc' for object of type 'int'"
    );
    assert_eq!(parse_format_spec("").unwrap().ty, None);
}

#[test]
fn direct_checks() {
    assert_eq!(float_repr(1e16), "1e+16");
    assert_eq!(float_repr(-0.0), "-0.0");
    assert_eq!(format_float(2.675, ".2f").unwrap(), "2.67");
    assert_eq!(format_float(f64::INFINITY, "08.2f").unwrap(), "00000inf");
    assert_eq!(
        format_float(1.5, "d").unwrap_err(),
        "Unknown format code 'd' for object of type 'float'"
    );
    assert_eq!(format_int(&BigInt::from(5), "d").unwrap(), "5");
    assert_eq!(
        format_int_named(&BigInt::from(1), "q", "bool").unwrap_err(),
        "Unknown format code 'q' for object of type 'bool'"
    );
    assert_eq!(
        format_int(&(BigInt::from(1) << 70usize), "c").unwrap_err(),
        "OverflowError: Python int too large to convert to C long"
    );
    assert!(format_int(&BigInt::from(0xd800), "c").is_err());
    assert_eq!(
        format_float(1.0, "99999999999999").unwrap_err(),
        "MemoryError: "
    );
    let spec = PercentSpec {
        precision: Some(1),
        conv: 'f',
        ..Default::default()
    };
    assert_eq!(percent_format_float(0.25, &spec), "0.2");
    assert_eq!(round_float(2.675, 2), 2.67);
    assert_eq!(round_float(1.7976931348623157e308, -308), f64::INFINITY);
    assert_eq!(
        round_float(-1.7976931348623157e308, -308),
        f64::NEG_INFINITY
    );
    assert_eq!(int_to_f64(&(BigInt::from(1) << 1024usize)), None);
    assert_eq!(
        int_to_f64(&-(BigInt::from(1) << 1023usize)),
        Some(-(2f64.powi(1023)))
    );
    assert_eq!(
        parse_int("1".repeat(4301).as_str(), 16).map(|v| v.bits()),
        Some(17201)
    );
    assert_eq!(parse_float("1e-99999999999999999999"), Some(0.0));
}

#[test]
fn hex_floats_round_half_even_into_subnormals() {
    let hex = |s: &str| parse_float_hex(s).map(f64::to_bits);
    assert_eq!(hex("0x1p-1074"), Ok(1));
    assert_eq!(hex("0x1p-1075"), Ok(0)); // halfway between 0 and the least subnormal: even
    assert_eq!(hex("0x3p-1076"), Ok(1)); // 0.75 of it rounds up
    assert_eq!(hex("0x1.8p-1074"), Ok(2)); // halfway, odd: up
    assert_eq!(hex("0x1.fffffffffffff8p+1023"), Err(HexFloatError::Overflow)); // carries to 2**1024
    assert_eq!(hex("0x1.fffffffffffff7p+1023"), Ok(f64::MAX.to_bits()));
    assert_eq!(hex("0x1p+1024"), Err(HexFloatError::Overflow));
    assert_eq!(hex(" -0X1.4P+3\n"), Ok((-10.0f64).to_bits()));
    assert_eq!(hex("0x"), Err(HexFloatError::Invalid));
    assert_eq!(hex("0x1p"), Err(HexFloatError::Invalid));
    assert_eq!(hex("1.p99999999999999999999999"), Err(HexFloatError::Overflow));
    assert_eq!(hex("0x0p99999999999999999999999"), Ok(0));
}
