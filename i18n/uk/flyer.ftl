# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: українська
# langue-fr: ukrainien
# locale: uk
# direction: ltr
# relu-par-locuteur-natif: non
#
# Traduction préparée par machine depuis le français (i18n/fr/flyer.ftl), relue en décembre 2026
# par le projet contre le texte français (sens de chaque phrase, registre poli, noms des deux
# ministères, « La participation est libre », variables, pluriels) ; PAS par un locuteur natif :
# à faire relire avant diffusion, puis passer la ligne ci-dessus à « oui ».
# mois-N au génitif (« 6 жовтня »).

## Titre

affiche-titre = Відкрита школа для батьків — заради успіху дітей
    .accroche = Безкоштовні заняття для батьків у школі вашої дитини

## Qu'est-ce que c'est ?

quoi-titre = Що це таке?
quoi-texte = Програма міністерств внутрішніх справ і освіти Франції для батьків учнів — іноземців або іноземного походження.
quoi-gratuit = Це безкоштовно.
quoi-volontaire = Участь добровільна: нічого не є обов’язковим.

## Ce que les ateliers apportent

apports-titre = Навіщо приходити?
apports-reussite = Допомогти дитині успішно навчатися в школі
apports-ecole = Зрозуміти, як працює школа
apports-francais = Говорити, читати й писати французькою
apports-valeurs = Пізнати цінності Республіки: свобода, рівність, братерство, світськість

## En pratique

pratique-titre = Практична інформація
pratique-lieu = Де: { $ecole }, кабінет { $salle }
pratique-quand = Коли: { $jours }, з { $heure_debut } до { $heure_fin }
pratique-debut = Перше заняття: { $date_debut }
pratique-duree =
    { $heures ->
        [one] { $heures } година занять протягом навчального року
        [few] { $heures } години занять протягом навчального року
        [many] { $heures } годин занять протягом навчального року
       *[other] { $heures } години занять протягом навчального року
    }
pratique-gratuit = Безкоштовно
petits-enfants =
    { $petits_enfants ->
        [oui] Можна приходити з маленькими дітьми.
       *[non] Під час занять маленьких дітей прийняти не можуть.
    }

## Inscription et contact

inscription-titre = Як записатися?
inscription-texte = У секретаріаті школи вашої дитини або в її вчителя.
contact-titre = Контакти
contact-telephone = Телефон: { $telephone }
contact-courriel = Ел. пошта: { $courriel }

## Pictogrammes (libellés très courts)

picto-date = Дата
picto-heure = Час
picto-lieu = Місце
picto-gratuit = Безкоштовно
picto-enfants = Маленькі діти

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = понеділок
jour-2 = вівторок
jour-3 = середа
jour-4 = четвер
jour-5 = п’ятниця
jour-6 = субота
jour-7 = неділя
mois-1 = січня
mois-2 = лютого
mois-3 = березня
mois-4 = квітня
mois-5 = травня
mois-6 = червня
mois-7 = липня
mois-8 = серпня
mois-9 = вересня
mois-10 = жовтня
mois-11 = листопада
mois-12 = грудня
format-date = { $jour_semaine }, { $jour } { $mois } { $annee } р.
format-heure = { $h }:{ $mm }
liste-separateur = {", "}
liste-et = { $debut } і { $fin }
