# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: lingála
# langue-fr: lingala
# locale: ln
# direction: ltr
# relu-par-locuteur-natif: non
#
# Traduction écrite par le projet depuis le français (i18n/fr/flyer.ftl), registre simple et poli
# (vouvoiement quand la langue en a un). Vérifié par le projet contre le texte français (sens de
# chaque phrase, noms des deux ministères, variables, pluriels), PAS par un locuteur natif : à faire
# relire avant diffusion, puis passer la ligne ci-dessus à « oui ».
# Lingala de Kinshasa, « bino » de politesse. Jours et mois sous leurs noms usuels (CLDR : mokɔlɔ mwa
# yambo = lundi, sánzá ya yambo = janvier). Tons non notés sauf dans les noms CLDR.

## Titre

affiche-titre = Eteyelo efungwami mpo na baboti, mpo bana bálónga
    .accroche = Mateya ya ofele mpo na baboti, na eteyelo ya mwana na bino

## Qu'est-ce que c'est ?

quoi-titre = Oyo ezali nini?
quoi-texte = Ezali programɛ ya Minisitɛrɛ ya Makambo ya Kati mpe ya Minisitɛrɛ ya Mateya ya Ekólo ya Falansɛ, mpo na baboti ya bana-kelasi oyo bazali bapaya to oyo bautá na mikili mosusu.
quoi-gratuit = Ezali ofele.
quoi-volontaire = Koya ezali na bolingo na bino: eloko moko te ezali ya makasi.

## Ce que les ateliers apportent

apports-titre = Mpo na nini koya?
apports-reussite = Kosalisa mwana na bino álónga na eteyelo
apports-ecole = Kososola ndenge eteyelo esalaka
apports-francais = Koloba, kotánga mpe kokoma Lifalansɛ
apports-valeurs = Koyeba mibeko ya motuya ya Repibiliki: bonsomi, bokokani, bondeko, laïcité (Leta ekabwani na mangomba)

## En pratique

pratique-titre = Mpo na koyeba
pratique-lieu = Esika: { $ecole }, shambrɛ { $salle }
pratique-quand = Ntango: { $jours }, banda { $heure_debut } tii { $heure_fin }
pratique-debut = Liteya ya liboso: { $date_debut }
pratique-duree =
    { $heures ->
        [one] Ngonga { $heures } ya mateya na mobu mwa kelasi
       *[other] Ngonga { $heures } ya mateya na mobu mwa kelasi
    }
pratique-gratuit = Ofele
petits-enfants =
    { $petits_enfants ->
        [oui] Bokoki koya elongo na bana na bino ya mike.
       *[non] Bana ya mike bakoki kondimama te na ntango ya mateya.
    }

## Inscription et contact

inscription-titre = Ndenge nini komikomisa?
inscription-texte = Na biro ya eteyelo ya mwana na bino, to epai ya molakisi na ye.
contact-titre = Boyokani
contact-telephone = Telefone: { $telephone }
contact-courriel = Imɛlɛ: { $courriel }

## Pictogrammes (libellés très courts)

picto-date = Mokɔlɔ
picto-heure = Ngonga
picto-lieu = Esika
picto-gratuit = Ofele
picto-enfants = Bana ya mike

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = mokɔlɔ mwa yambo
jour-2 = mokɔlɔ mwa míbalé
jour-3 = mokɔlɔ mwa mísáto
jour-4 = mokɔlɔ ya mínéi
jour-5 = mokɔlɔ ya mítáno
jour-6 = mpɔ́sɔ
jour-7 = eyenga
mois-1 = sánzá ya yambo
mois-2 = sánzá ya míbalé
mois-3 = sánzá ya mísáto
mois-4 = sánzá ya mínei
mois-5 = sánzá ya mítáno
mois-6 = sánzá ya motóbá
mois-7 = sánzá ya nsambo
mois-8 = sánzá ya mwambe
mois-9 = sánzá ya libwa
mois-10 = sánzá ya zómi
mois-11 = sánzá ya zómi na mɔ̌kɔ́
mois-12 = sánzá ya zómi na míbalé
format-date = { $jour_semaine } { $jour } { $mois } { $annee }
format-heure = { $h }:{ $mm }
liste-separateur = {", "}
liste-et = { $debut } na { $fin }
