// Written by scripts/message-tables.mjs from lit-localize's output. Do not edit.
import { str } from '@lit/localize/internal/str-tag.js';
export const ids = '04bdd2,dd97c6';
export const templates = [
str`Le fichier sélectionné doit faire moins de ${0}.`,
str`Le fichier sélectionné est vide. Choisissez un autre fichier pour « ${0} ».`,
];
