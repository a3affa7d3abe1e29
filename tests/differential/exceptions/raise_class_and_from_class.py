try:
    raise ValueError from KeyError
except ValueError as e:
    print(repr(e), repr(e.__cause__), type(e.__cause__).__name__, e.__suppress_context__)
try:
    raise ValueError("v") from None
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)
class NeedsArgs(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
try:
    raise NeedsArgs
except TypeError as e:
    print("TypeError:", e)
try:
    raise NeedsArgs(1, 2)
except NeedsArgs as e:
    print("ok", e.args)
def gen_exc():
    return IndexError("from function")
try:
    raise gen_exc()
except IndexError as e:
    print(e)
try:
    raise (KeyError if True else ValueError)("conditional")
except KeyError as e:
    print("KeyError:", e)
errors = [ValueError("a"), TypeError("b")]
for err in errors:
    try:
        raise err
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e is err)
try:
    raise Exception("outer") from ValueError("inner cause")
except Exception as e:
    print(e, "<-", e.__cause__, type(e.__cause__).__name__)
try:
    raise StopIteration
except StopIteration as e:
    print(repr(e), e.value)
try:
    raise GeneratorExit("ge")
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception))
