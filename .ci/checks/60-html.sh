#!/usr/bin/env bash
# HTML edition check: `tei-edition render html` writes output/html/ from the committed TEI; the
# Nu HTML Checker finds no error on any page; then the browser tests run in Debian's Chromium
# (pages load without console errors, note pop-up by keyboard, witness switch of chapter 11,
# search, axe-core, hostile text, file:// links) and leave output/screenshots/html-ch11.png.
set -euo pipefail
cd "$(dirname "$0")/../.."

command -v java >/dev/null 2>&1 || { echo "60-html: java is not installed (default-jre-headless is listed in .ci/apt-packages)" >&2; exit 1; }
[ -x /usr/bin/chromium ] || [ -n "${CHROMIUM_PATH:-}" ] || { echo "60-html: chromium is not installed (listed in .ci/apt-packages)" >&2; exit 1; }
[ -f dist/cli/main.js ] || npm run build:ts >/dev/null

out=output/html
node bin/tei-edition.js render html tei/red-book.xml --out "$out"
for f in index.html ch11.html persons.html places.html organisations.html periodicals.html editorial.html search.html \
  assets/edition.css assets/edition.js assets/minisearch.js assets/search-index.js; do
  [ -s "$out/$f" ] || { echo "60-html: $out/$f is missing" >&2; exit 1; }
done
echo "60-html: $(find "$out" -name '*.html' | wc -l) pages in $out"

# vnu exits non-zero on any error; --errors-only keeps warnings out of the way.
java -jar node_modules/vnu-jar/build/dist/vnu.jar --errors-only $(find "$out" -name '*.html' | sort)
echo "60-html: the Nu HTML Checker reports no errors"

npm run test:browser
echo "60-html: browser tests passed; screenshot in output/screenshots/html-ch11.png"
