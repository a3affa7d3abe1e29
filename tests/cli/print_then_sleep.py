import time
print("x" * 10)
time.sleep(0.5)
