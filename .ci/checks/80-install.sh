#!/usr/bin/env bash
# The toolkit installed into another folder (npm pack, then npm install of the tarball) builds
# an edition there with its own stylesheets, default rules and caches: nothing is looked for in
# the checkout it was packed from.
set -euo pipefail
root="$(pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

tarball="$(npm pack --silent --pack-destination "$work" | tail -n 1)"
mkdir -p "$work/project"
cd "$work/project"
npm init -y >/dev/null
npm install --no-audit --no-fund "$work/$tarball" >/dev/null

# A small edition of another book, written as an editor would: a config, a header, a witness.
mkdir -p edition/witnesses
cp "$root/tests/fixtures/frankenstein/frankenstein-1831.txt" edition/witnesses/1831.txt
cp "$root/tests/fixtures/minimal/header.json" edition/header.json
cat > edition/edition.config.json <<'JSON'
{
  "id": "frankenstein",
  "header": "header.json",
  "witnesses": [{ "siglum": "1831", "file": "witnesses/1831.txt", "title": "Frankenstein (1831)", "provenance": "tests/fixtures/frankenstein of tei-edition" }],
  "base": "1831",
  "output": { "tei": "out/frankenstein.xml", "dir": "out" }
}
JSON

# Run from the edition's folder, outside the checkout; the caches go where an installed toolkit
# puts them (TEI_EDITION_CACHE unset).
cd edition
TEI_EDITION_CACHE= npx --no-install tei-edition build
for f in out/frankenstein.xml out/review.md out/html/index.html out/frankenstein.pdf; do
  [ -s "$f" ] || { echo "ci: the installed toolkit did not make $f" >&2; exit 1; }
done
npx --no-install tei-edition extract --wit 1831 > extracted.txt
cmp extracted.txt witnesses/1831.txt
npx --no-install tei-edition validate out/frankenstein.xml
# The caches went to the project's node_modules/.cache, not into the package or the edition.
[ -d "$work/project/node_modules/.cache/tei-edition" ] || { echo "ci: no cache in the project's node_modules/.cache" >&2; exit 1; }
[ ! -e "$work/project/node_modules/tei-edition/node_modules/.cache" ] || { echo "ci: the installed package wrote into its own folder" >&2; exit 1; }
echo "ci: installed from a tarball, the toolkit built, extracted and validated an edition in another folder"
