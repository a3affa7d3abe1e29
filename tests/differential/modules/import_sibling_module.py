import _helper
print(_helper.GREETING)
print(_helper.add(2, 3), _helper.add("a", "b"))
print(_helper.describe())
print(_helper.calls, _helper.__name__)
print(_helper.Thing([1, 2]))
print(type(_helper).__name__)
