affiche-titre = Les parents à l'école
pratique-titre =
    .inconnu = attribut en plus
