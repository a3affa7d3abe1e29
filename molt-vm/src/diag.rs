//! Diagnostics: Molt's refusals of constructs outside the subset (code frames with
//! file:line:col), and CPython-format syntax errors.

use molt_runtime::{Exc, Value};
use ruff_source_file::{LineIndex, OneIndexed};
use ruff_text_size::TextRange;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// A construct Molt refuses (exit status 2).
    Unsupported,
    /// A Python SyntaxError, printed as CPython prints it (exit status 1).
    Syntax,
}

#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub kind: Kind,
    pub message: String,
    pub path: String,
    pub range: TextRange,
}

pub struct Position {
    pub line: usize,
    pub column: usize,
}

pub fn position(source: &str, range: TextRange) -> Position {
    let index = LineIndex::from_source_text(source);
    let lc = index.line_column(range.start(), source);
    Position { line: lc.line.get(), column: lc.column.get() }
}

fn line_text(source: &str, line: usize) -> &str {
    source.lines().nth(line.saturating_sub(1)).unwrap_or("")
}

/// `error: … --> file:line:col` with a code frame.
pub fn render_unsupported(d: &Diagnostic, source: &str) -> String {
    let p = position(source, d.range);
    let text = line_text(source, p.line);
    let width = p.line.to_string().len();
    let len = {
        let end = position(source, TextRange::new(d.range.end(), d.range.end()));
        if end.line == p.line { (end.column - p.column).max(1) } else { text.chars().count().saturating_sub(p.column - 1).max(1) }
    };
    let pad = " ".repeat(width);
    format!(
        "error: {msg}\n{pad}--> {path}:{line}:{col}\n{pad} |\n{line:>width$} | {text}\n{pad} | {caret_pad}{carets}\n{pad} = note: Molt refuses programs that use constructs outside its supported subset of Python\n",
        msg = d.message,
        path = d.path,
        line = p.line,
        col = p.column,
        text = text,
        caret_pad = " ".repeat(p.column - 1),
        carets = "^".repeat(len),
        width = width,
    )
}

/// CPython's syntax error report.
pub fn render_syntax(d: &Diagnostic, source: &str) -> String {
    let p = position(source, d.range);
    let text = line_text(source, p.line);
    let trimmed = text.trim_start();
    let indent = text.chars().count() - trimmed.chars().count();
    let caret_col = p.column.saturating_sub(1).saturating_sub(indent);
    let mut out = format!("  File \"{}\", line {}\n", d.path, p.line);
    if !trimmed.is_empty() {
        out.push_str(&format!("    {}\n", trimmed.trim_end()));
        out.push_str(&format!("    {}^\n", " ".repeat(caret_col)));
    }
    out.push_str(&format!("SyntaxError: {}\n", d.message));
    out
}

/// A diagnostic raised as a Python exception (imports of modules that fail to compile):
/// SyntaxError, or ImportError for a construct Molt refuses.
pub fn to_exception(d: &Diagnostic, source: &str) -> Exc {
    let t = match d.kind {
        Kind::Syntax => molt_runtime::types::TypeId::SyntaxError,
        Kind::Unsupported => molt_runtime::types::TypeId::ImportError,
    };
    molt_runtime::exceptions::new_exc(t, exception_message(d, source))
}

/// The message of the exception `to_exception` raises.
pub fn exception_message(d: &Diagnostic, source: &str) -> String {
    let p = position(source, d.range);
    match d.kind {
        Kind::Syntax => format!("{} ({}, line {})", d.message, d.path.rsplit('/').next().unwrap_or(&d.path), p.line),
        Kind::Unsupported => format!("Molt cannot compile {}:{}:{}: {}", d.path, p.line, p.column, d.message),
    }
}

/// CPython's wording for common parse errors.
pub fn cpython_message(ruff: &str) -> String {
    let m = ruff;
    if m.contains("was never closed") || m.starts_with("unindent") || m.contains("unmatched") {
        return m.to_string();
    }
    if m.starts_with("Expected an indented block") {
        return "expected an indented block".into();
    }
    if m.starts_with("Unexpected indentation") {
        return "unexpected indent".into();
    }
    if m.contains("missing closing quote") || m.contains("Missing closing quote") || m.contains("unterminated string") {
        return "unterminated string literal (detected at line 1)".into();
    }
    "invalid syntax".into()
}

pub fn unused(_: Value, _: OneIndexed) {}
