# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: Kurdî (Kurmancî)
# langue-fr: kurde kurmandji
# locale: kmr
# direction: ltr
# relu-par-locuteur-natif: non
#
# Traduction écrite par le projet depuis le français (i18n/fr/flyer.ftl), registre simple et poli
# (vouvoiement quand la langue en a un). Vérifié par le projet contre le texte français (sens de
# chaque phrase, noms des deux ministères, variables, pluriels), PAS par un locuteur natif : à faire
# relire avant diffusion, puis passer la ligne ci-dessus à « oui ».
# Kurmandji en alphabet latin (Hawar). La balise kmr est inconnue de CLDR : règles de pluriel de
# l'anglais (one/other), les mêmes que celles du kurde (ku) ; ici les deux formes sont identiques.

## Titre

affiche-titre = Dibistan ji dêûbavan re vekirî ye, ji bo serkeftina zarokan
    .accroche = Atolyeyên belaş ji bo dêûbavan, li dibistana zarokê we

## Qu'est-ce que c'est ?

quoi-titre = Ev çi ye?
quoi-texte = Bernameyeke Wezareta Karên Hundir û Wezareta Perwerdeya Neteweyî ya Fransayê ye, ji bo dêûbavên xwendekarên ku biyanî ne an bi eslê xwe biyanî ne.
quoi-gratuit = Belaş e.
quoi-volontaire = Beşdarbûn bi dilxwazî ye: tiştek ne mecbûrî ye.

## Ce que les ateliers apportent

apports-titre = Çima werin?
apports-reussite = Alîkariya zarokê xwe bikin ku li dibistanê bi ser bikeve
apports-ecole = Fêm bikin ka dibistan çawa dixebite
apports-francais = Bi fransî axaftin, xwendin û nivîsandin
apports-valeurs = Nirxên Komarê nas bikin: azadî, wekhevî, biratî, laîsîte (cudabûna ol û dewletê)

## En pratique

pratique-titre = Agahiyên pratîk
pratique-lieu = Cih: { $ecole }, ode { $salle }
pratique-quand = Kengê: { $jours }, ji { $heure_debut } heta { $heure_fin }
pratique-debut = Atolyeya yekem: { $date_debut }
pratique-duree =
    { $heures ->
        [one] Di sala xwendinê de { $heures } saet atolye
       *[other] Di sala xwendinê de { $heures } saet atolye
    }
pratique-gratuit = Belaş
petits-enfants =
    { $petits_enfants ->
        [oui] Hûn dikarin bi zarokên xwe yên piçûk re werin.
       *[non] Di dema atolyeyan de zarokên piçûk nayên qebûlkirin.
    }

## Inscription et contact

inscription-titre = Hûn çawa qeyd dibin?
inscription-texte = Li sekreteriya dibistana zarokê we, an jî li cem mamosteyê wî.
contact-titre = Têkilî
contact-telephone = Telefon: { $telephone }
contact-courriel = E-name: { $courriel }

## Pictogrammes (libellés très courts)

picto-date = Dîrok
picto-heure = Saet
picto-lieu = Cih
picto-gratuit = Belaş
picto-enfants = Zarokên piçûk

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = duşem
jour-2 = sêşem
jour-3 = çarşem
jour-4 = pêncşem
jour-5 = în
jour-6 = şemî
jour-7 = yekşem
mois-1 = çile
mois-2 = sibat
mois-3 = adar
mois-4 = nîsan
mois-5 = gulan
mois-6 = hezîran
mois-7 = tîrmeh
mois-8 = tebax
mois-9 = îlon
mois-10 = cotmeh
mois-11 = mijdar
mois-12 = kanûn
format-date = { $jour_semaine }, { $jour } { $mois } { $annee }
format-heure = { $h }:{ $mm }
liste-separateur = {", "}
liste-et = { $debut } û { $fin }
