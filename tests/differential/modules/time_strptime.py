# time.strptime: directives, defaults, weekday/yearday, and CPython's errors.
import time
cases = [
    ("2024-03-05 07:08:09", "%Y-%m-%d %H:%M:%S"),
    ("5 Mar 2024", "%d %b %Y"),
    ("Tuesday, MARCH 5, 24", "%A, %B %d, %y"),
    ("07:08 pm", "%I:%M %p"),
    ("12:30 AM", "%I:%M %p"),
    ("2000 60", "%Y %j"),
    ("1999/12/31", "%Y/%m/%d"),
    ("29 2 2023", "%d %m %Y"),
    ("2024-03-05", "%Y-%m-%d %H"),
    ("2024-03-05 10", "%Y-%m-%d"),
    ("  3/ 7/1970", " %m/%d/%Y"),
    ("Thu Jan  1 00:00:00 1970", "%a %b %d %H:%M:%S %Y"),
    ("100%", "%S%%"),
    ("12.345678", "%S.%f"),
    ("69", "%y"),
    ("68", "%y"),
    ("2024-13-01", "%Y-%m-%d"),
]
for data, fmt in cases:
    try:
        t = time.strptime(data, fmt)
        print(repr(data), tuple(t))
    except ValueError as e:
        print(repr(data), "ValueError:", e)
print(tuple(time.strptime("Thu Jan  1 00:00:00 1970")))
print(time.strftime("%Y-%m-%d %A %j", time.strptime("2023-12-25", "%Y-%m-%d")))
for bad in ((5, "%Y"), ("2024", 5)):
    try:
        time.strptime(*bad)
    except TypeError as e:
        print("TypeError:", e)
