def to_minutes(s):
    h, m = s.split(":")
    return int(h) * 60 + int(m)

def fmt(m):
    return f"{m // 60:02d}:{m % 60:02d}"

def merge(intervals):
    out = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return out

def free_slots(busy, day_start, day_end, min_len):
    slots = []
    cur = day_start
    for s, e in merge(busy):
        if s - cur >= min_len:
            slots.append((cur, s))
        cur = max(cur, e)
    if day_end - cur >= min_len:
        slots.append((cur, day_end))
    return slots

alice = [("09:00", "10:30"), ("12:00", "13:00"), ("16:00", "18:00"), ("10:00", "11:00")]
bob = [("10:00", "11:30"), ("12:30", "14:30"), ("14:30", "15:00"), ("16:00", "17:00")]
busy = [(to_minutes(a), to_minutes(b)) for a, b in alice + bob]
merged = merge(busy)
print("merged:", [f"{fmt(a)}-{fmt(b)}" for a, b in merged])
for length in (15, 30, 60):
    slots = free_slots(busy, to_minutes("08:00"), to_minutes("18:00"), length)
    print(f">= {length:2d} min:", ", ".join(f"{fmt(a)}-{fmt(b)} ({b - a}m)" for a, b in slots))
total_busy = sum(b - a for a, b in merged)
print(f"busy {total_busy} min = {total_busy / 60:.2f} h of {600 / 60:.0f} h ({total_busy / 600:.1%})")
print(merge([]), merge([[1, 2]]), merge([[1, 4], [2, 3]]), merge([[1, 2], [3, 4], [2, 3]]))
