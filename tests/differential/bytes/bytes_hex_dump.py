data = bytes(range(0, 256, 7)) + b"Hello, hexdump!"
for off in range(0, len(data), 16):
    chunk = data[off:off + 16]
    hexpart = " ".join(f"{b:02x}" for b in chunk)
    text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
    print(f"{off:08x}  {hexpart:<47}  |{text}|")
