import sys


class Status:
    def __init__(self, code, text):
        self.code = code
        self.text = text

    def __str__(self):
        return f"status {self.code}: {self.text}"


def main():
    try:
        sys.exit(Status(3, "bad things"))
    except Exception:
        print("SystemExit is not an Exception")
    finally:
        print("cleanup in main")


main()
