squares = [i * i for i in range(20000)]
print(len(squares), squares[-1], sum(squares) % 1000007)
d = {i: i % 97 for i in range(5000)}
print(len(d), sum(d.values()))
s = {i % 1234 for i in range(50000)}
print(len(s))
