#!/usr/bin/env bash
# Start-up of the app: from launch to the first screen drawn and answering, N launches of the
# release binary, each on a fresh data folder. Prints each launch, then median, min and max;
# the figures go to docs/performance.md (« Start-up »).
#
#   tests/bench/demarrage.sh [--froid] [--demo] [N]     (N = 11 by default)
#
# --froid  empty the system's file caches before each launch (`sync; echo 3 >
#          /proc/sys/vm/drop_caches`: needs root): a PC just switched on. Otherwise one launch
#          is run first and not counted, so that the program and its libraries are in memory.
# --demo   the data file holds the demo school (written once by `oepre demo`, copied for each
#          launch, without backups: the start-up backup runs every time, in the background):
#          the first screen is the roll call with its séances. Without it the data file does
#          not exist yet and the first screen is the welcome page.
#
# The app writes the start-up mark on stderr when asked (`OEPRE_MARQUE_DEMARRAGE`,
# src-tauri/src/demarrage.rs): the wall-clock time at which the page reported its first screen
# drawn (ui/src/lib/demarrage.ts), after its data came from the core. The launch time is taken
# by this script just before it starts the process, so the figure includes loading the program
# and its libraries, WebKit's processes, the page, the opening of the data file (checks,
# migrations) and the commands of the first screen. `OEPRE_QUI` is set: the question « Qui
# utilise l'application ? » (asked once per person) is not part of the measure.
#
# Binary: OEPRE_APP (e.g. the installed package's, /usr/bin/ateliers-oepre), else the release
# build in $CARGO_TARGET_DIR, built first (`cargo build --release -p oepre-app -p oepre-cli`,
# after the page when ui/src changed). No display: runs itself under xvfb-run.
set -euo pipefail
froid=0 demo=0 n=11
for a in "$@"; do
	case $a in
	--froid) froid=1 ;;
	--demo) demo=1 ;;
	[0-9]*) n=$a ;;
	*) echo "usage : $0 [--froid] [--demo] [N]" >&2; exit 2 ;;
	esac
done
if [ -z "${DISPLAY:-}" ]; then exec xvfb-run -a "$0" "$@"; fi
racine=$(cd "$(dirname "$0")/../.." && pwd)
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/var/tmp/oepre-target}
if [ -z "${OEPRE_APP:-}" ]; then
	# The page is inside the binary: rebuilt only when its sources changed (a new build of it
	# would relink the app even when identical).
	if [ ! -f "$racine/ui/dist/index.html" ] || [ -n "$(find "$racine/ui/src" "$racine/ui/index.html" -newer "$racine/ui/dist/index.html" | head -1)" ]; then
		(cd "$racine/ui" && npm run build --silent >/dev/null)
	fi
	(cd "$racine" && cargo build --quiet --release -p oepre-app -p oepre-cli)
fi
app=${OEPRE_APP:-$CARGO_TARGET_DIR/release/ateliers-oepre}
cli=$(dirname "$app")/oepre
[ -x "$app" ] || { echo "$app absent : cargo build --release -p oepre-app -p oepre-cli" >&2; exit 2; }
if [ $froid = 1 ] && ! { : > /proc/sys/vm/drop_caches; } 2>/dev/null; then
	echo "--froid : il faut être root pour vider les caches du système" >&2; exit 2
fi

travail=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$travail"' EXIT
if [ $demo = 1 ]; then
	[ -x "$cli" ] || { echo "$cli absent" >&2; exit 2; }
	"$cli" --db "$travail/demo.sqlite" demo >/dev/null
fi

# One launch; prints the milliseconds from launch to the mark.
lancer() {
	local dossier=$travail/lancement
	rm -rf "$dossier"
	mkdir -p "$dossier/donnees" "$dossier/data" "$dossier/cache" "$dossier/config"
	[ $demo = 1 ] && cp "$travail/demo.sqlite" "$dossier/donnees/oepre.sqlite"
	if [ $froid = 1 ]; then sync; echo 3 > /proc/sys/vm/drop_caches; fi
	: >"$dossier/stderr"
	local debut=${EPOCHREALTIME/[.,]/}
	XDG_DATA_HOME=$dossier/data XDG_CACHE_HOME=$dossier/cache XDG_CONFIG_HOME=$dossier/config \
		OEPRE_MARQUE_DEMARRAGE=1 OEPRE_QUI="Banc d'essai" \
		"$app" --db "$dossier/donnees/oepre.sqlite" 2>"$dossier/stderr" >/dev/null &
	pid=$!
	local ligne= i
	for ((i = 0; i < 6000; i++)); do
		ligne=$(grep -m1 '^oepre: premier écran' "$dossier/stderr" || true)
		[ -n "$ligne" ] && break
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.01
	done
	kill "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	pid=
	[ -n "$ligne" ] || { echo "pas de marque de démarrage :" >&2; cat "$dossier/stderr" >&2; exit 1; }
	[[ $ligne =~ écran\ ([0-9]+)\ µs.*\),\ ([0-9]+)\ ms\ après\ main(\ ;\ (.*))? ]] ||
		{ echo "marque illisible : $ligne" >&2; exit 1; }
	echo "$(((BASH_REMATCH[1] - debut) / 1000)) ${BASH_REMATCH[2]} ${BASH_REMATCH[4]}"
}

[ $froid = 1 ] || lancer >/dev/null
mode=$([ $froid = 1 ] && echo "caches froids" || echo "caches chauds")
ecran=$([ $demo = 1 ] && echo "appel (école de démonstration)" || echo "accueil (fichier neuf)")
echo "$app : $n lancements, $mode, premier écran = $ecran"
mesures=()
for ((k = 1; k <= n; k++)); do
	read -r total main etapes < <(lancer)
	echo "  lancement $k : $total ms (dont $main ms depuis main ; $etapes)"
	mesures+=("$total")
done
printf '%s\n' "${mesures[@]}" | sort -n | awk '{v[NR] = $1} END {
	m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
	printf "médiane %s ms, min %s ms, max %s ms\n", m, v[1], v[NR] }'
