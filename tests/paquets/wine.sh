#!/usr/bin/env bash
# The Windows installer under Wine (no network: Mono/Gecko prompts off). It installs silently
# (/S) for the user, with the window, the `oepre.exe` command, WebView2Loader.dll and its notice
# and the Start-menu entry. The installed `oepre.exe` then runs a smoke suite on a profile whose
# paths contain spaces and accents (C:\users\Élève\Mes documents); every PDF written passes
# `qpdf --check` and `pdffonts` (all fonts embedded and subset).
# Wine has no WebView2 runtime, so it cannot show the window of the app. What is checked instead:
# the installed `ateliers-oepre.exe` starts (its DLLs are there), shows its French message box
# saying WebView2 is missing and what to do (read from the box, then « OK » pressed, under Xvfb),
# writes the same text on its error output and quits with code 3, without a display too.
# Last, the uninstaller removes the program and keeps the data.
#   tests/paquets/wine.sh <ateliers-oepre-VERSION-installation.exe>
set -uo pipefail
installateur=$(realpath "$1")
racine=$(cd "$(dirname "$0")/../.." && pwd)
export WINEPREFIX; WINEPREFIX=$(mktemp -d /tmp/wine-oepre.XXXX)
export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" WINEARCH=win64
unset DISPLAY WAYLAND_DISPLAY
# Debian's wine64 package puts its programs in /usr/lib/wine (the `wine` package adds /usr/bin links).
export PATH="$PATH:/usr/lib/wine"
pid_x=
trap 'wineserver -k 2>/dev/null; [ -n "$pid_x" ] && kill "$pid_x" 2>/dev/null; rm -rf "$WINEPREFIX"' EXIT
echo "Préparation de Wine (quelques dizaines de secondes)…"
timeout 600 wine64 wineboot -i >/dev/null 2>&1
# Wine 8.0 (Debian 12) lacks bcryptprimitives.dll, which Rust's standard library imports for
# ProcessPrng (present in Windows 10/11): a test-only stand-in forwarding to RtlGenRandom.
printf '%s\n' '#include <windows.h>' 'BOOLEAN WINAPI SystemFunction036(PVOID, ULONG);' \
	'__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE d, SIZE_T n) { return SystemFunction036(d, (ULONG)n); }' \
	>"$WINEPREFIX/prng.c"
x86_64-w64-mingw32-gcc -shared -O2 -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
	"$WINEPREFIX/prng.c" -ladvapi32 -Wl,--kill-at
passes=0; echecs=0
ok() { passes=$((passes + 1)); }
ko() { echecs=$((echecs + 1)); echo "ÉCHEC : $*"; }

# Install, as a user would with the file from the USB key (silently here).
timeout 300 wine64 "$installateur" /S && ok || ko "installation"
profil=$(ls -d "$WINEPREFIX/drive_c/users/$(id -un)")
programme="$profil/AppData/Local/Programs/Ateliers OEPRE"
for f in ateliers-oepre.exe oepre.exe WebView2Loader.dll WebView2Loader-licence.txt Desinstaller.exe; do
	[ -s "$programme/$f" ] && ok || ko "$f absent de $programme"
done
# Microsoft's licence must travel with its DLL: the notice installed is ours, whole.
cmp -s "$programme/WebView2Loader-licence.txt" "$racine/src-tauri/packaging/WebView2Loader-licence.txt" &&
	grep -q "Redistributions in binary form must reproduce the above" "$programme/WebView2Loader-licence.txt" && ok ||
	ko "WebView2Loader-licence.txt installé n'est pas l'avis avec la licence de Microsoft"
[ -f "$profil/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Ateliers OEPRE.lnk" ] && ok || ko "pas d'entrée « Ateliers OEPRE » dans le menu Démarrer"
exe="$programme/oepre.exe"
fenetre="$programme/ateliers-oepre.exe"

docs="$WINEPREFIX/drive_c/users/Élève/Mes documents"
mkdir -p "$docs"
W='C:\users\Élève\Mes documents'
base="$W\\oepre.sqlite"
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

# The window without WebView2: a French message, never a blank window nor a silent exit.
attendu="le composant Microsoft Edge WebView2 n'est pas installé"
timeout 600 wine64 "$fenetre" >/dev/null 2>"$WINEPREFIX/fenetre.txt"; code=$?
[ "$code" -eq 3 ] && ok || { cat "$WINEPREFIX/fenetre.txt"; ko "sans écran : code de sortie $code (3 attendu)"; }
grep -q "$attendu" "$WINEPREFIX/fenetre.txt" && grep -q "WebView2 Runtime" "$WINEPREFIX/fenetre.txt" && ok \
	|| ko "sans écran : pas de message en français sur la sortie d'erreur"
# With a display: the message box, read and closed by a test-only helper (« OK » as a person would).
cat >"$WINEPREFIX/boite.c" <<'C'
#include <windows.h>
#include <stdio.h>
int main(void) { /* waits (up to 10 min: a hang, not a slow PC) for the box titled « Ateliers OEPRE », prints its text, presses OK */
	for (int i = 0; i < 6000; i++) {
		HWND h = FindWindowW(L"#32770", L"Ateliers OEPRE");
		if (h) {
			wchar_t t[4096]; char u[16384];
			GetDlgItemTextW(h, 0xFFFF, t, 4096);
			WideCharToMultiByte(CP_UTF8, 0, t, -1, u, sizeof u, NULL, NULL);
			fputs(u, stdout); fflush(stdout);
			PostMessageW(h, WM_COMMAND, IDOK, 0);
			return 0;
		}
		Sleep(100);
	}
	return 1;
}
C
x86_64-w64-mingw32-gcc -O2 -o "$WINEPREFIX/boite.exe" "$WINEPREFIX/boite.c"
# A fresh Wine session, so that its desktop is opened on this display.
wineserver -k 2>/dev/null; wineserver -w 2>/dev/null
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$WINEPREFIX/ecran.txt" >/dev/null 2>&1 & pid_x=$!
# Wait for the display to be ready (the deadline only stops a hang).
for _ in $(seq 1 600); do [ -s "$WINEPREFIX/ecran.txt" ] && break; sleep 0.2; done
export DISPLAY=":$(head -1 "$WINEPREFIX/ecran.txt")"
timeout 900 wine64 "$fenetre" >/dev/null 2>&1 & pid_fenetre=$!
timeout 700 wine64 "$WINEPREFIX/boite.exe" >"$WINEPREFIX/boite.txt" 2>/dev/null && ok || ko "pas de boîte de message « Ateliers OEPRE »"
wait "$pid_fenetre"; code=$?
[ "$code" -eq 3 ] && ok || ko "avec écran : code de sortie $code après « OK » (3 attendu)"
grep -q "$attendu" "$WINEPREFIX/boite.txt" && grep -q "service informatique" "$WINEPREFIX/boite.txt" && ok \
	|| { cat "$WINEPREFIX/boite.txt"; ko "la boîte ne dit pas en français ce qui manque et quoi faire"; }
wineserver -k 2>/dev/null; wineserver -w 2>/dev/null
kill "$pid_x" 2>/dev/null; pid_x=; unset DISPLAY

# Uninstall: the program goes, the data stay.
# (the uninstaller copies itself to a temporary folder and runs from there: wait for it).
timeout 300 wine64 "$programme/Desinstaller.exe" /S && timeout 300 wineserver -w && ok || ko "désinstallation"
for f in ateliers-oepre.exe oepre.exe WebView2Loader.dll; do
	[ ! -e "$programme/$f" ] && ok || ko "$f reste après la désinstallation"
done
[ -s "$docs/oepre.sqlite" ] && ok || ko "la désinstallation a supprimé les données"
echo "$passes passed, $echecs failed"
[ "$echecs" -eq 0 ]
