#!/usr/bin/env bash
# The second example edition (issue 11): three full witnesses of another book, built with data
# alone. Its TEI must be what the build makes, valid against tei_all (jing and ours), pass its
# rules, give each witness back byte for byte, and come with its HTML, PDF and review.
set -euo pipefail
ex=examples/frankenstein
node bin/tei-edition.js build --config "$ex/edition.config.json"
if ! git diff --exit-code --stat -- "$ex/tei/frankenstein.xml"; then
  echo "ci: $ex/tei/frankenstein.xml differs from a fresh build; rebuild it and commit the result" >&2
  exit 1
fi
jing "$TEI_ALL_RNG" "$ex/tei/frankenstein.xml"
node bin/tei-edition.js validate --rules all "$ex/tei/frankenstein.xml"
for s in 1818 1823 1831; do
  node bin/tei-edition.js extract --wit "$s" "$ex/tei/frankenstein.xml" | cmp - "$ex/witnesses/frankenstein-$s.txt"
done
for f in "$ex/output/html/index.html" "$ex/output/frankenstein.pdf" "$ex/output/review.md"; do
  [ -s "$f" ] || { echo "ci: the Frankenstein build did not make $f" >&2; exit 1; }
done
echo "ci: the Frankenstein example builds, is valid, and gives back its three witnesses byte for byte"
