// Written by scripts/message-tables.mjs from lit-localize's output. Do not edit.
import { str } from '@lit/localize/internal/str-tag.js';
export const ids = '06abcb,098075,09d90a,218508,29fa1c,38cb93,427864,4482d2,483aaf,489510,4aab8e,4f06b3,500a8a,5c80c9,6562b1,67bdd8,6efb90,704895,97f9b2,b1c80f,bea0ce,db2268,fe2799,fed75e';
export const templates = [
str`Lien pour ${0}`,
`Désactiver le lien de la ville jumelle`,
`L’histoire jusqu’ici`,
`Sélectionnez la langue de votre version`,
`Votre version de l’histoire`,
`Si vous le pouvez, traduisez l’histoire jusqu’ici dans votre langue.`,
`Dans vos propres mots et votre propre langue.`,
str`Inviter ${0} à ajouter sa version`,
str`Envoyez ce lien à votre contact à ${0}. Cette personne verra l’histoire telle qu’elle est, sans vos coordonnées, et pourra ajouter sa version dans sa propre langue. Le lien fonctionne jusqu’au ${1}.`,
`Votre version n’a pas été ajoutée`,
`Comment la relation a-t-elle commencé, selon le souvenir de votre ville?`,
str`Envoyez ce lien à votre contact à ${0}. Cette personne verra l’histoire telle que vous l’avez envoyée, sans vos coordonnées, et pourra ajouter sa version dans sa propre langue. Sister Cities International reçoit sa version avec votre histoire. Le lien fonctionne jusqu’au ${1}.`,
`Ajouter notre version à l’histoire`,
str`Le lien pour ${0} n’a pas pu être désactivé. Vérifiez votre connexion et réessayez.`,
`Le personnel de Sister Cities International la voit ; la ville qui vous a invité ne la voit pas.`,
`Une traduction de l’histoire jusqu’ici`,
str`Le lien pour ${0} n’a pas pu être créé. Vérifiez votre connexion et réessayez.`,
`Votre version a été ajoutée à l’histoire`,
`La ville qui vous a invité peut lire votre version, sans votre adresse courriel, et Sister Cities International la reçoit avec l’histoire. Pour la modifier, ouvrez le même lien et envoyez-la de nouveau.`,
str`${0} peut encore ajouter sa version : un lien privé lui montre l’histoire telle que vous l’avez envoyée, sans vos coordonnées.`,
`Entrez la version de votre ville sur le début de la relation`,
`Écrite par la ville qui vous a invité. Vous ne pouvez pas la modifier ; ajoutez votre version ci-dessous. Elle est affichée dans la langue où elle a été écrite.`,
`Dans quelle langue votre version est-elle écrite?`,
`la ville jumelle`,
];
