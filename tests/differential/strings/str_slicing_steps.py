s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[-3:-1])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:3])
print(s[100:], s[-100:3], s[5:2], s[::-1][::-1] == s)
print(s[0], s[-1], s[len(s) - 1])
print(s[slice(1, 9, 3)], s[slice(None, None, -3)])
u = "héllo wörld ✓"
print(u[::-1], u[1:4], len(u), u[-1])
