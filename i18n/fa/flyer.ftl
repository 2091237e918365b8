# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: فارسی
# langue-fr: persan (Iran)
# locale: fa
# direction: rtl
# relu-par-locuteur-natif: non
#
# Traduction écrite par le projet depuis le français (i18n/fr/flyer.ftl), registre simple et poli
# (vouvoiement quand la langue en a un). Vérifié par le projet contre le texte français (sens de
# chaque phrase, noms des deux ministères, variables, pluriels), PAS par un locuteur natif : à faire
# relire avant diffusion, puis passer la ligne ci-dessus à « oui ».
# Persan d'Iran (le dari d'Afghanistan est fa-AF) : مدرسه، دانش‌آموز، آموزش و پرورش / وزارت کشور,
# mois grégoriens à l'iranienne (ژانویه…), chiffres occidentaux. ZWNJ (U+200C) dans می‌توانید, کارگاه‌ها…

## Titre

affiche-titre = مدرسه به روی والدین باز است، برای موفقیت فرزندان
    .accroche = کارگاه‌های رایگان برای والدین، در مدرسهٔ فرزند شما

## Qu'est-ce que c'est ?

quoi-titre = این برنامه چیست؟
quoi-texte = برنامه‌ای از وزارت کشور و وزارت آموزش ملی فرانسه، برای والدین دانش‌آموزانی که خارجی یا خارجی‌تبار هستند.
quoi-gratuit = رایگان است.
quoi-volontaire = شرکت اختیاری است: هیچ چیز اجباری نیست.

## Ce que les ateliers apportent

apports-titre = چرا شرکت کنید؟
apports-reussite = کمک به فرزندتان برای موفقیت در مدرسه
apports-ecole = آشنایی با این که مدرسه چگونه کار می‌کند
apports-francais = صحبت کردن، خواندن و نوشتن به زبان فرانسوی
apports-valeurs = آشنایی با ارزش‌های جمهوری: آزادی، برابری، برادری، لائیسیته (جدایی دین از دولت)

## En pratique

pratique-titre = اطلاعات کاربردی
pratique-lieu = مکان: { $ecole }، کلاس { $salle }
pratique-quand = زمان: { $jours }، از ساعت { $heure_debut } تا { $heure_fin }
pratique-debut = نخستین کارگاه: { $date_debut }
pratique-duree =
    { $heures ->
        [one] { $heures } ساعت کارگاه در طول سال تحصیلی
       *[other] { $heures } ساعت کارگاه در طول سال تحصیلی
    }
pratique-gratuit = رایگان
petits-enfants =
    { $petits_enfants ->
        [oui] می‌توانید فرزندان خردسالتان را همراه بیاورید.
       *[non] در طول کارگاه‌ها امکان پذیرش کودکان خردسال وجود ندارد.
    }

## Inscription et contact

inscription-titre = چگونه ثبت‌نام کنید؟
inscription-texte = در دفتر مدرسهٔ فرزندتان، یا نزد معلم او.
contact-titre = تماس
contact-telephone = تلفن: { $telephone }
contact-courriel = ایمیل: { $courriel }

## Pictogrammes (libellés très courts)

picto-date = تاریخ
picto-heure = ساعت
picto-lieu = مکان
picto-gratuit = رایگان
picto-enfants = کودکان خردسال

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = دوشنبه
jour-2 = سه‌شنبه
jour-3 = چهارشنبه
jour-4 = پنجشنبه
jour-5 = جمعه
jour-6 = شنبه
jour-7 = یکشنبه
mois-1 = ژانویه
mois-2 = فوریه
mois-3 = مارس
mois-4 = آوریل
mois-5 = مه
mois-6 = ژوئن
mois-7 = ژوئیه
mois-8 = اوت
mois-9 = سپتامبر
mois-10 = اکتبر
mois-11 = نوامبر
mois-12 = دسامبر
format-date = { $jour_semaine } { $jour } { $mois } { $annee }
format-heure = { $h }:{ $mm }
liste-separateur = {"، "}
liste-et = { $debut } و { $fin }
