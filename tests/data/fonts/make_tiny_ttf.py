#!/usr/bin/env python3
"""Writes tiny.ttf, a hand-made TrueType file for the truetype reader tests.

Five glyphs: 0 .notdef (empty), 1 and 2 simple triangles, 3 a composite of 1 and 2,
4 a composite of 3 and 1 (so its parts nest). Short loca, three long horizontal
metrics (500, 600, 700; glyphs 3 and 4 share the last), and only a (3,1) format 4 cmap:
A B C -> 1 2 3 through idDelta, U+3042 -> 4 through glyphIdArray, U+3043 -> 0.
Run it from this folder: python3 make_tiny_ttf.py
"""
import struct


def u16(*values):
    return struct.pack(">" + "H" * len(values), *[v & 0xFFFF for v in values])


def triangle():
    header = struct.pack(">hhhhh", 1, 0, 0, 500, 700)
    outline = u16(2) + u16(0) + bytes([1, 1, 1]) + struct.pack(">hhhhhh", 0, 500, -250, 0, 700, -700)
    return header + outline


def composite(parts):
    out = struct.pack(">hhhhh", -1, 0, 0, 1000, 1000)
    for flags, glyph, rest in parts:
        out += u16(flags, glyph) + rest
    return out


WORDS, XY, SCALE, MORE, XY_SCALE, TWO_BY_TWO = 0x1, 0x2, 0x8, 0x20, 0x40, 0x80
glyphs = [
    b"",
    triangle(),
    triangle(),
    composite([(WORDS | XY | MORE, 1, struct.pack(">hh", 0, 0)),
               (XY | SCALE, 2, bytes([10, 10]) + u16(0x4000))]),
    composite([(XY | XY_SCALE | MORE, 3, bytes([0, 0]) + u16(0x4000, 0x4000)),
               (XY | TWO_BY_TWO, 1, bytes([5, 5]) + u16(0x4000, 0, 0, 0x4000))]),
]
glyphs = [g + b"\0" * (len(g) % 2) for g in glyphs]

offsets = [0]
for g in glyphs:
    offsets.append(offsets[-1] + len(g))
loca = u16(*[o // 2 for o in offsets])
glyf = b"".join(glyphs)

head = struct.pack(">IIIIHHqqhhhhHHhhh", 0x00010000, 0x00010000, 0, 0x5F0F3CF5, 0, 1000,
                   0, 0, 0, 0, 1000, 1000, 0, 8, 2, 0, 0)
hhea = struct.pack(">Ihhh", 0x00010000, 800, -200, 0) + u16(1000) + b"\0" * 22 + u16(3)
maxp = struct.pack(">IH", 0x00010000, len(glyphs)) + b"\0" * 26
hmtx = u16(500, 0, 600, 0, 700, 0) + u16(0, 0)

segments = [(0x41, 0x43, 1 - 0x41, 0), (0x3042, 0x3043, 0, 4), (0xFFFF, 0xFFFF, 1, 0)]
count = len(segments)
subtable_body = (u16(*[s[1] for s in segments]) + u16(0) + u16(*[s[0] for s in segments]) +
                 u16(*[s[2] for s in segments]) + u16(*[s[3] for s in segments]) + u16(4, 0))
subtable = u16(4, 14 + len(subtable_body), 0, 2 * count, 4, 1, 2 * count - 4) + subtable_body
cmap = u16(0, 1) + u16(3, 1) + struct.pack(">I", 12) + subtable

tables = {b"cmap": cmap, b"glyf": glyf, b"head": head, b"hhea": hhea, b"hmtx": hmtx,
          b"loca": loca, b"maxp": maxp}
directory = struct.pack(">IHHHH", 0x00010000, len(tables), 64, 2, len(tables) * 16 - 64)
body = b""
offset = 12 + 16 * len(tables)
for tag, data in tables.items():
    directory += tag + struct.pack(">III", 0, offset + len(body), len(data))
    body += data + b"\0" * ((4 - len(data) % 4) % 4)

with open("tiny.ttf", "wb") as out:
    out.write(directory + body)
