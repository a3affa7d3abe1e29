def records():
    yield {"id": 1, "qty": "3"}
    yield {"id": 2, "qty": "three"}
def totals():
    for r in records():
        try:
            yield int(r["qty"])
        except ValueError:
            raise RuntimeError(f"bad quantity in record {r['id']}")
print(sum(totals()))
