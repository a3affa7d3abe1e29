//! Molt's profile format (specified in `docs/profile-format.md`): what a run of a program
//! observed, per function, keyed by a stable identity so a profile goes stale safely when the
//! code changes.
//!
//! A file is the 8-byte magic `MOLTPROF`, a little-endian `u32` format version, then one
//! MessagePack value (rmp-serde) — the [`Profile`] — and nothing after it. Writing is
//! deterministic: functions are sorted by identity and duplicates combined, so the same
//! observations give the same bytes. Reading is strict: a short, corrupt, truncated or
//! newer-version file is an error that says which, never a panic.
//!
//! This crate is a leaf: it knows the format, not what the numbers mean (feedback bits are
//! defined by `molt_vm::code::kind`).

use hdrhistogram::serialization::{Deserializer, Serializer, V2Serializer};
use hdrhistogram::Histogram;
use serde::{Deserialize, Serialize};
use std::path::Path;

pub const MAGIC: &[u8; 8] = b"MOLTPROF";
/// The format this Molt writes and reads.
pub const VERSION: u32 = 1;

#[derive(Serialize, Deserialize, Clone, Debug, Default)]
pub struct Profile {
    /// The Molt that recorded it (informational: compatibility is the format version's job).
    pub molt_version: String,
    /// How many runs were merged into it.
    pub runs: u64,
    pub functions: Vec<FunctionProfile>,
}

#[derive(Serialize, Deserialize, Clone, Debug)]
pub struct FunctionProfile {
    pub module: String,
    pub qualname: String,
    pub firstline: u32,
    /// A hash of the function's IR, independent of where the file was (see `ir_hash` in
    /// molt-vm): a function whose hash changed is stale.
    pub ir_hash: u64,
    pub calls: u64,
    pub backedges: u64,
    /// Per feedback slot, the operand kinds observed (bits of `molt_vm::code::kind`).
    pub feedback: Vec<u32>,
    /// Per feedback slot of a conditional branch: [times true, times false] (empty when not
    /// recorded).
    pub branches: Vec<[u64; 2]>,
    pub deopts: Vec<Deopt>,
    /// Call durations in nanoseconds.
    pub durations: Durations,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Deopt {
    pub site: u32,
    pub reason: String,
    pub count: u64,
}

/// An HDR histogram of call durations (ns), stored in HdrHistogram's V2 encoding.
#[derive(Clone, Debug)]
pub struct Durations(pub Histogram<u64>);

/// Durations up to an hour, 2 significant digits.
const MAX_DURATION_NS: u64 = 3_600_000_000_000;

impl Default for Durations {
    fn default() -> Self {
        Durations(Histogram::new_with_bounds(1, MAX_DURATION_NS, 2).expect("valid histogram bounds"))
    }
}

impl Durations {
    pub fn record(&mut self, ns: u64) {
        self.0.saturating_record(ns.clamp(1, MAX_DURATION_NS));
    }
}

impl Serialize for Durations {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut bytes = Vec::new();
        V2Serializer::new().serialize(&self.0, &mut bytes).map_err(|e| serde::ser::Error::custom(format!("{e:?}")))?;
        s.serialize_bytes(&bytes)
    }
}

impl<'de> Deserialize<'de> for Durations {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let bytes: serde_bytes_buf::Buf = Deserialize::deserialize(d)?;
        // Check the V2 header's bounds before the histogram is allocated from them: an edited
        // file must not make Molt allocate gigabytes.
        let field = |at: usize, n: usize| bytes.0.get(at..at + n).map(|b| b.iter().fold(0u64, |acc, x| (acc << 8) | u64::from(*x)));
        let (sigfig, lowest, highest) = (field(12, 4), field(16, 8), field(24, 8));
        let payload_fits = field(4, 4).is_some_and(|n| n as usize <= bytes.0.len().saturating_sub(40));
        if !payload_fits || !matches!((sigfig, lowest, highest), (Some(1..=3), Some(1..=1000), Some(h)) if h <= MAX_DURATION_NS) {
            return Err(serde::de::Error::custom("call-duration histogram with unexpected bounds"));
        }
        let h: Histogram<u64> = Deserializer::new()
            .deserialize(&mut &bytes.0[..])
            .map_err(|e| serde::de::Error::custom(format!("bad call-duration histogram: {e:?}")))?;
        Ok(Durations(h))
    }
}

/// Accepts MessagePack bin (what `serialize_bytes` writes) as a byte buffer.
mod serde_bytes_buf {
    pub struct Buf(pub Vec<u8>);
    impl<'de> serde::Deserialize<'de> for Buf {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct V;
            impl<'de> serde::de::Visitor<'de> for V {
                type Value = Buf;
                fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                    f.write_str("bytes")
                }
                fn visit_bytes<E: serde::de::Error>(self, v: &[u8]) -> Result<Buf, E> {
                    Ok(Buf(v.to_vec()))
                }
                fn visit_byte_buf<E: serde::de::Error>(self, v: Vec<u8>) -> Result<Buf, E> {
                    Ok(Buf(v))
                }
            }
            d.deserialize_bytes(V)
        }
    }
}

/// Why a profile could not be read.
#[derive(Debug)]
pub enum ProfileError {
    Io(String, std::io::Error),
    NotAProfile(String),
    NewerVersion(String, u32),
    Corrupt(String, String),
}

impl std::fmt::Display for ProfileError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            ProfileError::Io(p, e) => write!(f, "cannot read profile {p}: {e}"),
            ProfileError::NotAProfile(p) => write!(f, "{p} is not a Molt profile (no MOLTPROF header)"),
            ProfileError::NewerVersion(p, v) => {
                write!(f, "profile {p} has format version {v}, newer than this Molt reads ({VERSION}); record it again with this Molt")
            }
            ProfileError::Corrupt(p, why) => write!(f, "profile {p} is corrupt or truncated: {why}"),
        }
    }
}

/// The identity functions are matched by.
fn key(f: &FunctionProfile) -> (&str, &str, u64, u32) {
    (&f.module, &f.qualname, f.ir_hash, f.firstline)
}

impl FunctionProfile {
    /// Adds another run's observations of the same function.
    pub fn absorb(&mut self, o: &FunctionProfile) {
        self.calls = self.calls.saturating_add(o.calls);
        self.backedges = self.backedges.saturating_add(o.backedges);
        if self.feedback.len() < o.feedback.len() {
            self.feedback.resize(o.feedback.len(), 0);
        }
        for (a, b) in self.feedback.iter_mut().zip(&o.feedback) {
            *a |= *b;
        }
        if self.branches.len() < o.branches.len() {
            self.branches.resize(o.branches.len(), [0, 0]);
        }
        for (a, b) in self.branches.iter_mut().zip(&o.branches) {
            a[0] = a[0].saturating_add(b[0]);
            a[1] = a[1].saturating_add(b[1]);
        }
        for d in &o.deopts {
            match self.deopts.iter_mut().find(|x| x.site == d.site && x.reason == d.reason) {
                Some(x) => x.count = x.count.saturating_add(d.count),
                None => self.deopts.push(d.clone()),
            }
        }
        self.deopts.sort_by(|a, b| (a.site, &a.reason).cmp(&(b.site, &b.reason)));
        // Both histograms have the same bounds unless a file was edited; then keep ours.
        let _ = self.durations.0.add(&o.durations.0);
    }
}

impl Profile {
    /// Sorts functions by identity and combines duplicates (the deterministic order).
    pub fn normalize(&mut self) {
        let mut fs = std::mem::take(&mut self.functions);
        fs.sort_by(|a, b| key(a).cmp(&key(b)));
        let mut out: Vec<FunctionProfile> = Vec::with_capacity(fs.len());
        for f in fs {
            match out.last_mut() {
                Some(last) if key(last) == key(&f) => last.absorb(&f),
                _ => out.push(f),
            }
        }
        self.functions = out;
    }

    /// Combines another profile's runs into this one.
    pub fn merge(&mut self, other: Profile) {
        self.runs = self.runs.saturating_add(other.runs);
        self.functions.extend(other.functions);
        self.normalize();
    }

    pub fn encode(&self) -> Vec<u8> {
        let mut p = self.clone();
        p.normalize();
        let mut out = Vec::with_capacity(64 + 64 * p.functions.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        rmp_serde::encode::write(&mut out, &p).expect("profiles always serialize");
        out
    }

    pub fn write(&self, path: &Path) -> std::io::Result<()> {
        std::fs::write(path, self.encode())
    }

    /// Decodes a profile; `name` is used in error messages.
    pub fn decode(bytes: &[u8], name: &str) -> Result<Profile, ProfileError> {
        if bytes.len() < 12 || &bytes[..8] != MAGIC {
            return Err(ProfileError::NotAProfile(name.to_string()));
        }
        let version = u32::from_le_bytes(bytes[8..12].try_into().expect("4 bytes"));
        if version > VERSION {
            return Err(ProfileError::NewerVersion(name.to_string(), version));
        }
        if version != VERSION {
            return Err(ProfileError::Corrupt(name.to_string(), format!("unknown format version {version}")));
        }
        let mut body = &bytes[12..];
        let p: Profile = rmp_serde::decode::from_read(&mut body).map_err(|e| ProfileError::Corrupt(name.to_string(), e.to_string()))?;
        if !body.is_empty() {
            return Err(ProfileError::Corrupt(name.to_string(), format!("{} bytes after the end of the profile", body.len())));
        }
        Ok(p)
    }

    /// Reads a profile file (through a memory map: merged profiles grow large).
    pub fn read(path: &Path) -> Result<Profile, ProfileError> {
        let name = path.display().to_string();
        let file = std::fs::File::open(path).map_err(|e| ProfileError::Io(name.clone(), e))?;
        let len = file.metadata().map_err(|e| ProfileError::Io(name.clone(), e))?.len();
        if len == 0 {
            return Err(ProfileError::NotAProfile(name));
        }
        // SAFETY: the map is read-only and dropped before returning; a file truncated by
        // another process while it is mapped is outside what Molt guards against (as for
        // any tool reading its own data files).
        let map = unsafe { memmap2::Mmap::map(&file) }.map_err(|e| ProfileError::Io(name.clone(), e))?;
        Profile::decode(&map, &name)
    }
}

/// A 64-bit FNV-1a hash: stable across runs, machines and Rust versions (unlike std's
/// hasher), for function identities.
pub fn stable_hash(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(name: &str, calls: u64, fb: Vec<u32>) -> FunctionProfile {
        let mut d = Durations::default();
        d.record(1000 * calls);
        FunctionProfile {
            module: "__main__".into(),
            qualname: name.into(),
            firstline: 1,
            ir_hash: 7,
            calls,
            backedges: 0,
            feedback: fb,
            branches: vec![],
            deopts: vec![],
            durations: d,
        }
    }

    #[test]
    fn round_trips_and_is_deterministic() {
        let p = Profile { molt_version: "0.1.0".into(), runs: 1, functions: vec![sample("g", 2, vec![1]), sample("f", 3, vec![2, 1])] };
        let bytes = p.encode();
        let q = Profile::decode(&bytes, "p").unwrap();
        assert_eq!(q.functions[0].qualname, "f", "sorted by identity");
        assert_eq!(q.functions[1].durations.0.len(), 1);
        assert_eq!(q.encode(), bytes, "re-encoding gives the same bytes");
    }

    #[test]
    fn merge_sums_counts_and_unions_feedback() {
        let mut a = Profile { molt_version: "x".into(), runs: 1, functions: vec![sample("f", 3, vec![1, 0])] };
        let b = Profile { molt_version: "x".into(), runs: 2, functions: vec![sample("f", 4, vec![2, 4]), sample("h", 1, vec![])] };
        a.merge(b);
        assert_eq!(a.runs, 3);
        assert_eq!(a.functions.len(), 2);
        assert_eq!(a.functions[0].calls, 7);
        assert_eq!(a.functions[0].feedback, vec![3, 4]);
        assert_eq!(a.functions[0].durations.0.len(), 2);
    }

    #[test]
    fn bad_files_are_errors_not_panics() {
        let p = Profile { molt_version: "x".into(), runs: 1, functions: vec![sample("f", 3, vec![1])] };
        let bytes = p.encode();
        assert!(matches!(Profile::decode(b"", "e"), Err(ProfileError::NotAProfile(_))));
        assert!(matches!(Profile::decode(b"NOTAPROFILE!!", "e"), Err(ProfileError::NotAProfile(_))));
        for cut in [12, 13, bytes.len() / 2, bytes.len() - 1] {
            assert!(matches!(Profile::decode(&bytes[..cut], "t"), Err(ProfileError::Corrupt(..))), "cut at {cut}");
        }
        let mut newer = bytes.clone();
        newer[8] = 9;
        assert!(matches!(Profile::decode(&newer, "n"), Err(ProfileError::NewerVersion(_, 9))));
        let mut trailing = bytes.clone();
        trailing.push(0);
        assert!(matches!(Profile::decode(&trailing, "x"), Err(ProfileError::Corrupt(..))));
        // Every single-byte corruption of the body decodes or fails cleanly.
        for i in 12..bytes.len() {
            let mut b = bytes.clone();
            b[i] ^= 0xff;
            let _ = Profile::decode(&b, "c");
        }
    }
}
