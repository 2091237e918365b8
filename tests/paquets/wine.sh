#!/usr/bin/env bash
# Smoke suite of the cross-built `oepre.exe` under Wine (no network: Mono/Gecko prompts off),
# on a profile whose paths contain spaces and accents (C:\users\Élève\Mes documents).
# Every PDF written passes `qpdf --check` and `pdffonts` (all fonts embedded and subset).
# Wine cannot show the WebView2 window: only the command is run here.
#   tests/paquets/wine.sh <oepre.exe>
set -uo pipefail
exe=$(realpath "$1")
racine=$(cd "$(dirname "$0")/../.." && pwd)
export WINEPREFIX; WINEPREFIX=$(mktemp -d /tmp/wine-oepre.XXXX)
export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" WINEARCH=win64
# Debian's wine64 package puts its programs in /usr/lib/wine (the `wine` package adds /usr/bin links).
export PATH="$PATH:/usr/lib/wine"
trap 'wineserver -k 2>/dev/null; rm -rf "$WINEPREFIX"' EXIT
echo "Préparation de Wine (quelques dizaines de secondes)…"
timeout 600 wine64 wineboot -i >/dev/null 2>&1
# Wine 8.0 (Debian 12) lacks bcryptprimitives.dll, which Rust's standard library imports for
# ProcessPrng (present in Windows 10/11): a test-only stand-in forwarding to RtlGenRandom.
printf '%s\n' '#include <windows.h>' 'BOOLEAN WINAPI SystemFunction036(PVOID, ULONG);' \
	'__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE d, SIZE_T n) { return SystemFunction036(d, (ULONG)n); }' \
	>"$WINEPREFIX/prng.c"
x86_64-w64-mingw32-gcc -shared -O2 -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
	"$WINEPREFIX/prng.c" -ladvapi32 -Wl,--kill-at
docs="$WINEPREFIX/drive_c/users/Élève/Mes documents"
mkdir -p "$docs"
W='C:\users\Élève\Mes documents'
base="$W\\oepre.sqlite"
passes=0; echecs=0
ok() { passes=$((passes + 1)); }
ko() { echecs=$((echecs + 1)); echo "ÉCHEC : $*"; }
oepre() { timeout 300 wine64 "$exe" --db "$base" "$@" >"$WINEPREFIX/sortie.txt" 2>&1 || { cat "$WINEPREFIX/sortie.txt"; return 1; }; }
pdf_valide() { # file on the Linux side
	[ -s "$1" ] || { ko "$1 absent"; return; }
	qpdf --check "$1" >/dev/null 2>&1 && ok || ko "qpdf --check $1"
	local f; f=$(pdffonts "$1" | tail -n +3)
	if [ -n "$f" ] && awk '{ if ($(NF-4) != "yes" || $(NF-3) != "yes") exit 1 }' <<<"$f"; then ok; else ko "police non intégrée dans $1"; fi
}
atelier="Atelier du mardi et jeudi"
oepre demo && ok || ko demo
oepre attestations --year 2025-2026 --atelier "$atelier" --out "$W\\attestations.pdf" && ok || ko attestations
pdf_valide "$docs/attestations.pdf"
oepre emargement --atelier "$atelier" --month 2025-10 --out "$W\\émargement.pdf" && ok || ko emargement
pdf_valide "$docs/émargement.pdf"
oepre flyer --atelier "$atelier" --lang all --out-dir "$W\\affiches" && ok || ko flyer
n=0; for f in "$docs/affiches"/*.pdf; do pdf_valide "$f"; n=$((n + 1)); done
[ "$n" -gt 10 ] && ok || ko "affiches : $n fichiers"
oepre bilan export --year 2025-2026 --out-dir "$W\\bilan" && ok || ko "bilan export"
ls "$docs/bilan"/*.pdf >/dev/null 2>&1 && ok || ko "bilan : pas de PDF"
for f in "$docs/bilan"/*.pdf; do pdf_valide "$f"; done
oepre backup && ok || ko backup
sauvegarde=$(ls "$docs/sauvegardes"/oepre-*.sqlite 2>/dev/null | head -1)
[ -n "$sauvegarde" ] && ok || ko "pas de sauvegarde"
oepre restore "$W\\sauvegardes\\$(basename "$sauvegarde")" && ok || ko restore
oepre export-db "$W\\export école.sqlite" && ok || ko export-db
oepre import-db "$W\\export école.sqlite" && ok || ko import-db
cp "$racine/crates/oepre-core/tests/fixtures/inscrits-libreoffice.xlsx" "$docs/inscrits à importer.xlsx"
oepre import --atelier "$atelier" "$W\\inscrits à importer.xlsx" && ok || ko "import XLSX"
echo "$passes passed, $echecs failed"
[ "$echecs" -eq 0 ]
