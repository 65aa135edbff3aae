// Written by scripts/message-tables.mjs from lit-localize's output. Do not edit.
import { str } from '@lit/localize/internal/str-tag.js';
export const ids = '021c57,07ac95,07cb75,137af9,4c5548,4e2c80,4fdfae,51cf9d,5a0c13,67fd94,6cd886,71157a,78d53c,941b7d,9d59fd,9dd5d4,a60417,a99bb3,b9a155,c254c4,c7d3ca,d8c497,f34f17';
export const templates = [
`Peu de points communs avec ce que vous avez décrit.`,
`Classer les demandes par pertinence`,
`Au Japon`,
`(facultatif)`,
str`les deux souhaitent des échanges en ${0}`,
`Non précisé`,
`Décrivez votre collectivité : les demandes sont classées selon leur pertinence. Rien de ce que vous saisissez ne quitte cette page.`,
str`${0} demandes classées selon leur pertinence pour ${1}`,
str`${0} demande classée selon sa pertinence pour votre collectivité`,
`Types d’échanges souhaités`,
`population semblable`,
`Indiquez d’abord où se trouve votre collectivité.`,
`En Amérique du Nord`,
str`${0} demande classée selon sa pertinence pour ${1}`,
`population du même ordre`,
`Afficher de nouveau toutes les demandes`,
`Entrez la population en nombre entier, par exemple 48 000`,
str`${0} demandes classées selon leur pertinence pour votre collectivité`,
str`cherche un partenaire dans ${0}`,
`Population de votre collectivité`,
`Où aimeriez-vous que soit votre partenaire?`,
str`se trouve dans ${0}, où vous cherchez un partenaire`,
`Où se trouve votre collectivité?`,
];
