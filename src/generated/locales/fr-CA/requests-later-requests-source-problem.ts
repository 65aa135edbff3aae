// Written by scripts/message-tables.mjs from lit-localize's output. Do not edit.
export const ids = '04c683,739930,98ad28,b8c878';
export const templates = [
`Le fichier est une page Web, pas du CSV ni du JSON.`,
`La première ligne du fichier CSV n’a pas de colonne direction.`,
`Le JSON n’est ni une liste de demandes ni un objet avec une liste « requests ».`,
`Le fichier n’est pas du JSON valide.`,
];
