#!/usr/bin/env python3
"""Independent decoder of a vendor file for the tests: reads the record layout YAML and the
fixed-width file, checks every record's length and separator, decodes every field with
Python's own cp932 codec at the offset the layout gives, and prints one line per field:

    record<TAB>record-kind<TAB>field<TAB>offset<TAB>text

Exit status 1 with a message when the file does not match the layout byte for byte."""
import sys

import yaml

ERA_KINDS = {"date"}


def field_length(f):
    if "filler" in f:
        return int(f["filler"])
    if f.get("kind") == "date" and "length" not in f:
        return 8 if f.get("format", "yyyymmdd") == "yyyymmdd" else 7
    return int(f["length"])


def main(layout_path, data_path):
    layout = yaml.safe_load(open(layout_path, encoding="utf-8"))
    length = int(layout["record_length"])
    sep = b"\r\n" if layout.get("separator", "crlf") == "crlf" else b""
    data = open(data_path, "rb").read()
    step = length + len(sep)
    if len(data) % step:
        sys.exit(f"file size {len(data)} is not a multiple of {step}")
    kinds = {"1": "header", "2": "data", "8": "trailer", "9": "end"}
    for index in range(len(data) // step):
        record = data[index * step:(index + 1) * step]
        if sep and record[length:] != sep:
            sys.exit(f"record {index}: no CRLF at byte {length}")
        body = record[:length]
        kind = kinds.get(chr(body[0]))
        if kind is None:
            sys.exit(f"record {index}: unknown kind byte {body[0]:#x}")
        offset = 0
        for f in layout["records"][kind]:
            n = field_length(f)
            raw = body[offset:offset + n]
            try:
                text = raw.decode("cp932")
            except UnicodeDecodeError as e:
                sys.exit(f"record {index} field {f.get('name', 'filler')} at {offset}: {e}")
            name = f.get("name", "filler")
            print(f"{index}\t{kind}\t{name}\t{offset}\t{text}")
            offset += n
        if offset != length:
            sys.exit(f"record {index}: fields cover {offset} of {length} bytes")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
