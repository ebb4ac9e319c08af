#!/usr/bin/env bash
# The committed edition must be exactly what the build makes from the committed sources.
set -euo pipefail
npm run edition
if ! git diff --exit-code --stat -- tei/red-book.xml; then
  echo "ci: tei/red-book.xml differs from a fresh build; run 'npm run edition' and commit the result" >&2
  exit 1
fi
echo "ci: rebuilt tei/red-book.xml is byte-identical to the committed one"
# The same command made every other output (the README's promise).
for f in output/html/index.html output/red-book.pdf output/review.md output/review.json; do
  [ -s "$f" ] || { echo "ci: npm run edition did not make $f" >&2; exit 1; }
done
echo "ci: npm run edition also made output/html/, output/red-book.pdf and output/review.*"
