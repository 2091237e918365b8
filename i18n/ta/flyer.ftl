# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: தமிழ்
# langue-fr: tamoul
# locale: ta
# direction: ltr
# relu-par-locuteur-natif: non
#
# Traduction préparée par machine depuis le français (i18n/fr/flyer.ftl), relue en décembre 2026
# par le projet contre le texte français (sens de chaque phrase, registre poli, noms des deux
# ministères, « La participation est libre », variables, pluriels) ; PAS par un locuteur natif :
# à faire relire avant diffusion, puis passer la ligne ci-dessus à « oui ».
# Tamoul de Sri Lanka (la plupart des familles tamoules en France) : பாடசாலை (école), பிள்ளை,
# திகதி, பெப்ரவரி, ஒக்டோபர் ; en Inde on dirait பள்ளி, தேதி, பிப்ரவரி, அக்டோபர். Heures sur 12 h.

## Titre

affiche-titre = பிள்ளைகளின் வெற்றிக்காகப் பெற்றோருக்குத் திறந்த பாடசாலை
    .accroche = பெற்றோருக்கான இலவசப் பயிலரங்குகள், உங்கள் பிள்ளையின் பாடசாலையில்

## Qu'est-ce que c'est ?

quoi-titre = இது என்ன?
quoi-texte = வெளிநாட்டவர் அல்லது வெளிநாட்டுப் பூர்வீகம் கொண்ட மாணவர்களின் பெற்றோருக்காக, பிரான்சின் உள்துறை மற்றும் கல்வி அமைச்சகங்கள் நடத்தும் திட்டம்.
quoi-gratuit = இது இலவசம்.
quoi-volontaire = பங்கேற்பு உங்கள் விருப்பம்: எதுவும் கட்டாயமில்லை.

## Ce que les ateliers apportent

apports-titre = ஏன் வர வேண்டும்?
apports-reussite = உங்கள் பிள்ளை பாடசாலையில் வெற்றிபெற உதவுதல்
apports-ecole = பாடசாலை எப்படிச் செயல்படுகிறது என்பதைப் புரிந்துகொள்ளுதல்
apports-francais = பிரெஞ்சு மொழியில் பேச, வாசிக்க, எழுதக் கற்றல்
apports-valeurs = குடியரசின் விழுமியங்களை அறிதல்: சுதந்திரம், சமத்துவம், சகோதரத்துவம், மதச்சார்பின்மை

## En pratique

pratique-titre = நடைமுறைத் தகவல்கள்
pratique-lieu = இடம்: { $ecole }, அறை { $salle }
pratique-quand = எப்போது: { $jours }, { $heure_debut } முதல் { $heure_fin } வரை
pratique-debut = முதல் பயிலரங்கு: { $date_debut }
pratique-duree =
    { $heures ->
        [one] கல்வியாண்டில் { $heures } மணி நேரப் பயிலரங்கு
       *[other] கல்வியாண்டில் மொத்தம் { $heures } மணி நேரப் பயிலரங்குகள்
    }
pratique-gratuit = இலவசம்
petits-enfants =
    { $petits_enfants ->
        [oui] உங்கள் சிறு பிள்ளைகளுடன் வரலாம்.
       *[non] பயிலரங்கின்போது சிறு பிள்ளைகளைக் கவனித்துக்கொள்ள இயலாது.
    }

## Inscription et contact

inscription-titre = எப்படிப் பதிவு செய்வது?
inscription-texte = உங்கள் பிள்ளையின் பாடசாலை அலுவலகத்தில், அல்லது அவரது ஆசிரியரிடம்.
contact-titre = தொடர்புக்கு
contact-telephone = தொலைபேசி: { $telephone }
contact-courriel = மின்னஞ்சல்: { $courriel }

## Pictogrammes (libellés très courts)

picto-date = திகதி
picto-heure = நேரம்
picto-lieu = இடம்
picto-gratuit = இலவசம்
picto-enfants = சிறு பிள்ளைகள்

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = திங்கள்
jour-2 = செவ்வாய்
jour-3 = புதன்
jour-4 = வியாழன்
jour-5 = வெள்ளி
jour-6 = சனி
jour-7 = ஞாயிறு
mois-1 = ஜனவரி
mois-2 = பெப்ரவரி
mois-3 = மார்ச்
mois-4 = ஏப்ரல்
mois-5 = மே
mois-6 = ஜூன்
mois-7 = ஜூலை
mois-8 = ஆகஸ்ட்
mois-9 = செப்டம்பர்
mois-10 = ஒக்டோபர்
mois-11 = நவம்பர்
mois-12 = டிசம்பர்
format-date = { $jour_semaine }, { $jour } { $mois } { $annee }
format-heure =
    { $periode ->
        [am] முற்பகல்
       *[pm] பிற்பகல்
    } { $h12 }:{ $mm }
liste-separateur = {", "}
liste-et = { $debut } மற்றும் { $fin }
