# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: English
# langue-fr: anglais
# locale: en
# direction: ltr
# relu-par-locuteur-natif: non
#
# Traduction préparée par machine depuis le français (i18n/fr/flyer.ftl), relue en décembre 2026
# par le projet contre le texte français (sens de chaque phrase, registre poli, noms des deux
# ministères, « La participation est libre », variables, pluriels) ; PAS par un locuteur natif :
# à faire relire avant diffusion, puis passer la ligne ci-dessus à « oui ».
# Anglais britannique (date « Tuesday 6 October 2026 ») ; heures sur 12 h (« 2:00 pm »).

## Titre

affiche-titre = Opening School to Parents for Children's Success
    .accroche = Free workshops for parents, at your child's school

## Qu'est-ce que c'est ?

quoi-titre = What is it?
quoi-texte = A programme of the French Ministries of the Interior and of Education, for parents of pupils who are foreigners or of foreign origin.
quoi-gratuit = It is free.
quoi-volontaire = Taking part is voluntary: nothing is compulsory.

## Ce que les ateliers apportent

apports-titre = Why come?
apports-reussite = Help your child succeed at school
apports-ecole = Understand how the school works
apports-francais = Speak, read and write French
apports-valeurs = Learn the values of the Republic: liberty, equality, fraternity, secularism (laïcité)

## En pratique

pratique-titre = In practice
pratique-lieu = Where: { $ecole }, room { $salle }
pratique-quand = When: { $jours }, from { $heure_debut } to { $heure_fin }
pratique-debut = First workshop: { $date_debut }
pratique-duree =
    { $heures ->
        [one] { $heures } hour of workshops over the school year
       *[other] { $heures } hours of workshops over the school year
    }
pratique-gratuit = Free
petits-enfants =
    { $petits_enfants ->
        [oui] You may bring your young children with you.
       *[non] Young children cannot be looked after during the workshops.
    }

## Inscription et contact

inscription-titre = How to enrol?
inscription-texte = At the office of your child's school, or with your child's teacher.
contact-titre = Contact
contact-telephone = Phone: { $telephone }
contact-courriel = Email: { $courriel }

## Pictogrammes (libellés très courts)

picto-date = Date
picto-heure = Time
picto-lieu = Place
picto-gratuit = Free
picto-enfants = Young children

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = Monday
jour-2 = Tuesday
jour-3 = Wednesday
jour-4 = Thursday
jour-5 = Friday
jour-6 = Saturday
jour-7 = Sunday
mois-1 = January
mois-2 = February
mois-3 = March
mois-4 = April
mois-5 = May
mois-6 = June
mois-7 = July
mois-8 = August
mois-9 = September
mois-10 = October
mois-11 = November
mois-12 = December
format-date = { $jour_semaine } { $jour } { $mois } { $annee }
format-heure =
    { $h12 }:{ $mm } { $periode ->
        [am] am
       *[pm] pm
    }
liste-separateur = {", "}
liste-et = { $debut } and { $fin }
