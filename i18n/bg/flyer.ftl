# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: български
# langue-fr: bulgare
# locale: bg
# direction: ltr
# relu-par-locuteur-natif: non
#
# Traduction écrite par le projet depuis le français (i18n/fr/flyer.ftl), registre simple et poli
# (vouvoiement quand la langue en a un). Vérifié par le projet contre le texte français (sens de
# chaque phrase, noms des deux ministères, variables, pluriels), PAS par un locuteur natif : à faire
# relire avant diffusion, puis passer la ligne ci-dessus à « oui ».
# Vouvoiement. Date « вторник, 6 октомври 2026 г. ».

## Titre

affiche-titre = Училището отворено за родителите – за успеха на децата
    .accroche = Безплатни занятия за родители в училището на вашето дете

## Qu'est-ce que c'est ?

quoi-titre = Какво представлява?
quoi-texte = Програма на френските министерства на вътрешните работи и на националното образование за родители на ученици, които са чужденци или са с чуждестранен произход.
quoi-gratuit = Безплатно е.
quoi-volontaire = Участието е доброволно: нищо не е задължително.

## Ce que les ateliers apportent

apports-titre = Защо да дойдете?
apports-reussite = Да помогнете на детето си да успява в училище
apports-ecole = Да разберете как работи училището
apports-francais = Да говорите, четете и пишете на френски
apports-valeurs = Да опознаете ценностите на Републиката: свобода, равенство, братство, светскост (laïcité)

## En pratique

pratique-titre = Практическа информация
pratique-lieu = Къде: { $ecole }, зала { $salle }
pratique-quand = Кога: { $jours }, от { $heure_debut } до { $heure_fin }
pratique-debut = Първо занятие: { $date_debut }
pratique-duree =
    { $heures ->
        [one] { $heures } час занятия през учебната година
       *[other] { $heures } часа занятия през учебната година
    }
pratique-gratuit = Безплатно
petits-enfants =
    { $petits_enfants ->
        [oui] Можете да дойдете с малките си деца.
       *[non] Малките деца не могат да бъдат приети по време на занятията.
    }

## Inscription et contact

inscription-titre = Как да се запишете?
inscription-texte = В канцеларията на училището на вашето дете или при неговия учител.
contact-titre = Контакт
contact-telephone = Телефон: { $telephone }
contact-courriel = Имейл: { $courriel }

## Pictogrammes (libellés très courts)

picto-date = Дата
picto-heure = Час
picto-lieu = Място
picto-gratuit = Безплатно
picto-enfants = Малки деца

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = понеделник
jour-2 = вторник
jour-3 = сряда
jour-4 = четвъртък
jour-5 = петък
jour-6 = събота
jour-7 = неделя
mois-1 = януари
mois-2 = февруари
mois-3 = март
mois-4 = април
mois-5 = май
mois-6 = юни
mois-7 = юли
mois-8 = август
mois-9 = септември
mois-10 = октомври
mois-11 = ноември
mois-12 = декември
format-date = { $jour_semaine }, { $jour } { $mois } { $annee } г.
format-heure = { $h }:{ $mm } ч.
liste-separateur = {", "}
liste-et = { $debut } и { $fin }
