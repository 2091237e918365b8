# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: اردو
# langue-fr: ourdou
# locale: ur
# direction: rtl
# relu-par-locuteur-natif: non
#
# Traduction préparée par machine depuis le français (i18n/fr/flyer.ftl), relue en décembre 2026
# par le projet contre le texte français (sens de chaque phrase, registre poli, noms des deux
# ministères, « La participation est libre », variables, pluriels) ; PAS par un locuteur natif :
# à faire relire avant diffusion, puis passer la ligne ci-dessus à « oui ».
# Écriture nastaliq (police Noto Nastaliq Urdu) ; heures sur 12 h, d'usage au Pakistan.

## Titre

affiche-titre = اسکول والدین کے لیے کھلا ہے، بچوں کی کامیابی کے لیے
    .accroche = والدین کے لیے مفت ورکشاپس، آپ کے بچے کے اسکول میں

## Qu'est-ce que c'est ?

quoi-titre = یہ کیا ہے؟
quoi-texte = یہ فرانس کی وزارتِ داخلہ اور وزارتِ تعلیم کا ایک پروگرام ہے، ان طلبہ کے والدین کے لیے جو غیر ملکی ہیں یا غیر ملکی نژاد ہیں۔
quoi-gratuit = یہ مفت ہے۔
quoi-volontaire = شرکت اختیاری ہے: کچھ بھی لازمی نہیں۔

## Ce que les ateliers apportent

apports-titre = کیوں آئیں؟
apports-reussite = اپنے بچے کو اسکول میں کامیاب ہونے میں مدد دینا
apports-ecole = یہ سمجھنا کہ اسکول کیسے کام کرتا ہے
apports-francais = فرانسیسی بولنا، پڑھنا اور لکھنا
apports-valeurs = جمہوریہ کی اقدار جاننا: آزادی، مساوات، بھائی چارہ، سیکولرازم (لائیسیتے)

## En pratique

pratique-titre = عملی معلومات
pratique-lieu = جگہ: { $ecole }، کمرہ { $salle }
pratique-quand = وقت: { $jours }، { $heure_debut } سے { $heure_fin } تک
pratique-debut = پہلی ورکشاپ: { $date_debut }
pratique-duree =
    { $heures ->
        [one] تعلیمی سال کے دوران { $heures } گھنٹے کی ورکشاپ
       *[other] تعلیمی سال کے دوران { $heures } گھنٹے کی ورکشاپس
    }
pratique-gratuit = مفت
petits-enfants =
    { $petits_enfants ->
        [oui] آپ اپنے چھوٹے بچوں کو ساتھ لا سکتے ہیں۔
       *[non] ورکشاپ کے دوران چھوٹے بچوں کی دیکھ بھال ممکن نہیں۔
    }

## Inscription et contact

inscription-titre = رجسٹریشن کیسے کرائیں؟
inscription-texte = اپنے بچے کے اسکول کے دفتر میں، یا اس کے استاد سے۔
contact-titre = رابطہ
contact-telephone = فون: { $telephone }
contact-courriel = ای میل: { $courriel }

## Pictogrammes (libellés très courts)

picto-date = تاریخ
picto-heure = وقت
picto-lieu = جگہ
picto-gratuit = مفت
picto-enfants = چھوٹے بچے

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = پیر
jour-2 = منگل
jour-3 = بدھ
jour-4 = جمعرات
jour-5 = جمعہ
jour-6 = ہفتہ
jour-7 = اتوار
mois-1 = جنوری
mois-2 = فروری
mois-3 = مارچ
mois-4 = اپریل
mois-5 = مئی
mois-6 = جون
mois-7 = جولائی
mois-8 = اگست
mois-9 = ستمبر
mois-10 = اکتوبر
mois-11 = نومبر
mois-12 = دسمبر
format-date = { $jour_semaine }، { $jour } { $mois } { $annee }
format-heure =
    { $h12 }:{ $mm } { $periode ->
        [am] قبل دوپہر
       *[pm] بعد دوپہر
    }
liste-separateur = {"، "}
liste-et = { $debut } اور { $fin }
