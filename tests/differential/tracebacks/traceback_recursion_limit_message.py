def count_down(n):
    if n == 0:
        return "done"
    return count_down(n - 1)
print(count_down(50))
print(count_down(100000))
