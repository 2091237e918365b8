# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: polski
# langue-fr: polonais
# locale: pl
# direction: ltr
# relu-par-locuteur-natif: non
#
# Traduction écrite par le projet depuis le français (i18n/fr/flyer.ftl), registre simple et poli
# (vouvoiement quand la langue en a un). Vérifié par le projet contre le texte français (sens de
# chaque phrase, noms des deux ministères, variables, pluriels), PAS par un locuteur natif : à faire
# relire avant diffusion, puis passer la ligne ci-dessus à « oui ».
# Vouvoiement (« Państwo »). Mois au génitif (« 6 października »). Pluriel : one/few/many/other.

## Titre

affiche-titre = Szkoła otwarta dla rodziców – dla sukcesu dzieci
    .accroche = Bezpłatne warsztaty dla rodziców w szkole Państwa dziecka

## Qu'est-ce que c'est ?

quoi-titre = Co to jest?
quoi-texte = Program francuskiego Ministerstwa Spraw Wewnętrznych i Ministerstwa Edukacji Narodowej dla rodziców uczniów, którzy są cudzoziemcami lub mają zagraniczne pochodzenie.
quoi-gratuit = Udział jest bezpłatny.
quoi-volontaire = Udział jest dobrowolny: nic nie jest obowiązkowe.

## Ce que les ateliers apportent

apports-titre = Dlaczego warto przyjść?
apports-reussite = Pomóc dziecku odnosić sukcesy w szkole
apports-ecole = Zrozumieć, jak działa szkoła
apports-francais = Mówić, czytać i pisać po francusku
apports-valeurs = Poznać wartości Republiki: wolność, równość, braterstwo, świeckość państwa (laïcité)

## En pratique

pratique-titre = Informacje praktyczne
pratique-lieu = Gdzie: { $ecole }, sala { $salle }
pratique-quand = Kiedy: { $jours }, od { $heure_debut } do { $heure_fin }
pratique-debut = Pierwsze warsztaty: { $date_debut }
pratique-duree =
    { $heures ->
        [one] { $heures } godzina warsztatów w roku szkolnym
        [few] { $heures } godziny warsztatów w roku szkolnym
        [many] { $heures } godzin warsztatów w roku szkolnym
       *[other] { $heures } godziny warsztatów w roku szkolnym
    }
pratique-gratuit = Bezpłatnie
petits-enfants =
    { $petits_enfants ->
        [oui] Mogą Państwo przyjść z małymi dziećmi.
       *[non] Podczas warsztatów nie ma opieki nad małymi dziećmi.
    }

## Inscription et contact

inscription-titre = Jak się zapisać?
inscription-texte = W sekretariacie szkoły Państwa dziecka lub u jego nauczyciela.
contact-titre = Kontakt
contact-telephone = Telefon: { $telephone }
contact-courriel = E-mail: { $courriel }

## Pictogrammes (libellés très courts)

picto-date = Data
picto-heure = Godzina
picto-lieu = Miejsce
picto-gratuit = Bezpłatnie
picto-enfants = Małe dzieci

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = poniedziałek
jour-2 = wtorek
jour-3 = środa
jour-4 = czwartek
jour-5 = piątek
jour-6 = sobota
jour-7 = niedziela
mois-1 = stycznia
mois-2 = lutego
mois-3 = marca
mois-4 = kwietnia
mois-5 = maja
mois-6 = czerwca
mois-7 = lipca
mois-8 = sierpnia
mois-9 = września
mois-10 = października
mois-11 = listopada
mois-12 = grudnia
format-date = { $jour_semaine }, { $jour } { $mois } { $annee } r.
format-heure = { $h }:{ $mm }
liste-separateur = {", "}
liste-et = { $debut } i { $fin }
