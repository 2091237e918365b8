#!/usr/bin/env bash
# Builds the Debian package from already built binaries, without the network.
#   deb.sh <dossier des binaires (ateliers-oepre, oepre)> <dossier de sortie>
# Depends is computed by dpkg-shlibdeps from the binaries (libwebkit2gtk, libgtk, libssl…).
set -euo pipefail
ici=$(cd "$(dirname "$0")" && pwd)
racine=$(cd "$ici/../.." && pwd)
bin=$1; sortie=$2
version=$(sed -n 's/^version = "\(.*\)"/\1/p' "$racine/Cargo.toml" | head -1)
arch=$(dpkg --print-architecture)
travail=$(mktemp -d); trap 'rm -rf "$travail"' EXIT
pk=$travail/ateliers-oepre
install -D -m 0755 "$bin/ateliers-oepre" "$pk/usr/bin/ateliers-oepre"
install -D -m 0755 "$bin/oepre" "$pk/usr/bin/oepre"
strip --strip-unneeded "$pk/usr/bin/ateliers-oepre" "$pk/usr/bin/oepre" 2>/dev/null || true
install -D -m 0644 "$ici/fr.oepre.ateliers.desktop" "$pk/usr/share/applications/fr.oepre.ateliers.desktop"
install -D -m 0644 "$racine/src-tauri/icons/icon.png" "$pk/usr/share/icons/hicolor/256x256/apps/ateliers-oepre.png"
install -D -m 0644 "$ici/copyright" "$pk/usr/share/doc/ateliers-oepre/copyright"
# dpkg-shlibdeps wants a debian/control next to it.
mkdir -p "$travail/debian"
printf 'Source: ateliers-oepre\n\nPackage: ateliers-oepre\nArchitecture: any\n' > "$travail/debian/control"
depends=$(cd "$travail" && dpkg-shlibdeps -O "ateliers-oepre/usr/bin/ateliers-oepre" "ateliers-oepre/usr/bin/oepre" 2>/dev/null \
	| sed -n 's/^shlibs:Depends=//p')
taille=$(du -sk "$pk/usr" | cut -f1)
mkdir -p "$pk/DEBIAN"
cat > "$pk/DEBIAN/control" <<CONTROLE
Package: ateliers-oepre
Version: $version
Section: education
Priority: optional
Architecture: $arch
Maintainer: Ateliers OEPRE <dev@oepre.invalid>
Installed-Size: $taille
Depends: $depends
Description: Ateliers OEPRE : séances, présences, attestations et bilan
 Application hors ligne pour organiser les ateliers OEPRE (Ouvrir l'École aux
 Parents pour la Réussite des Enfants) d'un établissement : séances,
 présences, documents et bilan annuel. Comprend la commande « oepre ».
CONTROLE
mkdir -p "$sortie"
# xz -9 (64 MB dictionary instead of 8): the window and the command share most of their bytes
# (the core, SQLCipher, the fonts), and only a large dictionary sees it. 16.0 → 9.9 MB.
fichier="$sortie/ateliers-oepre_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz -z9 --build "$pk" "$fichier" >/dev/null
echo "$fichier"
