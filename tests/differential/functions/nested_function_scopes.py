x = "global"
def level1():
    x = "level1"
    def level2():
        def level3():
            return x
        return level3()
    return level2()
print(level1())
def no_capture():
    def inner():
        return x
    return inner()
print(no_capture())
def class_scope():
    y = "func"
    class C:
        y = "class"
        def m(self):
            return y
    return C().m(), C.y
print(class_scope())
