# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: shqip
# langue-fr: albanais
# locale: sq
# direction: ltr
# relu-par-locuteur-natif: non
#
# Traduction préparée par machine depuis le français (i18n/fr/flyer.ftl), relue en décembre 2026
# par le projet contre le texte français (sens de chaque phrase, registre poli, noms des deux
# ministères, « La participation est libre », variables, pluriels) ; PAS par un locuteur natif :
# à faire relire avant diffusion, puis passer la ligne ci-dessus à « oui ».

## Titre

affiche-titre = Shkolla e hapur për prindërit, për suksesin e fëmijëve
    .accroche = Punëtori falas për prindërit, në shkollën e fëmijës suaj

## Qu'est-ce que c'est ?

quoi-titre = Çfarë është?
quoi-texte = Një program i Ministrisë së Brendshme dhe i Ministrisë së Arsimit Kombëtar të Francës, për prindërit e nxënësve të huaj ose me origjinë të huaj.
quoi-gratuit = Është falas.
quoi-volontaire = Pjesëmarrja është e lirë: asgjë nuk është e detyrueshme.

## Ce que les ateliers apportent

apports-titre = Pse të vini?
apports-reussite = Të ndihmoni fëmijën tuaj të ketë sukses në shkollë
apports-ecole = Të kuptoni si funksionon shkolla
apports-francais = Të flisni, të lexoni dhe të shkruani frëngjisht
apports-valeurs = Të njihni vlerat e Republikës: liria, barazia, vëllazëria, laiciteti

## En pratique

pratique-titre = Informacion praktik
pratique-lieu = Ku: { $ecole }, salla { $salle }
pratique-quand = Kur: { $jours }, nga ora { $heure_debut } deri në { $heure_fin }
pratique-debut = Punëtoria e parë: { $date_debut }
pratique-duree =
    { $heures ->
        [one] { $heures } orë punëtori gjatë vitit shkollor
       *[other] { $heures } orë punëtori gjatë vitit shkollor
    }
pratique-gratuit = Falas
petits-enfants =
    { $petits_enfants ->
        [oui] Mund të vini me fëmijët tuaj të vegjël.
       *[non] Fëmijët e vegjël nuk mund të pranohen gjatë punëtorive.
    }

## Inscription et contact

inscription-titre = Si të regjistroheni?
inscription-texte = Në sekretarinë e shkollës së fëmijës suaj ose te mësuesi i tij.
contact-titre = Kontakt
contact-telephone = Telefon: { $telephone }
contact-courriel = Email: { $courriel }

## Pictogrammes (libellés très courts)

picto-date = Data
picto-heure = Ora
picto-lieu = Vendi
picto-gratuit = Falas
picto-enfants = Fëmijë të vegjël

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = e hënë
jour-2 = e martë
jour-3 = e mërkurë
jour-4 = e enjte
jour-5 = e premte
jour-6 = e shtunë
jour-7 = e diel
mois-1 = janar
mois-2 = shkurt
mois-3 = mars
mois-4 = prill
mois-5 = maj
mois-6 = qershor
mois-7 = korrik
mois-8 = gusht
mois-9 = shtator
mois-10 = tetor
mois-11 = nëntor
mois-12 = dhjetor
format-date = { $jour_semaine }, { $jour } { $mois } { $annee }
format-heure = { $h }:{ $mm }
liste-separateur = {", "}
liste-et = { $debut } dhe { $fin }
