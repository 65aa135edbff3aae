// Written by scripts/message-tables.mjs from lit-localize's output. Do not edit.
import { str } from '@lit/localize/internal/str-tag.js';
export const ids = '29647f,3274b5,33144c,522a06,539f29,5841f8,5c0c25,759224,85210a,90afb5,910761,9441e3,a21f23,a3e3cf,a4ef3b,a7e57e,b06018,b52fd0,c1be2f,cfbded,d71eb7,f208f1,f2f051';
export const templates = [
str`Ces réponses ont déjà été envoyées, sous la référence ${0}. Le lien ne les ouvre plus.`,
`Votre lien privé`,
`Le lien est copié.`,
`Enregistrer de nouveau`,
str`Conserve vos réponses et vos fichiers sur le serveur pendant ${0} jours et vous donne un lien privé pour continuer sur n’importe quel appareil.`,
`Les réponses enregistrées n’ont pas pu être jointes. Vérifiez votre connexion et réessayez.`,
`Copier le lien`,
`Trop d’essais en peu de temps. Attendez quelques minutes et réessayez.`,
`Entrez une adresse courriel dans un format valide, par exemple name@example.com`,
str`Ce lien est expiré : les réponses enregistrées sont conservées ${0} jours après le dernier enregistrement. Ce qui est sur cette page est toujours là.`,
`Ouverture des réponses enregistrées…`,
str`Nous avons ouvert les réponses enregistrées avec votre lien, fichiers compris. Le lien fonctionne jusqu’au ${0}.`,
`Adresse courriel où envoyer le lien`,
`Enregistrer et continuer plus tard`,
`Vos réponses sont enregistrées`,
`Ce lien n’ouvre aucune réponse enregistrée. Vérifiez que vous avez copié le lien en entier.`,
`Enregistrement…`,
`Désactiver ce lien`,
`Toute personne qui a ce lien peut ouvrir vos réponses. Ne le partagez pas.`,
`La personne qui a créé ce lien l’a désactivé : il n’ouvre plus les réponses. Ce qui est sur cette page est toujours là.`,
str`Le lien a été envoyé à ${0}.`,
`Envoyer le lien par courriel`,
str`Utilisez ce lien privé pour continuer sur n’importe quel appareil, fichiers compris. Il fonctionne jusqu’au ${0} : les réponses enregistrées sont conservées ${1} jours après le dernier enregistrement.`,
];
