def hexdump(data, width=16):
    lines = []
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append(f"{off:08x}  {hexpart:<{width * 3 - 1}}  |{text}|")
    return "\n".join(lines)

payload = "Molt ✓ héllo\n\t\x00\x7f".encode("utf-8") + bytes(range(250, 256)) + b"END"
print(hexdump(payload))
print(len(payload), "bytes")
print(hexdump(b"short", width=8))
checksum = 0
for b in payload:
    checksum = (checksum * 31 + b) & 0xFFFFFFFF
print(f"checksum: {checksum:#010x} {checksum}")
crc = 0xFFFFFFFF
for b in payload:
    crc ^= b
    for _ in range(8):
        crc = (crc >> 1) ^ (0xEDB88320 if crc & 1 else 0)
print(f"crc32: {crc ^ 0xFFFFFFFF:08x}")
print(payload.hex()[:40], bytes.fromhex("4d 6f 6c 74").decode())
print(payload.decode("utf-8", errors="replace")[-12:].encode("ascii", "backslashreplace"))
