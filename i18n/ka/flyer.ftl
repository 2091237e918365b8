# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: ქართული
# langue-fr: géorgien
# locale: ka
# direction: ltr
# relu-par-locuteur-natif: non
#
# Traduction préparée par machine depuis le français (i18n/fr/flyer.ftl), relue en décembre 2026
# par le projet contre le texte français (sens de chaque phrase, registre poli, noms des deux
# ministères, « La participation est libre », variables, pluriels) ; PAS par un locuteur natif :
# à faire relire avant diffusion, puis passer la ligne ci-dessus à « oui ».
# En géorgien, le nom reste au singulier après un nombre : variantes identiques.

## Titre

affiche-titre = სკოლა ღიაა მშობლებისთვის — ბავშვების წარმატებისთვის
    .accroche = უფასო მეცადინეობები მშობლებისთვის თქვენი შვილის სკოლაში

## Qu'est-ce que c'est ?

quoi-titre = რა არის ეს?
quoi-texte = საფრანგეთის შინაგან საქმეთა და განათლების სამინისტროების პროგრამა იმ მოსწავლეების მშობლებისთვის, რომლებიც უცხოელები ან უცხოური წარმოშობის არიან.
quoi-gratuit = ეს უფასოა.
quoi-volontaire = მონაწილეობა ნებაყოფლობითია: არაფერია სავალდებულო.

## Ce que les ateliers apportent

apports-titre = რატომ უნდა მოხვიდეთ?
apports-reussite = დაეხმარეთ შვილს სკოლაში წარმატების მიღწევაში
apports-ecole = გაიგეთ, როგორ მუშაობს სკოლა
apports-francais = ისაუბრეთ, იკითხეთ და წერეთ ფრანგულად
apports-valeurs = გაეცანით რესპუბლიკის ღირებულებებს: თავისუფლება, თანასწორობა, ძმობა, სეკულარიზმი

## En pratique

pratique-titre = პრაქტიკული ინფორმაცია
pratique-lieu = სად: { $ecole }, ოთახი { $salle }
pratique-quand = როდის: { $jours }, { $heure_debut }-დან { $heure_fin }-მდე
pratique-debut = პირველი მეცადინეობა: { $date_debut }
pratique-duree =
    { $heures ->
        [one] სასწავლო წლის განმავლობაში { $heures } საათი მეცადინეობა
       *[other] სასწავლო წლის განმავლობაში { $heures } საათი მეცადინეობა
    }
pratique-gratuit = უფასო
petits-enfants =
    { $petits_enfants ->
        [oui] შეგიძლიათ მოხვიდეთ პატარა ბავშვებთან ერთად.
       *[non] მეცადინეობების დროს პატარა ბავშვების მიღება შეუძლებელია.
    }

## Inscription et contact

inscription-titre = როგორ დავრეგისტრირდეთ?
inscription-texte = თქვენი შვილის სკოლის სამდივნოში ან მის მასწავლებელთან.
contact-titre = კონტაქტი
contact-telephone = ტელეფონი: { $telephone }
contact-courriel = ელფოსტა: { $courriel }

## Pictogrammes (libellés très courts)

picto-date = თარიღი
picto-heure = დრო
picto-lieu = ადგილი
picto-gratuit = უფასო
picto-enfants = პატარა ბავშვები

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = ორშაბათი
jour-2 = სამშაბათი
jour-3 = ოთხშაბათი
jour-4 = ხუთშაბათი
jour-5 = პარასკევი
jour-6 = შაბათი
jour-7 = კვირა
mois-1 = იანვარი
mois-2 = თებერვალი
mois-3 = მარტი
mois-4 = აპრილი
mois-5 = მაისი
mois-6 = ივნისი
mois-7 = ივლისი
mois-8 = აგვისტო
mois-9 = სექტემბერი
mois-10 = ოქტომბერი
mois-11 = ნოემბერი
mois-12 = დეკემბერი
format-date = { $jour_semaine }, { $jour } { $mois }, { $annee }
format-heure = { $h }:{ $mm }
liste-separateur = {", "}
liste-et = { $debut } და { $fin }
