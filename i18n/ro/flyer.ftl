# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: română
# langue-fr: roumain
# locale: ro
# direction: ltr
# relu-par-locuteur-natif: non
#
# Traduction préparée par machine depuis le français (i18n/fr/flyer.ftl), relue en décembre 2026
# par le projet contre le texte français (sens de chaque phrase, registre poli, noms des deux
# ministères, « La participation est libre », variables, pluriels) ; PAS par un locuteur natif :
# à faire relire avant diffusion, puis passer la ligne ci-dessus à « oui ».
# ș et ț avec virgule dessous (U+0219, U+021B), pas la cédille.

## Titre

affiche-titre = Școala deschisă părinților, pentru reușita copiilor
    .accroche = Ateliere gratuite pentru părinți, la școala copilului dumneavoastră

## Qu'est-ce que c'est ?

quoi-titre = Ce este?
quoi-texte = Un program al Ministerului de Interne și al Ministerului Educației Naționale din Franța, pentru părinții elevilor străini sau de origine străină.
quoi-gratuit = Este gratuit.
quoi-volontaire = Participarea este liberă: nimic nu este obligatoriu.

## Ce que les ateliers apportent

apports-titre = De ce să veniți?
apports-reussite = Să vă ajutați copilul să reușească la școală
apports-ecole = Să înțelegeți cum funcționează școala
apports-francais = Să vorbiți, să citiți și să scrieți în franceză
apports-valeurs = Să cunoașteți valorile Republicii: libertate, egalitate, fraternitate, laicitate

## En pratique

pratique-titre = Informații practice
pratique-lieu = Unde: { $ecole }, sala { $salle }
pratique-quand = Când: { $jours }, de la { $heure_debut } la { $heure_fin }
pratique-debut = Primul atelier: { $date_debut }
pratique-duree =
    { $heures ->
        [one] { $heures } oră de ateliere pe parcursul anului școlar
        [few] { $heures } ore de ateliere pe parcursul anului școlar
       *[other] { $heures } de ore de ateliere pe parcursul anului școlar
    }
pratique-gratuit = Gratuit
petits-enfants =
    { $petits_enfants ->
        [oui] Puteți veni cu copiii mici.
       *[non] Copiii mici nu pot fi primiți în timpul atelierelor.
    }

## Inscription et contact

inscription-titre = Cum vă înscrieți?
inscription-texte = La secretariatul școlii copilului dumneavoastră sau la profesorul lui.
contact-titre = Contact
contact-telephone = Telefon: { $telephone }
contact-courriel = E-mail: { $courriel }

## Pictogrammes (libellés très courts)

picto-date = Data
picto-heure = Ora
picto-lieu = Locul
picto-gratuit = Gratuit
picto-enfants = Copii mici

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = luni
jour-2 = marți
jour-3 = miercuri
jour-4 = joi
jour-5 = vineri
jour-6 = sâmbătă
jour-7 = duminică
mois-1 = ianuarie
mois-2 = februarie
mois-3 = martie
mois-4 = aprilie
mois-5 = mai
mois-6 = iunie
mois-7 = iulie
mois-8 = august
mois-9 = septembrie
mois-10 = octombrie
mois-11 = noiembrie
mois-12 = decembrie
format-date = { $jour_semaine }, { $jour } { $mois } { $annee }
format-heure = { $h }:{ $mm }
liste-separateur = {", "}
liste-et = { $debut } și { $fin }
