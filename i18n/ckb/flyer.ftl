# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: کوردی (سۆرانی)
# langue-fr: kurde sorani
# locale: ckb
# direction: rtl
# relu-par-locuteur-natif: non
#
# Traduction écrite par le projet depuis le français (i18n/fr/flyer.ftl), registre simple et poli
# (vouvoiement quand la langue en a un). Vérifié par le projet contre le texte français (sens de
# chaque phrase, noms des deux ministères, variables, pluriels), PAS par un locuteur natif : à faire
# relire avant diffusion, puis passer la ligne ci-dessus à « oui ».
# Sorani en alphabet arabe (ە، ێ، ۆ، ڵ، ڕ), de droite à gauche ; mois grégoriens sous leurs noms
# usuels en Irak (کانوونی دووەم = janvier…). Balise ckb, connue de CLDR (pluriel one/other).

## Titre

affiche-titre = قوتابخانە بۆ دایکان و باوکان کراوەیە، بۆ سەرکەوتنی منداڵان
    .accroche = وۆرکشۆپی بێبەرامبەر بۆ دایکان و باوکان، لە قوتابخانەی منداڵەکەتان

## Qu'est-ce que c'est ?

quoi-titre = ئەمە چییە؟
quoi-texte = بەرنامەیەکی وەزارەتی ناوخۆ و وەزارەتی پەروەردەی نیشتمانیی فەرەنسایە، بۆ دایک و باوکی ئەو قوتابیانەی کە بیانین یان بنەچەیان بیانییە.
quoi-gratuit = بێبەرامبەرە.
quoi-volontaire = بەشداریکردن ئارەزوومەندانەیە: هیچ شتێک ناچاری نییە.

## Ce que les ateliers apportent

apports-titre = بۆچی بێن؟
apports-reussite = یارمەتیدانی منداڵەکەتان بۆ سەرکەوتن لە قوتابخانە
apports-ecole = تێگەیشتن لەوەی قوتابخانە چۆن کار دەکات
apports-francais = قسەکردن، خوێندنەوە و نووسینی زمانی فەرەنسی
apports-valeurs = ناسینی بەهاکانی کۆمار: ئازادی، یەکسانی، برایەتی، جیاکردنەوەی ئایین لە دەوڵەت (laïcité)

## En pratique

pratique-titre = زانیاریی پێویست
pratique-lieu = شوێن: { $ecole }، ژووری { $salle }
pratique-quand = کات: { $jours }، لە { $heure_debut } تا { $heure_fin }
pratique-debut = یەکەم وۆرکشۆپ: { $date_debut }
pratique-duree =
    { $heures ->
        [one] { $heures } کاتژمێر وۆرکشۆپ لە ماوەی ساڵی خوێندندا
       *[other] { $heures } کاتژمێر وۆرکشۆپ لە ماوەی ساڵی خوێندندا
    }
pratique-gratuit = بێبەرامبەر
petits-enfants =
    { $petits_enfants ->
        [oui] دەتوانن منداڵە بچووکەکانتان لەگەڵ خۆتان بهێنن.
       *[non] لە کاتی وۆرکشۆپەکاندا منداڵی بچووک وەرناگیرێن.
    }

## Inscription et contact

inscription-titre = چۆن ناو تۆمار بکەن؟
inscription-texte = لە نووسینگەی قوتابخانەی منداڵەکەتان، یان لای مامۆستاکەی.
contact-titre = پەیوەندی
contact-telephone = تەلەفۆن: { $telephone }
contact-courriel = ئیمەیڵ: { $courriel }

## Pictogrammes (libellés très courts)

picto-date = بەروار
picto-heure = کات
picto-lieu = شوێن
picto-gratuit = بێبەرامبەر
picto-enfants = منداڵی بچووک

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = دووشەممە
jour-2 = سێشەممە
jour-3 = چوارشەممە
jour-4 = پێنجشەممە
jour-5 = هەینی
jour-6 = شەممە
jour-7 = یەکشەممە
mois-1 = کانوونی دووەم
mois-2 = شوبات
mois-3 = ئازار
mois-4 = نیسان
mois-5 = ئایار
mois-6 = حوزەیران
mois-7 = تەممووز
mois-8 = ئاب
mois-9 = ئەیلوول
mois-10 = تشرینی یەکەم
mois-11 = تشرینی دووەم
mois-12 = کانوونی یەکەم
format-date = { $jour_semaine } { $jour } { $mois } { $annee }
format-heure = { $h }:{ $mm }
liste-separateur = {"، "}
liste-et = { $debut } و { $fin }
