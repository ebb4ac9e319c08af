#!/usr/bin/env bash
# Collation end to end through the installed CLI: the edition's two witnesses collate into a
# TEI document that jing accepts against tei_all, and bad usage / bad input give exit codes 2 / 1.
set -euo pipefail
cd "$(dirname "$0")/../.."

schema="${TEI_ALL_RNG:-}"
if [ -z "$schema" ] || [ ! -f "$schema" ]; then
  echo "40-collate: TEI_ALL_RNG does not name tei_all.rng (got '${schema}')" >&2
  exit 1
fi
[ -f dist/cli/main.js ] || npm run build:ts >/dev/null

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

node bin/tei-edition.js collate witnesses/red-book-part2-sph-compilation.txt witnesses/red-book-ch11-etol.txt \
  --sigla A,B -o "$out/collation.xml"
jing "$schema" "$out/collation.xml"
grep -q 'Last updated on: 13.2.2005' "$out/collation.xml"

set +e
node bin/tei-edition.js collate witnesses/red-book-ch11-etol.txt >/dev/null 2>&1
usage=$?
printf '\xff\xfe' > "$out/bad.txt"
node bin/tei-edition.js collate witnesses/red-book-ch11-etol.txt "$out/bad.txt" >/dev/null 2>&1
input=$?
set -e
if [ "$usage" != 2 ] || [ "$input" != 1 ]; then
  echo "40-collate: expected exit codes 2 (one file) and 1 (invalid UTF-8), got $usage and $input" >&2
  exit 1
fi
echo "40-collate: the witnesses collate into valid TEI; bad usage and bad input are refused"
