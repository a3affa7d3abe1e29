//! Unicode character properties and case conversion exactly as CPython 3.12 (Unicode 15.0.0)
//! does them for `str`: the predicates (`isalpha`, `isprintable`, ...) and the full case
//! mappings with CPython's final-sigma rule. The data is generated into `unicode_tables.rs`;
//! Rust's own `char` methods follow a newer Unicode, so str methods must not use them.

use crate::unicode_tables as t;

pub use t::UNIDATA_VERSION;

/// The property flags (`unicode_tables::ALPHA`, ...) of `c`.
fn flags(c: char) -> u16 {
    let cp = c as u32;
    let run = t::PROPERTY_RUNS.partition_point(|&e| e >> 8 <= cp) - 1;
    t::PROPERTY_SETS[(t::PROPERTY_RUNS[run] & 0xff) as usize]
}

fn has(c: char, flag: u16) -> bool {
    flags(c) & flag != 0
}

/// `str.isalpha` of one character (categories Lm, Lt, Lu, Ll, Lo).
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    has(c, t::ALPHA)
}
/// `str.isdecimal` of one character.
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, t::DECIMAL)
}
/// `str.isdigit` of one character.
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, t::DIGIT)
}
/// `str.isnumeric` of one character.
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, t::NUMERIC)
}
/// `str.isalnum` of one character: alphabetic, or any kind of number.
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    has(c, t::ALPHA | t::DECIMAL | t::DIGIT | t::NUMERIC)
}
/// The derived property Lowercase.
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    has(c, t::LOWER)
}
/// The derived property Uppercase.
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    has(c, t::UPPER)
}
/// A title case letter (category Lt, such as 'ǅ').
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && has(c, t::TITLE)
}
/// The derived property Cased.
pub fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    has(c, t::CASED)
}
/// The derived property Case_Ignorable.
pub fn is_case_ignorable(c: char) -> bool {
    has(c, t::CASE_IGNORABLE)
}
/// Whether an identifier may start with `c` (XID_Start, or '_').
pub fn is_identifier_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    has(c, t::XID_START)
}
/// Whether an identifier may continue with `c` (XID_Continue).
pub fn is_identifier_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    has(c, t::XID_CONTINUE)
}
/// `str.isprintable` of one character: what `repr` shows as itself rather than escaping.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    has(c, t::PRINTABLE)
}
/// `str.isspace` of one character: the whitespace `split()` and `strip()` use.
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, ' ' | '\t'..='\r' | '\x1c'..='\x1f');
    }
    has(c, t::SPACE)
}

/// Appends the mapping of `c` under one case mapping (`runs` + `special`) to `out`.
fn push_mapped(c: char, runs: &[t::CaseRun], special: &[(u32, &str)], out: &mut String) {
    let cp = c as u32;
    let i = runs.partition_point(|r| r.0 <= cp);
    if i > 0 {
        let (first, last, step, delta) = runs[i - 1];
        if cp <= last && (cp - first).is_multiple_of(step) {
            // The generator only emits deltas that land on valid characters.
            out.push(char::from_u32(cp.wrapping_add_signed(delta)).unwrap_or(c));
            return;
        }
    }
    match special.binary_search_by_key(&cp, |e| e.0) {
        Ok(j) => out.push_str(special[j].1),
        Err(_) => out.push(c),
    }
}

/// Appends the full upper case mapping of `c`.
pub fn push_upper(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        push_mapped(c, &t::UPPER_RUNS, &t::UPPER_SPECIAL, out);
    }
}
/// Appends the full lower case mapping of `c`, without the final-sigma context (see [`lower`]).
pub fn push_lower(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        push_mapped(c, &t::LOWER_RUNS, &t::LOWER_SPECIAL, out);
    }
}
/// Appends the full title case mapping of `c` (a word's first character under `str.title`).
pub fn push_title(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        push_mapped(c, &t::TITLE_RUNS, &t::TITLE_SPECIAL, out);
    }
}
/// Appends the full case folding of `c`.
pub fn push_fold(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        push_mapped(c, &t::FOLD_RUNS, &t::FOLD_SPECIAL, out);
    }
}

const CAPITAL_SIGMA: char = '\u{3a3}';

/// Appends the lower case of `text[at..]`'s first character `c`, as CPython's `lower_ucs4`: a
/// capital sigma becomes final sigma 'ς' when a cased character precedes it and none follows
/// (case-ignorable characters in between are skipped both ways), else 'σ'.
fn push_lower_in_context(text: &str, at: usize, c: char, out: &mut String) {
    if c != CAPITAL_SIGMA {
        push_lower(c, out);
        return;
    }
    let not_ignorable = |c: &char| !is_case_ignorable(*c);
    let after_cased = text[..at].chars().rev().find(not_ignorable).is_some_and(is_cased);
    let before_cased = text[at + c.len_utf8()..].chars().find(not_ignorable).is_some_and(is_cased);
    out.push(if after_cased && !before_cased { '\u{3c2}' } else { '\u{3c3}' });
}

/// `str.lower`.
pub fn lower(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        push_lower_in_context(text, at, c, &mut out);
    }
    out
}

/// `str.upper`.
pub fn upper(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(text.len());
    text.chars().for_each(|c| push_upper(c, &mut out));
    out
}

/// `str.casefold`.
pub fn casefold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    text.chars().for_each(|c| push_fold(c, &mut out));
    out
}

/// `str.swapcase`: upper case characters are lowered (with the final-sigma rule), lower case
/// ones uppered, others kept.
pub fn swapcase(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        if is_upper(c) {
            push_lower_in_context(text, at, c, &mut out);
        } else if is_lower(c) {
            push_upper(c, &mut out);
        } else {
            out.push(c);
        }
    }
    out
}

/// `str.capitalize`: the first character in title case, the rest lowered.
pub fn capitalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        if at == 0 {
            push_title(c, &mut out);
        } else {
            push_lower_in_context(text, at, c, &mut out);
        }
    }
    out
}

/// `str.title`: a character after a cased one is lowered, any other is title cased.
pub fn title(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut previous_is_cased = false;
    for (at, c) in text.char_indices() {
        if previous_is_cased {
            push_lower_in_context(text, at, c, &mut out);
        } else {
            push_title(c, &mut out);
        }
        previous_is_cased = is_cased(c);
    }
    out
}

/// `str.isupper`: some cased character, and none lower or title case.
pub fn str_is_upper(text: &str) -> bool {
    let mut cased = false;
    for c in text.chars() {
        if is_lower(c) || is_title(c) {
            return false;
        }
        cased |= is_upper(c);
    }
    cased
}

/// `str.islower`: some cased character, and none upper or title case.
pub fn str_is_lower(text: &str) -> bool {
    let mut cased = false;
    for c in text.chars() {
        if is_upper(c) || is_title(c) {
            return false;
        }
        cased |= is_lower(c);
    }
    cased
}

/// `str.istitle`: upper and title case characters only start words, lower case ones only
/// continue them, and there is at least one cased character.
pub fn str_is_title(text: &str) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in text.chars() {
        if is_upper(c) || is_title(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

/// `str.isidentifier`.
pub fn str_is_identifier(text: &str) -> bool {
    let mut cs = text.chars();
    cs.next().is_some_and(is_identifier_start) && cs.all(is_identifier_continue)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_mappings_expand_and_use_context() {
        assert_eq!(casefold("Straße ﬁ ŉ µ ſ Ꭰ ꭰ"), "strasse fi ʼn μ s Ꭰ Ꭰ");
        assert_eq!(lower("ΟΔΟΣ ΟΔΟΣ. Σ AΣ'Σ"), "οδος οδος. σ aσ'ς");
        assert_eq!(title("ßa ﬂow ǆemal"), "Ssa Flow ǅemal");
        assert_eq!(upper("ﬀ ŉ"), "FF ʼN");
        assert_eq!(lower("İ"), "i\u{307}");
        assert_eq!(swapcase("ΑΣ Β"), "ας β");
        assert_eq!(capitalize("ǉubljana"), "ǈubljana");
    }

    #[test]
    fn predicates_follow_categories() {
        assert!(!is_alpha('Ⅻ') && is_numeric('Ⅻ') && is_alpha('ǅ') && is_title('ǅ'));
        assert!(!is_printable('\u{378}') && is_printable('\u{377}') && !is_printable('\u{a0}'));
        assert!(str_is_identifier("cafe\u{301}") && !str_is_identifier("\u{301}x") && str_is_identifier("_"));
        assert!(str_is_title("ǈ") && is_space('\u{3000}') && !is_space('\u{200b}'));
        assert_eq!(UNIDATA_VERSION, "15.0.0");
    }
}
