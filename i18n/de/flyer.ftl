# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: Deutsch
# langue-fr: allemand
# locale: de
# direction: ltr
# relu-par-locuteur-natif: non
#
# Traduction écrite par le projet depuis le français (i18n/fr/flyer.ftl), registre simple et poli
# (vouvoiement quand la langue en a un). Vérifié par le projet contre le texte français (sens de
# chaque phrase, noms des deux ministères, variables, pluriels), PAS par un locuteur natif : à faire
# relire avant diffusion, puis passer la ligne ci-dessus à « oui ».
# Vouvoiement (« Sie »). Date « Dienstag, 6. Oktober 2026 », heures sur 24 h.

## Titre

affiche-titre = Die Schule öffnet sich den Eltern – für den Erfolg der Kinder
    .accroche = Kostenlose Kurse für Eltern in der Schule Ihres Kindes

## Qu'est-ce que c'est ?

quoi-titre = Worum geht es?
quoi-texte = Ein Programm des französischen Innenministeriums und des Ministeriums für nationale Bildung für Eltern von Schülerinnen und Schülern, die Ausländer sind oder ausländischer Herkunft.
quoi-gratuit = Die Teilnahme ist kostenlos.
quoi-volontaire = Die Teilnahme ist freiwillig: Nichts ist verpflichtend.

## Ce que les ateliers apportent

apports-titre = Warum teilnehmen?
apports-reussite = Ihrem Kind zum Erfolg in der Schule verhelfen
apports-ecole = Verstehen, wie die Schule funktioniert
apports-francais = Französisch sprechen, lesen und schreiben
apports-valeurs = Die Werte der Republik kennenlernen: Freiheit, Gleichheit, Brüderlichkeit, Laizität

## En pratique

pratique-titre = Praktische Hinweise
pratique-lieu = Ort: { $ecole }, Raum { $salle }
pratique-quand = Wann: { $jours }, von { $heure_debut } bis { $heure_fin }
pratique-debut = Erster Kurs: { $date_debut }
pratique-duree =
    { $heures ->
        [one] { $heures } Kursstunde im Schuljahr
       *[other] { $heures } Kursstunden im Schuljahr
    }
pratique-gratuit = Kostenlos
petits-enfants =
    { $petits_enfants ->
        [oui] Sie können Ihre kleinen Kinder mitbringen.
       *[non] Kleine Kinder können während der Kurse nicht betreut werden.
    }

## Inscription et contact

inscription-titre = Wie melden Sie sich an?
inscription-texte = Im Sekretariat der Schule Ihres Kindes oder bei seiner Lehrkraft.
contact-titre = Kontakt
contact-telephone = Telefon: { $telephone }
contact-courriel = E-Mail: { $courriel }

## Pictogrammes (libellés très courts)

picto-date = Datum
picto-heure = Uhrzeit
picto-lieu = Ort
picto-gratuit = Kostenlos
picto-enfants = Kleine Kinder

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = Montag
jour-2 = Dienstag
jour-3 = Mittwoch
jour-4 = Donnerstag
jour-5 = Freitag
jour-6 = Samstag
jour-7 = Sonntag
mois-1 = Januar
mois-2 = Februar
mois-3 = März
mois-4 = April
mois-5 = Mai
mois-6 = Juni
mois-7 = Juli
mois-8 = August
mois-9 = September
mois-10 = Oktober
mois-11 = November
mois-12 = Dezember
format-date = { $jour_semaine }, { $jour }. { $mois } { $annee }
format-heure = { $h }:{ $mm } Uhr
liste-separateur = {", "}
liste-et = { $debut } und { $fin }
