# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: العربية
# langue-fr: arabe
# locale: ar
# direction: rtl
# relu-par-locuteur-natif: non
#
# Traduction préparée par machine depuis le français (i18n/fr/flyer.ftl), relue en décembre 2026
# par le projet contre le texte français (sens de chaque phrase, registre poli, noms des deux
# ministères, « La participation est libre », variables, pluriels) ; PAS par un locuteur natif :
# à faire relire avant diffusion, puis passer la ligne ci-dessus à « oui ».
# Arabe standard, vocabulaire maghrébin pour l'école (« أولياء الأمور », « ورشات »). Mois : noms
# usuels au Moyen-Orient (يناير…) ; au Maghreb on dit aussi جانفي/يناير, فيفري… : à faire choisir
# par le relecteur. Chiffres occidentaux (usage du Maghreb).

## Titre

affiche-titre = فتح المدرسة أمام أولياء الأمور من أجل نجاح الأطفال
    .accroche = ورشات مجانية لأولياء الأمور في مدرسة طفلكم

## Qu'est-ce que c'est ?

quoi-titre = ما هو هذا البرنامج؟
quoi-texte = برنامج تابع لوزارتي الداخلية والتربية الوطنية الفرنسيتين، موجّه لأولياء التلاميذ الأجانب أو من أصول أجنبية.
quoi-gratuit = المشاركة مجانية.
quoi-volontaire = المشاركة اختيارية: لا شيء إلزامي.

## Ce que les ateliers apportent

apports-titre = لماذا تشاركون؟
apports-reussite = مساعدة طفلكم على النجاح في المدرسة
apports-ecole = فهم طريقة عمل المدرسة
apports-francais = التحدث باللغة الفرنسية وقراءتها وكتابتها
apports-valeurs = التعرف على قيم الجمهورية: الحرية، المساواة، الأخوّة، العلمانية (اللائكية)

## En pratique

pratique-titre = معلومات عملية
pratique-lieu = المكان: { $ecole }، القاعة { $salle }
pratique-quand = الموعد: { $jours }، من { $heure_debut } إلى { $heure_fin }
pratique-debut = الورشة الأولى: { $date_debut }
pratique-duree =
    { $heures ->
        [zero] { $heures } ساعة من الورشات خلال السنة الدراسية
        [one] ساعة واحدة ({ $heures }) من الورشات خلال السنة الدراسية
        [two] ساعتان ({ $heures }) من الورشات خلال السنة الدراسية
        [few] { $heures } ساعات من الورشات خلال السنة الدراسية
        [many] { $heures } ساعة من الورشات خلال السنة الدراسية
       *[other] { $heures } ساعة من الورشات خلال السنة الدراسية
    }
pratique-gratuit = مجاني
petits-enfants =
    { $petits_enfants ->
        [oui] يمكنكم الحضور مع أطفالكم الصغار.
       *[non] لا يمكن استقبال الأطفال الصغار أثناء الورشات.
    }

## Inscription et contact

inscription-titre = كيف تسجّلون؟
inscription-texte = لدى أمانة مدرسة طفلكم، أو لدى معلّمه.
contact-titre = للتواصل
contact-telephone = الهاتف: { $telephone }
contact-courriel = البريد الإلكتروني: { $courriel }

## Pictogrammes (libellés très courts)

picto-date = التاريخ
picto-heure = الوقت
picto-lieu = المكان
picto-gratuit = مجاني
picto-enfants = الأطفال الصغار

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = الاثنين
jour-2 = الثلاثاء
jour-3 = الأربعاء
jour-4 = الخميس
jour-5 = الجمعة
jour-6 = السبت
jour-7 = الأحد
mois-1 = يناير
mois-2 = فبراير
mois-3 = مارس
mois-4 = أبريل
mois-5 = مايو
mois-6 = يونيو
mois-7 = يوليو
mois-8 = أغسطس
mois-9 = سبتمبر
mois-10 = أكتوبر
mois-11 = نوفمبر
mois-12 = ديسمبر
format-date = { $jour_semaine } { $jour } { $mois } { $annee }
format-heure = { $h }:{ $mm }
liste-separateur = {"، "}
liste-et = { $debut } و{ $fin }
