// Written by scripts/message-tables.mjs from lit-localize's output. Do not edit.
import { str } from '@lit/localize/internal/str-tag.js';
export const ids = '0721e4,092059,207134,2f6446,3daada,3e2bc3,44cfb5,5d3fd7,81a6ec,85aed4,96047b,9f3cac,bb6be6,cb489a,cd1dd6,efe8e3,f259d7,f6c0b2,fe6ad7';
export const templates = [
`Remplir un nouveau formulaire`,
`Non`,
`Pas encore envoyé : nouvel essai en cours…`,
`Modifier`,
`Vérifiez cette réponse`,
`Le serveur est occupé.`,
`Non fourni`,
`Prochaines étapes`,
`La connexion a été perdue ou le serveur n’a pas répondu à temps.`,
`Vos réponses`,
`Le serveur n’a pas accepté les réponses.`,
str`${0} % envoyé`,
`Revenir aux réponses`,
`Oui`,
`Réessayer`,
`Vos réponses sont toujours là, prêtes à être envoyées de nouveau.`,
str`« ${0} » doit contenir ${1} caractères ou moins`,
`Imprimer une copie`,
`Votre numéro de référence est`,
];
