# Ateliers OEPRE — textes de l'affiche remise aux parents.
# langue: português
# langue-fr: portugais
# locale: pt
# direction: ltr
# relu-par-locuteur-natif: non
#
# Traduction préparée par machine depuis le français (i18n/fr/flyer.ftl), relue en décembre 2026
# par le projet contre le texte français (sens de chaque phrase, registre poli, noms des deux
# ministères, « La participation est libre », variables, pluriels) ; PAS par un locuteur natif :
# à faire relire avant diffusion, puis passer la ligne ci-dessus à « oui ».
# Portugais européen (la plupart des familles lusophones en France), compréhensible au Brésil,
# au Cap-Vert, en Angola.

## Titre

affiche-titre = Abrir a escola aos pais para o sucesso dos filhos
    .accroche = Oficinas gratuitas para os pais, na escola do seu filho

## Qu'est-ce que c'est ?

quoi-titre = O que é?
quoi-texte = Um programa do Ministério do Interior e do Ministério da Educação Nacional de França, para os pais de alunos estrangeiros ou de origem estrangeira.
quoi-gratuit = É gratuito.
quoi-volontaire = A participação é livre: nada é obrigatório.

## Ce que les ateliers apportent

apports-titre = Porquê participar?
apports-reussite = Ajudar o seu filho a ter sucesso na escola
apports-ecole = Compreender como funciona a escola
apports-francais = Falar, ler e escrever em francês
apports-valeurs = Conhecer os valores da República: liberdade, igualdade, fraternidade, laicidade

## En pratique

pratique-titre = Na prática
pratique-lieu = Onde: { $ecole }, sala { $salle }
pratique-quand = Quando: { $jours }, das { $heure_debut } às { $heure_fin }
pratique-debut = Primeira oficina: { $date_debut }
pratique-duree =
    { $heures ->
        [one] { $heures } hora de oficinas ao longo do ano letivo
       *[other] { $heures } horas de oficinas ao longo do ano letivo
    }
pratique-gratuit = Gratuito
petits-enfants =
    { $petits_enfants ->
        [oui] Pode vir com os seus filhos pequenos.
       *[non] As crianças pequenas não podem ser acolhidas durante as oficinas.
    }

## Inscription et contact

inscription-titre = Como se inscrever?
inscription-texte = Na secretaria da escola do seu filho ou junto do professor dele.
contact-titre = Contacto
contact-telephone = Telefone: { $telephone }
contact-courriel = E-mail: { $courriel }

## Pictogrammes (libellés très courts)

picto-date = Data
picto-heure = Hora
picto-lieu = Local
picto-gratuit = Gratuito
picto-enfants = Crianças pequenas

## Dates et heures (jour-1 = lundi ; mois-N : forme employée dans une date complète)

jour-1 = segunda-feira
jour-2 = terça-feira
jour-3 = quarta-feira
jour-4 = quinta-feira
jour-5 = sexta-feira
jour-6 = sábado
jour-7 = domingo
mois-1 = janeiro
mois-2 = fevereiro
mois-3 = março
mois-4 = abril
mois-5 = maio
mois-6 = junho
mois-7 = julho
mois-8 = agosto
mois-9 = setembro
mois-10 = outubro
mois-11 = novembro
mois-12 = dezembro
format-date = { $jour_semaine }, { $jour } de { $mois } de { $annee }
format-heure = { $h }:{ $mm }
liste-separateur = {", "}
liste-et = { $debut } e { $fin }
