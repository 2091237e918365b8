# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: 简体中文
# langue-fr: chinois (simplifié)
# locale: zh-Hans
# direction: ltr
# relu-par-locuteur-natif: non
#
# Traduction préparée par machine depuis le français (i18n/fr/flyer.ftl), relue en décembre 2026
# par le projet contre le texte français (sens de chaque phrase, registre poli, noms des deux
# ministères, « La participation est libre », variables, pluriels) ; PAS par un locuteur natif :
# à faire relire avant diffusion, puis passer la ligne ci-dessus à « oui ».
# Chinois simplifié (balise zh-Hans ; « zh » y est ramené). Une seule catégorie de pluriel.

## Titre

affiche-titre = 向家长开放学校，助力孩子成功
    .accroche = 在您孩子的学校，为家长提供免费课程

## Qu'est-ce que c'est ?

quoi-titre = 这是什么？
quoi-texte = 这是法国内政部和国民教育部的一项计划，面向外国籍或外国裔学生的家长。
quoi-gratuit = 完全免费。
quoi-volontaire = 自愿参加，没有任何强制要求。

## Ce que les ateliers apportent

apports-titre = 为什么参加？
apports-reussite = 帮助孩子在学校取得成功
apports-ecole = 了解学校如何运作
apports-francais = 学习说、读、写法语
apports-valeurs = 了解共和国的价值观：自由、平等、博爱、政教分离

## En pratique

pratique-titre = 实用信息
pratique-lieu = 地点：{ $ecole }，{ $salle } 教室
pratique-quand = 时间：{ $jours }，{ $heure_debut } 至 { $heure_fin }
pratique-debut = 首次课程：{ $date_debut }
pratique-duree =
    { $heures ->
       *[other] 全学年共 { $heures } 小时课程
    }
pratique-gratuit = 免费
petits-enfants =
    { $petits_enfants ->
        [oui] 您可以带年幼的孩子一同前来。
       *[non] 课程期间无法照看年幼的孩子。
    }

## Inscription et contact

inscription-titre = 如何报名？
inscription-texte = 请到您孩子学校的秘书处报名，或联系孩子的老师。
contact-titre = 联系方式
contact-telephone = 电话：{ $telephone }
contact-courriel = 电子邮箱：{ $courriel }

## Pictogrammes (libellés très courts)

picto-date = 日期
picto-heure = 时间
picto-lieu = 地点
picto-gratuit = 免费
picto-enfants = 幼儿

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = 星期一
jour-2 = 星期二
jour-3 = 星期三
jour-4 = 星期四
jour-5 = 星期五
jour-6 = 星期六
jour-7 = 星期日
mois-1 = 1月
mois-2 = 2月
mois-3 = 3月
mois-4 = 4月
mois-5 = 5月
mois-6 = 6月
mois-7 = 7月
mois-8 = 8月
mois-9 = 9月
mois-10 = 10月
mois-11 = 11月
mois-12 = 12月
format-date = { $annee }年{ $mois }{ $jour }日 { $jour_semaine }
format-heure = { $h }:{ $mm }
liste-separateur = {"、"}
liste-et = { $debut }和{ $fin }
