GREETING = "hello from helper"


def square(x):
    return x * x


def fail():
    raise ValueError("raised in helper")
