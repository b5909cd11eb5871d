"""Decodes fields of a fixed-width CP932 file with Python's own codec, for the tests.

Usage: decode_fields.py FILE STRIDE RECORD:OFFSET:LENGTH...
Prints one line per field: its text, or !error when the bytes are not valid CP932 (for
example a double-byte character split at the field's edge).
"""
import sys

data = open(sys.argv[1], "rb").read()
stride = int(sys.argv[2])
out = []
for spec in sys.argv[3:]:
    record, offset, length = (int(part) for part in spec.split(":"))
    start = record * stride + offset
    try:
        out.append(data[start:start + length].decode("cp932"))
    except UnicodeDecodeError:
        out.append("!error")
sys.stdout.buffer.write(("\n".join(out) + "\n").encode("utf-8"))
