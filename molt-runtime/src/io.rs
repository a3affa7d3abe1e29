//! Standard output and error: buffered stdout (line-buffered on a terminal), unbuffered stderr.

use std::cell::RefCell;
use std::io::{IsTerminal, Write};

thread_local! {
    static STDOUT: RefCell<(Vec<u8>, Option<bool>)> = const { RefCell::new((Vec::new(), None)) };
}

pub fn write_stdout(s: &str) {
    STDOUT.with(|o| {
        let mut o = o.borrow_mut();
        let tty = *o.1.get_or_insert_with(|| std::io::stdout().is_terminal());
        o.0.extend_from_slice(s.as_bytes());
        if o.0.len() > 1 << 16 || (tty && s.contains('\n')) {
            let _ = std::io::stdout().write_all(&o.0);
            let _ = std::io::stdout().flush();
            o.0.clear();
        }
    });
}

pub fn flush_stdout() {
    STDOUT.with(|o| {
        let mut o = o.borrow_mut();
        if !o.0.is_empty() {
            let _ = std::io::stdout().write_all(&o.0);
            o.0.clear();
        }
        let _ = std::io::stdout().flush();
    });
}

pub fn write_stderr(s: &str) {
    let _ = std::io::stderr().write_all(s.as_bytes());
}
