#!/usr/bin/env python3
"""Checks a newly collected held-out set before anyone reads or scores it (docs/coach.md, "Held-out sets").

    python3 scripts/coach-check-collection.py COLLECTED.jsonl [--reserved ../shared/eval/reserved-sources.txt]

COLLECTED.jsonl is the collector's file: one JSON object a line with `id`, `kind`, `genre`, `label`, `reason`,
`source` and `text` (strings). Every line is checked for its fields and values, ids and texts for duplicates,
and every source against

- the reserved list, as `CoachCorpusTests` does: an address is reserved when it is a reserved address or lies
  under one (an entry such as `blog.example.com/2012/03/` reserves that whole month of the blog);
- every page of the development corpus and of the current held-out file, as `CoachHoldoutTests` does: a page
  is used when the same page is, and a GitHub file when any file of its repository is (`raw.githubusercontent.com`
  addresses and any letter case included).

Addresses are compared without scheme, `www.`, query, fragment and trailing slashes, in lower case. Prints every
problem and a summary; exits 1 when there is any problem, 0 otherwise. Nothing is written.
"""
import argparse
import json
import sys
import urllib.parse

CORPUS = "Tests/Fixtures/coach/corpus/messages.jsonl"
HELD = "Tests/Fixtures/coach/holdout/messages.jsonl"
KINDS = {"email", "message", "note", "transcript"}
GENRES = {"cold-email", "follow-up", "break-up", "reply", "linkedin", "voicemail", "call-opener",
          "discovery-question", "proposal-opener", "cover-letter", "transcript"}
LABELS = {"seller-centric", "customer-centric", "mixed"}
FIELDS = ["id", "kind", "genre", "label", "reason", "source", "text"]


def page(address):
    """host/path in lower case, without scheme, www., query, fragment or trailing slashes; None without a host."""
    parts = urllib.parse.urlsplit(address.strip())
    host = (parts.hostname or "").lower()
    if not host:
        return None
    host = host.removeprefix("www.")
    return host + parts.path.rstrip("/").lower()


def origin(address):
    """A GitHub repository (github.com/owner/name) for its files, the page otherwise."""
    key = page(address)
    if key is None:
        return None
    parts = key.split("/")
    if parts[0] in ("github.com", "raw.githubusercontent.com") and len(parts) >= 3:
        return "github.com/" + "/".join(parts[1:3])
    return key


def jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("collected")
    parser.add_argument("--reserved", default="../shared/eval/reserved-sources.txt")
    args = parser.parse_args()

    with open(args.reserved, encoding="utf-8") as f:
        reserved = {page(line) for line in f if line.strip() and not line.startswith("#")} - {None}
    used = [m["source"] for path in (CORPUS, HELD) for m in jsonl(path)]
    used_pages = {page(s) for s in used}
    used_origins = {origin(s) for s in used}

    problems = 0

    def problem(line, text):
        nonlocal problems
        problems += 1
        print(f"line {line}: {text}")

    ids, texts, pages = set(), set(), set()
    count = 0
    with open(args.collected, encoding="utf-8") as f:
        for line, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            try:
                r = json.loads(raw)
            except json.JSONDecodeError as error:
                problem(line, f"not JSON ({error})")
                continue
            if not isinstance(r, dict):
                problem(line, "not a JSON object")
                continue
            count += 1
            for field in FIELDS:
                if not isinstance(r.get(field), str) or not r[field].strip():
                    problem(line, f"`{field}` missing or empty")
            if r.get("kind") not in KINDS:
                problem(line, f"kind {r.get('kind')!r}")
            if r.get("genre") not in GENRES:
                problem(line, f"genre {r.get('genre')!r}")
            if r.get("label") not in LABELS:
                problem(line, f"label {r.get('label')!r}")
            source = r.get("source") if isinstance(r.get("source"), str) else ""
            key = page(source)
            if not source.startswith(("http://", "https://")) or key is None:
                problem(line, f"source is not a web address: {source!r}")
            else:
                if any(key == entry or key.startswith(entry + "/") for entry in reserved):
                    problem(line, f"source is RESERVED (or under a reserved address): {source}")
                if key in used_pages:
                    problem(line, f"source already used by the corpus or the held-out file: {source}")
                elif origin(source) in used_origins and origin(source) != key:
                    problem(line, f"GitHub repository already used: {source}")
                pages.add(key)
            if r.get("id") in ids:
                problem(line, f"duplicate id {r.get('id')}")
            if r.get("text") in texts:
                problem(line, "duplicate text")
            ids.add(r.get("id"))
            texts.add(r.get("text"))
    print(f"{count} messages from {len(pages)} pages; " + ("OK" if problems == 0 else f"{problems} problems"))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
