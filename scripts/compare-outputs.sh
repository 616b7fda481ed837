#!/usr/bin/env bash
# Runs two `sameside` binaries over the same commands and compares stdout, stderr and exit status
# byte for byte: the check that a refactoring changed no output.
#
#   scripts/compare-outputs.sh NEW_BINARY [BASELINE_BINARY]   (baseline default: /work/baseline-bin/sameside)
#
# Each binary runs in a folder of its own with the same relative paths (fixtures copied in, SQLite files
# side by side), so messages that name files are comparable. Dates are fixed with --as-of. Prints one line
# a case (`same` or `DIFFERS`) and a summary; exits 1 when anything differs.
set -u
new=$(readlink -f "${1:?usage: compare-outputs.sh NEW_BINARY [BASELINE_BINARY]}")
old=$(readlink -f "${2:-/work/baseline-bin/sameside}")
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/sameside-compare.XXXXXX)
keep=${KEEP:-}
trap '[ -n "$keep" ] || rm -rf "$work"' EXIT
asof=2026-11-25
cases=0
differ=0

for side in old new; do
    mkdir -p "$work/$side/out"
    cp -r "$root/Tests/Fixtures" "$work/$side/fx"
done

# run NAME ARGS… : runs both binaries in their folders; stdin from $STDIN_FILE when set (relative path).
run() {
    local name=$1
    shift
    local side bin
    for side in old new; do
        [ "$side" = old ] && bin=$old || bin=$new
        (
            cd "$work/$side" || exit 1
            if [ -n "${STDIN_FILE:-}" ]; then
                env -u SAMESIDE_DATABASE NO_COLOR=1 "$bin" "$@" <"$STDIN_FILE" >"out/$name.stdout" 2>"out/$name.stderr"
            else
                env -u SAMESIDE_DATABASE NO_COLOR=1 "$bin" "$@" </dev/null >"out/$name.stdout" 2>"out/$name.stderr"
            fi
            echo $? >"out/$name.status"
        )
    done
    cases=$((cases + 1))
    local part bad=""
    for part in stdout stderr status; do
        cmp -s "$work/old/out/$name.$part" "$work/new/out/$name.$part" || bad="$bad $part"
    done
    if [ -n "$bad" ]; then
        differ=$((differ + 1))
        echo "DIFFERS $name:$bad"
        for part in $bad; do
            diff <(head -c 200000 "$work/old/out/$name.$part") <(head -c 200000 "$work/new/out/$name.$part") | head -8
        done
    else
        echo "same    $name ($(wc -c <"$work/new/out/$name.stdout") bytes out, status $(cat "$work/new/out/$name.status"))"
    fi
}

# Inputs, written by the baseline and copied to both sides so both read the same bytes.
(cd "$work/old" && "$old" demo --write demo.pipeline.json 2>/dev/null && "$old" generate --deals 20000 --seed 7 --as-of $asof >gen.jsonl)
cp "$work/old/demo.pipeline.json" "$work/old/gen.jsonl" "$work/new/"
# coach --batch input: every activity text and summary of the demo, plus the coach fixtures' messages.
python3 - "$work/old/demo.pipeline.json" "$root/Tests/Fixtures/coach" >"$work/old/messages.jsonl" <<'PY'
import json, sys, os, glob
doc = json.load(open(sys.argv[1]))
n = 0
for deal in doc["opportunities"]:
    for activity in deal.get("activities", []):
        for key in ("text", "summary"):
            if activity.get(key):
                n += 1
                print(json.dumps({"id": f"{deal['id']}-{n}", "text": activity[key]}, ensure_ascii=False))
for path in sorted(glob.glob(os.path.join(sys.argv[2], "*.txt"))):
    n += 1
    print(json.dumps({"id": os.path.basename(path), "kind": "note", "text": open(path, encoding="utf-8").read()}, ensure_ascii=False))
print('{"id": 7, "text": "Just checking in: can you sign by Friday?", "kind": "message"}')
print('{"id": "bad-kind", "text": "hello", "kind": "letter"}')
print('not json at all')
print('{"text": 42}')
PY
cp "$work/old/messages.jsonl" "$work/new/"
deals=$(python3 -c 'import json,sys; print(" ".join(d["id"] for d in json.load(open(sys.argv[1]))["opportunities"]))' "$work/old/demo.pipeline.json")

run demo-overview demo
run demo-json demo --json
run demo-write-exists demo --write demo.pipeline.json
run print-playbook review --print-playbook
for format in text json markdown; do
    run "review-demo-$format" review demo.pipeline.json --format $format --as-of $asof
    run "review-gen-$format" review gen.jsonl --format $format --as-of $asof
done
run review-demo-default-asof review demo.pipeline.json
run review-demo-deal review demo.pipeline.json --deal o-harbor-rollout --format json --as-of $asof
run review-demo-deal-closed review demo.pipeline.json --deal o-granite-audit --as-of $asof
run review-demo-deal-missing review demo.pipeline.json --deal nope --as-of $asof
run review-demo-fail-on review demo.pipeline.json --fail-on high --format json --as-of $asof
run review-bad-asof review demo.pipeline.json --as-of 2026-13-01
STDIN_FILE=gen.jsonl run review-gen-stdin review - --format json --as-of $asof
run review-no-file review
run review-broken review fx/broken/dangling-goal.pipeline.json
for deal in $deals; do
    for format in text json markdown html; do
        run "case-$deal-$format" case demo.pipeline.json --deal "$deal" --format $format --as-of $asof
    done
    run "case-$deal-letter" case demo.pipeline.json --deal "$deal" --format html --paper letter --as-of $asof
    for format in text json markdown; do
        run "plan-$deal-$format" plan demo.pipeline.json --deal "$deal" --format $format --as-of $asof
    done
done
for meeting in discovery business-case approval negotiation kickoff; do
    for deal in o-harbor-rollout o-northwind-line3; do
        for format in text json markdown; do
            run "plan-$deal-$meeting-$format" plan demo.pipeline.json --deal $deal --meeting $meeting --format $format --as-of $asof
        done
    done
done
run case-missing-deal case demo.pipeline.json --deal nope
run case-hostile-html case fx/case/hostile-text.pipeline.json --deal "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["opportunities"][0]["id"])' "$root/Tests/Fixtures/case/hostile-text.pipeline.json")" --format html
run case-no-benefits case fx/case/no-benefits.pipeline.json --deal "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["opportunities"][0]["id"])' "$root/Tests/Fixtures/case/no-benefits.pipeline.json")"
run case-negative-horizon case fx/case/negative-horizon.pipeline.json --deal "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["opportunities"][0]["id"])' "$root/Tests/Fixtures/case/negative-horizon.pipeline.json")"
run plan-bad-asof plan demo.pipeline.json --deal o-harbor-rollout --as-of yesterday

run coach-batch coach --batch messages.jsonl
run coach-batch-one-thread coach --batch messages.jsonl --threads 1
for file in "$root"/Tests/Fixtures/coach/*.txt; do
    base=$(basename "$file" .txt)
    for format in text json markdown; do
        run "coach-$base-$format" coach "fx/coach/$base.txt" --format $format
    done
    run "coach-$base-transcript" coach "fx/coach/$base.txt" --kind transcript --seller Dana --format json
    run "coach-$base-context" coach "fx/coach/$base.txt" --pipeline fx/coach/wheres-the-po.pipeline.json \
        --deal "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["opportunities"][0]["id"])' "$root/Tests/Fixtures/coach/wheres-the-po.pipeline.json")" --format json
done
STDIN_FILE=fx/coach/evaluation-1.txt run coach-stdin coach - --format json
run coach-empty coach fx/broken/empty.pipeline.json
run coach-binary coach fx/broken/invalid-utf8.pipeline.json
run coach-unknown-deal coach fx/coach/evaluation-1.txt --pipeline demo.pipeline.json --deal nope

for file in "$root"/Tests/Fixtures/broken/* "$root"/Tests/Fixtures/valid/*; do
    rel=fx/${file#"$root/Tests/Fixtures/"}
    run "validate-$(basename "$(dirname "$file")")-$(basename "$file")" validate "$rel"
done
run validate-gen validate gen.jsonl
run validate-many validate --max-problems 3 fx/broken/many-problems.pipeline.json fx/valid/minimal.pipeline.json

db=sqlite:store.db
run import-salesforce import fx/import/salesforce-opportunities.csv --from salesforce --database $db
run import-salesforce-again import fx/import/salesforce-opportunities.csv --from salesforce --database $db
run import-hubspot import fx/import/hubspot-deals.csv --from hubspot --database $db
run import-pipeline import demo.pipeline.json --from pipeline --database $db
for file in "$root"/Tests/Fixtures/import/bad-*.csv; do
    base=$(basename "$file" .csv)
    run "import-$base" import "fx/import/$base.csv" --from salesforce --database $db --report "$base.report.csv"
    for side in old new; do cp "$work/$side/$base.report.csv" "$work/$side/out/$base.report.stdout" 2>/dev/null || true; done
    cases=$((cases + 1))
    if cmp -s "$work/old/out/$base.report.stdout" "$work/new/out/$base.report.stdout"; then echo "same    report-$base"; else differ=$((differ + 1)); echo "DIFFERS report-$base"; fi
done
for format in pipeline jsonl csv; do
    run "export-$format" export --format $format --database $db
done
run review-stored-text review --database $db --as-of $asof
run review-stored-json review --database $db --format json --as-of $asof
run review-stored-markdown review --database $db --format markdown --as-of $asof
run review-stored-deal review --database $db --deal o-harbor-rollout --as-of $asof
run review-stored-missing review --database $db --deal nope --as-of $asof
run review-stored-and-file review demo.pipeline.json --database $db
run import-gen import gen.jsonl --from pipeline --database sqlite:gen.db
run export-gen-jsonl export --format jsonl --database sqlite:gen.db
run review-gen-stored review --database sqlite:gen.db --format json --as-of $asof
run import-missing import nope.csv --from salesforce --database $db
run import-bad-url export --database mysql://x
run migrate migrate --database sqlite:fresh.db
run migrate-again migrate --database sqlite:fresh.db
run backup backup copy.db --database $db
run backup-exists backup copy.db --database $db
run backup-missing backup copy2.db --database sqlite:missing.db
run version --version
run bad-usage review --format pdf demo.pipeline.json

echo "$cases cases, $differ differ"
[ "$differ" = 0 ]
