# A function called from a register that dies with the call (a global loaded for the call,
# `f(n - 1)`) is called without a reference of its own when it is the function the call
# site holds: the site keeps it alive even when the call rebinds the global, deletes it, or
# makes the site hold another function. Exceptions from such calls, RecursionError at the
# call, and sites switching between functions hand the reference back correctly; functions
# rebound away keep working while still running.
import sys


def countdown(n):
    if n == 0:
        return 0
    return countdown(n - 1) + 1


def replaced(n):
    global target
    if n == 7:
        # The only references left to this function: the running call and the call site.
        target = lambda k: -k
        return 1000
    return n


def deleted(n):
    global victim
    if n == 3:
        del victim
        return [n] * 2
    return [n]


def raiser(n):
    if n % 5 == 0:
        raise ValueError("multiple of five: %d" % n)
    return n


def depth(n):
    return depth(n + 1)


def twice(n):
    return n * 2


def thrice(n):
    return n * 3


def use_target(n):
    t = 0
    for i in range(n):
        t += target(i)
    return t


def use_victim(n):
    out = []
    for i in range(n):
        try:
            out.extend(victim(i))
        except NameError as e:
            out.append(str(e))
            break
    return out


def use_raiser(n):
    caught = 0
    total = 0
    for i in range(n):
        try:
            total += raiser(i)
        except ValueError as e:
            caught += 1
            last = str(e)
    return total, caught, last


def use_switching(n):
    global step
    t = 0
    for i in range(n):
        t += step(i)
        if i % 100 == 99:
            step = thrice if step is twice else twice
    return t


def main():
    global target, victim, step
    print(sum(countdown(50) for _ in range(200)))
    for round in range(3):
        target = replaced
        print(use_target(500))
    victim = deleted
    print(use_victim(3000)[:6])
    print(use_raiser(4000))
    for _ in range(3):
        try:
            depth(0)
        except RecursionError as e:
            print("RecursionError", e)
    print(sys.getrecursionlimit())
    step = twice
    print(use_switching(5000))
    # Locals that stay alive after the call keep their references.
    f = countdown
    print([f(i) for i in range(5)], f is countdown)


main()
