# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: italiano
# langue-fr: italien
# locale: it
# direction: ltr
# relu-par-locuteur-natif: non
#
# Traduction écrite par le projet depuis le français (i18n/fr/flyer.ftl), registre simple et poli
# (vouvoiement quand la langue en a un). Vérifié par le projet contre le texte français (sens de
# chaque phrase, noms des deux ministères, variables, pluriels), PAS par un locuteur natif : à faire
# relire avant diffusion, puis passer la ligne ci-dessus à « oui ».
# Vouvoiement de politesse (« Lei », « Suo figlio »). Date « martedì 6 ottobre 2026 », heures sur 24 h.

## Titre

affiche-titre = Aprire la scuola ai genitori per il successo dei figli
    .accroche = Laboratori gratuiti per i genitori, nella scuola di Suo figlio

## Qu'est-ce que c'est ?

quoi-titre = Di che cosa si tratta?
quoi-texte = Un programma del Ministero dell'Interno e del Ministero dell'Istruzione nazionale francesi per i genitori di alunni stranieri o di origine straniera.
quoi-gratuit = È gratuito.
quoi-volontaire = La partecipazione è libera: nulla è obbligatorio.

## Ce que les ateliers apportent

apports-titre = Perché partecipare?
apports-reussite = Aiutare Suo figlio a riuscire a scuola
apports-ecole = Capire come funziona la scuola
apports-francais = Parlare, leggere e scrivere in francese
apports-valeurs = Conoscere i valori della Repubblica: libertà, uguaglianza, fraternità, laicità

## En pratique

pratique-titre = In pratica
pratique-lieu = Dove: { $ecole }, aula { $salle }
pratique-quand = Quando: { $jours }, dalle { $heure_debut } alle { $heure_fin }
pratique-debut = Primo laboratorio: { $date_debut }
pratique-duree =
    { $heures ->
        [one] { $heures } ora di laboratori durante l'anno scolastico
       *[other] { $heures } ore di laboratori durante l'anno scolastico
    }
pratique-gratuit = Gratuito
petits-enfants =
    { $petits_enfants ->
        [oui] Può venire con i Suoi bambini piccoli.
       *[non] I bambini piccoli non possono essere accolti durante i laboratori.
    }

## Inscription et contact

inscription-titre = Come iscriversi?
inscription-texte = Presso la segreteria della scuola di Suo figlio o presso il suo insegnante.
contact-titre = Contatti
contact-telephone = Telefono: { $telephone }
contact-courriel = E-mail: { $courriel }

## Pictogrammes (libellés très courts)

picto-date = Data
picto-heure = Ora
picto-lieu = Luogo
picto-gratuit = Gratuito
picto-enfants = Bambini piccoli

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = lunedì
jour-2 = martedì
jour-3 = mercoledì
jour-4 = giovedì
jour-5 = venerdì
jour-6 = sabato
jour-7 = domenica
mois-1 = gennaio
mois-2 = febbraio
mois-3 = marzo
mois-4 = aprile
mois-5 = maggio
mois-6 = giugno
mois-7 = luglio
mois-8 = agosto
mois-9 = settembre
mois-10 = ottobre
mois-11 = novembre
mois-12 = dicembre
format-date = { $jour_semaine } { $jour } { $mois } { $annee }
format-heure = { $h }:{ $mm }
liste-separateur = {", "}
liste-et = { $debut } e { $fin }
