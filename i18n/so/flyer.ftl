# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: Soomaali
# langue-fr: somali
# locale: so
# direction: ltr
# relu-par-locuteur-natif: non
#
# Traduction préparée par machine depuis le français (i18n/fr/flyer.ftl), relue en décembre 2026
# par le projet contre le texte français (sens de chaque phrase, registre poli, noms des deux
# ministères, « La participation est libre », variables, pluriels) ; PAS par un locuteur natif :
# à faire relire avant diffusion, puis passer la ligne ci-dessus à « oui ».

## Titre

affiche-titre = Dugsiga oo loo furo waalidiinta, si carruurtu ugu guuleystaan
    .accroche = Tababarro bilaash ah oo waalidiinta loogu talagalay, dugsiga ilmahaaga

## Qu'est-ce que c'est ?

quoi-titre = Waa maxay?
quoi-texte = Waa barnaamij ay leeyihiin Wasaaradaha Arrimaha Gudaha iyo Waxbarashada ee Faransiiska, loogu talagalay waalidiinta ardayda ajnabiga ah ama asal ahaan ajnabiga ah.
quoi-gratuit = Waa bilaash.
quoi-volontaire = Ka qaybgalku waa ikhtiyaari: waxba qasab ma aha.

## Ce que les ateliers apportent

apports-titre = Maxaad u timaaddaa?
apports-reussite = Ka caawi ilmahaaga inuu ku guuleysto dugsiga
apports-ecole = Faham sida uu dugsigu u shaqeeyo
apports-francais = Ku hadal, akhri oo qor luqadda Faransiiska
apports-valeurs = Baro qiyamka Jamhuuriyadda: xorriyad, sinnaan, walaalnimo, kala saaridda diinta iyo dawladda (laïcité)

## En pratique

pratique-titre = Macluumaad faahfaahsan
pratique-lieu = Halkee: { $ecole }, qolka { $salle }
pratique-quand = Goorma: { $jours }, laga bilaabo { $heure_debut } ilaa { $heure_fin }
pratique-debut = Tababarka koowaad: { $date_debut }
pratique-duree =
    { $heures ->
        [one] { $heures } saac oo tababar ah inta lagu jiro sannad-dugsiyeedka
       *[other] { $heures } saacadood oo tababar ah inta lagu jiro sannad-dugsiyeedka
    }
pratique-gratuit = Bilaash
petits-enfants =
    { $petits_enfants ->
        [oui] Waxaad la iman kartaa carruurtaada yaryar.
       *[non] Carruurta yaryar lama qaabili karo inta tababarku socdo.
    }

## Inscription et contact

inscription-titre = Sidee isku diiwaangelin?
inscription-texte = Xafiiska dugsiga ilmahaaga, ama macallinka ilmahaaga.
contact-titre = Xiriir
contact-telephone = Taleefan: { $telephone }
contact-courriel = Iimayl: { $courriel }

## Pictogrammes (libellés très courts)

picto-date = Taariikh
picto-heure = Waqti
picto-lieu = Goob
picto-gratuit = Bilaash
picto-enfants = Carruur yaryar

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = Isniin
jour-2 = Talaado
jour-3 = Arbaco
jour-4 = Khamiis
jour-5 = Jimco
jour-6 = Sabti
jour-7 = Axad
mois-1 = Janaayo
mois-2 = Febraayo
mois-3 = Maarso
mois-4 = Abriil
mois-5 = May
mois-6 = Juun
mois-7 = Luuliyo
mois-8 = Agoosto
mois-9 = Sebtembar
mois-10 = Oktoobar
mois-11 = Nofembar
mois-12 = Desembar
format-date = { $jour_semaine }, { $jour } { $mois } { $annee }
format-heure = { $h }:{ $mm }
liste-separateur = {", "}
liste-et = { $debut } iyo { $fin }
