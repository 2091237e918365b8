# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: bamanankan
# langue-fr: bambara
# locale: bm
# direction: ltr
# relu-par-locuteur-natif: non
#
# Traduction préparée par machine depuis le français (i18n/fr/flyer.ftl), relue en décembre 2026
# par le projet contre le texte français (sens de chaque phrase, registre poli, noms des deux
# ministères, « La participation est libre », variables, pluriels) ; PAS par un locuteur natif :
# à faire relire avant diffusion, puis passer la ligne ci-dessus à « oui ».
# Orthographe officielle du Mali (ɛ, ɔ, ɲ, ŋ). Brouillon approximatif : relecture indispensable.
# Heures à la française (« 14h00 »), usage du Mali. Une seule catégorie de pluriel (other).

## Titre

affiche-titre = Lakɔli da yɛlɛli bangebagaw ye, walisa denw ka ɲɛ
    .accroche = Kalan fu bangebagaw ye, aw den ka lakɔli la

## Qu'est-ce que c'est ?

quoi-titre = Nin ye mun ye?
quoi-texte = Nin ye Faransi ka Kɔnɔnako minisiriso ni Kalan minisiriso ka porogaramu ye, kalandenw bangebagaw ye, minnu ye dunanw ye walima minnu bɔra jamana wɛrɛ la.
quoi-gratuit = A ye fu ye.
quoi-volontaire = Donni ye aw sago ye: foyi tɛ wajibi ye.

## Ce que les ateliers apportent

apports-titre = Mun na ka na?
apports-reussite = Ka aw den dɛmɛ walisa a ka ɲɛ lakɔli la
apports-ecole = Ka a faamu lakɔli bɛ baara kɛ cogo min na
apports-francais = Ka faransikan fɔ, ka a kalan, ka a sɛbɛn
apports-valeurs = Ka Repiblik ka sinsinnikolow dɔn: hɔrɔnya, bɛɛ ka kan, badenya, diinɛ ni fanga danfara (laïcité)

## En pratique

pratique-titre = Kunnafoni nafamaw
pratique-lieu = Yɔrɔ: { $ecole }, kalanso { $salle }
pratique-quand = Waati: { $jours }, k'a ta { $heure_debut } fo { $heure_fin }
pratique-debut = Kalan fɔlɔ: { $date_debut }
pratique-duree =
    { $heures ->
       *[other] Kalan lɛrɛ { $heures } lakɔli san kɔnɔ
    }
pratique-gratuit = Fu
petits-enfants =
    { $petits_enfants ->
        [oui] Aw bɛ se ka na ni aw denmisɛnw ye.
       *[non] Denmisɛnw tɛ se ka mara kalan waati la.
    }

## Inscription et contact

inscription-titre = Tɔgɔ sɛbɛn cogo
inscription-texte = Aw den ka lakɔli biro la, walima a karamɔgɔ fɛ.
contact-titre = Kunnafoni ɲinini
contact-telephone = Telefɔni: { $telephone }
contact-courriel = Imɛli: { $courriel }

## Pictogrammes (libellés très courts)

picto-date = Don
picto-heure = Lɛrɛ
picto-lieu = Yɔrɔ
picto-gratuit = Fu
picto-enfants = Denmisɛnw

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = ntɛnɛ
jour-2 = tarata
jour-3 = araba
jour-4 = alamisa
jour-5 = juma
jour-6 = sibiri
jour-7 = kari
mois-1 = zanwuye
mois-2 = feburuye
mois-3 = marisi
mois-4 = awirili
mois-5 = mɛ
mois-6 = zuwɛn
mois-7 = zuluye
mois-8 = uti
mois-9 = sɛtanburu
mois-10 = ɔkutɔburu
mois-11 = nowanburu
mois-12 = desanburu
format-date = { $jour_semaine } { $jour } { $mois } { $annee }
format-heure = { $h }h{ $mm }
liste-separateur = {", "}
liste-et = { $debut } ani { $fin }
