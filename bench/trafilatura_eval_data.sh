#!/bin/sh
# Put the trafilatura evaluation corpus (annotations, the 990 pages they name, licence)
# into bench/data/trafilatura-eval/ from a local snapshot of GitHub adbar/trafilatura
# (the search tool's `fetch github:adbar/trafilatura` puts one at the path below).
# Nothing is downloaded; the result is checked against SHA256SUMS.
set -eu
SNAPSHOT=${1:-/work/.mirror/adbar+trafilatura/repo}
COMMIT=e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5
HERE=$(cd "$(dirname "$0")" && pwd)/data/trafilatura-eval
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
git --git-dir="$SNAPSHOT" archive "$COMMIT" tests/evaldata.json tests/eval tests/cache LICENSE | tar -x -C "$TMP"
cp "$TMP/tests/evaldata.json" "$TMP/LICENSE" "$HERE/"
(cd "$TMP" && python3 -c "
import json, os
d = json.load(open('tests/evaldata.json'))
names = sorted({('tests/eval/' if os.path.exists('tests/eval/' + v['file']) else 'tests/cache/') + v['file'] for v in d.values()})
open('list.txt', 'w').write('\n'.join(names) + '\n')
" && tar --sort=name --mtime=2020-01-01 --owner=0 --group=0 -cf - -T list.txt | xz -9 -T1 > "$HERE/pages.tar.xz")
cd "$HERE" && sha256sum -c SHA256SUMS
