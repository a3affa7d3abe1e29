//! CPython-identical hashing (64-bit build): the PYTHONHASHSEED secret, SipHash-1-3 over str/bytes, and the numeric, tuple, frozenset and identity hashes.
//!
//! Every function returns what `hash(x)` returns in CPython 3.12 on a 64-bit
//! little-endian build, including the rule that a hash is never -1 (that value
//! is CPython's C-level error signal, so -1 is always remapped).
//!
//! Caller's responsibilities (not handled here, by design):
//! * `bool` hashes as its int value (`hash(True) == 1`): call [`hash_i64`].
//! * NaN hashes by object identity since 3.10: [`hash_f64`] returns `None`
//!   and the caller should use [`hash_pointer`] of the float object.
//! * A `str` that may hold lone surrogates cannot be a Rust `&str`; hash it
//!   with [`hash_code_points`].

use num_bigint::{BigInt, Sign};

/// Numeric hashes are residues modulo this Mersenne prime (2**61 - 1).
pub const HASH_MODULUS: u64 = (1u64 << 61) - 1;
/// [`HASH_MODULUS`] is 2**HASH_BITS - 1 (`sys.hash_info.modulus`).
pub const HASH_BITS: u32 = 61;
/// `hash(float('inf'))`; `-inf` hashes to its negation.
pub const HASH_INF: i64 = 314_159;
/// Multiplier applied to the imaginary part's hash in `hash(complex)`.
pub const HASH_IMAG: u64 = 1_000_003;
/// `hash(None)` in 3.12 is this constant (it used to be address-based).
pub const HASH_NONE: i64 = 0xFCA8_6420;

const BAD_SEED_MSG: &str =
    "PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]";

/// The process's hash secret, derived like CPython from PYTHONHASHSEED.
///
/// CPython's secret is 24 bytes; SipHash uses only the first 16 as two
/// little-endian u64 keys. The remaining bytes feed hashes Molt doesn't have
/// (expat's salt), but they are kept so the derivation stays byte-faithful.
#[derive(Clone, PartialEq, Eq)]
pub struct HashSecret {
    bytes: [u8; 24],
    seed: Option<u32>,
}

impl std::fmt::Debug for HashSecret {
    // The key itself is deliberately not printed: leaking it enables
    // hash-flooding attacks, which is the reason randomization exists.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HashSecret").field("seed", &self.seed).finish_non_exhaustive()
    }
}

impl HashSecret {
    /// Interprets the value of PYTHONHASHSEED exactly like CPython's startup:
    /// `None`, `""` (CPython ignores empty env vars) and `"random"` give a
    /// random secret; otherwise the text must parse with C `strtoul` rules
    /// (leading whitespace and a sign allowed, nothing trailing) to a value
    /// <= 4294967295. `strtoul` negates negative input modulo 2**64, so
    /// "-0" means 0 and "-18446744069414584321" means 4294967295 — CPython
    /// accepts both, and so do we.
    pub fn from_env_value(v: Option<&str>) -> Result<HashSecret, String> {
        match v {
            None | Some("") | Some("random") => Ok(HashSecret::random()),
            Some(text) => match parse_strtoul_u64(text) {
                Some(n) if n <= u32::MAX as u64 => Ok(HashSecret::from_seed(n as u32)),
                _ => Err(BAD_SEED_MSG.to_string()),
            },
        }
    }

    /// Reads PYTHONHASHSEED from the process environment.
    pub fn from_env() -> Result<HashSecret, String> {
        match std::env::var_os("PYTHONHASHSEED") {
            None => HashSecret::from_env_value(None),
            Some(os) => match os.to_str() {
                Some(s) => HashSecret::from_env_value(Some(s)),
                // Non-UTF-8 text can't be all digits, so strtoul would reject it too.
                None => Err(BAD_SEED_MSG.to_string()),
            },
        }
    }

    /// The secret for a fixed seed: 0 disables randomization (all-zero key);
    /// other values are expanded with the MSVC-style LCG CPython uses.
    pub fn from_seed(seed: u32) -> HashSecret {
        let mut bytes = [0u8; 24];
        if seed != 0 {
            let mut x = seed;
            for b in bytes.iter_mut() {
                x = x.wrapping_mul(214_013).wrapping_add(2_531_011);
                *b = (x >> 16) as u8;
            }
        }
        HashSecret { bytes, seed: Some(seed) }
    }

    /// A fresh secret from the OS, as when PYTHONHASHSEED is unset.
    pub fn random() -> HashSecret {
        let mut bytes = [0u8; 24];
        fill_random(&mut bytes);
        HashSecret { bytes, seed: None }
    }

    /// The fixed seed, if one was given (None when randomized).
    pub fn seed(&self) -> Option<u32> {
        self.seed
    }

    /// `sys.flags.hash_randomization`: only an explicit seed of 0 turns it off.
    pub fn hash_randomization(&self) -> bool {
        self.seed != Some(0)
    }

    /// The SipHash key pair (k0, k1).
    pub fn siphash_keys(&self) -> (u64, u64) {
        let mut a = [0u8; 8];
        let mut b = [0u8; 8];
        a.copy_from_slice(&self.bytes[0..8]);
        b.copy_from_slice(&self.bytes[8..16]);
        (u64::from_le_bytes(a), u64::from_le_bytes(b))
    }
}

/// C `strtoul(s, &end, 10)` followed by CPython's "nothing may follow" and
/// overflow checks. Returns None where CPython reports the fatal error.
fn parse_strtoul_u64(s: &str) -> Option<u64> {
    let b = s.as_bytes();
    let mut i = 0;
    // C isspace in the "C" locale.
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r') {
        i += 1;
    }
    let mut neg = false;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        neg = b[i] == b'-';
        i += 1;
    }
    let digits_start = i;
    let mut value: u64 = 0;
    let mut overflow = false;
    while i < b.len() && b[i].is_ascii_digit() {
        let d = (b[i] - b'0') as u64;
        match value.checked_mul(10).and_then(|v| v.checked_add(d)) {
            Some(v) => value = v,
            None => overflow = true,
        }
        i += 1;
    }
    // No digits: strtoul leaves end at the start of the string, so the
    // "trailing garbage" check fires (the string is non-empty here).
    if i == digits_start || i != b.len() || overflow {
        return None;
    }
    Some(if neg { value.wrapping_neg() } else { value })
}

/// Best-effort OS randomness; falls back to time/pid/address mixing, which is
/// what CPython also settles for when no entropy source works.
fn fill_random(buf: &mut [u8]) {
    use std::io::Read;
    if let Ok(mut f) = std::fs::File::open("/dev/urandom") {
        if f.read_exact(buf).is_ok() {
            return;
        }
    }
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    let local = 0u8;
    let mut state = nanos
        ^ ((std::process::id() as u64) << 32)
        ^ (&local as *const u8 as usize as u64).rotate_left(17);
    for chunk in buf.chunks_mut(8) {
        // splitmix64: cheap and well-distributed, enough for a fallback.
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        let bytes = z.to_le_bytes();
        chunk.copy_from_slice(&bytes[..chunk.len()]);
    }
}

/// Incremental SipHash-1-3, so a str can be hashed in its PEP 393 width
/// without first materializing the widened buffer.
struct Sip13 {
    v0: u64,
    v1: u64,
    v2: u64,
    v3: u64,
    pending: u64,
    npending: u32,
    len: u64,
}

impl Sip13 {
    fn new(k0: u64, k1: u64) -> Sip13 {
        Sip13 {
            v0: k0 ^ 0x736f_6d65_7073_6575,
            v1: k1 ^ 0x646f_7261_6e64_6f6d,
            v2: k0 ^ 0x6c79_6765_6e65_7261,
            v3: k1 ^ 0x7465_6462_7974_6573,
            pending: 0,
            npending: 0,
            len: 0,
        }
    }

    #[inline]
    fn round(&mut self) {
        self.v0 = self.v0.wrapping_add(self.v1);
        self.v1 = self.v1.rotate_left(13) ^ self.v0;
        self.v0 = self.v0.rotate_left(32);
        self.v2 = self.v2.wrapping_add(self.v3);
        self.v3 = self.v3.rotate_left(16) ^ self.v2;
        self.v0 = self.v0.wrapping_add(self.v3);
        self.v3 = self.v3.rotate_left(21) ^ self.v0;
        self.v2 = self.v2.wrapping_add(self.v1);
        self.v1 = self.v1.rotate_left(17) ^ self.v2;
        self.v2 = self.v2.rotate_left(32);
    }

    #[inline]
    fn compress(&mut self, m: u64) {
        self.v3 ^= m;
        self.round();
        self.v0 ^= m;
    }

    #[inline]
    fn write_byte(&mut self, byte: u8) {
        self.pending |= (byte as u64) << (8 * self.npending);
        self.npending += 1;
        self.len = self.len.wrapping_add(1);
        if self.npending == 8 {
            let m = self.pending;
            self.compress(m);
            self.pending = 0;
            self.npending = 0;
        }
    }

    fn write(&mut self, data: &[u8]) {
        let mut rest = data;
        while self.npending != 0 {
            match rest.split_first() {
                Some((&b, tail)) => {
                    self.write_byte(b);
                    rest = tail;
                }
                None => return,
            }
        }
        let mut words = rest.chunks_exact(8);
        for w in &mut words {
            let mut a = [0u8; 8];
            a.copy_from_slice(w);
            self.compress(u64::from_le_bytes(a));
            self.len = self.len.wrapping_add(8);
        }
        for &b in words.remainder() {
            self.write_byte(b);
        }
    }

    fn finish(mut self) -> u64 {
        let b = (self.len << 56) | self.pending;
        self.compress(b);
        self.v2 ^= 0xff;
        self.round();
        self.round();
        self.round();
        self.v0 ^ self.v1 ^ self.v2 ^ self.v3
    }
}

/// CPython's `_Py_HashBytes` contract: empty input is 0 (not the SipHash of
/// nothing), and -1 is reserved.
fn finish_bytes_hash(h: u64, len: u64) -> i64 {
    if len == 0 {
        return 0;
    }
    fix_minus_one(h as i64)
}

#[inline]
fn fix_minus_one(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(bytes)` (also bytearray-derived frozen bytes, memoryview of bytes).
pub fn hash_bytes(b: &[u8], secret: &HashSecret) -> i64 {
    let (k0, k1) = secret.siphash_keys();
    let mut s = Sip13::new(k0, k1);
    s.write(b);
    finish_bytes_hash(s.finish(), b.len() as u64)
}

/// `hash(str)`. CPython hashes the string's in-memory PEP 393 form, so the
/// same text hashes over 1, 2 or 4 bytes per code point depending on its
/// widest character.
pub fn hash_str(s: &str, secret: &HashSecret) -> i64 {
    if s.is_ascii() {
        return hash_bytes(s.as_bytes(), secret);
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    hash_units(s.chars().map(|c| c as u32), max, secret)
}

/// `hash(str)` for a string given as code points, which may include lone
/// surrogates (U+D800..U+DFFF) that a Rust `&str` cannot hold. Values above
/// 0x10FFFF are not valid Python strs; they are hashed as UCS-4 anyway.
pub fn hash_code_points(cps: &[u32], secret: &HashSecret) -> i64 {
    let max = cps.iter().copied().max().unwrap_or(0);
    hash_units(cps.iter().copied(), max, secret)
}

fn hash_units(units: impl Iterator<Item = u32>, max: u32, secret: &HashSecret) -> i64 {
    let (k0, k1) = secret.siphash_keys();
    let mut s = Sip13::new(k0, k1);
    if max < 0x100 {
        for u in units {
            s.write_byte(u as u8);
        }
    } else if max < 0x1_0000 {
        for u in units {
            s.write(&(u as u16).to_le_bytes());
        }
    } else {
        for u in units {
            s.write(&u.to_le_bytes());
        }
    }
    let len = s.len;
    finish_bytes_hash(s.finish(), len)
}

/// Applies the sign to a residue in [0, HASH_MODULUS) as CPython does for
/// ints and floats.
#[inline]
fn signed_residue(residue: u64, negative: bool) -> i64 {
    let r = residue as i64;
    fix_minus_one(if negative { -r } else { r })
}

/// `hash(int)` for machine-sized ints: sign * (|v| mod 2**61-1), -1 -> -2.
/// So hash(-1) == hash(-2) == -2 and hash(2**61-1) == 0.
pub fn hash_i64(v: i64) -> i64 {
    signed_residue(v.unsigned_abs() % HASH_MODULUS, v < 0)
}

/// `hash(int)` for arbitrary-precision ints.
pub fn hash_bigint(v: &BigInt) -> i64 {
    let mut acc: u64 = 0;
    // Horner's rule over base-2**64 digits, most significant first.
    for d in v.magnitude().iter_u64_digits().rev() {
        acc = ((((acc as u128) << 64) | d as u128) % HASH_MODULUS as u128) as u64;
    }
    signed_residue(acc, v.sign() == Sign::Minus)
}

/// 2**e mod HASH_MODULUS for any e; negative exponents work because
/// 2**61 == 1 (mod 2**61-1), making 2**-1 == 2**60.
#[inline]
fn pow2_mod(e: i64) -> u64 {
    1u64 << (e.rem_euclid(HASH_BITS as i64) as u32)
}

/// `hash(float)`. A finite float is the rational m * 2**e, and its hash is
/// m * 2**e reduced modulo 2**61-1 (with 2**e's modular inverse for e < 0)
/// — the definition in the Python docs' "Hashing of numeric types", which is
/// why integral floats hash like the equal int and 0.5 hashes to 2**60.
/// Returns None for NaN: CPython 3.10+ hashes NaN by object identity.
pub fn hash_f64(x: f64) -> Option<i64> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { HASH_INF } else { -HASH_INF });
    }
    let bits = x.to_bits();
    let negative = (bits >> 63) != 0;
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mantissa, exp) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    let residue = ((mantissa as u128 * pow2_mod(exp) as u128) % HASH_MODULUS as u128) as u64;
    Some(signed_residue(residue, negative))
}

/// `hash(complex)` from the hashes of the real and imaginary parts
/// (each from [`hash_f64`], or the identity hash if that part is NaN).
pub fn hash_complex(real_hash: i64, imag_hash: i64) -> i64 {
    let combined = (real_hash as u64).wrapping_add(HASH_IMAG.wrapping_mul(imag_hash as u64));
    fix_minus_one(combined as i64)
}

/// The identity hash `object.__hash__` uses (`id(x)` rotated right by 4 bits,
/// since allocations are 16-byte aligned and the low bits carry no entropy).
pub fn hash_pointer(addr: usize) -> i64 {
    fix_minus_one((addr as u64).rotate_right(4) as i64)
}

const XXPRIME_1: u64 = 11_400_714_785_074_694_791;
const XXPRIME_2: u64 = 14_029_467_366_897_019_727;
const XXPRIME_5: u64 = 2_870_177_450_012_600_261;

/// CPython 3.8+'s tuple hash (derived from xxHash's 64-bit round).
///
/// Feed each item's hash in order. The length passed to `new` is the one
/// mixed in at the end, as in CPython; it should equal the number of `add`s.
#[derive(Clone, Debug)]
pub struct TupleHasher {
    acc: u64,
    len: u64,
}

impl TupleHasher {
    pub fn new(len: usize) -> TupleHasher {
        TupleHasher { acc: XXPRIME_5, len: len as u64 }
    }

    pub fn add(&mut self, item_hash: i64) {
        let lane = item_hash as u64;
        self.acc = self.acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
        self.acc = self.acc.rotate_left(31);
        self.acc = self.acc.wrapping_mul(XXPRIME_1);
    }

    /// CPython 3.12's slice hash: the same rounds without the length mixed in at the end.
    pub fn finish_unmixed(&self) -> i64 {
        if self.acc == u64::MAX {
            1_546_275_796
        } else {
            self.acc as i64
        }
    }

    pub fn finish(&self) -> i64 {
        // The constant keeps hash(()) at its pre-3.8 value.
        let acc = self.acc.wrapping_add(self.len ^ (XXPRIME_5 ^ 3_527_539));
        if acc == u64::MAX {
            1_546_275_796
        } else {
            acc as i64
        }
    }
}

/// `hash(tuple)` from the item hashes.
pub fn hash_tuple(item_hashes: &[i64]) -> i64 {
    let mut h = TupleHasher::new(item_hashes.len());
    for &x in item_hashes {
        h.add(x);
    }
    h.finish()
}

/// `hash(frozenset)` from the member hashes (order-independent). Assumes the
/// set has no deleted-entry markers, which holds for every frozenset CPython
/// builds (they are never mutated after construction).
pub fn hash_frozenset(item_hashes: &[i64]) -> i64 {
    // Spreads bits so that xor-combining nearby small-int hashes doesn't
    // collapse to tiny values.
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
    }
    let mut h: u64 = 0;
    for &x in item_hashes {
        h ^= shuffle(x as u64);
    }
    h ^= (item_hashes.len() as u64).wrapping_add(1).wrapping_mul(1_927_868_237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69_069).wrapping_add(907_133_923);
    if h == u64::MAX {
        590_923_713
    } else {
        h as i64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    const VECTORS: &str = include_str!("testdata/hash_vectors.txt");

    fn secret_for(seed: u32) -> HashSecret {
        HashSecret::from_seed(seed)
    }

    /// Evaluates one prefix-notation value from the generator script and
    /// returns its hash. Tokens: I<int> F<float repr> S<utf8 hex> U<code
    /// points hex, dot-separated> B<hex> T<n> items.. Z<n> items.. C (two F).
    fn eval(tokens: &mut std::slice::Iter<'_, &str>, secret: &HashSecret) -> i64 {
        let tok = tokens.next().expect("truncated vector");
        let (tag, body) = tok.split_at(1);
        match tag {
            "I" => {
                let v = BigInt::from_str(body).unwrap();
                let h = hash_bigint(&v);
                if let Ok(small) = i64::from_str(body) {
                    assert_eq!(hash_i64(small), h, "i64/bigint disagree on {body}");
                }
                h
            }
            "F" => hash_f64(parse_float(body)).expect("NaN in vectors"),
            "S" => {
                let s = String::from_utf8(hex_decode(body)).unwrap();
                let h = hash_str(&s, secret);
                let cps: Vec<u32> = s.chars().map(|c| c as u32).collect();
                assert_eq!(hash_code_points(&cps, secret), h);
                h
            }
            "U" => {
                let cps: Vec<u32> = if body.is_empty() {
                    vec![]
                } else {
                    body.split('.').map(|x| u32::from_str_radix(x, 16).unwrap()).collect()
                };
                hash_code_points(&cps, secret)
            }
            "B" => hash_bytes(&hex_decode(body), secret),
            "T" | "Z" => {
                let n: usize = body.parse().unwrap();
                let items: Vec<i64> = (0..n).map(|_| eval(tokens, secret)).collect();
                if tag == "T" {
                    hash_tuple(&items)
                } else {
                    hash_frozenset(&items)
                }
            }
            "C" => {
                let re = eval(tokens, secret);
                let im = eval(tokens, secret);
                hash_complex(re, im)
            }
            _ => panic!("bad token {tok}"),
        }
    }

    fn parse_float(s: &str) -> f64 {
        match s {
            "inf" => f64::INFINITY,
            "-inf" => f64::NEG_INFINITY,
            _ => f64::from_str(s).unwrap(),
        }
    }

    fn hex_decode(s: &str) -> Vec<u8> {
        (0..s.len() / 2).map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap()).collect()
    }

    #[test]
    fn python_vectors() {
        let mut count = 0;
        for line in VECTORS.lines() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 3, "bad line {line}");
            let secret = secret_for(fields[0].parse().unwrap());
            let toks: Vec<&str> = fields[1].split(' ').collect();
            let mut it = toks.iter();
            let got = eval(&mut it, &secret);
            assert!(it.next().is_none(), "trailing tokens in {line}");
            let want: i64 = fields[2].parse().unwrap();
            assert_eq!(got, want, "seed {} value {}", fields[0], fields[1]);
            count += 1;
        }
        assert!(count > 500, "only {count} vectors");
    }

    #[test]
    fn env_parsing() {
        let ok = |s: &str| HashSecret::from_env_value(Some(s)).map(|h| h.seed());
        assert_eq!(ok("0"), Ok(Some(0)));
        assert_eq!(ok("-0"), Ok(Some(0)));
        assert_eq!(ok("+5"), Ok(Some(5)));
        assert_eq!(ok(" \t7"), Ok(Some(7)));
        assert_eq!(ok("007"), Ok(Some(7)));
        assert_eq!(ok("4294967295"), Ok(Some(4_294_967_295)));
        assert_eq!(ok("-18446744069414584321"), Ok(Some(4_294_967_295)));
        assert_eq!(ok("-18446744073709551615"), Ok(Some(1)));
        assert_eq!(ok("random"), Ok(None));
        assert_eq!(ok(""), Ok(None));
        assert_eq!(HashSecret::from_env_value(None).map(|h| h.seed()), Ok(None));
        for bad in [
            "abc", "-1", "5 ", "4294967296", "0x10", "  ", "+", "-", "99999999999999999999999",
            "-18446744073709551616", "Random", "1.0", "١",
        ] {
            let e = HashSecret::from_env_value(Some(bad)).unwrap_err();
            assert_eq!(e, BAD_SEED_MSG, "{bad:?}");
        }
        assert_eq!(
            BAD_SEED_MSG,
            "PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]"
        );
        assert!(!secret_for(0).hash_randomization());
        assert!(secret_for(3).hash_randomization());
        assert!(HashSecret::random().hash_randomization());
    }

    #[test]
    fn fixed_facts() {
        let s0 = secret_for(0);
        assert_eq!(hash_str("", &s0), 0);
        assert_eq!(hash_bytes(b"", &s0), 0);
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(i64::MIN), hash_bigint(&BigInt::from(i64::MIN)));
        assert_eq!(hash_f64(f64::NAN), None);
        assert_eq!(hash_f64(-0.0), Some(0));
        assert_eq!(hash_f64(0.5), Some(1 << 60));
        assert_eq!(hash_f64(-1.0), Some(-2));
        assert_eq!(hash_tuple(&[]), 5_740_354_900_026_072_187);
        assert_eq!(hash_frozenset(&[]), 133_146_708_735_736);
        assert_eq!(hash_pointer(usize::MAX), -2);
        // Random secrets differ run to run (and from the zero key).
        let a = HashSecret::random();
        let b = HashSecret::random();
        assert_ne!(a.siphash_keys(), b.siphash_keys());
        assert!(!format!("{a:?}").contains(&format!("{}", a.siphash_keys().0)));
    }

    #[test]
    fn streaming_matches_one_shot() {
        let s = secret_for(12345);
        let data: Vec<u8> = (0..100u8).collect();
        for n in 0..data.len() {
            let whole = hash_bytes(&data[..n], &s);
            let (k0, k1) = s.siphash_keys();
            let mut h = Sip13::new(k0, k1);
            for part in data[..n].chunks(3) {
                h.write(part);
            }
            assert_eq!(finish_bytes_hash(h.finish(), n as u64), whole);
        }
    }
}
