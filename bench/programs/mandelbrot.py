# Float kernel: Mandelbrot set escape-time iteration over a grid (tight float loops, branches)


def escape_time(cr, ci, limit):
    zr = 0.0
    zi = 0.0
    for i in range(limit):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return limit


def render(width, height, limit):
    rows = []
    total = 0
    inside = 0
    for y in range(height):
        ci = -1.2 + 2.4 * y / height
        row_sum = 0
        chars = []
        for x in range(width):
            cr = -2.1 + 3.0 * x / width
            n = escape_time(cr, ci, limit)
            row_sum += n
            if n == limit:
                inside += 1
                chars.append("#")
            elif n > 8:
                chars.append("+")
            else:
                chars.append(".")
        total += row_sum
        rows.append("".join(chars))
    return total, inside, rows


def main():
    total, inside, rows = render(540, 405, 300)
    h = 0
    for r in rows:
        for ch in r:
            h = (h * 131 + ord(ch)) & 0xFFFFFFFF
    print("iterations", total)
    print("inside", inside)
    print("row hash", h)
    # coarse ASCII preview of every 30th row, every 6th column
    for r in rows[::30]:
        print(r[::6])


main()
