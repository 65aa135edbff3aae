// Written by scripts/message-tables.mjs from lit-localize's output. Do not edit.
import { str } from '@lit/localize/internal/str-tag.js';
export const ids = '3ede8a,99acf0,c2415d,dc1937,e756bc,f36b91';
export const templates = [
`Industrie, culture et éducation`,
str`Référence : ${0}`,
`Géographie et accès`,
`Ce qu’elle attend d’un partenaire`,
`Brochure et autres documents`,
`Contexte historique particulier`,
];
