#!/usr/bin/env bash
# Document checks on real files: every document the CLI makes from the demo school passes
# qpdf --check, embeds and subsets every font, is A4, and has the expected text.
# Usage: tests/documents.sh [path/to/oepre]   (make test passes the freshly built binary)
set -uo pipefail
OEPRE=${1:-${CARGO_TARGET_DIR:-/var/tmp/oepre-target}/debug/oepre}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
base="$dir/demo.sqlite"
reussis=0
echoues=0
ok() { reussis=$((reussis + 1)); }
ko() { echoues=$((echoues + 1)); echo "ÉCHEC : $*" >&2; }
verifier() { # file, expected page count (or empty), orientation (portrait|landscape)
  local f=$1 pages=$2 orientation=$3
  [ -s "$f" ] || { ko "$f absent"; return; }
  qpdf --check "$f" >/dev/null 2>&1 && ok || ko "qpdf --check $f"
  if pdffonts "$f" | awk 'NR>2 && ($(NF-4)!="yes" || $(NF-3)!="yes") {bad=1} END {exit bad}'; then ok; else ko "police non incorporée ou non sous-ensemble dans $f"; fi
  local l h
  read -r l h < <(pdfinfo "$f" | awk '/^Page size/ {print $3, $5}')
  case "$orientation" in
    portrait) awk -v l="$l" -v h="$h" 'BEGIN {exit !((l-595.28)^2 < 1 && (h-841.89)^2 < 1)}' && ok || ko "$f n'est pas en A4 portrait ($l x $h)" ;;
    landscape) awk -v l="$l" -v h="$h" 'BEGIN {exit !((l-841.89)^2 < 1 && (h-595.28)^2 < 1)}' && ok || ko "$f n'est pas en A4 paysage ($l x $h)" ;;
  esac
  if [ -n "$pages" ]; then
    local n
    n=$(pdfinfo "$f" | awk '/^Pages:/ {print $2}')
    [ "$n" = "$pages" ] && ok || ko "$f : $n pages au lieu de $pages"
  fi
}
contient() { # file, text
  local texte
  texte=$(pdftotext -layout "$1" - | sed 's/\xe2\x80[\xaa-\xae]//g')
  [[ "$texte" == *"$2"* ]] && ok || ko "« $2 » absent de $1"
}

"$OEPRE" --db "$base" demo >/dev/null || { echo "0 passed, 1 failed"; exit 1; }
atelier="Atelier du mardi et jeudi"
inscrits=$("$OEPRE" --db "$base" parents list --atelier "$atelier" --json | python3 -c 'import json,sys; print(sum(1 for p in json.load(sys.stdin) for i in p["inscriptions"] if i["inscription"]["statut"] != "attente"))' 2>/dev/null)

"$OEPRE" --db "$base" attestations --year 2025-2026 --atelier "$atelier" --out "$dir/attestations.pdf" >/dev/null
verifier "$dir/attestations.pdf" "$inscrits" portrait
contient "$dir/attestations.pdf" "Attestation de suivi"
contient "$dir/attestations.pdf" "Collège Louise Michel"

"$OEPRE" --db "$base" emargement --atelier "$atelier" --date 2025-10-07 --out "$dir/seance.pdf" >/dev/null
verifier "$dir/seance.pdf" "" portrait
contient "$dir/seance.pdf" "mardi 7 octobre 2025"
"$OEPRE" --db "$base" emargement --atelier "$atelier" --month 2025-10 --out "$dir/mois.pdf" >/dev/null
verifier "$dir/mois.pdf" "" landscape
"$OEPRE" --db "$base" emargement --atelier "$atelier" --blank --out "$dir/vierge.pdf" >/dev/null
verifier "$dir/vierge.pdf" "" landscape
"$OEPRE" --db "$base" inscrits --atelier "$atelier" --out "$dir/inscrits.pdf" >/dev/null
verifier "$dir/inscrits.pdf" "" landscape
"$OEPRE" --db "$base" inscrits --atelier "$atelier" --out "$dir/inscrits.xlsx" >/dev/null
[ "$(head -c 2 "$dir/inscrits.xlsx")" = "PK" ] && ok || ko "inscrits.xlsx n'est pas un classeur"
"$OEPRE" --db "$base" fiche --out "$dir/fiche.pdf" >/dev/null
verifier "$dir/fiche.pdf" "" portrait
contient "$dir/fiche.pdf" "Fiche d'inscription"

"$OEPRE" --db "$base" flyer --atelier "$atelier" --lang all --out-dir "$dir/affiches" >/dev/null
n=0
for f in "$dir"/affiches/*.pdf; do
  verifier "$f" 1 portrait
  [ "$(stat -c %s "$f")" -le 61440 ] && ok || ko "$f dépasse 60 ko"
  n=$((n + 1))
done
[ "$n" -ge 24 ] && ok || ko "$n affiches au lieu de 24 ou plus"
contient "$dir/affiches/flyer-atelier-du-mardi-et-jeudi-fr.pdf" "Collège Louise Michel"

# The bilan: five files, the two PDF reports (quantitative and qualitative; financial) readable,
# signed, each headed with its channel and ending with its « fiche de saisie », and without any
# parent's name or phone.
"$OEPRE" --db "$base" bilan export --year 2025-2026 --out-dir "$dir/bilan" >/dev/null 2>&1
for nom in bilan-0931234L-2025-2026.{xlsx,pdf,json} bilan-financier-0931234L-2025-2026.{xlsx,pdf}; do
  [ -s "$dir/bilan/$nom" ] && ok || ko "$nom absent"
done
financier_pdf="$dir/bilan/bilan-financier-0931234L-2025-2026.pdf"
verifier "$financier_pdf" "" portrait
contient "$financier_pdf" "Bilan financier des ateliers OEPRE"
contient "$financier_pdf" "enquête en ligne du service académique de la DAEPS"
contient "$financier_pdf" "Total des vacations"
contient "$financier_pdf" "Fiche de saisie — Enquête en ligne de la DAEPS"
contient "$financier_pdf" "La principale"
bilan_pdf="$dir/bilan/bilan-0931234L-2025-2026.pdf"
verifier "$bilan_pdf" "" portrait
contient "$bilan_pdf" "Bilan quantitatif et qualitatif des ateliers OEPRE"
contient "$bilan_pdf" "Année scolaire 2025-2026"
contient "$bilan_pdf" "Fiche de saisie — Enquête Orquestra de la DGESCO"
contient "$bilan_pdf" "Bilan qualitatif"
contient "$bilan_pdf" "Points à vérifier"
contient "$bilan_pdf" "Fait à Saint-Denis, le"
contient "$bilan_pdf" "La principale"
contient "$bilan_pdf" "enquête Orquestra"
for t in "Annexe : graphiques de l'établissement" "Taux d'assiduité par mois" "Heures réalisées par axe" \
  "Niveaux CECRL à l'entrée et à la sortie — oral" "Public prioritaire Intérieur et autres parents"; do
  contient "$bilan_pdf" "$t"
done
bilan_texte=$(pdftotext "$bilan_pdf" - | sed 's/\xe2\x80[\xaa-\xae]//g; s/\xe2\x81[\xa6-\xa9]//g')
bilan_texte+=$(pdftotext "$financier_pdf" - | sed 's/\xe2\x80[\xaa-\xae]//g; s/\xe2\x81[\xa6-\xa9]//g')
# The head of school signs (their name is printed once, in the signature block): not scanned.
chef=$(sqlite3 "$base" "SELECT chef_nom FROM etablissement" 2>/dev/null)
[ -n "$chef" ] && [[ "$bilan_texte" == *"$chef"* ]] && ok || ko "signataire absent du bilan PDF"
bilan_texte=${bilan_texte//"$chef"/}
personnels=$(sqlite3 "$base" "SELECT nom FROM parent UNION SELECT prenom FROM parent UNION SELECT telephone FROM parent WHERE telephone <> ''" 2>/dev/null)
[ -n "$personnels" ] && ok || ko "lecture des parents de la démo (sqlite3)"
sans_parent() { # text, what it is: no parent's name, first name or phone in it
  local x
  while IFS= read -r x; do
    [ -z "$x" ] && continue
    [[ "$1" == *"$x"* ]] && ko "« $x » (parent) dans $2"
  done <<< "$personnels"
  ok
}
sans_parent "$bilan_texte" "le bilan PDF"

# The académie merge of that bilan: the workbook and its PDF summary beside it, with the charts;
# aggregates only (no parent's name).
mkdir -p "$dir/academie"
"$OEPRE" --db "$base" bilan merge "$dir/bilan/bilan-0931234L-2025-2026.json" --out "$dir/academie/academie.xlsx" >/dev/null 2>&1
[ "$(head -c 2 "$dir/academie/academie.xlsx" 2>/dev/null)" = "PK" ] && ok || ko "academie.xlsx n'est pas un classeur"
academie_pdf="$dir/academie/academie.pdf"
verifier "$academie_pdf" "" portrait
for t in "Bilan académique des ateliers OEPRE" "Par département" "093 Seine-Saint-Denis" "Nationalités et certifications" \
  "Graphiques de l'académie" "Taux d'assiduité par mois" "Heures réalisées par axe" "Public prioritaire Intérieur et autres parents"; do
  contient "$academie_pdf" "$t"
done
sans_parent "$(pdftotext "$academie_pdf" - | sed 's/\xe2\x80[\xaa-\xae]//g; s/\xe2\x81[\xa6-\xa9]//g')" "la synthèse académique"

# The point trimestriel of term 2 for the conseil des maîtres: one page per atelier; aggregates only.
"$OEPRE" --db "$base" bilan trimestre --term 2 --year 2025-2026 --out "$dir/point-t2.pdf" >/dev/null
ateliers=$(sqlite3 "$base" "SELECT count(*) FROM atelier a JOIN annee_scolaire y ON y.id = a.annee_id WHERE y.libelle = '2025-2026'")
verifier "$dir/point-t2.pdf" "$ateliers" portrait
for t in "Point trimestriel de l'atelier OEPRE" "conseil des maîtres" "trimestre 2 : du 5 janvier 2026" "Heures réalisées" \
  "Participation des parents aux rencontres individuelles" "Analyse partagée avec les représentants des parents d'élèves"; do
  contient "$dir/point-t2.pdf" "$t"
done
sans_parent "$(pdftotext "$dir/point-t2.pdf" - | sed 's/\xe2\x80[\xaa-\xae]//g; s/\xe2\x81[\xa6-\xa9]//g')" "le point trimestriel"

# Data protection: the register entry (RGPD art. 30) and a parent's access export.
"$OEPRE" --db "$base" registre --out "$dir/registre.pdf" --fait-le 2026-11-25 >/dev/null
verifier "$dir/registre.pdf" "" portrait
for t in "Registre des activités de traitement" "Collège Louise Michel" "Responsable du traitement" "Catégories de données" \
  "nationalité [sensible]" "Transferts hors de l'Union européenne" "3 ans après la fin de l'année scolaire" "Mesures de sécurité" \
  "Droits des personnes" "Fait à Saint-Denis, le 25 novembre 2026"; do
  contient "$dir/registre.pdf" "$t"
done
OEPRE_QUI="Secrétariat" "$OEPRE" --db "$base" parents access 1 --out-dir "$dir/acces" --date 2026-11-25 >/dev/null
acces_pdf=$(ls "$dir"/acces/donnees-*-1.pdf 2>/dev/null | head -1)
verifier "$acces_pdf" "" portrait
contient "$acces_pdf" "Vos données personnelles"
contient "$acces_pdf" "Vos ateliers"
nom1=$(sqlite3 "$base" "SELECT nom FROM parent WHERE id = 1" 2>/dev/null)
[ -n "$nom1" ] && contient "$acces_pdf" "$nom1" || ko "nom du parent 1 absent de l'export d'accès"

echo "documents: $reussis passed, $echoues failed"
[ "$echoues" -eq 0 ]
