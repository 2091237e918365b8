# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: русский
# langue-fr: russe
# locale: ru
# direction: ltr
# relu-par-locuteur-natif: non
#
# Traduction préparée par machine depuis le français (i18n/fr/flyer.ftl), relue en décembre 2026
# par le projet contre le texte français (sens de chaque phrase, registre poli, noms des deux
# ministères, « La participation est libre », variables, pluriels) ; PAS par un locuteur natif :
# à faire relire avant diffusion, puis passer la ligne ci-dessus à « oui ».
# mois-N au génitif (« 6 октября »).

## Titre

affiche-titre = Открытая школа для родителей — ради успеха детей
    .accroche = Бесплатные занятия для родителей в школе вашего ребёнка

## Qu'est-ce que c'est ?

quoi-titre = Что это такое?
quoi-texte = Программа министерств внутренних дел и образования Франции для родителей учеников — иностранцев или иностранного происхождения.
quoi-gratuit = Это бесплатно.
quoi-volontaire = Участие добровольное: ничего обязательного.

## Ce que les ateliers apportent

apports-titre = Зачем приходить?
apports-reussite = Помочь ребёнку успешно учиться в школе
apports-ecole = Понять, как устроена школа
apports-francais = Говорить, читать и писать по-французски
apports-valeurs = Узнать ценности Республики: свобода, равенство, братство, светскость

## En pratique

pratique-titre = Практическая информация
pratique-lieu = Где: { $ecole }, кабинет { $salle }
pratique-quand = Когда: { $jours }, с { $heure_debut } до { $heure_fin }
pratique-debut = Первое занятие: { $date_debut }
pratique-duree =
    { $heures ->
        [one] { $heures } час занятий в течение учебного года
        [few] { $heures } часа занятий в течение учебного года
        [many] { $heures } часов занятий в течение учебного года
       *[other] { $heures } часа занятий в течение учебного года
    }
pratique-gratuit = Бесплатно
petits-enfants =
    { $petits_enfants ->
        [oui] Можно приходить с маленькими детьми.
       *[non] Маленьких детей во время занятий принять не могут.
    }

## Inscription et contact

inscription-titre = Как записаться?
inscription-texte = В секретариате школы вашего ребёнка или у его учителя.
contact-titre = Контакты
contact-telephone = Телефон: { $telephone }
contact-courriel = Эл. почта: { $courriel }

## Pictogrammes (libellés très courts)

picto-date = Дата
picto-heure = Время
picto-lieu = Место
picto-gratuit = Бесплатно
picto-enfants = Маленькие дети

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = понедельник
jour-2 = вторник
jour-3 = среда
jour-4 = четверг
jour-5 = пятница
jour-6 = суббота
jour-7 = воскресенье
mois-1 = января
mois-2 = февраля
mois-3 = марта
mois-4 = апреля
mois-5 = мая
mois-6 = июня
mois-7 = июля
mois-8 = августа
mois-9 = сентября
mois-10 = октября
mois-11 = ноября
mois-12 = декабря
format-date = { $jour_semaine }, { $jour } { $mois } { $annee } г.
format-heure = { $h }:{ $mm }
liste-separateur = {", "}
liste-et = { $debut } и { $fin }
