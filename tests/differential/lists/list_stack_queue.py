stack = []
for ch in "abcde":
    stack.append(ch)
out = []
while stack:
    out.append(stack.pop())
print("".join(out))
queue = [1, 2, 3]
queue.append(4)
first = queue.pop(0)
print(first, queue)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for c in s:
        if c in "([{":
            st.append(c)
        elif c in pairs:
            if not st or st.pop() != pairs[c]:
                return False
    return not st
for s in ["()", "([]{})", "(]", "((", "", "{[()()]}", "}"]:
    print(repr(s), balanced(s))
