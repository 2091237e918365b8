# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: Kiswahili
# langue-fr: swahili
# locale: sw
# direction: ltr
# relu-par-locuteur-natif: non
#
# Traduction écrite par le projet depuis le français (i18n/fr/flyer.ftl), registre simple et poli
# (vouvoiement quand la langue en a un). Vérifié par le projet contre le texte français (sens de
# chaque phrase, noms des deux ministères, variables, pluriels), PAS par un locuteur natif : à faire
# relire avant diffusion, puis passer la ligne ci-dessus à « oui ».
# Swahili standard, pluriel de politesse (« mtoto wenu »). Heures en chiffres sur 24 h (et non l'heure swahilie, décalée de 6 h).

## Titre

affiche-titre = Shule iko wazi kwa wazazi, kwa mafanikio ya watoto
    .accroche = Warsha za bure kwa wazazi, katika shule ya mtoto wenu

## Qu'est-ce que c'est ?

quoi-titre = Ni nini?
quoi-texte = Ni mpango wa Wizara ya Mambo ya Ndani na Wizara ya Elimu ya Taifa ya Ufaransa, kwa ajili ya wazazi wa wanafunzi ambao ni wageni au wenye asili ya kigeni.
quoi-gratuit = Ni bure.
quoi-volontaire = Kushiriki ni kwa hiari: hakuna jambo la lazima.

## Ce que les ateliers apportent

apports-titre = Kwa nini mje?
apports-reussite = Kumsaidia mtoto wenu kufaulu shuleni
apports-ecole = Kuelewa jinsi shule inavyofanya kazi
apports-francais = Kuzungumza, kusoma na kuandika Kifaransa
apports-valeurs = Kujua maadili ya Jamhuri: uhuru, usawa, udugu, kutenganisha dini na serikali (laïcité)

## En pratique

pratique-titre = Taarifa muhimu
pratique-lieu = Mahali: { $ecole }, chumba { $salle }
pratique-quand = Lini: { $jours }, kuanzia { $heure_debut } hadi { $heure_fin }
pratique-debut = Warsha ya kwanza: { $date_debut }
pratique-duree =
    { $heures ->
        [one] Saa { $heures } ya warsha katika mwaka wa shule
       *[other] Saa { $heures } za warsha katika mwaka wa shule
    }
pratique-gratuit = Bure
petits-enfants =
    { $petits_enfants ->
        [oui] Mnaweza kuja na watoto wenu wadogo.
       *[non] Watoto wadogo hawawezi kupokelewa wakati wa warsha.
    }

## Inscription et contact

inscription-titre = Jinsi ya kujiandikisha?
inscription-texte = Katika ofisi ya shule ya mtoto wenu, au kwa mwalimu wake.
contact-titre = Mawasiliano
contact-telephone = Simu: { $telephone }
contact-courriel = Barua pepe: { $courriel }

## Pictogrammes (libellés très courts)

picto-date = Tarehe
picto-heure = Saa
picto-lieu = Mahali
picto-gratuit = Bure
picto-enfants = Watoto wadogo

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = Jumatatu
jour-2 = Jumanne
jour-3 = Jumatano
jour-4 = Alhamisi
jour-5 = Ijumaa
jour-6 = Jumamosi
jour-7 = Jumapili
mois-1 = Januari
mois-2 = Februari
mois-3 = Machi
mois-4 = Aprili
mois-5 = Mei
mois-6 = Juni
mois-7 = Julai
mois-8 = Agosti
mois-9 = Septemba
mois-10 = Oktoba
mois-11 = Novemba
mois-12 = Desemba
format-date = { $jour_semaine }, { $jour } { $mois } { $annee }
format-heure = { $h }:{ $mm }
liste-separateur = {", "}
liste-et = { $debut } na { $fin }
