#!/bin/sh
# How static/fonts/ was made (run again only to change a face or its subset; the outputs are
# committed, nothing here runs at build or run time).
#
# Faces (SIL Open Font License 1.1, licences copied beside the files):
#   Readex Pro 700 (headings, Latin and Arabic) and 400 (Arabic body text),
#   Noto Sans 400 and 700 (Latin body text),
# taken from the npm registry's @fontsource packages (already split per script as woff2) and
# cut down with fonttools' pyftsubset to what English, Spanish, French, Portuguese and Arabic
# need: Latin-1 with punctuation and the euro sign, and the Arabic blocks without the
# mathematical and historic ranges. All layout features are kept (Arabic shaping needs them).
#
# Needs: npm (only `npm pack`), and a throwaway venv with fonttools and brotli:
#   python3 -m venv /tmp/ft && /tmp/ft/bin/pip install fonttools brotli
set -eu
PYFTSUBSET=${PYFTSUBSET:-/tmp/ft/bin/pyftsubset}
OUT=$(cd "$(dirname "$0")/.." && pwd)/static/fonts
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"

READEX=@fontsource/readex-pro@5.3.0
NOTO=@fontsource/noto-sans@5.3.0
npm pack --silent "$READEX" "$NOTO" >/dev/null
echo "4ce5221691fa152f430ca8350822037da1ea486ea0ccf8544e23c28880e967de  fontsource-readex-pro-5.3.0.tgz
f62f8ed40e378f15134e32bed2fd5718d81e9ec7a5603d1022d7b385e2297abc  fontsource-noto-sans-5.3.0.tgz" | sha256sum -c -
mkdir readex noto
tar xzf fontsource-readex-pro-5.3.0.tgz -C readex
tar xzf fontsource-noto-sans-5.3.0.tgz -C noto

LATIN="U+0020-007E,U+00A0-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+2000-206F,U+20AC,U+2122,U+2212,U+FEFF,U+FFFD"
ARABIC="U+0600-06FF,U+0750-077F,U+08A0-08FF,U+200C-200F,U+2010-2011,U+FB50-FDFF,U+FE70-FEFF"

subset() { # source, output, unicodes
  "$PYFTSUBSET" "$1" --unicodes="$3" --layout-features='*' --flavor=woff2 \
    --no-hinting --desubroutinize --output-file="$OUT/$2"
}
subset readex/package/files/readex-pro-latin-700-normal.woff2 readex-pro-latin-700.woff2 "$LATIN"
subset readex/package/files/readex-pro-arabic-700-normal.woff2 readex-pro-arabic-700.woff2 "$ARABIC"
subset readex/package/files/readex-pro-arabic-400-normal.woff2 readex-pro-arabic-400.woff2 "$ARABIC"
subset noto/package/files/noto-sans-latin-400-normal.woff2 noto-sans-latin-400.woff2 "$LATIN"
subset noto/package/files/noto-sans-latin-700-normal.woff2 noto-sans-latin-700.woff2 "$LATIN"
cp readex/package/LICENSE "$OUT/OFL-ReadexPro.txt"
cp noto/package/LICENSE "$OUT/OFL-NotoSans.txt"
ls -l "$OUT"
