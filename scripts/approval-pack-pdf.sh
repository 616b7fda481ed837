#!/usr/bin/env bash
# Renders the approval pack of one deal to PDF with headless Chromium, and its first page to PNG.
#
#   scripts/approval-pack-pdf.sh PIPELINE.json DEAL_ID [OUT_DIR] [PAPER]
#
# PAPER is a4, letter or both (default both). Writes OUT_DIR/DEAL_ID-PAPER.html, .pdf and -page1.png
# (the PNG needs pdftoppm from poppler-utils). Needs `chromium` (apt-get install -y chromium poppler-utils).
# Environment: SAMESIDE (the sameside binary, default: .build/debug/sameside), CHROMIUM (default: chromium).
set -euo pipefail

if [[ $# -lt 2 ]]; then
    echo "usage: $0 PIPELINE.json DEAL_ID [OUT_DIR] [a4|letter|both]" >&2
    exit 2
fi
pipeline=$1
deal=$2
out_dir=${3:-approval-pack}
paper=${4:-both}
sameside=${SAMESIDE:-.build/debug/sameside}
chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}

if [[ ! -x $sameside ]]; then
    echo "$0: $sameside not found; run 'swift build' first or set SAMESIDE" >&2
    exit 1
fi
if [[ -z $chromium ]]; then
    echo "$0: chromium not found; apt-get install -y chromium (or set CHROMIUM)" >&2
    exit 1
fi
case $paper in
    a4 | letter) papers=("$paper") ;;
    both) papers=(a4 letter) ;;
    *) echo "$0: paper must be a4, letter or both" >&2; exit 2 ;;
esac

mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd)
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

for size in "${papers[@]}"; do
    base="$out_dir/$deal-$size"
    "$sameside" case "$pipeline" --deal "$deal" --format html --paper "$size" > "$base.html"
    # --no-pdf-header-footer: no URL or date in the margins; the page is the customer's document.
    "$chromium" --headless --no-sandbox --disable-gpu --user-data-dir="$profile" \
        --no-pdf-header-footer --print-to-pdf="$base.pdf" "file://$base.html" 2>/dev/null
    if [[ ! -s $base.pdf ]]; then
        echo "$0: chromium wrote no PDF for $base.html" >&2
        exit 1
    fi
    if command -v pdftoppm > /dev/null; then
        pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$base.pdf" "$base-page1"
    fi
    pages=$(command -v pdfinfo > /dev/null && pdfinfo "$base.pdf" | awk '/^Pages:/ {print $2}' || echo "?")
    size_line=$(command -v pdfinfo > /dev/null && pdfinfo "$base.pdf" | awk -F': *' '/^Page size:/ {print $2}' || echo "?")
    echo "$base.pdf: $pages pages, $size_line"
done
