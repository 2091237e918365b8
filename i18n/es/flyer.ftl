# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: español
# langue-fr: espagnol
# locale: es
# direction: ltr
# relu-par-locuteur-natif: non
#
# Traduction préparée par machine depuis le français (i18n/fr/flyer.ftl), relue en décembre 2026
# par le projet contre le texte français (sens de chaque phrase, registre poli, noms des deux
# ministères, « La participation est libre », variables, pluriels) ; PAS par un locuteur natif :
# à faire relire avant diffusion, puis passer la ligne ci-dessus à « oui ».

## Titre

affiche-titre = Abrir la escuela a los padres para el éxito de los niños
    .accroche = Talleres gratuitos para madres y padres, en la escuela de su hijo

## Qu'est-ce que c'est ?

quoi-titre = ¿Qué es?
quoi-texte = Un programa de los Ministerios franceses del Interior y de Educación para los padres de alumnos extranjeros o de origen extranjero.
quoi-gratuit = Es gratuito.
quoi-volontaire = La participación es libre: nada es obligatorio.

## Ce que les ateliers apportent

apports-titre = ¿Por qué venir?
apports-reussite = Ayudar a su hijo a tener éxito en la escuela
apports-ecole = Entender cómo funciona la escuela
apports-francais = Hablar, leer y escribir en francés
apports-valeurs = Conocer los valores de la República: libertad, igualdad, fraternidad, laicidad

## En pratique

pratique-titre = En la práctica
pratique-lieu = Dónde: { $ecole }, aula { $salle }
pratique-quand = Cuándo: { $jours }, de { $heure_debut } a { $heure_fin }
pratique-debut = Primer taller: { $date_debut }
pratique-duree =
    { $heures ->
        [one] { $heures } hora de talleres durante el curso escolar
       *[other] { $heures } horas de talleres durante el curso escolar
    }
pratique-gratuit = Gratuito
petits-enfants =
    { $petits_enfants ->
        [oui] Puede venir con sus hijos pequeños.
       *[non] Los niños pequeños no pueden ser acogidos durante los talleres.
    }

## Inscription et contact

inscription-titre = ¿Cómo inscribirse?
inscription-texte = En la secretaría de la escuela de su hijo o con su maestro.
contact-titre = Contacto
contact-telephone = Teléfono: { $telephone }
contact-courriel = Correo electrónico: { $courriel }

## Pictogrammes (libellés très courts)

picto-date = Fecha
picto-heure = Hora
picto-lieu = Lugar
picto-gratuit = Gratis
picto-enfants = Niños pequeños

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = lunes
jour-2 = martes
jour-3 = miércoles
jour-4 = jueves
jour-5 = viernes
jour-6 = sábado
jour-7 = domingo
mois-1 = enero
mois-2 = febrero
mois-3 = marzo
mois-4 = abril
mois-5 = mayo
mois-6 = junio
mois-7 = julio
mois-8 = agosto
mois-9 = septiembre
mois-10 = octubre
mois-11 = noviembre
mois-12 = diciembre
format-date = { $jour_semaine }, { $jour } de { $mois } de { $annee }
format-heure = { $h }:{ $mm }
liste-separateur = {", "}
liste-et = { $debut } y { $fin }
