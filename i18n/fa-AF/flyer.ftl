# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: دری
# langue-fr: dari (persan d'Afghanistan)
# locale: fa-AF
# direction: rtl
# relu-par-locuteur-natif: non
#
# Traduction préparée par machine depuis le français (i18n/fr/flyer.ftl), relue en décembre 2026
# par le projet contre le texte français (sens de chaque phrase, registre poli, noms des deux
# ministères, « La participation est libre », variables, pluriels) ; PAS par un locuteur natif :
# à faire relire avant diffusion, puis passer la ligne ci-dessus à « oui ».
# Dari : balise fa-AF pour que Fluent applique les règles de pluriel du persan (« prs » est
# inconnu de CLDR : règles de l'anglais). Vocabulaire dari là où il diffère de l'iranien : مکتب
# (école), شاگرد (élève), معارف (éducation), داخله (intérieur), معلومات, صنف (salle de classe),
# طفل/اطفال (enfant), سال تعلیمی, تلفون ; mois grégoriens à l'afghane (جنوری، فبروری…).
# ZWNJ (U+200C) dans سه‌شنبه, می‌آیید…

## Titre

affiche-titre = مکتب به روی والدین باز است، برای موفقیت اطفال
    .accroche = کورس‌های رایگان برای والدین، در مکتب طفل شما

## Qu'est-ce que c'est ?

quoi-titre = این چیست؟
quoi-texte = برنامهٔ وزارت‌های داخله و معارف فرانسه برای والدین شاگردانی که خارجی یا خارجی‌الاصل هستند.
quoi-gratuit = رایگان است.
quoi-volontaire = اشتراک اختیاری است: هیچ چیز اجباری نیست.

## Ce que les ateliers apportent

apports-titre = چرا بیایید؟
apports-reussite = کمک به طفل تان برای موفقیت در مکتب
apports-ecole = فهمیدن این که مکتب چگونه کار می‌کند
apports-francais = صحبت کردن، خواندن و نوشتن به زبان فرانسوی
apports-valeurs = آشنایی با ارزش‌های جمهوری: آزادی، برابری، برادری، لائیسیته (جدایی دین و دولت)

## En pratique

pratique-titre = معلومات عملی
pratique-lieu = محل: { $ecole }، صنف { $salle }
pratique-quand = زمان: { $jours }، از ساعت { $heure_debut } تا { $heure_fin }
pratique-debut = اولین جلسه: { $date_debut }
pratique-duree =
    { $heures ->
        [one] { $heures } ساعت کورس در طول سال تعلیمی
       *[other] { $heures } ساعت کورس در طول سال تعلیمی
    }
pratique-gratuit = رایگان
petits-enfants =
    { $petits_enfants ->
        [oui] می‌توانید با اطفال خردسال تان بیایید.
       *[non] در جریان کورس‌ها اطفال خردسال پذیرفته نمی‌شوند.
    }

## Inscription et contact

inscription-titre = چگونه ثبت نام کنیم؟
inscription-texte = در دفتر مکتب طفل تان، یا نزد معلم او.
contact-titre = تماس
contact-telephone = تلفون: { $telephone }
contact-courriel = ایمیل: { $courriel }

## Pictogrammes (libellés très courts)

picto-date = تاریخ
picto-heure = ساعت
picto-lieu = محل
picto-gratuit = رایگان
picto-enfants = اطفال خردسال

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = دوشنبه
jour-2 = سه‌شنبه
jour-3 = چهارشنبه
jour-4 = پنجشنبه
jour-5 = جمعه
jour-6 = شنبه
jour-7 = یکشنبه
mois-1 = جنوری
mois-2 = فبروری
mois-3 = مارچ
mois-4 = اپریل
mois-5 = می
mois-6 = جون
mois-7 = جولای
mois-8 = اگست
mois-9 = سپتمبر
mois-10 = اکتوبر
mois-11 = نومبر
mois-12 = دسمبر
format-date = { $jour_semaine } { $jour } { $mois } { $annee }
format-heure = { $h }:{ $mm }
liste-separateur = {"، "}
liste-et = { $debut } و { $fin }
