#!/usr/bin/env bash
# How the coach does on writers it was not fitted on: each collection of the corpus (docs/coach.md,
# "Contents": the early rounds, held-out sets 1-28, the three collectors' batch) judged by weights fitted
# on all the others, sentence reader included. Prints each collection's figures and the total.
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
for group in early:1:462 set1:463:555 batch:556:885 set2:886:964 set3:965:1052 set4:1053:1139 set5:1140:1221 set6:1222:1306 set7:1307:1387 set8:1388:1474 set9:1475:1554 set10:1555:1638 set11:1639:1735 set12:1736:1806 set13:1807:1895 set14:1896:1983 set15:1984:2075 set16:2076:2135 set17:2136:2226 set18:2227:2317 set19:2318:2406 set20:2407:2495 set21:2496:2586 set22:2587:2676 set23:2677:2767 set24:2768:2857 set25:2858:2948 set26:2949:3038 set27:3039:3124 set28:3125:3215; do
  IFS=: read -r name first last <<< "$group"
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
done
python3 -c "print(f'all: {$right}/{$clear} = {100*$right/$clear:.1f} % right, {$opposite} = {100*$opposite/$clear:.1f} % opposite')"
