import sys
def fail(reason):
    print("failing:", reason)
    sys.exit(f"fatal: {reason}")
fail("config missing")
