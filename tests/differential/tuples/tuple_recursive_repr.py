# A tuple that contains itself through a list: repr must use "(...)" for the tuple.
t = ([],)
t[0].append(t)
print(t)
print(repr(t[0]))
print(str([t]))
d = {"k": ([],)}
d["k"][0].append(d["k"])
print(d)
inner = []
pair = (1, inner)
inner.append(pair)
inner.append([pair])
print(pair)
print(inner)
lst = []
lst.append((lst,))
print(lst)
dd = {}
dd["self"] = (dd, [dd])
print(dd)
