# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: Pulaar / Pular
# langue-fr: peul (pular, écriture latine)
# locale: ff
# direction: ltr
# relu-par-locuteur-natif: non
#
# Traduction préparée par machine depuis le français (i18n/fr/flyer.ftl), relue en décembre 2026
# par le projet contre le texte français (sens de chaque phrase, registre poli, noms des deux
# ministères, « La participation est libre », variables, pluriels) ; PAS par un locuteur natif :
# à faire relire avant diffusion, puis passer la ligne ci-dessus à « oui ».
# Décembre 2026 : « Ministeer Fenaande » (fenaande = mensonge) retiré ; les noms des deux ministères
# restent en français, comme on les lit sur les courriers. Le peul reste la moins sûre des langues livrées.
# Peul en écriture latine (ɓ, ɗ, ŋ, ɲ/ñ, ƴ) ; vocabulaire proche du pulaar du Sénégal et du pular
# de Guinée, à faire relire et adapter au public de l'école. Jours et mois : noms CLDR (ff).
# Brouillon approximatif : relecture indispensable.

## Titre

affiche-titre = Udditde lekkol ngol e jibinɓe ngam ɓiɓɓe ɓee ɓeydoo yeeso
    .accroche = Janngirɗe meere ngam jibinɓe, e lekkol ɓiɗɗo mon

## Qu'est-ce que c'est ?

quoi-titre = Ko honɗum woni ɗum?
quoi-texte = Ko porogaraam Ministère de l'Intérieur e Ministère de l'Éducation nationale Farayse, ngam jibinɓe almuɓɓe ɓe ngonaa Farayse walla ɓe iwi e leydi goɗɗi.
quoi-gratuit = Ko meere.
quoi-volontaire = Ngarugol ko e muuyɗe mon: alaa ko waɗi waajibi.

## Ce que les ateliers apportent

apports-titre = Ko wadi ngarton?
apports-reussite = Wallude ɓiɗɗo mon ngam o yahra yeeso e lekkol
apports-ecole = Faamde no lekkol golliri
apports-francais = Haalde, janngude e windude Farayseere
apports-valeurs = Anndude tiiɗnde Repibilik: ndimaagu, potal, musidal, laïcité (seertude diine e laamu)

## En pratique

pratique-titre = Kabaruuji golle
pratique-lieu = Nokku: { $ecole }, suudu { $salle }
pratique-quand = Sahaa: { $jours }, gila { $heure_debut } haa { $heure_fin }
pratique-debut = Janngirde adannde: { $date_debut }
pratique-duree =
    { $heures ->
        [one] Waktu janngirɗe { $heures } e nder hitaande jaŋde
       *[other] Waktuuji janngirɗe { $heures } e nder hitaande jaŋde
    }
pratique-gratuit = Meere
petits-enfants =
    { $petits_enfants ->
        [oui] Ina waawi ngaron e sukaaɓe mon tokoosuɓe.
       *[non] Sukaaɓe tokoosuɓe ɓe njaɓetaake e nder janngirɗe ɗee.
    }

## Inscription et contact

inscription-titre = No winndiree?
inscription-texte = E biro lekkol ɓiɗɗo mon, walla e jannginoowo makko.
contact-titre = Jokkondiral
contact-telephone = Telefon: { $telephone }
contact-courriel = Imeel: { $courriel }

## Pictogrammes (libellés très courts)

picto-date = Ñalnde
picto-heure = Sahaa
picto-lieu = Nokku
picto-gratuit = Meere
picto-enfants = Sukaaɓe tokoosuɓe

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = aaɓnde
jour-2 = mawbaare
jour-3 = njeslaare
jour-4 = naasaande
jour-5 = mawnde
jour-6 = hoore-biir
jour-7 = dewo
mois-1 = siilo
mois-2 = colte
mois-3 = mbooy
mois-4 = seeɗto
mois-5 = duujal
mois-6 = korse
mois-7 = morso
mois-8 = juko
mois-9 = siilto
mois-10 = yarkomaa
mois-11 = jolal
mois-12 = bowte
format-date = { $jour_semaine } { $jour } { $mois } { $annee }
format-heure = { $h }h{ $mm }
liste-separateur = {", "}
liste-et = { $debut } e { $fin }
