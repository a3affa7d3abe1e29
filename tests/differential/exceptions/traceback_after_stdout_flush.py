import sys
for i in range(3):
    print("line", i)
sys.stdout.write("partial line without newline")
print("stderr message", file=sys.stderr)
raise SystemError("stop here") if False else OverflowError("numbers too large")
