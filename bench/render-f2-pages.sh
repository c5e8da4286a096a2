#!/usr/bin/env bash
# Renders the F2 of a large half-year and of an empty one to PNG pages, to be looked at before an
# F2 change is called done (issue 12). Needs poppler-utils (pdftoppm); LibreOffice (soffice) is
# used for the ODT when present.
#   bench/render-f2-pages.sh [OUT_DIR] [DATA_DB]
# DATA_DB defaults to the analysis generator's data set (generated when missing, ~20 s, ~400 MB).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-/tmp/f2-pages}
data=${2:-/tmp/f2-bench/fresh.db}
mkdir -p "$out" "$(dirname "$data")"
if [ ! -f "$data" ]; then
  dotnet run -c Release --project bench/GlosKlienta.Bench.Analysis -- --db "$data" --export none
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$data" "$work/full.db"
dotnet build src/GlosKlienta.Cli -v q >/dev/null
report() { ConnectionStrings__GlosKlienta="Data Source=$1" dotnet run --no-build --project src/GlosKlienta.Cli -- report f2 --period 2026H1 --format "$2" --out "$3"; }
report "$work/full.db" pdf "$out/full.pdf"
report "$work/empty.db" pdf "$out/empty.pdf"
report "$work/full.db" odt "$out/full.odt"
rm -f "$out"/*.png
pdftoppm -r 60 -png "$out/full.pdf" "$out/full"
pdftoppm -r 60 -png "$out/empty.pdf" "$out/empty"
if command -v soffice >/dev/null; then
  soffice --headless --convert-to pdf --outdir "$work" "$out/full.odt" >/dev/null 2>&1 && pdftoppm -r 60 -png "$work/full.pdf" "$out/odt"
fi
echo "pages: $(ls "$out"/*.png | wc -l) PNG files in $out"
