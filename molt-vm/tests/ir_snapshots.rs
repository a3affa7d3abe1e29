//! IR snapshot tests: each `tests/lowering/*.py` fixture is lowered and its IR text (every
//! function, as `molt run --emit ir` prints it) is pinned with insta. Re-bless with
//! `INSTA_UPDATE=always cargo test -p molt-vm --test ir_snapshots` (or `cargo insta review`)
//! and review the diff; never edit snapshots by hand.

use std::path::Path;

fn lower_fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lowering").join(name);
    let source = std::fs::read_to_string(&path).expect("fixture exists");
    let lowered = molt_vm::compile(&source, name, "__main__", 0).unwrap_or_else(|d| panic!("{name}: {}", d.message));
    let mut out = String::new();
    for f in &lowered.codes {
        if let Err(e) = molt_vm::verify::verify(f) {
            panic!("{name}: verifier rejected {}: {e}", f.qualname);
        }
        out.push_str(&f.to_string());
        out.push('\n');
    }
    out
}

macro_rules! snapshot {
    ($test:ident, $file:literal) => {
        #[test]
        fn $test() {
            insta::assert_snapshot!(stringify!($test), lower_fixture($file));
        }
    };
}

snapshot!(arith_and_branch, "arith_and_branch.py");
snapshot!(loops, "loops.py");
snapshot!(try_finally, "try_finally.py");
snapshot!(closures, "closures.py");
snapshot!(generator, "generator.py");
snapshot!(classes, "classes.py");
snapshot!(comprehension_with, "comprehension_with.py");
