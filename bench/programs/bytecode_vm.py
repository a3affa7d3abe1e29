# Small bytecode interpreter: assembler + stack VM with a dispatch loop (if/elif on opcodes, list stack, frames)

PUSH, LOAD, STORE, ADD, SUB, MUL, MOD, LT, EQ, JMP, JZ, CALL, RET, PRINT, HALT, DUP, POP, DIV = range(18)
NAMES = ["PUSH", "LOAD", "STORE", "ADD", "SUB", "MUL", "MOD", "LT", "EQ", "JMP", "JZ", "CALL",
         "RET", "PRINT", "HALT", "DUP", "POP", "DIV"]
HAS_ARG = {PUSH, LOAD, STORE, JMP, JZ, CALL}


def assemble(source):
    """Two-pass assembler: labels end with ':'; 'CALL label nargs'."""
    code = []
    labels = {}
    fixups = []
    for line in source.split("\n"):
        line = line.split("#")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        parts = line.split()
        op = NAMES.index(parts[0])
        code.append(op)
        if op == CALL:
            fixups.append((len(code), parts[1]))
            code.append(0)
            code.append(int(parts[2]))
        elif op in HAS_ARG:
            arg = parts[1]
            if op in (JMP, JZ):
                fixups.append((len(code), arg))
                code.append(0)
            else:
                code.append(int(arg))
    for at, name in fixups:
        code[at] = labels[name]
    return code


def run(code, nlocals, out):
    stack = []
    frames = []
    local = [0] * nlocals
    pc = 0
    steps = 0
    while True:
        op = code[pc]
        steps += 1
        if op == PUSH:
            stack.append(code[pc + 1])
            pc += 2
        elif op == LOAD:
            stack.append(local[code[pc + 1]])
            pc += 2
        elif op == STORE:
            local[code[pc + 1]] = stack.pop()
            pc += 2
        elif op == ADD:
            b = stack.pop()
            stack[-1] += b
            pc += 1
        elif op == SUB:
            b = stack.pop()
            stack[-1] -= b
            pc += 1
        elif op == MUL:
            b = stack.pop()
            stack[-1] *= b
            pc += 1
        elif op == MOD:
            b = stack.pop()
            stack[-1] %= b
            pc += 1
        elif op == DIV:
            b = stack.pop()
            stack[-1] //= b
            pc += 1
        elif op == LT:
            b = stack.pop()
            stack[-1] = 1 if stack[-1] < b else 0
            pc += 1
        elif op == EQ:
            b = stack.pop()
            stack[-1] = 1 if stack[-1] == b else 0
            pc += 1
        elif op == JMP:
            pc = code[pc + 1]
        elif op == JZ:
            if stack.pop() == 0:
                pc = code[pc + 1]
            else:
                pc += 2
        elif op == DUP:
            stack.append(stack[-1])
            pc += 1
        elif op == POP:
            stack.pop()
            pc += 1
        elif op == CALL:
            nargs = code[pc + 2]
            new_local = [0] * nlocals
            for i in range(nargs - 1, -1, -1):
                new_local[i] = stack.pop()
            frames.append((pc + 3, local))
            local = new_local
            pc = code[pc + 1]
        elif op == RET:
            if not frames:
                return steps
            pc, local = frames.pop()
        elif op == PRINT:
            out.append(stack.pop())
            pc += 1
        elif op == HALT:
            return steps
        else:
            raise ValueError("bad opcode %d at %d" % (op, pc))


PROGRAM = """
# main: count primes below N, sum fib(i) for i < 24, gcd checks
    PUSH 2
    STORE 0          # n = 2
    PUSH 0
    STORE 1          # count = 0
loop_n:
    LOAD 0
    PUSH 25000
    LT
    JZ done_primes
    PUSH 2
    STORE 2          # d = 2
loop_d:
    LOAD 2
    LOAD 2
    MUL
    LOAD 0
    LT
    LOAD 2
    LOAD 2
    MUL
    LOAD 0
    EQ
    ADD
    JZ is_prime      # d*d > n
    LOAD 0
    LOAD 2
    MOD
    JZ not_prime
    LOAD 2
    PUSH 1
    ADD
    STORE 2
    JMP loop_d
is_prime:
    LOAD 1
    PUSH 1
    ADD
    STORE 1
not_prime:
    LOAD 0
    PUSH 1
    ADD
    STORE 0
    JMP loop_n
done_primes:
    LOAD 1
    PRINT
    PUSH 0
    STORE 3          # i = 0
    PUSH 0
    STORE 4          # acc = 0
loop_fib:
    LOAD 3
    PUSH 24
    LT
    JZ done_fib
    LOAD 3
    CALL fib 1
    LOAD 4
    ADD
    STORE 4
    LOAD 3
    PUSH 1
    ADD
    STORE 3
    JMP loop_fib
done_fib:
    LOAD 4
    PRINT
    PUSH 0
    STORE 5          # gsum = 0
    PUSH 1
    STORE 6          # a = 1
loop_gcd:
    LOAD 6
    PUSH 1500
    LT
    JZ done_gcd
    LOAD 6
    PUSH 360360
    CALL gcd 2
    LOAD 5
    ADD
    STORE 5
    LOAD 6
    PUSH 1
    ADD
    STORE 6
    JMP loop_gcd
done_gcd:
    LOAD 5
    PRINT
    HALT

fib:                 # fib(n) in local 0
    LOAD 0
    PUSH 2
    LT
    JZ fib_rec
    LOAD 0
    RET
fib_rec:
    LOAD 0
    PUSH 1
    SUB
    CALL fib 1
    LOAD 0
    PUSH 2
    SUB
    CALL fib 1
    ADD
    RET

gcd:                 # gcd(a, b) in locals 0, 1
    LOAD 1
    PUSH 0
    EQ
    JZ gcd_step
    LOAD 0
    RET
gcd_step:
    LOAD 1
    LOAD 0
    LOAD 1
    MOD
    CALL gcd 2
    RET
"""


def main():
    code = assemble(PROGRAM)
    out = []
    steps = run(code, 8, out)
    print("code size", len(code))
    print("outputs", out)
    print("steps", steps)


main()
