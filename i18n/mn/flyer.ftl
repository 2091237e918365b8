# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: монгол
# langue-fr: mongol (cyrillique)
# locale: mn
# direction: ltr
# relu-par-locuteur-natif: non
#
# Traduction écrite par le projet depuis le français (i18n/fr/flyer.ftl), registre simple et poli
# (vouvoiement quand la langue en a un). Vérifié par le projet contre le texte français (sens de
# chaque phrase, noms des deux ministères, variables, pluriels), PAS par un locuteur natif : à faire
# relire avant diffusion, puis passer la ligne ci-dessus à « oui ».
# Mongol de Mongolie en cyrillique (ө, ү). Date dans l'ordre mongol « 2026 оны аравдугаар сарын 6, Мягмар гараг » :
# chaque nom de mois finit par « сар », d'où le suffixe « ын » fixe.

## Titre

affiche-titre = Хүүхдийн амжилтын төлөө сургууль эцэг эхчүүдэд нээлттэй
    .accroche = Эцэг эхчүүдэд зориулсан үнэгүй сургалт, таны хүүхдийн сургууль дээр

## Qu'est-ce que c'est ?

quoi-titre = Энэ юу вэ?
quoi-texte = Францын Дотоод хэргийн яам болон Үндэсний боловсролын яамны хөтөлбөр бөгөөд гадаадын иргэн эсвэл гадаад гаралтай сурагчдын эцэг эхчүүдэд зориулагдсан.
quoi-gratuit = Үнэ төлбөргүй.
quoi-volontaire = Оролцох нь сайн дурын хэрэг: юу ч албадлагагүй.

## Ce que les ateliers apportent

apports-titre = Яагаад ирэх вэ?
apports-reussite = Хүүхдээ сургуульдаа амжилттай сурахад нь туслах
apports-ecole = Сургууль хэрхэн ажилладгийг ойлгох
apports-francais = Франц хэлээр ярих, унших, бичих
apports-valeurs = Бүгд Найрамдах Улсын үнэт зүйлсийг мэдэх: эрх чөлөө, тэгш эрх, ахан дүүсийн холбоо, шашин ба төрийн тусгаарлал (laïcité)

## En pratique

pratique-titre = Практик мэдээлэл
pratique-lieu = Хаана: { $ecole }, өрөө { $salle }
pratique-quand = Хэзээ: { $jours }, { $heure_debut } – { $heure_fin }
pratique-debut = Эхний сургалт: { $date_debut }
pratique-duree =
    { $heures ->
        [one] Хичээлийн жилд нийт { $heures } цагийн сургалт
       *[other] Хичээлийн жилд нийт { $heures } цагийн сургалт
    }
pratique-gratuit = Үнэгүй
petits-enfants =
    { $petits_enfants ->
        [oui] Та бага насны хүүхдүүдээ дагуулж ирж болно.
       *[non] Сургалтын үеэр бага насны хүүхэд хүлээн авах боломжгүй.
    }

## Inscription et contact

inscription-titre = Хэрхэн бүртгүүлэх вэ?
inscription-texte = Хүүхдийнхээ сургуулийн нарийн бичгийн даргад, эсвэл багшид нь хандана уу.
contact-titre = Холбоо барих
contact-telephone = Утас: { $telephone }
contact-courriel = Имэйл: { $courriel }

## Pictogrammes (libellés très courts)

picto-date = Огноо
picto-heure = Цаг
picto-lieu = Байршил
picto-gratuit = Үнэгүй
picto-enfants = Бага насны хүүхэд

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = Даваа гараг
jour-2 = Мягмар гараг
jour-3 = Лхагва гараг
jour-4 = Пүрэв гараг
jour-5 = Баасан гараг
jour-6 = Бямба гараг
jour-7 = Ням гараг
mois-1 = нэгдүгээр сар
mois-2 = хоёрдугаар сар
mois-3 = гуравдугаар сар
mois-4 = дөрөвдүгээр сар
mois-5 = тавдугаар сар
mois-6 = зургадугаар сар
mois-7 = долдугаар сар
mois-8 = наймдугаар сар
mois-9 = есдүгээр сар
mois-10 = аравдугаар сар
mois-11 = арван нэгдүгээр сар
mois-12 = арван хоёрдугаар сар
format-date = { $annee } оны { $mois }ын { $jour }, { $jour_semaine }
format-heure = { $h }:{ $mm }
liste-separateur = {", "}
liste-et = { $debut } болон { $fin }
