import sys
print("starting")
def main():
    print("validating")
    sys.exit("error: invalid configuration")
main()
print("never")
