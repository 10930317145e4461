#!/usr/bin/env python3
"""Reports any run of more than 11 words that a content text shares with a seed article (the project's copy rule).

Usage: scripts/check-seed-overlap.py [content-dir] [seed-file ...]
Words are compared in lower case with punctuation and quote styles ignored, so a run cannot hide behind an apostrophe.
Exit status 1 when a run is found.
"""
import json
import re
import sys
from pathlib import Path

LIMIT = 11


def words(text):
    text = text.replace("\u2019", "'").replace("\u2018", "'").lower()
    text = re.sub(r"<[^>]+>", " ", text)
    return re.findall(r"[a-z0-9']+", text)


def strings(node, path="$"):
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from strings(v, f"{path}[{i}]")
    elif isinstance(node, dict):
        for k, v in node.items():
            yield from strings(v, f"{path}.{k}")


def main():
    content = Path(sys.argv[1] if len(sys.argv) > 1 else "content")
    seeds = [Path(p) for p in sys.argv[2:]] or sorted(Path("/work/shared/seeds").glob("0*.txt"))
    n = LIMIT + 1
    grams = {}
    for seed in seeds:
        w = words(seed.read_text(encoding="utf-8"))
        for i in range(len(w) - n + 1):
            grams.setdefault(tuple(w[i:i + n]), seed.name)
    found = 0
    checked = 0
    for file in sorted(content.glob("*.json")):
        for path, text in strings(json.loads(file.read_text(encoding="utf-8"))):
            checked += 1
            w = words(text)
            for i in range(len(w) - n + 1):
                seed = grams.get(tuple(w[i:i + n]))
                if seed:
                    found += 1
                    print(f"{file.name}: {path}: shares \"{' '.join(w[i:i + n])}\" with {seed}")
                    break
    print(f"{checked} texts checked against {len(seeds)} seed file(s): {found} with a run of more than {LIMIT} words")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
