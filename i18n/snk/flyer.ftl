# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: soninkanxaane
# langue-fr: soninké
# locale: snk
# direction: ltr
# relu-par-locuteur-natif: non
#
# Traduction préparée par machine depuis le français (i18n/fr/flyer.ftl) : à faire relire
# par un locuteur natif avant diffusion, puis passer la ligne ci-dessus à « oui ».
# AVERTISSEMENT : brouillon très incertain, le rédacteur maîtrise mal le soninké ; à faire
# relire et réécrire en priorité par un locuteur (Mali, Sénégal, Mauritanie). Le soninké n'a pas
# de règles CLDR : Fluent applique celles de l'anglais (one, other), d'où deux variantes.
# Heures à la française (« 14h00 »).

## Titre

affiche-titre = Lekkoli ña yugo nda yaxaru ga, lemmu sere ga
    .accroche = Karanden fuu lemmu baanu ga, an lemmen lekkoli ya

## Qu'est-ce que c'est ?

quoi-titre = Ke ni manne?
quoi-texte = Ke ni Faransi Kanma-kompe ministiri do Karanden ministiri porogaramu ya, lekkoli lemmu baanu ga, ken ŋa be ni xabiila gunne, maa be riini jamaane gunne.
quoi-gratuit = A ni fuu ya.
quoi-volontaire = Xa na ri xa na muuru ma: fe su ntaxu wajibi.

## Ce que les ateliers apportent

apports-titre = Xa na ri manne ga?
apports-reussite = Ga xa lemmen deema, a na sere lekkoli ya
apports-ecole = Ga faamu lekkoli ga golli kiina
apports-francais = Ga faransinxanne tu, ga a karan, ga a safa
apports-valeurs = Ga Repiblik siranxu tu: hooro, me-ŋa sigi, yaxamben, diina do fanga taqaaye (laïcité)

## En pratique

pratique-titre = Tagundu
pratique-lieu = Dinga: { $ecole }, karandi-kompe { $salle }
pratique-quand = Waxati: { $jours }, { $heure_debut } ma na bakka { $heure_fin }
pratique-debut = Karanden fana: { $date_debut }
pratique-duree =
    { $heures ->
        [one] Karanden lerii { $heures } lekkoli sere kanma
       *[other] Karanden lerii { $heures } lekkoli sere kanma
    }
pratique-gratuit = Fuu
petits-enfants =
    { $petits_enfants ->
        [oui] Xa na waawa ri do xa lemmu tunbi.
       *[non] Lemmu tunbi nta waawa ri karanden waxati.
    }

## Inscription et contact

inscription-titre = Xa na xa toxo safa kiina
inscription-texte = Xa lemmen lekkoli biro ya, maa a karanmoxo yi.
contact-titre = Kunnafoni
contact-telephone = Telefoni: { $telephone }
contact-courriel = Imeeli: { $courriel }

## Pictogrammes (libellés très courts)

picto-date = Kiye
picto-heure = Lerii
picto-lieu = Dinga
picto-gratuit = Fuu
picto-enfants = Lemmu tunbi

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = Tenen
jour-2 = Talata
jour-3 = Araba
jour-4 = Alamisa
jour-5 = Aljuma
jour-6 = Sibiti
jour-7 = Alaxadi
mois-1 = Saanwiye
mois-2 = Feebirye
mois-3 = Marsi
mois-4 = Awiril
mois-5 = Mee
mois-6 = Sue
mois-7 = Sulye
mois-8 = Ut
mois-9 = Settanbur
mois-10 = Oktoobur
mois-11 = Nowanbur
mois-12 = Deesanbur
format-date = { $jour_semaine } { $jour } { $mois } { $annee }
format-heure = { $h }h{ $mm }
liste-separateur = {", "}
liste-et = { $debut } do { $fin }
