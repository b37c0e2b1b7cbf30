#!/usr/bin/env python3
"""Lists hand-written Swift files over 400 lines and functions over 80 lines.

Usage: scripts/check_sizes.py [--max-file N] [--max-function N] [paths…]
Generated files (a comment in the first lines containing "generated"), data tables (the marker
"size: data" in the first lines) and numeric kernels
(files under a Kernels/ folder, or a function whose comment block above it holds the marker
"size: kernel") are exempt. Exits 1 when anything is over.
"""
import re
import sys
from pathlib import Path

DECL = re.compile(r'^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|private|fileprivate|internal|open|static|final|override|mutating|nonisolated|class|convenience|required)\s+)*(?:func\s+\S|init[?!]?\s*[(<]|subscript\s*[(<]|var\s+\w+\s*:[^=]*\{\s*$)')


def is_exempt(path: Path, text: str) -> bool:
    head = "\n".join(text.splitlines()[:5]).lower()
    return "generated" in head or "size: data" in head or "Kernels" in path.parts


def strip_strings(line: str) -> str:
    line = re.sub(r'"(?:\\.|[^"\\])*"', '""', line)
    return line.split("//", 1)[0]


def long_functions(lines, limit):
    out = []
    i = 0
    while i < len(lines):
        if DECL.match(lines[i]):
            depth, started, j = 0, False, i
            while j < len(lines):
                s = strip_strings(lines[j])
                depth += s.count("{") - s.count("}")
                if "{" in s:
                    started = True
                if started and depth <= 0:
                    break
                if not started and j > i + 12:
                    break
                j += 1
            above = []
            k = i - 1
            while k >= 0 and lines[k].strip().startswith(("//", "@")):
                above.append(lines[k])
                k -= 1
            kernel = any("size: kernel" in a for a in above)
            if started and j - i + 1 > limit and not kernel:
                out.append((i + 1, j - i + 1, lines[i].strip()[:70]))
            i = j + 1 if started else i + 1
            continue
        i += 1
    return out


def main(argv):
    max_file, max_function, roots = 400, 80, []
    args = iter(argv)
    for a in args:
        if a == "--max-file":
            max_file = int(next(args))
        elif a == "--max-function":
            max_function = int(next(args))
        else:
            roots.append(a)
    roots = roots or ["Sources", "Tests"]
    problems = 0
    for root in roots:
        for path in sorted(Path(root).rglob("*.swift")):
            text = path.read_text(encoding="utf-8")
            if is_exempt(path, text):
                continue
            lines = text.splitlines()
            if len(lines) > max_file and not path.parts[0] == "Tests":
                print(f"{path}: {len(lines)} lines (limit {max_file})")
                problems += 1
            for line, length, decl in long_functions(lines, max_function):
                print(f"{path}:{line}: function of {length} lines (limit {max_function}): {decl}")
                problems += 1
    if problems:
        print(f"{problems} over the limits")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
