# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: বাংলা
# langue-fr: bengali
# locale: bn
# direction: ltr
# relu-par-locuteur-natif: non
#
# Traduction préparée par machine depuis le français (i18n/fr/flyer.ftl), relue en décembre 2026
# par le projet contre le texte français (sens de chaque phrase, registre poli, noms des deux
# ministères, « La participation est libre », variables, pluriels) ; PAS par un locuteur natif :
# à faire relire avant diffusion, puis passer la ligne ci-dessus à « oui ».
# Heures sur 12 h (AM/PM, usage du Bangladesh) ; chiffres occidentaux (les chiffres bengalis
# ne sont pas produits par Fluent).

## Titre

affiche-titre = শিশুদের সাফল্যের জন্য অভিভাবকদের কাছে বিদ্যালয় উন্মুক্ত
    .accroche = অভিভাবকদের জন্য বিনামূল্যে কর্মশালা, আপনার সন্তানের বিদ্যালয়ে

## Qu'est-ce que c'est ?

quoi-titre = এটি কী?
quoi-texte = ফ্রান্সের স্বরাষ্ট্র ও শিক্ষা মন্ত্রণালয়ের একটি কর্মসূচি, বিদেশি বা বিদেশি বংশোদ্ভূত শিক্ষার্থীদের অভিভাবকদের জন্য।
quoi-gratuit = এটি বিনামূল্যে।
quoi-volontaire = অংশগ্রহণ ঐচ্ছিক: কিছুই বাধ্যতামূলক নয়।

## Ce que les ateliers apportent

apports-titre = কেন আসবেন?
apports-reussite = আপনার সন্তানকে বিদ্যালয়ে সফল হতে সাহায্য করা
apports-ecole = বিদ্যালয় কীভাবে চলে তা বোঝা
apports-francais = ফরাসি ভাষায় কথা বলা, পড়া ও লেখা
apports-valeurs = প্রজাতন্ত্রের মূল্যবোধ জানা: স্বাধীনতা, সমতা, ভ্রাতৃত্ব, ধর্মনিরপেক্ষতা

## En pratique

pratique-titre = ব্যবহারিক তথ্য
pratique-lieu = কোথায়: { $ecole }, কক্ষ { $salle }
pratique-quand = কখন: { $jours }, { $heure_debut } থেকে { $heure_fin } পর্যন্ত
pratique-debut = প্রথম কর্মশালা: { $date_debut }
pratique-duree =
    { $heures ->
        [one] শিক্ষাবর্ষে মোট { $heures } ঘণ্টার কর্মশালা
       *[other] শিক্ষাবর্ষে মোট { $heures } ঘণ্টার কর্মশালা
    }
pratique-gratuit = বিনামূল্যে
petits-enfants =
    { $petits_enfants ->
        [oui] আপনি আপনার ছোট শিশুদের সঙ্গে নিয়ে আসতে পারেন।
       *[non] কর্মশালার সময় ছোট শিশুদের রাখার ব্যবস্থা নেই।
    }

## Inscription et contact

inscription-titre = কীভাবে নাম লেখাবেন?
inscription-texte = আপনার সন্তানের বিদ্যালয়ের অফিসে, অথবা তার শিক্ষকের কাছে।
contact-titre = যোগাযোগ
contact-telephone = ফোন: { $telephone }
contact-courriel = ইমেইল: { $courriel }

## Pictogrammes (libellés très courts)

picto-date = তারিখ
picto-heure = সময়
picto-lieu = স্থান
picto-gratuit = বিনামূল্যে
picto-enfants = ছোট শিশু

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = সোমবার
jour-2 = মঙ্গলবার
jour-3 = বুধবার
jour-4 = বৃহস্পতিবার
jour-5 = শুক্রবার
jour-6 = শনিবার
jour-7 = রবিবার
mois-1 = জানুয়ারি
mois-2 = ফেব্রুয়ারি
mois-3 = মার্চ
mois-4 = এপ্রিল
mois-5 = মে
mois-6 = জুন
mois-7 = জুলাই
mois-8 = আগস্ট
mois-9 = সেপ্টেম্বর
mois-10 = অক্টোবর
mois-11 = নভেম্বর
mois-12 = ডিসেম্বর
format-date = { $jour_semaine }, { $jour } { $mois } { $annee }
format-heure =
    { $h12 }:{ $mm } { $periode ->
        [am] AM
       *[pm] PM
    }
liste-separateur = {", "}
liste-et = { $debut } ও { $fin }
