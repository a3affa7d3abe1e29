//! The C math library functions CPython's `math` module calls where Rust's `f64` methods do
//! not: std has no `erf`/`erfc`, and computes `asinh`/`acosh`/`atanh` with its own formulas,
//! whose last bit can differ from the platform libm that CPython's results come from.

// Every binary that links the runtime links the C math library (`-lm`: std's own native
// libraries for `molt`, `molt_aot::NATIVE_LIBS` for built programs).
mod c {
    // compiler_builtins defines its own `cbrt` (std's `f64::cbrt` uses it), which the linker
    // prefers to libm's; glibc's alias for the same function keeps the platform's result
    // (cbrt(27.0) is 3.0000000000000004 there, as in CPython).
    unsafe extern "C" {
        #[link_name = "cbrtf64"]
        pub safe fn cbrt(x: f64) -> f64;
    }
    unsafe extern "C" {
        pub safe fn erf(x: f64) -> f64;
        pub safe fn erfc(x: f64) -> f64;
        pub safe fn asinh(x: f64) -> f64;
        pub safe fn acosh(x: f64) -> f64;
        pub safe fn atanh(x: f64) -> f64;
        pub safe fn exp2(x: f64) -> f64;
        pub safe fn nextafter(x: f64, y: f64) -> f64;
        pub safe fn remainder(x: f64, y: f64) -> f64;
    }
}

// Rust-ABI wrappers, so the functions can be passed as `fn(f64) -> f64`.
macro_rules! wrap {
    ($($name:ident($($arg:ident),*);)*) => {$(
        #[inline]
        pub fn $name($($arg: f64),*) -> f64 {
            c::$name($($arg),*)
        }
    )*};
}

wrap! {
    erf(x);
    erfc(x);
    asinh(x);
    acosh(x);
    atanh(x);
    cbrt(x);
    exp2(x);
    nextafter(x, y);
    remainder(x, y);
}
