PROGRAM = """
# compute factorials and a countdown
push 1
store acc
push 1
store i
loop:
load i
push 8
gt
jnz done
load acc
load i
mul
store acc
load acc
print
load i
push 1
add
store i
jmp loop
done:
push 3
countdown:
dup
print
push 1
sub
dup
jnz countdown
pop
push 7
push 0
div
"""

class VMError(Exception):
    def __init__(self, msg, pc):
        super().__init__(f"{msg} (pc={pc})")
        self.pc = pc

def assemble(src):
    code, labels = [], {}
    for raw in src.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        parts = line.split()
        code.append((parts[0], parts[1] if len(parts) > 1 else None))
    return code, labels

def run(code, labels, limit=1000):
    stack, mem, pc, steps = [], {}, 0, 0
    binops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
              "gt": lambda a, b: int(a > b)}
    while pc < len(code):
        steps += 1
        if steps > limit:
            raise VMError("step limit", pc)
        op, arg = code[pc]
        pc += 1
        if op == "push":
            stack.append(int(arg))
        elif op == "pop":
            stack.pop()
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "store":
            mem[arg] = stack.pop()
        elif op == "load":
            stack.append(mem[arg])
        elif op in binops:
            b, a = stack.pop(), stack.pop()
            stack.append(binops[op](a, b))
        elif op == "div":
            b, a = stack.pop(), stack.pop()
            try:
                stack.append(a // b)
            except ZeroDivisionError as e:
                raise VMError(str(e), pc - 1) from e
        elif op == "print":
            print("  out:", stack[-1])
            stack.pop()
        elif op == "jmp":
            pc = labels[arg]
        elif op == "jnz":
            if stack.pop():
                pc = labels[arg]
        else:
            raise VMError(f"unknown op {op}", pc - 1)
    return stack, mem, steps

code, labels = assemble(PROGRAM)
print("instructions:", len(code), "labels:", labels)
try:
    run(code, labels)
except VMError as e:
    print("VMError:", e, "| cause:", repr(e.__cause__), "| pc attr:", e.pc)
code2, labels2 = assemble("start:\npush 1\njmp start")
try:
    run(code2, labels2, limit=50)
except VMError as e:
    print("VMError:", e)
print(run(*assemble("push 2\npush 5\nmul\nstore x\nload x\nload x\nadd")))
