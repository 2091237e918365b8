# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: Tiếng Việt
# langue-fr: vietnamien
# locale: vi
# direction: ltr
# relu-par-locuteur-natif: non
#
# Traduction préparée par machine depuis le français (i18n/fr/flyer.ftl), relue en décembre 2026
# par le projet contre le texte français (sens de chaque phrase, registre poli, noms des deux
# ministères, « La participation est libre », variables, pluriels) ; PAS par un locuteur natif :
# à faire relire avant diffusion, puis passer la ligne ci-dessus à « oui ».
# Une seule catégorie de pluriel (other) en vietnamien.

## Titre

affiche-titre = Mở cửa trường học cho phụ huynh vì sự thành công của con em
    .accroche = Các buổi học miễn phí cho phụ huynh, tại trường của con quý vị

## Qu'est-ce que c'est ?

quoi-titre = Đây là gì?
quoi-texte = Một chương trình của Bộ Nội vụ và Bộ Giáo dục Pháp dành cho phụ huynh của học sinh là người nước ngoài hoặc có gốc nước ngoài.
quoi-gratuit = Hoàn toàn miễn phí.
quoi-volontaire = Việc tham gia là tự nguyện: không có gì bắt buộc.

## Ce que les ateliers apportent

apports-titre = Vì sao nên tham gia?
apports-reussite = Giúp con quý vị học tốt ở trường
apports-ecole = Hiểu cách nhà trường hoạt động
apports-francais = Nói, đọc và viết tiếng Pháp
apports-valeurs = Hiểu các giá trị của nền Cộng hòa: tự do, bình đẳng, bác ái, thế tục

## En pratique

pratique-titre = Thông tin cụ thể
pratique-lieu = Địa điểm: { $ecole }, phòng { $salle }
pratique-quand = Thời gian: { $jours }, từ { $heure_debut } đến { $heure_fin }
pratique-debut = Buổi học đầu tiên: { $date_debut }
pratique-duree =
    { $heures ->
       *[other] { $heures } giờ học trong năm học
    }
pratique-gratuit = Miễn phí
petits-enfants =
    { $petits_enfants ->
        [oui] Quý phụ huynh có thể đưa con nhỏ đi cùng.
       *[non] Không thể nhận trông trẻ nhỏ trong các buổi học.
    }

## Inscription et contact

inscription-titre = Đăng ký như thế nào?
inscription-texte = Tại văn phòng trường của con quý vị, hoặc với giáo viên của cháu.
contact-titre = Liên hệ
contact-telephone = Điện thoại: { $telephone }
contact-courriel = Email: { $courriel }

## Pictogrammes (libellés très courts)

picto-date = Ngày
picto-heure = Giờ
picto-lieu = Địa điểm
picto-gratuit = Miễn phí
picto-enfants = Trẻ nhỏ

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = thứ Hai
jour-2 = thứ Ba
jour-3 = thứ Tư
jour-4 = thứ Năm
jour-5 = thứ Sáu
jour-6 = thứ Bảy
jour-7 = Chủ Nhật
mois-1 = tháng 1
mois-2 = tháng 2
mois-3 = tháng 3
mois-4 = tháng 4
mois-5 = tháng 5
mois-6 = tháng 6
mois-7 = tháng 7
mois-8 = tháng 8
mois-9 = tháng 9
mois-10 = tháng 10
mois-11 = tháng 11
mois-12 = tháng 12
format-date = { $jour_semaine }, ngày { $jour } { $mois } năm { $annee }
format-heure = { $h }:{ $mm }
liste-separateur = {", "}
liste-et = { $debut } và { $fin }
