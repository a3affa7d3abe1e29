def parse_line(line):
    name, score = line.split(",")
    return name.strip(), int(score)
def load(lines):
    return [parse_line(l) for l in lines]
def main():
    rows = load(["ann, 10", "bob, 7", "cid 9"])
    print(rows)
main()
