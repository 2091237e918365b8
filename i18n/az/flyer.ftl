# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: Azərbaycan dili
# langue-fr: azerbaïdjanais
# locale: az
# direction: ltr
# relu-par-locuteur-natif: non
#
# Traduction écrite par le projet depuis le français (i18n/fr/flyer.ftl), registre simple et poli
# (vouvoiement quand la langue en a un). Vérifié par le projet contre le texte français (sens de
# chaque phrase, noms des deux ministères, variables, pluriels), PAS par un locuteur natif : à faire
# relire avant diffusion, puis passer la ligne ci-dessus à « oui ».
# Alphabet latin, vouvoiement (« siz »). Pas de suffixe après une variable (l'harmonie vocalique dépendrait de la valeur) : « saat 14:00 – 16:00 ».

## Titre

affiche-titre = Uşaqların uğuru üçün məktəb valideynlərə açıqdır
    .accroche = Valideynlər üçün pulsuz məşğələlər, övladınızın məktəbində

## Qu'est-ce que c'est ?

quoi-titre = Bu nədir?
quoi-texte = Fransanın Daxili İşlər Nazirliyinin və Milli Təhsil Nazirliyinin proqramıdır; xarici və ya xarici mənşəli şagirdlərin valideynləri üçündür.
quoi-gratuit = Pulsuzdur.
quoi-volontaire = İştirak könüllüdür: heç nə məcburi deyil.

## Ce que les ateliers apportent

apports-titre = Niyə gəlməli?
apports-reussite = Övladınızın məktəbdə uğur qazanmasına kömək etmək
apports-ecole = Məktəbin necə işlədiyini başa düşmək
apports-francais = Fransızca danışmaq, oxumaq və yazmaq
apports-valeurs = Respublikanın dəyərlərini tanımaq: azadlıq, bərabərlik, qardaşlıq, dünyəvilik (laïcité)

## En pratique

pratique-titre = Praktiki məlumat
pratique-lieu = Harada: { $ecole }, otaq { $salle }
pratique-quand = Nə vaxt: { $jours }, saat { $heure_debut } – { $heure_fin }
pratique-debut = İlk məşğələ: { $date_debut }
pratique-duree =
    { $heures ->
        [one] Tədris ili ərzində { $heures } saat məşğələ
       *[other] Tədris ili ərzində { $heures } saat məşğələ
    }
pratique-gratuit = Pulsuz
petits-enfants =
    { $petits_enfants ->
        [oui] Kiçik uşaqlarınızla gələ bilərsiniz.
       *[non] Məşğələlər zamanı kiçik uşaqlar qəbul edilə bilməz.
    }

## Inscription et contact

inscription-titre = Necə qeydiyyatdan keçmək olar?
inscription-texte = Övladınızın məktəbinin katibliyində və ya onun müəllimi vasitəsilə.
contact-titre = Əlaqə
contact-telephone = Telefon: { $telephone }
contact-courriel = E-poçt: { $courriel }

## Pictogrammes (libellés très courts)

picto-date = Tarix
picto-heure = Saat
picto-lieu = Yer
picto-gratuit = Pulsuz
picto-enfants = Kiçik uşaqlar

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = bazar ertəsi
jour-2 = çərşənbə axşamı
jour-3 = çərşənbə
jour-4 = cümə axşamı
jour-5 = cümə
jour-6 = şənbə
jour-7 = bazar
mois-1 = yanvar
mois-2 = fevral
mois-3 = mart
mois-4 = aprel
mois-5 = may
mois-6 = iyun
mois-7 = iyul
mois-8 = avqust
mois-9 = sentyabr
mois-10 = oktyabr
mois-11 = noyabr
mois-12 = dekabr
format-date = { $jour } { $mois } { $annee }, { $jour_semaine }
format-heure = { $h }:{ $mm }
liste-separateur = {", "}
liste-et = { $debut } və { $fin }
