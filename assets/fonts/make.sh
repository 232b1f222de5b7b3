#!/usr/bin/env bash
# make.sh — rebuild wqy-microhei-subset.ttf, the interface's Chinese font: WenQuanYi
# Micro Hei (Apache-2.0, Debian package fonts-wqy-microhei) cut down with fonttools'
# pyftsubset to Latin (ASCII to Latin Extended-B: the names of real maps abroad, such
# as Andorra's Canòlich or Pyrénées), punctuation and symbols, every CJK unified
# ideograph (the names of any Chinese town, not only GB2312's), and every character of
# the interface and report strings (i18n, report, scoring), the default town's map and the built-in
# scenarios, so that no report or window loses a character of a name. Run it again after adding strings or names with new characters; the ui
# tests fail when a rune is missing. Deterministic: the same inputs give the same file.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

as_root() {
	if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}
need=()
dpkg-query -W -f='${Status}' fonts-wqy-microhei 2>/dev/null | grep -q "install ok installed" || need+=(fonts-wqy-microhei)
command -v pyftsubset >/dev/null || need+=(fonttools)
if [ ${#need[@]} -gt 0 ]; then
	as_root apt-get update -qq
	DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${need[@]}" >/dev/null
fi

source_font=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc
text="$(mktemp)"
trap 'rm -f "$text"' EXIT

python3 - "$text" "$root"/i18n/*.go "$root"/report/*.go "$root"/scoring/*.go "$root/assets/town/town.geojson" "$root"/scenarios/library/*.yaml "$root"/scenarios/library/*.csv <<'PY'
import sys
out, sources = sys.argv[1], sys.argv[2:]
chars = set(chr(c) for c in range(0x20, 0x7f))
chars.update("，。、；：？！“”‘’（）《》【】—…·￥％＋－×÷℃°→←↑↓●○■□▲△★☆")
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            chars.add(bytes([hi, lo]).decode("gb2312"))
        except UnicodeDecodeError:
            pass
for path in sources:
    with open(path, encoding="utf-8") as f:
        chars.update(ch for ch in f.read() if ord(ch) >= 0x80)
chars.discard("\ufeff")
with open(out, "w", encoding="utf-8") as f:
    f.write("".join(sorted(chars)))
PY

pyftsubset "$source_font" --font-number=0 --text-file="$text" \
	--unicodes="U+0020-024F,U+2000-206F,U+2190-21FF,U+2460-24FF,U+25A0-26FF,U+3000-303F,U+3400-4DBF,U+4E00-9FFF,U+FE30-FE4F,U+FF00-FFEF" \
	--layout-features='*' --no-hinting --desubroutinize \
	--output-file="$here/wqy-microhei-subset.ttf"
ls -l "$here/wqy-microhei-subset.ttf"
