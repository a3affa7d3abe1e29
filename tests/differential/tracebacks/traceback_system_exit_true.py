import sys
try:
    sys.exit(False)
except SystemExit as e:
    print("code", repr(e.code))
sys.stdout.write("partial line")
sys.exit(True)
