def parse_record(line):
    fields = line.split(",")
    return int(fields[1])
def load(lines):
    out = []
    for line in lines:
        out.append(parse_record(line))
    return out
def main():
    data = ["a,1", "b,2", "c,three"]
    print("loading", len(data), "records")
    print(load(data))
main()
