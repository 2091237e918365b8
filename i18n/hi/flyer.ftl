# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: हिन्दी
# langue-fr: hindi
# locale: hi
# direction: ltr
# relu-par-locuteur-natif: non
#
# Traduction écrite par le projet depuis le français (i18n/fr/flyer.ftl), registre simple et poli
# (vouvoiement quand la langue en a un). Vérifié par le projet contre le texte français (sens de
# chaque phrase, noms des deux ministères, variables, pluriels), PAS par un locuteur natif : à faire
# relire avant diffusion, puis passer la ligne ci-dessus à « oui ».
# Hindi standard, « आप ». Police Noto Sans Devanagari (déjà livrée). Heures sur 24 h.

## Titre

affiche-titre = बच्चों की सफलता के लिए माता-पिता के लिए खुला स्कूल
    .accroche = माता-पिता के लिए निःशुल्क कार्यशालाएँ, आपके बच्चे के स्कूल में

## Qu'est-ce que c'est ?

quoi-titre = यह क्या है?
quoi-texte = फ़्रांस के गृह मंत्रालय और राष्ट्रीय शिक्षा मंत्रालय का एक कार्यक्रम, विदेशी या विदेशी मूल के विद्यार्थियों के माता-पिता के लिए।
quoi-gratuit = यह निःशुल्क है।
quoi-volontaire = भाग लेना आपकी इच्छा पर है: कुछ भी अनिवार्य नहीं है।

## Ce que les ateliers apportent

apports-titre = क्यों आएँ?
apports-reussite = अपने बच्चे को स्कूल में सफल होने में मदद करना
apports-ecole = यह समझना कि स्कूल कैसे काम करता है
apports-francais = फ़्रेंच बोलना, पढ़ना और लिखना
apports-valeurs = गणराज्य के मूल्यों को जानना: स्वतंत्रता, समानता, बंधुत्व, धर्मनिरपेक्षता (laïcité)

## En pratique

pratique-titre = व्यावहारिक जानकारी
pratique-lieu = कहाँ: { $ecole }, कमरा { $salle }
pratique-quand = कब: { $jours }, { $heure_debut } से { $heure_fin } तक
pratique-debut = पहली कार्यशाला: { $date_debut }
pratique-duree =
    { $heures ->
        [one] स्कूल वर्ष के दौरान { $heures } घंटे की कार्यशाला
       *[other] स्कूल वर्ष के दौरान { $heures } घंटे की कार्यशालाएँ
    }
pratique-gratuit = निःशुल्क
petits-enfants =
    { $petits_enfants ->
        [oui] आप अपने छोटे बच्चों को साथ ला सकते हैं।
       *[non] कार्यशालाओं के दौरान छोटे बच्चों को नहीं रखा जा सकता।
    }

## Inscription et contact

inscription-titre = पंजीकरण कैसे करें?
inscription-texte = अपने बच्चे के स्कूल के कार्यालय में, या उसके शिक्षक के पास।
contact-titre = संपर्क
contact-telephone = फ़ोन: { $telephone }
contact-courriel = ईमेल: { $courriel }

## Pictogrammes (libellés très courts)

picto-date = तारीख़
picto-heure = समय
picto-lieu = स्थान
picto-gratuit = निःशुल्क
picto-enfants = छोटे बच्चे

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = सोमवार
jour-2 = मंगलवार
jour-3 = बुधवार
jour-4 = गुरुवार
jour-5 = शुक्रवार
jour-6 = शनिवार
jour-7 = रविवार
mois-1 = जनवरी
mois-2 = फ़रवरी
mois-3 = मार्च
mois-4 = अप्रैल
mois-5 = मई
mois-6 = जून
mois-7 = जुलाई
mois-8 = अगस्त
mois-9 = सितंबर
mois-10 = अक्टूबर
mois-11 = नवंबर
mois-12 = दिसंबर
format-date = { $jour_semaine }, { $jour } { $mois } { $annee }
format-heure = { $h }:{ $mm }
liste-separateur = {", "}
liste-et = { $debut } और { $fin }
