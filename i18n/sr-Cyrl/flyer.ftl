# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: српски (ћирилица)
# langue-fr: serbe (alphabet cyrillique)
# locale: sr-Cyrl
# direction: ltr
# relu-par-locuteur-natif: non
#
# Translittération en cyrillique (variante ékavienne) du fichier sr-Latn, lettre à lettre
# (lj → љ, nj → њ, dž → џ), vérifiée par le projet contre le texte français ; les mots
# français entre parenthèses restent en latin. PAS relu par un locuteur natif : à faire relire
# avant diffusion. Pluriel : règles CLDR du serbe (one/few/other), comme sr-Latn.

## Titre

affiche-titre = Школа отворена за родитеље — за успех деце
    .accroche = Бесплатне радионице за родитеље, у школи вашег детета

## Qu'est-ce que c'est ?

quoi-titre = Шта је то?
quoi-texte = Програм француских министарстава унутрашњих послова и просвете за родитеље ученика који су странци или страног порекла.
quoi-gratuit = Бесплатно је.
quoi-volontaire = Учешће је добровољно: ништа није обавезно.

## Ce que les ateliers apportent

apports-titre = Зашто доћи?
apports-reussite = Помоћи детету да успе у школи
apports-ecole = Разумети како школа функционише
apports-francais = Говорити, читати и писати на француском
apports-valeurs = Упознати вредности Републике: слобода, једнакост, братство, лаицитет (секуларност)

## En pratique

pratique-titre = Практичне информације
pratique-lieu = Где: { $ecole }, учионица { $salle }
pratique-quand = Када: { $jours }, од { $heure_debut } до { $heure_fin }
pratique-debut = Прва радионица: { $date_debut }
pratique-duree =
    { $heures ->
        [one] { $heures } сат радионица током школске године
        [few] { $heures } сата радионица током школске године
       *[other] { $heures } сати радионица током школске године
    }
pratique-gratuit = Бесплатно
petits-enfants =
    { $petits_enfants ->
        [oui] Можете доћи са малом децом.
       *[non] Мала деца не могу бити примљена током радионица.
    }

## Inscription et contact

inscription-titre = Како се пријавити?
inscription-texte = У секретаријату школе вашег детета или код његовог наставника.
contact-titre = Контакт
contact-telephone = Телефон: { $telephone }
contact-courriel = Е-пошта: { $courriel }

## Pictogrammes (libellés très courts)

picto-date = Датум
picto-heure = Време
picto-lieu = Место
picto-gratuit = Бесплатно
picto-enfants = Мала деца

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = понедељак
jour-2 = уторак
jour-3 = среда
jour-4 = четвртак
jour-5 = петак
jour-6 = субота
jour-7 = недеља
mois-1 = јануара
mois-2 = фебруара
mois-3 = марта
mois-4 = априла
mois-5 = маја
mois-6 = јуна
mois-7 = јула
mois-8 = августа
mois-9 = септембра
mois-10 = октобра
mois-11 = новембра
mois-12 = децембра
format-date = { $jour_semaine }, { $jour }. { $mois } { $annee }.
format-heure = { $h }:{ $mm }
liste-separateur = {", "}
liste-et = { $debut } и { $fin }
