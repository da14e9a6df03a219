#!/usr/bin/env python3
"""Re-apply full-width Chinese punctuation to drafts whose retrieved copy was NFKC-normalised.
Only , ; : are mapped (to ， ； ：), and only where they are not between two ASCII letters/digits
(e.g. "12:40", "1,400" stay). Parentheses, '.', quotes and everything else are left as retrieved.
Comment lines (starting with '#') are copied unchanged."""
import pathlib
import sys

MAP = {',': '，', ';': '；', ':': '：'}
def asciialnum(c): return c.isascii() and c.isalnum()
def restore(line):
    out = []
    for i, ch in enumerate(line):
        if ch in MAP:
            prev = line[i-1] if i > 0 else ''
            nxt = line[i+1] if i + 1 < len(line) else ''
            if prev and nxt and asciialnum(prev) and asciialnum(nxt):
                out.append(ch)
            else:
                out.append(MAP[ch])
        else:
            out.append(ch)
    s = ''.join(out)
    return s.replace('?；饏', '?;饏')   # site mojibake in zh-09, not punctuation
for src in sys.argv[1:]:
    src = pathlib.Path(src)
    dst = src.parent.parent / src.name
    lines = src.read_text(encoding='utf-8').split('\n')
    dst.write_text('\n'.join(line if line.startswith('#') else restore(line) for line in lines), encoding='utf-8')
    print(dst)
