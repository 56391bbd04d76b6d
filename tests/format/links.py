#!/usr/bin/env python3
"""Every relative link and image in README.md and docs/ resolves: the file (or folder) is in the
repository, and a #fragment names a heading of the page it points to. A page moved or a heading
renamed without its links fails here, naming the page, the line and the link."""
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parents[2]
pages = [root / "README.md"] + sorted((root / "docs").rglob("*.md"))
link = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)|<img[^>]*\ssrc=\"([^\"]+)\"")


def anchors(page: pathlib.Path) -> set[str]:
    found = set()
    fenced = False
    for line in page.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            fenced = not fenced
        m = None if fenced else re.match(r"^#+\s+(.*)$", line)
        if m:
            text = re.sub(r"[`*_]", "", m.group(1)).strip().lower()
            found.add(re.sub(r"\s", "-", re.sub(r"[^\w\- ]", "", text)))
    return found


broken = []
checked = 0
for page in pages:
    fenced = False
    for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("```"):
            fenced = not fenced
        if fenced:
            continue
        for m in link.finditer(line):
            target = m.group(1) or m.group(2)
            if re.match(r"^[a-z]+:", target):
                continue  # a web address or mailto: not checked (no traffic leaves the machine)
            checked += 1
            path, _, fragment = target.partition("#")
            dest = (page.parent / path).resolve() if path else page
            where = f"{page.relative_to(root)}:{number}: {target}"
            if root not in dest.parents and dest != root:
                broken.append(f"{where} (outside the repository)")
            elif not dest.exists():
                broken.append(f"{where} (no such file)")
            elif fragment and dest.suffix == ".md" and fragment not in anchors(dest):
                broken.append(f"{where} (no heading #{fragment} there)")

if broken:
    print("balcony: links in the README and docs that lead nowhere:", file=sys.stderr)
    for b in broken:
        print("  " + b, file=sys.stderr)
    sys.exit(1)
print(f"balcony: {checked} links and images in {len(pages)} pages resolve")
