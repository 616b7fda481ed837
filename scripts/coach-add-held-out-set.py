#!/usr/bin/env python3
"""Moves the spent held-out set into the coach's corpus (docs/coach.md, "Held-out sets"): its messages are
appended to Tests/Fixtures/coach/corpus/messages.jsonl as c####, numbered after the last, and its sentence
labels (Tests/Fixtures/coach/holdout/sentences.jsonl: id, n, label, annotations, text; two blind readings
per seller sentence, `disputed` where they differ) to the corpus's sentences.jsonl under the new ids.

    python3 scripts/coach-add-held-out-set.py [.build/release/sameside]

With the binary, the labelled sentences are first checked against the coach's own split of the held-out
messages (`sameside coach-model sentences`), so that no label lands on the wrong sentence. Nothing is
written unless every check passes. Afterwards put the next held-out set in place (messages.jsonl, and its
sentence labels once read), and refit. The set's id range is appended to the corpus's collections.txt (as
`setN first last`, N from the held-out ids hN###), which scripts/coach-leave-one-set-out.sh reads.
"""
import json
import re
import subprocess
import sys

CORPUS = "Tests/Fixtures/coach/corpus/messages.jsonl"
CORPUS_SENTENCES = "Tests/Fixtures/coach/corpus/sentences.jsonl"
HELD = "Tests/Fixtures/coach/holdout/messages.jsonl"
HELD_SENTENCES = "Tests/Fixtures/coach/holdout/sentences.jsonl"
COLLECTIONS = "Tests/Fixtures/coach/corpus/collections.txt"
READINGS = {"us", "neither", "them"}


def jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def fail(message):
    sys.exit(f"coach-add-held-out-set: {message}; nothing written")


def main():
    corpus = jsonl(CORPUS)
    held = jsonl(HELD)
    sentences = jsonl(HELD_SENTENCES)
    held_ids = {m["id"] for m in held}
    matches = [re.fullmatch(r"h(\d+)\d{3}", i) for i in held_ids]
    sets = {m.group(1) if m else None for m in matches}
    if len(sets) != 1 or None in sets:
        fail(f"held-out ids should all be hN### of one set N, got sets {sorted(map(str, sets))}")
    seen = set()
    for s in sentences:
        key = (s.get("id"), s.get("n"))
        if s.get("id") not in held_ids:
            fail(f"sentence label for {s.get('id')}, which is not a held-out message")
        if key in seen:
            fail(f"two labels for sentence {key}")
        seen.add(key)
        readings = s.get("annotations", [])
        if len(readings) != 2 or not set(readings) <= READINGS:
            fail(f"sentence {key}: expected two readings of {sorted(READINGS)}, got {readings}")
        expected = readings[0] if readings[0] == readings[1] else "disputed"
        if s.get("label") != expected:
            fail(f"sentence {key}: label {s.get('label')} but readings {readings}")
    if len(sys.argv) > 1:
        out = subprocess.run(
            [sys.argv[1], "coach-model", "sentences", "--corpus", HELD], check=True, capture_output=True, text=True
        ).stdout
        split = {(r["id"], r["sentence"]): r["text"] for r in map(json.loads, out.splitlines())}
        labelled = {(s["id"], s["n"]): s["text"] for s in sentences}
        if split != labelled:
            missing = sorted(set(split) - set(labelled))[:5]
            differ = sorted(k for k in set(split) & set(labelled) if split[k] != labelled[k])[:5]
            fail(f"the labels do not match the coach's sentences (unlabelled {missing}, other text {differ})")
    last = max(int(m["id"][1:]) for m in corpus)
    new_id = {m["id"]: "c%04d" % (last + 1 + k) for k, m in enumerate(held)}
    with open(CORPUS, "a", encoding="utf-8") as f:
        for m in held:
            f.write(json.dumps(dict(m, id=new_id[m["id"]]), ensure_ascii=False) + "\n")
    with open(CORPUS_SENTENCES, "a", encoding="utf-8") as f:
        for s in sorted(sentences, key=lambda s: (new_id[s["id"]], s["n"])):
            row = {"id": new_id[s["id"]], "n": s["n"], "label": s["label"], "annotations": s["annotations"],
                   "text": s["text"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(COLLECTIONS, "a", encoding="utf-8") as f:
        f.write(f"set{int(sets.pop())} {last + 1} {last + len(held)}\n")
    agreed = sum(1 for s in sentences if s["label"] != "disputed")
    print(f"{len(held)} messages added as {new_id[held[0]['id']]}–{new_id[held[-1]['id']]}; {len(sentences)} "
          f"sentences, {agreed} agreed ({100 * agreed / max(len(sentences), 1):.1f} %)")


if __name__ == "__main__":
    main()
