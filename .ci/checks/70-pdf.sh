#!/usr/bin/env bash
# Print edition check: `tei-edition render pdf` makes output/red-book.pdf from the committed TEI;
# poppler-utils (Debian) confirm it: every font embedded, PDF/A-2a declared in the XMP
# metadata, title and author set; and two pages are kept as PNG under output/pdf-pages/ for a
# reader of the CI run: the opening of chapter 11 and the first text page with apparatus entries and notes.
set -euo pipefail
cd "$(dirname "$0")/../.."

for tool in pdftotext pdffonts pdfinfo pdftoppm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "70-pdf: $tool is not installed (poppler-utils is listed in .ci/apt-packages)" >&2
    exit 1
  fi
done
[ -f dist/cli/main.js ] || npm run build:ts >/dev/null

pdf=output/red-book.pdf
# poppler 22 reports Typst's (valid) /Suspects false in MarkInfo as a syntax error on stderr.
pdfinfo() { command pdfinfo "$@" 2>/dev/null; }
node bin/tei-edition.js render pdf tei/red-book.xml --out "$pdf"

pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
echo "70-pdf: $pdf has $pages pages"
if pdffonts "$pdf" | tail -n +3 | awk '{ if ($(NF-4) != "yes") bad = 1 } END { exit bad }'; then
  echo "70-pdf: every font is embedded"
else
  echo "70-pdf: a font is not embedded:" >&2
  pdffonts "$pdf" >&2
  exit 1
fi
xmp=$(pdfinfo -meta "$pdf")
grep -q '<pdfaid:part>2</pdfaid:part>' <<<"$xmp" && grep -q '<pdfaid:conformance>A</pdfaid:conformance>' <<<"$xmp" \
  || { echo "70-pdf: the XMP metadata does not declare PDF/A-2a" >&2; exit 1; }
pdfinfo "$pdf" | grep -q '^Title: *The Red Book on the Moscow Trials' || { echo "70-pdf: no document title" >&2; exit 1; }
echo "70-pdf: PDF/A-2a declared, title set"

# The pages to look at: found by their text, page by page.
opening=""
apparatus=""
for ((p = 1; p <= pages; p++)); do
  text=$(pdftotext -f "$p" -l "$p" "$pdf" -)
  if [ -z "$opening" ] && grep -q 'CHAPTER 11' <<<"$text"; then opening=$p; fi
  # A text page (not an opening) with an entry keyed to a line and one of Sedov's notes.
  if [ -z "$apparatus" ] && ! grep -q '^CHAPTER' <<<"$text" && grep -Eq '^[0-9]+ [^]]+\] ' <<<"$text" && grep -q '(L\.S\.)' <<<"$text"; then apparatus=$p; fi
done
if [ -z "$opening" ] || [ -z "$apparatus" ]; then
  echo "70-pdf: cannot find the opening of chapter 11 ($opening) or a page with apparatus ($apparatus)" >&2
  exit 1
fi
mkdir -p output/pdf-pages
pdftoppm -png -r 100 -f "$opening" -l "$opening" -singlefile "$pdf" output/pdf-pages/chapter-11-opening
pdftoppm -png -r 100 -f "$apparatus" -l "$apparatus" -singlefile "$pdf" output/pdf-pages/apparatus-page
echo "70-pdf: wrote output/pdf-pages/chapter-11-opening.png (page $opening) and output/pdf-pages/apparatus-page.png (page $apparatus)"
