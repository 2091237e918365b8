# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: հայերեն
# langue-fr: arménien
# locale: hy
# direction: ltr
# relu-par-locuteur-natif: non
#
# Traduction préparée par machine depuis le français (i18n/fr/flyer.ftl), relue en décembre 2026
# par le projet contre le texte français (sens de chaque phrase, registre poli, noms des deux
# ministères, « La participation est libre », variables, pluriels) ; PAS par un locuteur natif :
# à faire relire avant diffusion, puis passer la ligne ci-dessus à « oui ».
# Arménien oriental ; mois-N au génitif (« հոկտեմբերի 6 »). Les familles de la diaspora
# ancienne lisent parfois l'arménien occidental : à faire vérifier.

## Titre

affiche-titre = Բաց դպրոց ծնողների համար՝ հանուն երեխաների հաջողության
    .accroche = Անվճար դասընթացներ ծնողների համար՝ ձեր երեխայի դպրոցում

## Qu'est-ce que c'est ?

quoi-titre = Ի՞նչ է սա
quoi-texte = Ֆրանսիայի Ներքին գործերի և Կրթության նախարարությունների ծրագիր՝ օտարերկրացի կամ օտարերկրյա ծագում ունեցող աշակերտների ծնողների համար։
quoi-gratuit = Մասնակցությունն անվճար է։
quoi-volontaire = Մասնակցությունը կամավոր է՝ ոչինչ պարտադիր չէ։

## Ce que les ateliers apportent

apports-titre = Ինչո՞ւ գալ
apports-reussite = Օգնել ձեր երեխային հաջողության հասնել դպրոցում
apports-ecole = Հասկանալ, թե ինչպես է գործում դպրոցը
apports-francais = Խոսել, կարդալ և գրել ֆրանսերեն
apports-valeurs = Ճանաչել Հանրապետության արժեքները՝ ազատություն, հավասարություն, եղբայրություն, աշխարհիկություն

## En pratique

pratique-titre = Գործնական տեղեկություններ
pratique-lieu = Վայրը՝ { $ecole }, սենյակ { $salle }
pratique-quand = Երբ՝ { $jours }, { $heure_debut }-ից մինչև { $heure_fin }
pratique-debut = Առաջին դասընթացը՝ { $date_debut }
pratique-duree =
    { $heures ->
        [one] { $heures } ժամ դասընթաց ուսումնական տարվա ընթացքում
       *[other] { $heures } ժամ դասընթաց ուսումնական տարվա ընթացքում
    }
pratique-gratuit = Անվճար
petits-enfants =
    { $petits_enfants ->
        [oui] Կարող եք գալ ձեր փոքր երեխաների հետ։
       *[non] Դասընթացների ժամանակ փոքր երեխաներին ընդունել հնարավոր չէ։
    }

## Inscription et contact

inscription-titre = Ինչպե՞ս գրանցվել
inscription-texte = Ձեր երեխայի դպրոցի քարտուղարությունում կամ նրա ուսուցչի մոտ։
contact-titre = Կապ
contact-telephone = Հեռախոս՝ { $telephone }
contact-courriel = Էլ. փոստ՝ { $courriel }

## Pictogrammes (libellés très courts)

picto-date = Ամսաթիվ
picto-heure = Ժամ
picto-lieu = Վայր
picto-gratuit = Անվճար
picto-enfants = Փոքր երեխաներ

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = երկուշաբթի
jour-2 = երեքշաբթի
jour-3 = չորեքշաբթի
jour-4 = հինգշաբթի
jour-5 = ուրբաթ
jour-6 = շաբաթ
jour-7 = կիրակի
mois-1 = հունվարի
mois-2 = փետրվարի
mois-3 = մարտի
mois-4 = ապրիլի
mois-5 = մայիսի
mois-6 = հունիսի
mois-7 = հուլիսի
mois-8 = օգոստոսի
mois-9 = սեպտեմբերի
mois-10 = հոկտեմբերի
mois-11 = նոյեմբերի
mois-12 = դեկտեմբերի
format-date = { $annee } թ. { $mois } { $jour }, { $jour_semaine }
format-heure = { $h }:{ $mm }
liste-separateur = {", "}
liste-et = { $debut } և { $fin }
