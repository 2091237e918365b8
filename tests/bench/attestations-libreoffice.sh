#!/bin/sh
# 120 attestations → one PDF: the app's whole process (`oepre attestations`, release build)
# against LibreOffice converting the same 120 pages (`soffice --headless --convert-to pdf` of a
# flat ODT holding the text of each attestation, one per page), in the same run, paired, after
# one warm-up of each. Prints medians and peak memory; the figures go to docs/performance.md.
#
# LibreOffice is needed only here (never by the app): `apt-get install libreoffice-writer-nogui`.
# Usage: tests/bench/attestations-libreoffice.sh [runs]   (default 7)
set -eu
RUNS=${1:-7}
cd "$(dirname "$0")/../.."
TARGET=${CARGO_TARGET_DIR:-/var/tmp/oepre-target}
export CARGO_TARGET_DIR="$TARGET"
command -v soffice >/dev/null || { echo "LibreOffice absent : apt-get install libreoffice-writer-nogui" >&2; exit 2; }
command -v pdftotext >/dev/null || { echo "pdftotext absent : apt-get install poppler-utils" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build --quiet --release -p oepre-cli
# The demo school grown to 120 enrolments, as the in-process benchmark builds it.
OEPRE_BENCH_SEUL=attestations OEPRE_BENCH_BASE="$work/base.sqlite" cargo bench --quiet -p oepre-core --bench documents >/dev/null
OEPRE="$TARGET/release/oepre"
app() { "$OEPRE" --db "$work/base.sqlite" attestations --year 2025-2026 --meme-sous-le-seuil --fait-le 2026-07-03 --out "$work/app.pdf" >/dev/null 2>&1; }
app
pages=$(pdfinfo "$work/app.pdf" | awk '/^Pages:/ {print $2}')
[ "$pages" = 120 ] || { echo "attendu 120 pages, $pages" >&2; exit 1; }

# The same 120 pages for LibreOffice: each attestation's text, one page each.
pdftotext -layout "$work/app.pdf" "$work/app.txt"
python3 - "$work/app.txt" "$work/attestations.fodt" <<'PY'
import sys, html
pages = open(sys.argv[1], encoding="utf-8").read().split("\f")
pages = [p for p in pages if p.strip()]
corps = []
for i, p in enumerate(pages):
    style = ' text:style-name="Saut"' if i else ""
    lignes = [l.strip() for l in p.splitlines() if l.strip()]
    corps.append(f"<text:p{style}>{html.escape(lignes[0])}</text:p>" + "".join(f"<text:p>{html.escape(l)}</text:p>" for l in lignes[1:]))
open(sys.argv[2], "w", encoding="utf-8").write(f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles><style:style style:name="Saut" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style></office:automatic-styles>
<office:body><office:text>{"".join(corps)}</office:text></office:body></office:document>''')

PY
lo() { soffice --headless --norestore "-env:UserInstallation=file://$work/profil" --convert-to pdf --outdir "$work/lo" "$work/attestations.fodt" >/dev/null 2>&1; }
lo
lo_pages=$(pdfinfo "$work/lo/attestations.pdf" | awk '/^Pages:/ {print $2}')

ms() { date +%s%N; }
: >"$work/app.ms"; : >"$work/lo.ms"; : >"$work/app.kb"; : >"$work/lo.kb"
i=0
while [ $i -lt "$RUNS" ]; do
  t=$(ms); app; echo $(( ($(ms) - t) / 1000000 )) >>"$work/app.ms"
  t=$(ms); lo; echo $(( ($(ms) - t) / 1000000 )) >>"$work/lo.ms"
  /usr/bin/time -f %M -o "$work/t" "$OEPRE" --db "$work/base.sqlite" attestations --year 2025-2026 --meme-sous-le-seuil --fait-le 2026-07-03 --out "$work/app.pdf" >/dev/null 2>&1
  cat "$work/t" >>"$work/app.kb"
  /usr/bin/time -f %M -o "$work/t" soffice --headless --norestore "-env:UserInstallation=file://$work/profil" --convert-to pdf --outdir "$work/lo" "$work/attestations.fodt" >/dev/null 2>&1
  cat "$work/t" >>"$work/lo.kb"
  i=$((i + 1))
done
mediane() { sort -n "$1" | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
a=$(mediane "$work/app.ms"); l=$(mediane "$work/lo.ms")
ak=$(mediane "$work/app.kb"); lk=$(mediane "$work/lo.kb")
echo "120 attestations → un PDF, $RUNS tours appariés (médianes, processus entiers) :"
echo "  application (oepre attestations) : $a ms, $((ak / 1024)) Mio au plus — $pages pages, $(stat -c %s "$work/app.pdf") octets"
echo "  LibreOffice (soffice --convert-to pdf) : $l ms, $((lk / 1024)) Mio au plus — $lo_pages pages"
echo "  rapport : $(awk "BEGIN {printf \"%.1f\", $l / ($a > 0 ? $a : 1)}")×"
echo "  charge de la machine : $(cut -d' ' -f1-3 /proc/loadavg)"
