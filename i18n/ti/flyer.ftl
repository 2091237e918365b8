# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: ትግርኛ
# langue-fr: tigrigna
# locale: ti
# direction: ltr
# relu-par-locuteur-natif: non
#
# Traduction préparée par machine depuis le français (i18n/fr/flyer.ftl), relue en décembre 2026
# par le projet contre le texte français (sens de chaque phrase, registre poli, noms des deux
# ministères, « La participation est libre », variables, pluriels) ; PAS par un locuteur natif :
# à faire relire avant diffusion, puis passer la ligne ci-dessus à « oui ».
# Tigrigna d'Érythrée : mois grégoriens sous leurs noms érythréens (ጥሪ = janvier…). Heures sur
# 24 h en chiffres, pour éviter la confusion avec l'heure éthiopienne. La police éthiopienne n'a ni
# lettres latines ni chiffres : repli par caractère.

## Titre

affiche-titre = ንዓወት ቆልዑ ቤት ትምህርቲ ንወለዲ ክፉት እዩ
    .accroche = ንወለዲ ብነጻ ዝወሃብ ትምህርቲ፣ ኣብ ቤት ትምህርቲ ውላድኩም

## Qu'est-ce que c'est ?

quoi-titre = እዚ እንታይ እዩ?
quoi-texte = ብሚኒስትሪ ውሽጣዊ ጉዳያትን ሚኒስትሪ ትምህርትን ፈረንሳ ዝቐረበ መደብ እዩ፣ ንወለዲ ናይቶም ወጻእተኛታት ወይ ወጻኢ መበቆል ዘለዎም ተማሃሮ።
quoi-gratuit = ብነጻ እዩ።
quoi-volontaire = ተሳትፎ ብፍቓድኩም እዩ፣ ግዴታ የብሉን።

## Ce que les ateliers apportent

apports-titre = ንምንታይ ክትመጹ?
apports-reussite = ውላድኩም ኣብ ትምህርቲ ንኽዕወት ምሕጋዝ
apports-ecole = ቤት ትምህርቲ ብኸመይ ከም ዝሰርሕ ምርዳእ
apports-francais = ፈረንሳይኛ ምዝራብ፣ ምንባብን ምጽሓፍን
apports-valeurs = ክብርታት ሪፓብሊክ ምፍላጥ፦ ሓርነት፣ ማዕርነት፣ ሕውነት፣ ዓለማዊነት (laïcité)

## En pratique

pratique-titre = ተግባራዊ ሓበሬታ
pratique-lieu = ቦታ፦ { $ecole }፣ ክፍሊ { $salle }
pratique-quand = እዋን፦ { $jours }፣ ካብ { $heure_debut } ክሳብ { $heure_fin }
pratique-debut = ቀዳማይ ትምህርቲ፦ { $date_debut }
pratique-duree =
    { $heures ->
        [one] ኣብ ዓመተ ትምህርቲ { $heures } ሰዓት ትምህርቲ
       *[other] ኣብ ዓመተ ትምህርቲ { $heures } ሰዓታት ትምህርቲ
    }
pratique-gratuit = ብነጻ
petits-enfants =
    { $petits_enfants ->
        [oui] ምስ ንኣሽቱ ቆልዑኹም ክትመጹ ትኽእሉ ኢኹም።
       *[non] ኣብ እዋን ትምህርቲ ንኣሽቱ ቆልዑ ምቕባል ኣይከኣልን እዩ።
    }

## Inscription et contact

inscription-titre = ብኸመይ ትምዝገቡ?
inscription-texte = ኣብ ቤት ጽሕፈት ቤት ትምህርቲ ውላድኩም፣ ወይ ኣብ መምህሩ።
contact-titre = ርክብ
contact-telephone = ተሌፎን፦ { $telephone }
contact-courriel = ኢመይል፦ { $courriel }

## Pictogrammes (libellés très courts)

picto-date = ዕለት
picto-heure = ሰዓት
picto-lieu = ቦታ
picto-gratuit = ብነጻ
picto-enfants = ንኣሽቱ ቆልዑ

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = ሰኑይ
jour-2 = ሰሉስ
jour-3 = ረቡዕ
jour-4 = ሓሙስ
jour-5 = ዓርቢ
jour-6 = ቀዳም
jour-7 = ሰንበት
mois-1 = ጥሪ
mois-2 = ለካቲት
mois-3 = መጋቢት
mois-4 = ሚያዝያ
mois-5 = ግንቦት
mois-6 = ሰነ
mois-7 = ሓምለ
mois-8 = ነሓሰ
mois-9 = መስከረም
mois-10 = ጥቅምቲ
mois-11 = ሕዳር
mois-12 = ታሕሳስ
format-date = { $jour_semaine }፣ { $jour } { $mois } { $annee }
format-heure = { $h }:{ $mm }
liste-separateur = {"፣ "}
liste-et = { $debut }ን { $fin }ን
