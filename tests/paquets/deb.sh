#!/usr/bin/env bash
# Installs the .deb as root, starts the installed app under Xvfb on a fresh profile, checks
# that its window appears and that the data file is created where the README says
# ($XDG_DATA_HOME/fr.oepre.ateliers/oepre.sqlite), runs the installed `oepre`, then purges.
#   tests/paquets/deb.sh <fichier .deb>
set -euo pipefail
deb=$(realpath "$1")
profil=$(mktemp -d "/tmp/profil oepre é.XXXX")
trap 'kill "$pid_app" 2>/dev/null || true; kill "$pid_x" 2>/dev/null || true; rm -rf "$profil"; apt-get purge -y -qq ateliers-oepre >/dev/null 2>&1 || true' EXIT
pid_app=; pid_x=
echo "Installation de $deb"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null 2>&1
test -x /usr/bin/ateliers-oepre && test -x /usr/bin/oepre
desktop-file-validate /usr/share/applications/fr.oepre.ateliers.desktop 2>/dev/null || true

export XDG_DATA_HOME="$profil/donnees" XDG_CONFIG_HOME="$profil/config" XDG_CACHE_HOME="$profil/cache"
Xvfb :97 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & pid_x=$!
export DISPLAY=:97
for _ in $(seq 1 50); do xwininfo -root >/dev/null 2>&1 && break; sleep 0.2; done
/usr/bin/ateliers-oepre >"$profil/app.log" 2>&1 & pid_app=$!
fichier="$XDG_DATA_HOME/fr.oepre.ateliers/oepre.sqlite"
fenetre=
for _ in $(seq 1 300); do  # up to 60 s, whatever the machine's speed
	if xwininfo -root -tree 2>/dev/null | grep -q '"Ateliers OEPRE"'; then fenetre=oui; fi
	[ -n "$fenetre" ] && [ -f "$fichier" ] && break
	kill -0 "$pid_app" 2>/dev/null || { cat "$profil/app.log"; echo "ÉCHEC : l'application s'est arrêtée"; exit 1; }
	sleep 0.2
done
[ -n "$fenetre" ] || { echo "ÉCHEC : pas de fenêtre « Ateliers OEPRE »"; exit 1; }
[ -f "$fichier" ] || { echo "ÉCHEC : pas de fichier de données $fichier"; exit 1; }
echo "OK : fenêtre « Ateliers OEPRE » ouverte, données dans $fichier"
kill "$pid_app"; wait "$pid_app" 2>/dev/null || true
/usr/bin/oepre --db "$profil/cli.sqlite" demo >/dev/null
echo "OK : oepre installé ($(/usr/bin/oepre --version))"
apt-get purge -y -qq ateliers-oepre >/dev/null
! test -e /usr/bin/ateliers-oepre || { echo "ÉCHEC : /usr/bin/ateliers-oepre reste après la purge"; exit 1; }
test -f "$fichier" || { echo "ÉCHEC : la purge a supprimé les données"; exit 1; }
echo "OK : paquet purgé, les données de l'utilisateur restent"
