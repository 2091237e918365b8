# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: پښتو
# langue-fr: pachto
# locale: ps
# direction: rtl
# relu-par-locuteur-natif: non
#
# Traduction préparée par machine depuis le français (i18n/fr/flyer.ftl), relue en décembre 2026
# par le projet contre le texte français (sens de chaque phrase, registre poli, noms des deux
# ministères, « La participation est libre », variables, pluriels) ; PAS par un locuteur natif :
# à faire relire avant diffusion, puis passer la ligne ci-dessus à « oui ».
# Jours : noms persans d'usage courant en Afghanistan (دوشنبه…) ; CLDR donne aussi دونۍ، درېنۍ…

## Titre

affiche-titre = ښوونځی د مور او پلار لپاره پرانیستی دی، د ماشومانو د بریا لپاره
    .accroche = د مور او پلار لپاره وړیا کورسونه، ستاسو د ماشوم په ښوونځي کې

## Qu'est-ce que c'est ?

quoi-titre = دا څه دي؟
quoi-texte = دا د فرانسې د کورنیو چارو او پوهنې وزارتونو یو پروګرام دی، د هغو زده کوونکو د مور او پلار لپاره چې بهرني دي یا بهرنۍ ریښه لري.
quoi-gratuit = دا وړیا دی.
quoi-volontaire = ګډون اختیاري دی: هیڅ شی اجباري نه دی.

## Ce que les ateliers apportent

apports-titre = ولې راشئ؟
apports-reussite = له خپل ماشوم سره مرسته چې په ښوونځي کې بریالی شي
apports-ecole = پوهېدل چې ښوونځی څنګه کار کوي
apports-francais = په فرانسوي ژبه خبرې کول، لوستل او لیکل
apports-valeurs = د جمهوریت له ارزښتونو سره آشنا کېدل: آزادي، برابري، ورورولي، لائیسیته (د دین او دولت جلا والی)

## En pratique

pratique-titre = عملي معلومات
pratique-lieu = ځای: { $ecole }، ټولګی { $salle }
pratique-quand = وخت: { $jours }، له { $heure_debut } څخه تر { $heure_fin } پورې
pratique-debut = لومړی کورس: { $date_debut }
pratique-duree =
    { $heures ->
        [one] د ښوونیز کال په اوږدو کې { $heures } ساعت کورس
       *[other] د ښوونیز کال په اوږدو کې { $heures } ساعته کورسونه
    }
pratique-gratuit = وړیا
petits-enfants =
    { $petits_enfants ->
        [oui] تاسو کولای شئ له خپلو کوچنیو ماشومانو سره راشئ.
       *[non] د کورسونو پر مهال کوچني ماشومان نه شي منل کېدای.
    }

## Inscription et contact

inscription-titre = څنګه نوم لیکنه وکړو؟
inscription-texte = ستاسو د ماشوم د ښوونځي په دفتر کې، یا د هغه له ښوونکي سره.
contact-titre = اړیکه
contact-telephone = ټلیفون: { $telephone }
contact-courriel = بریښنالیک: { $courriel }

## Pictogrammes (libellés très courts)

picto-date = نېټه
picto-heure = وخت
picto-lieu = ځای
picto-gratuit = وړیا
picto-enfants = کوچني ماشومان

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = دوشنبه
jour-2 = سه‌شنبه
jour-3 = چهارشنبه
jour-4 = پنجشنبه
jour-5 = جمعه
jour-6 = شنبه
jour-7 = یکشنبه
mois-1 = جنوري
mois-2 = فبروري
mois-3 = مارچ
mois-4 = اپریل
mois-5 = مۍ
mois-6 = جون
mois-7 = جولای
mois-8 = اګست
mois-9 = سپتمبر
mois-10 = اکتوبر
mois-11 = نومبر
mois-12 = دسمبر
format-date = { $jour_semaine } { $jour } { $mois } { $annee }
format-heure = { $h }:{ $mm }
liste-separateur = {"، "}
liste-et = { $debut } او { $fin }
