//! Embeds the Python standard library modules in `../stdlib/*.py` into the binary, so Molt
//! runs from any directory: generates `stdlib_table.rs` with (module name, source) pairs.

use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../stdlib");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut entries: Vec<(String, std::path::PathBuf)> = Vec::new();
    if let Ok(rd) = std::fs::read_dir(&dir) {
        for e in rd.flatten() {
            let p = e.path();
            println!("cargo:rerun-if-changed={}", p.display());
            if p.extension().is_some_and(|x| x == "py") {
                let name = p.file_stem().unwrap().to_string_lossy().to_string();
                entries.push((name, p.canonicalize().unwrap()));
            }
        }
    }
    entries.sort();
    let mut out = String::from("/// The embedded standard library: (module name, source).\npub static STDLIB: &[(&str, &str)] = &[\n");
    for (name, path) in entries {
        out.push_str(&format!("    ({name:?}, include_str!({:?})),\n", path.display().to_string()));
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("stdlib_table.rs");
    std::fs::write(dest, out).unwrap();
}
