#!/usr/bin/env bash
# docs/scaling.md: its GNU parallel recipe, run as written on a folder of three editions (two
# copies of the Frankenstein example and one whose witness no longer matches its checksum).
# parallel must build the two, report the one (exit value 1 in its job log) and exit 1.
set -euo pipefail
repo=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/editions"
ln -s "$repo/bin/tei-edition.js" "$work/bin/tei-edition"
for e in first second broken; do
  cp -r examples/frankenstein "$work/editions/$e"
  rm -rf "$work/editions/$e/tei" "$work/editions/$e/output"
done
echo "a changed text" > "$work/editions/broken/witnesses/frankenstein-1823.txt"
# The first ```sh block after the recipe marker, as the reader sees it.
recipe=$(awk '/<!-- recipe:/ { found = 1; next } found && /^```sh/ { inside = 1; next } inside && /^```/ { exit } inside { print }' docs/scaling.md)
[ -n "$recipe" ] || { echo "ci: no recipe found in docs/scaling.md" >&2; exit 1; }
out=$(cd "$work" && PATH="$work/bin:$PATH" bash -c "$recipe" 2>&1) || { echo "$out" >&2; echo "ci: the recipe itself failed" >&2; exit 1; }
echo "$out" | grep -q '^1 edition(s) failed' || { echo "$out" >&2; echo "ci: parallel did not report exactly one failed edition" >&2; exit 1; }
echo "$out" | grep -q '^editions/broken	.*error' || { echo "$out" >&2; echo "ci: the failure is not tagged with its edition" >&2; exit 1; }
awk -F'\t' 'NR > 1 { split($9, p, "/"); print p[2], $7 }' "$work/build-jobs.tsv" | sort > "$work/exits"
printf 'broken 1\nfirst 0\nsecond 0\n' | cmp - "$work/exits" || { cat "$work/build-jobs.tsv" >&2; echo "ci: unexpected exit values" >&2; exit 1; }
for e in first second; do
  cmp "$work/editions/$e/tei/frankenstein.xml" examples/frankenstein/tei/frankenstein.xml
  [ -s "$work/editions/$e/output/frankenstein.pdf" ] && [ -s "$work/editions/$e/output/html/index.html" ]
done
[ ! -e "$work/editions/broken/tei/frankenstein.xml" ]
echo "ci: the GNU parallel recipe of docs/scaling.md builds each edition as a job, with exit values 0 and 1 as documented"
