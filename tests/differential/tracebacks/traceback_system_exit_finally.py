import sys
def main():
    try:
        print("in try")
        sys.exit(2)
    finally:
        print("finally runs")
try:
    main()
except Exception:
    print("not caught by Exception")
finally:
    print("outer finally")
