import _helper
def run():
    return _helper.fail_deep(2)
print("calling into helper")
run()
