//! Code generation checks that do not need a running program: which functions get a direct
//! (frameless) entry, the exit word encoding, and that every function of some representative
//! programs compiles in both forms through Cranelift's verifier into an object-free
//! `JITModule` (the end-to-end behaviour is covered by the differential corpus in all tiers).

use molt_tiers::codegen::{self, direct_eligible, exit};
use molt_vm::ir::Function;

fn lower(src: &str) -> Vec<Function> {
    molt_vm::compile(src, "t.py", "__main__", 0).unwrap_or_else(|d| panic!("{}", d.message)).codes
}

fn func<'a>(codes: &'a [Function], name: &str) -> &'a Function {
    codes.iter().find(|f| f.qualname == name).unwrap_or_else(|| panic!("no function {name}"))
}

#[test]
fn exit_words_round_trip() {
    for (k, b, i) in [(exit::RESUME, 0, 0), (exit::ERROR, 17, 3), (exit::RETURN, 0xff_ffff, u32::MAX)] {
        assert_eq!(exit::unpack(exit::pack(k, b, i)), (k, b, i));
    }
}

#[test]
fn direct_entries_only_for_frameless_functions() {
    let codes = lower(
        r#"
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def method_like(self, k):
    self.total = self.total + k
    return [self.total, (k, k)]

def loops(n):
    s = 0
    for i in range(n):
        s += i * i
    return s

def with_try(x):
    try:
        return 1 / x
    except ZeroDivisionError:
        return 0

def gen(n):
    yield n

def outer():
    v = 1
    def inner():
        return v
    return inner

def kwonly(a, *, b):
    return a + b

def star(*args):
    return args

def raises(x):
    raise ValueError(x)

def seven(a, b, c, d, e, f, g):
    return a
"#,
    );
    for name in ["fib", "method_like", "loops", "outer", "outer.<locals>.inner", "raises"] {
        assert!(direct_eligible(func(&codes, name)), "{name} should get a direct entry");
    }
    for name in ["with_try", "gen", "kwonly", "star", "seven", "<module>"] {
        assert!(!direct_eligible(func(&codes, name)), "{name} must not get a direct entry");
    }
}

#[test]
fn every_function_compiles_in_both_forms() {
    use cranelift_codegen::settings::{self, Configurable};
    use cranelift_module::{default_libcall_names, Module};
    let codes = lower(
        r#"
class P:
    def __init__(self, x):
        self.x = x
    def norm(self):
        return abs(self.x) + len([1, 2]) - (3 in (1, 2))

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def mixed(a, b):
    t = (a, b, a * 1.5, -b, not a)
    d = {a: b}
    for k in d:
        a += d[k]
    try:
        a /= b
    finally:
        a = str(a) + "!"
    return t, a, [x for x in range(3)]

print(fib(10), P(-2).norm(), mixed(1, 2))
"#,
    );
    let mut flags = settings::builder();
    flags.set("is_pic", "false").unwrap();
    flags.set("enable_verifier", "true").unwrap();
    let isa = cranelift_native::builder().unwrap().finish(settings::Flags::new(flags)).unwrap();
    let mut jb = cranelift_jit::JITBuilder::with_isa(isa, default_libcall_names());
    molt_tiers::jit::define_symbols(&mut jb);
    let mut module = cranelift_jit::JITModule::new(jb);
    let imports = codegen::Imports::declare(&mut module).unwrap();
    let mut ctx = module.make_context();
    let mut fctx = cranelift_frontend::FunctionBuilderContext::new();
    let layout = codegen::Layout::new(true, true);
    let mut compiled = 0;
    for (i, f) in codes.iter().enumerate() {
        let feedback = vec![0u32; f.nslots as usize];
        // Constant words only need to exist for code generation; nothing runs here.
        let consts = vec![0u64; f.consts.len()];
        let forms: &[bool] = if direct_eligible(f) { &[false, true] } else { &[false] };
        for &direct in forms {
            // Also with branch counters (as when profiling): an address only needs to exist
            // for code generation.
            for counters in [None, Some(0x1000u64)] {
                let name = format!("f{i}_{direct}_{}", counters.is_some());
                codegen::compile(&mut module, &mut ctx, &mut fctx, &imports, &name, f, &feedback, &consts, &layout, direct, counters, molt_tiers::facts::Speculation::Plans, &[], &[], None, &[])
                    .unwrap_or_else(|e| panic!("{} (direct: {direct}) failed to compile: {e}", f.qualname));
                compiled += 1;
            }
        }
    }
    module.finalize_definitions().unwrap();
    assert!(compiled > 2 * codes.len(), "some function should also have a direct entry");
}
