//! The process hash secret (from PYTHONHASHSEED) and cached str hashes.

use crate::hash::HashSecret;
use crate::object::Obj;
use crate::value::Value;
use std::sync::OnceLock;

static SECRET: OnceLock<HashSecret> = OnceLock::new();

/// Reads PYTHONHASHSEED once; an invalid value is reported like CPython and exits.
pub fn init_secret() {
    secret();
}

/// The process's hash secret, read from PYTHONHASHSEED by whichever comes first: start-up
/// (`init_secret`) or a hash computed before it.
pub fn secret() -> &'static HashSecret {
    SECRET.get_or_init(|| {
        let v = std::env::var("PYTHONHASHSEED").ok();
        match HashSecret::from_env_value(v.as_deref()) {
            Ok(s) => s,
            Err(msg) => {
                eprintln!("Fatal Python error: config_init_hash_seed: {msg}");
                eprintln!("Python runtime state: preinitialized\n");
                std::process::exit(1);
            }
        }
    })
}

/// The hash of a str value, computed once and cached on the object.
#[inline]
pub fn str_value_hash(v: &Value) -> i64 {
    match v.obj() {
        Some(Obj::Str(s)) => {
            let h = s.hash.get();
            if h != -1 {
                return h;
            }
            let h = crate::hash::hash_str(&s.s, secret());
            s.hash.set(h);
            h
        }
        _ => 0,
    }
}
