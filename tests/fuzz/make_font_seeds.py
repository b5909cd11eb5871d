#!/usr/bin/env python3
"""Writes the font reader's seed corpus: small TrueType files built here from the
OpenType specification's table formats (head, hhea, maxp, hmtx, cmap 4 and 12, loca,
glyf with a simple and a composite glyph), so that no font file is copied.

Usage: make_font_seeds.py OUTPUT_FOLDER
"""
import struct
import sys
from pathlib import Path


def simple_glyph():
    # One contour, a triangle: header, endPtsOfContours, no instructions, flags, x, y.
    header = struct.pack(">hhhhh", 1, 0, 0, 500, 700)
    flags = bytes([0x01, 0x01, 0x01])  # on-curve, 2-byte coordinates
    xs = struct.pack(">hhh", 0, 500, -250)
    ys = struct.pack(">hhh", 0, 0, 700)
    return header + struct.pack(">HH", 2, 0) + flags + xs + ys


def composite_glyph(component):
    header = struct.pack(">hhhhh", -1, 0, 0, 500, 700)
    # ARG_1_AND_2_ARE_WORDS | ARGS_ARE_XY_VALUES, no more components.
    return header + struct.pack(">HHhh", 0x0003, component, 0, 0)


def cmap_format4(mapping):
    segments = [(c, c, g) for c, g in sorted(mapping.items()) if c <= 0xFFFF] + [(0xFFFF, 0xFFFF, 0)]
    count = len(segments)
    body = struct.pack(">H", count * 2) + struct.pack(">HHH", 0, 0, 0)
    body += b"".join(struct.pack(">H", end) for _, end, _ in segments) + struct.pack(">H", 0)
    body += b"".join(struct.pack(">H", start) for start, _, _ in segments)
    body += b"".join(struct.pack(">h", (g - start) % 65536 - (65536 if (g - start) % 65536 > 32767 else 0))
                     for start, _, g in segments)
    body += b"".join(struct.pack(">H", 0) for _ in segments)
    return struct.pack(">HHH", 4, 6 + len(body), 0) + body


def cmap_format12(mapping):
    groups = b"".join(struct.pack(">III", c, c, g) for c, g in sorted(mapping.items()))
    return struct.pack(">HHIII", 12, 0, 16 + len(groups), 0, len(mapping)) + groups


def cmap_table(mapping, with_format12):
    subtables = [(3, 1, cmap_format4(mapping))]
    if with_format12:
        subtables.append((3, 10, cmap_format12(mapping)))
    offset = 4 + 8 * len(subtables)
    records, data = b"", b""
    for platform, encoding, table in subtables:
        records += struct.pack(">HHI", platform, encoding, offset + len(data))
        data += table
    return struct.pack(">HH", 0, len(subtables)) + records + data


def font(with_format12, long_loca):
    glyphs = [b"", simple_glyph(), composite_glyph(1), simple_glyph()]
    mapping = {0x3042: 1, 0x4E9C: 2, 0x20BB7: 3}  # あ, 亜, 𠮷 (outside the BMP)
    glyf = b""
    offsets = []
    for g in glyphs:
        offsets.append(len(glyf))
        glyf += g + b"\0" * (len(g) % 2)
    offsets.append(len(glyf))
    if long_loca:
        loca = b"".join(struct.pack(">I", o) for o in offsets)
    else:
        loca = b"".join(struct.pack(">H", o // 2) for o in offsets)
    head = struct.pack(">IIIIHHqqhhhhHHhhh", 0x00010000, 0x00010000, 0, 0x5F0F3CF5, 0, 1000,
                       0, 0, 0, -120, 1000, 880, 0, 3, 2, 1 if long_loca else 0, 0)
    hhea = struct.pack(">Ihhhhhhhhhhhhhhhh", 0x00010000, 880, -120, 0, 1000, 0, 0, 1000,
                       1, 0, 0, 0, 0, 0, 0, 0, 2)
    maxp = struct.pack(">IH", 0x00005000, len(glyphs))
    hmtx = struct.pack(">HhHh", 1000, 0, 500, 0) + struct.pack(">hh", 0, 0)
    tables = {"cmap": cmap_table(mapping, with_format12), "glyf": glyf, "head": head,
              "hhea": hhea, "hmtx": hmtx, "loca": loca, "maxp": maxp}
    offset = 12 + 16 * len(tables)
    directory, data = b"", b""
    for tag in sorted(tables):
        table = tables[tag]
        directory += struct.pack(">4sIII", tag.encode(), 0, offset + len(data), len(table))
        data += table + b"\0" * (-len(table) % 4)
    header = struct.pack(">IHHHH", 0x00010000, len(tables), 64, 2, len(tables) * 16 - 64)
    return header + directory + data


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "format4-short-loca.ttf").write_bytes(font(False, False))
    (out / "format12-long-loca.ttf").write_bytes(font(True, True))


if __name__ == "__main__":
    main()
