//! Standard output and error: buffered stdout (line-buffered on a terminal), unbuffered stderr.
//!
//! A failed write of stdout (a reader that went away, a full disk) raises the OSError
//! CPython raises (BrokenPipeError for a closed pipe) from the print or write whose flush
//! failed; the output that could not be written is dropped, as CPython's buffer drops it.

use crate::object::PyResult;
use std::cell::RefCell;
use std::io::{IsTerminal, Write};

thread_local! {
    static STDOUT: RefCell<(Vec<u8>, Option<bool>)> = const { RefCell::new((Vec::new(), None)) };
}

pub fn write_stdout(s: &str) -> PyResult<()> {
    STDOUT.with(|o| {
        let mut o = o.borrow_mut();
        let tty = *o.1.get_or_insert_with(|| std::io::stdout().is_terminal());
        o.0.extend_from_slice(s.as_bytes());
        if o.0.len() > 1 << 16 || (tty && s.contains('\n')) {
            return write_out(&mut o.0);
        }
        Ok(())
    })
}

/// Writes what stdout holds: the OSError for a failed write.
pub fn flush_stdout() -> PyResult<()> {
    STDOUT.with(|o| write_out(&mut o.borrow_mut().0))
}

/// Writes what stdout holds before other output (stderr, a sleep) for the order CPython's
/// unbuffered streams show. A failed write keeps it: the next write or flush of stdout
/// raises, as it would in CPython, where only stdout's own operations touch stdout.
pub fn settle_stdout() {
    STDOUT.with(|o| {
        let mut o = o.borrow_mut();
        if write_bytes(&o.0).is_ok() {
            o.0.clear();
        }
    })
}

fn write_out(buf: &mut Vec<u8>) -> PyResult<()> {
    let r = write_bytes(buf);
    buf.clear();
    r.map_err(|e| crate::exceptions::os_error(&e))
}

fn write_bytes(b: &[u8]) -> std::io::Result<()> {
    let mut out = std::io::stdout();
    out.write_all(b).and_then(|()| out.flush())
}

pub fn write_stderr(s: &str) {
    let _ = std::io::stderr().write_all(s.as_bytes());
}
