// Written by scripts/message-tables.mjs from lit-localize's output. Do not edit.
import { str } from '@lit/localize/internal/str-tag.js';
export const ids = '04c683,052403,087d3d,0ae71b,118928,1b6067,3606b9,58d0cf,793149,827b98,8d6026,8fd7f1,9bf7d5,a8beb6,afdc6f,b43809,b8c878,b8e3ee,c77c44,c9a22b,d2d72c,e25329,f05d35';
export const templates = [
`Le fichier est une page Web, pas du CSV ni du JSON.`,
`Tous les pays`,
str`Années ${0}`,
`Amitié`,
`État ou province`,
`Amitié (État ou province)`,
`Trier par`,
`Toutes les préfectures`,
`Japon`,
`Partenariat`,
`Date inconnue`,
`Tous les États et provinces`,
`Jumelage (État ou province)`,
`Filtres`,
`La première ligne du fichier CSV n’a pas de colonnes na_name et jp_name.`,
`Partenariat (État ou province)`,
`Le fichier n’est pas du JSON valide.`,
`Ville jumelle`,
`Le JSON n’est ni une liste de jumelages ni un objet contenant une liste « pairings ».`,
`Jumelage`,
`Ville amie`,
`Effacer les filtres`,
`Ville partenaire`,
];
