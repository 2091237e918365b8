# Ateliers OEPRE — textes de l'affiche remise aux parents (fichier de référence).
# langue: français
# langue-fr: français
# locale: fr
# direction: ltr
# relu-par-locuteur-natif: oui
#
# Les variables arrivent déjà mises en forme dans la langue de l'affiche (noms de jours,
# dates, heures), sauf $heures, qui est un nombre. Chaque texte doit rester court : l'affiche
# tient sur une page A4 en 11 points, y compris en version bilingue sur deux colonnes.

## Titre

affiche-titre = Ouvrir l'École aux parents pour la réussite des enfants
    .accroche = Des ateliers gratuits pour les parents, à l'école de votre enfant

## Qu'est-ce que c'est ?

quoi-titre = Qu'est-ce que c'est ?
quoi-texte = Un programme des ministères de l'Intérieur et de l'Éducation nationale pour les parents d'élèves étrangers ou d'origine étrangère.
quoi-gratuit = C'est gratuit.
quoi-volontaire = La participation est libre : rien n'est obligatoire.

## Ce que les ateliers apportent

apports-titre = Pourquoi venir ?
apports-reussite = Aider votre enfant à réussir à l'école
apports-ecole = Comprendre comment fonctionne l'école
apports-francais = Parler, lire et écrire le français
apports-valeurs = Connaître les valeurs de la République : liberté, égalité, fraternité, laïcité

## En pratique

pratique-titre = En pratique
pratique-lieu = Où : { $ecole }, salle { $salle }
pratique-quand = Quand : { $jours }, de { $heure_debut } à { $heure_fin }
pratique-debut = Premier atelier : { $date_debut }
pratique-duree =
    { $heures ->
        [one] { $heures } heure d'atelier sur l'année scolaire
       *[other] { $heures } heures d'ateliers sur l'année scolaire
    }
pratique-gratuit = Gratuit
petits-enfants =
    { $petits_enfants ->
        [oui] Vous pouvez venir avec vos jeunes enfants.
       *[non] Les jeunes enfants ne peuvent pas être accueillis pendant les ateliers.
    }

## Inscription et contact

inscription-titre = Comment s'inscrire ?
inscription-texte = Au secrétariat de l'école de votre enfant, ou auprès de son enseignant.
contact-titre = Contact
contact-telephone = Téléphone : { $telephone }
contact-courriel = Courriel : { $courriel }

## Pictogrammes (libellés très courts)

picto-date = Date
picto-heure = Heure
picto-lieu = Lieu
picto-gratuit = Gratuit
picto-enfants = Petits enfants

## Dates et heures : utilisés par l'application pour préparer les variables.
## jour-1 = lundi … jour-7 = dimanche ; mois-N : la forme employée dans une date complète.

jour-1 = lundi
jour-2 = mardi
jour-3 = mercredi
jour-4 = jeudi
jour-5 = vendredi
jour-6 = samedi
jour-7 = dimanche
mois-1 = janvier
mois-2 = février
mois-3 = mars
mois-4 = avril
mois-5 = mai
mois-6 = juin
mois-7 = juillet
mois-8 = août
mois-9 = septembre
mois-10 = octobre
mois-11 = novembre
mois-12 = décembre
# Variables : $jour_semaine (nom du jour), $jour (nombre), $mois (nom du mois),
# $mois_num (nombre), $annee (texte).
format-date =
    { $jour_semaine } { $jour ->
        [1] 1er
       *[other] { $jour }
    } { $mois } { $annee }
# Variables : $h (0–23), $hh (00–23), $h12 (1–12), $mm (00–59), $periode (am / pm),
# $pile (oui quand les minutes valent 00, sinon non).
format-heure =
    { $pile ->
        [oui] { $h } h
       *[non] { $h } h { $mm }
    }
# Liste de jours : « mardi et jeudi », « lundi, mardi et jeudi ».
liste-separateur = {", "}
liste-et = { $debut } et { $fin }
