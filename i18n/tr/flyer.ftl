# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: Türkçe
# langue-fr: turc
# locale: tr
# direction: ltr
# relu-par-locuteur-natif: non
#
# Traduction préparée par machine depuis le français (i18n/fr/flyer.ftl), relue en décembre 2026
# par le projet contre le texte français (sens de chaque phrase, registre poli, noms des deux
# ministères, « La participation est libre », variables, pluriels) ; PAS par un locuteur natif :
# à faire relire avant diffusion, puis passer la ligne ci-dessus à « oui ».
# En turc, le nom reste au singulier après un nombre : les deux variantes de pratique-duree
# sont identiques.

## Titre

affiche-titre = Çocukların başarısı için okul velilere açılıyor
    .accroche = Velilere ücretsiz atölyeler, çocuğunuzun okulunda

## Qu'est-ce que c'est ?

quoi-titre = Nedir?
quoi-texte = Fransa İçişleri ve Millî Eğitim bakanlıklarının, yabancı veya yabancı kökenli öğrencilerin velilerine yönelik bir programıdır.
quoi-gratuit = Ücretsizdir.
quoi-volontaire = Katılım isteğe bağlıdır: hiçbir şey zorunlu değildir.

## Ce que les ateliers apportent

apports-titre = Neden gelmeli?
apports-reussite = Çocuğunuzun okulda başarılı olmasına yardım etmek
apports-ecole = Okulun nasıl işlediğini anlamak
apports-francais = Fransızca konuşmak, okumak ve yazmak
apports-valeurs = Cumhuriyetin değerlerini tanımak: özgürlük, eşitlik, kardeşlik, laiklik

## En pratique

pratique-titre = Pratik bilgiler
pratique-lieu = Yer: { $ecole }, derslik { $salle }
pratique-quand = Zaman: { $jours }, { $heure_debut } – { $heure_fin } arası
pratique-debut = İlk atölye: { $date_debut }
pratique-duree =
    { $heures ->
        [one] Öğretim yılı boyunca { $heures } saat atölye
       *[other] Öğretim yılı boyunca { $heures } saat atölye
    }
pratique-gratuit = Ücretsiz
petits-enfants =
    { $petits_enfants ->
        [oui] Küçük çocuklarınızla gelebilirsiniz.
       *[non] Atölyeler sırasında küçük çocuklar kabul edilemiyor.
    }

## Inscription et contact

inscription-titre = Nasıl kayıt olunur?
inscription-texte = Çocuğunuzun okulunun sekreterliğine ya da öğretmenine başvurun.
contact-titre = İletişim
contact-telephone = Telefon: { $telephone }
contact-courriel = E-posta: { $courriel }

## Pictogrammes (libellés très courts)

picto-date = Tarih
picto-heure = Saat
picto-lieu = Yer
picto-gratuit = Ücretsiz
picto-enfants = Küçük çocuklar

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = Pazartesi
jour-2 = Salı
jour-3 = Çarşamba
jour-4 = Perşembe
jour-5 = Cuma
jour-6 = Cumartesi
jour-7 = Pazar
mois-1 = Ocak
mois-2 = Şubat
mois-3 = Mart
mois-4 = Nisan
mois-5 = Mayıs
mois-6 = Haziran
mois-7 = Temmuz
mois-8 = Ağustos
mois-9 = Eylül
mois-10 = Ekim
mois-11 = Kasım
mois-12 = Aralık
format-date = { $jour } { $mois } { $annee } { $jour_semaine }
format-heure = { $hh }:{ $mm }
liste-separateur = {", "}
liste-et = { $debut } ve { $fin }
