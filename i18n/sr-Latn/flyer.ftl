# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: srpski (latinica)
# langue-fr: serbe (alphabet latin)
# locale: sr-Latn
# direction: ltr
# relu-par-locuteur-natif: non
#
# Traduction préparée par machine depuis le français (i18n/fr/flyer.ftl), relue en décembre 2026
# par le projet contre le texte français (sens de chaque phrase, registre poli, noms des deux
# ministères, « La participation est libre », variables, pluriels) ; PAS par un locuteur natif :
# à faire relire avant diffusion, puis passer la ligne ci-dessus à « oui ».
# Écriture : alphabet LATIN (sr-Latn), variante ékavienne. Le cyrillique est l'écriture officielle
# en Serbie, mais le latin y est d'usage courant, c'est l'écriture des familles venues de Bosnie,
# du Monténégro ou du Kosovo, celle que lisent les enfants scolarisés en France, et celle des
# claviers : c'est la plus largement lisible pour les familles en France. Une version cyrillique
# peut être ajoutée comme sr-Cyrl (dossier i18n/sr-Cyrl/).

## Titre

affiche-titre = Škola otvorena za roditelje — za uspeh dece
    .accroche = Besplatne radionice za roditelje, u školi vašeg deteta

## Qu'est-ce que c'est ?

quoi-titre = Šta je to?
quoi-texte = Program francuskih ministarstava unutrašnjih poslova i prosvete za roditelje učenika koji su stranci ili stranog porekla.
quoi-gratuit = Besplatno je.
quoi-volontaire = Učešće je dobrovoljno: ništa nije obavezno.

## Ce que les ateliers apportent

apports-titre = Zašto doći?
apports-reussite = Pomoći detetu da uspe u školi
apports-ecole = Razumeti kako škola funkcioniše
apports-francais = Govoriti, čitati i pisati na francuskom
apports-valeurs = Upoznati vrednosti Republike: sloboda, jednakost, bratstvo, laicitet (sekularnost)

## En pratique

pratique-titre = Praktične informacije
pratique-lieu = Gde: { $ecole }, učionica { $salle }
pratique-quand = Kada: { $jours }, od { $heure_debut } do { $heure_fin }
pratique-debut = Prva radionica: { $date_debut }
pratique-duree =
    { $heures ->
        [one] { $heures } sat radionica tokom školske godine
        [few] { $heures } sata radionica tokom školske godine
       *[other] { $heures } sati radionica tokom školske godine
    }
pratique-gratuit = Besplatno
petits-enfants =
    { $petits_enfants ->
        [oui] Možete doći sa malom decom.
       *[non] Mala deca ne mogu biti primljena tokom radionica.
    }

## Inscription et contact

inscription-titre = Kako se prijaviti?
inscription-texte = U sekretarijatu škole vašeg deteta ili kod njegovog nastavnika.
contact-titre = Kontakt
contact-telephone = Telefon: { $telephone }
contact-courriel = E-pošta: { $courriel }

## Pictogrammes (libellés très courts)

picto-date = Datum
picto-heure = Vreme
picto-lieu = Mesto
picto-gratuit = Besplatno
picto-enfants = Mala deca

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = ponedeljak
jour-2 = utorak
jour-3 = sreda
jour-4 = četvrtak
jour-5 = petak
jour-6 = subota
jour-7 = nedelja
mois-1 = januara
mois-2 = februara
mois-3 = marta
mois-4 = aprila
mois-5 = maja
mois-6 = juna
mois-7 = jula
mois-8 = avgusta
mois-9 = septembra
mois-10 = oktobra
mois-11 = novembra
mois-12 = decembra
format-date = { $jour_semaine }, { $jour }. { $mois } { $annee }.
format-heure = { $h }:{ $mm }
liste-separateur = {", "}
liste-et = { $debut } i { $fin }
