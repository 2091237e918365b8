# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: አማርኛ
# langue-fr: amharique
# locale: am
# direction: ltr
# relu-par-locuteur-natif: non
#
# Traduction écrite par le projet depuis le français (i18n/fr/flyer.ftl), registre simple et poli
# (vouvoiement quand la langue en a un). Vérifié par le projet contre le texte français (sens de
# chaque phrase, noms des deux ministères, variables, pluriels), PAS par un locuteur natif : à faire
# relire avant diffusion, puis passer la ligne ci-dessus à « oui ».
# Amharique d'Éthiopie (le tigrigna ti est écrit pour l'Érythrée), forme de politesse (ልጅዎ).
# Mois grégoriens (ጃንዋሪ…), heures en chiffres sur 24 h pour éviter la confusion avec l'heure éthiopienne.

## Titre

affiche-titre = ለልጆች ስኬት ትምህርት ቤቱ ለወላጆች ክፍት ነው
    .accroche = ለወላጆች የሚሰጡ ነፃ ስልጠናዎች፣ በልጅዎ ትምህርት ቤት

## Qu'est-ce que c'est ?

quoi-titre = ይህ ምንድን ነው?
quoi-texte = የፈረንሳይ የአገር ውስጥ ጉዳይ ሚኒስቴር እና የብሔራዊ ትምህርት ሚኒስቴር ፕሮግራም ነው፤ የውጭ ዜጎች ወይም የውጭ ትውልድ ያላቸው ተማሪዎች ወላጆች የተዘጋጀ ነው።
quoi-gratuit = በነፃ ነው።
quoi-volontaire = ተሳትፎ በፈቃድዎ ነው፤ ምንም ግዴታ የለም።

## Ce que les ateliers apportent

apports-titre = ለምን ይምጡ?
apports-reussite = ልጅዎ በትምህርት ቤት እንዲሳካለት መርዳት
apports-ecole = ትምህርት ቤቱ እንዴት እንደሚሠራ መረዳት
apports-francais = ፈረንሳይኛ መናገር፣ ማንበብ እና መጻፍ
apports-valeurs = የሪፐብሊኩን እሴቶች ማወቅ፦ ነፃነት፣ እኩልነት፣ ወንድማማችነት፣ ሃይማኖትና መንግሥት መለያየት (laïcité)

## En pratique

pratique-titre = ተግባራዊ መረጃ
pratique-lieu = ቦታ፦ { $ecole }፣ ክፍል { $salle }
pratique-quand = ጊዜ፦ { $jours }፣ ከ{ $heure_debut } እስከ { $heure_fin }
pratique-debut = የመጀመሪያው ስልጠና፦ { $date_debut }
pratique-duree =
    { $heures ->
        [one] በትምህርት ዓመቱ ውስጥ { $heures } ሰዓት ስልጠና
       *[other] በትምህርት ዓመቱ ውስጥ { $heures } ሰዓት ስልጠና
    }
pratique-gratuit = ነፃ
petits-enfants =
    { $petits_enfants ->
        [oui] ከትናንሽ ልጆችዎ ጋር መምጣት ይችላሉ።
       *[non] በስልጠናዎቹ ወቅት ትናንሽ ልጆችን መቀበል አይቻልም።
    }

## Inscription et contact

inscription-titre = እንዴት መመዝገብ ይችላሉ?
inscription-texte = በልጅዎ ትምህርት ቤት ጽሕፈት ቤት፣ ወይም በመምህሩ በኩል።
contact-titre = ግንኙነት
contact-telephone = ስልክ፦ { $telephone }
contact-courriel = ኢሜይል፦ { $courriel }

## Pictogrammes (libellés très courts)

picto-date = ቀን
picto-heure = ሰዓት
picto-lieu = ቦታ
picto-gratuit = ነፃ
picto-enfants = ትናንሽ ልጆች

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = ሰኞ
jour-2 = ማክሰኞ
jour-3 = ረቡዕ
jour-4 = ሐሙስ
jour-5 = ዓርብ
jour-6 = ቅዳሜ
jour-7 = እሑድ
mois-1 = ጃንዋሪ
mois-2 = ፌብሩዋሪ
mois-3 = ማርች
mois-4 = ኤፕሪል
mois-5 = ሜይ
mois-6 = ጁን
mois-7 = ጁላይ
mois-8 = ኦገስት
mois-9 = ሴፕቴምበር
mois-10 = ኦክቶበር
mois-11 = ኖቬምበር
mois-12 = ዲሴምበር
format-date = { $jour_semaine }፣ { $jour } { $mois } { $annee }
format-heure = { $h }:{ $mm }
liste-separateur = {"፣ "}
liste-et = { $debut } እና { $fin }
