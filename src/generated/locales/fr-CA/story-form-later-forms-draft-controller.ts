// Written by scripts/message-tables.mjs from lit-localize's output. Do not edit.
import { str } from '@lit/localize/internal/str-tag.js';
export const ids = '0fb1f4,9bfaaa';
export const templates = [
`Effacer les réponses et recommencer`,
str`Nous avons récupéré les réponses que vous aviez enregistrées le ${0}. Vous devez choisir de nouveau les fichiers.`,
];
