#!/usr/bin/env bash
# How the coach does on writers it was not fitted on: each collection of the corpus (docs/coach.md,
# "Contents": the early rounds, the held-out sets, the three collectors' batch; their id ranges are in
# Tests/Fixtures/coach/corpus/collections.txt) judged by weights fitted on all the others, sentence reader
# included. Prints each collection's figures and the total.
#
#   scripts/coach-leave-one-set-out.sh [SAMESIDE] [-- extra `coach-model evaluate` options]
#
# e.g. scripts/coach-leave-one-set-out.sh .build/release/sameside -- --sentences none
set -euo pipefail
bin=${1:-.build/release/sameside}
shift || true
[[ ${1:-} == "--" ]] && shift
corpus=Tests/Fixtures/coach/corpus/messages.jsonl
sentences=Tests/Fixtures/coach/corpus/sentences.jsonl
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
right=0; clear=0; opposite=0
while read -r name first last <&3; do
  [[ -z $name || $name == \#* ]] && continue
  python3 - "$corpus" "$work" "$name" "$first" "$last" <<'PY'
import json, sys
corpus, work, name, first, last = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
lines = [l for l in open(corpus, encoding="utf-8") if l.strip()]
inside = lambda l: first <= int(json.loads(l)["id"][1:]) <= last
open(f"{work}/{name}-test.jsonl", "w", encoding="utf-8").writelines(l for l in lines if inside(l))
open(f"{work}/{name}-train.jsonl", "w", encoding="utf-8").writelines(l for l in lines if not inside(l))
PY
  line=$("$bin" coach-model evaluate --corpus "$work/$name-train.jsonl" --sentences "$sentences" \
    --fit-and-score "$work/$name-test.jsonl" --only-fit-and-score "$@" \
    | grep -m1 "clear labels")
  read -r r c o <<< "$(sed -E 's/.*: ([0-9]+)\/([0-9]+) right.*way: ([0-9]+) =.*/\1 \2 \3/' <<< "$line")"
  echo "$name (c$(printf %04d "$first")-c$(printf %04d "$last")): $r/$c right, $o opposite"
  right=$((right + r)); clear=$((clear + c)); opposite=$((opposite + o))
done 3< Tests/Fixtures/coach/corpus/collections.txt
python3 -c "print(f'all: {$right}/{$clear} = {100*$right/$clear:.1f} % right, {$opposite} = {100*$opposite/$clear:.1f} % opposite')"
