// Written by scripts/message-tables.mjs from lit-localize's output. Do not edit.
export const ids = '12f98c,2468b6,3cc20e,4659fd,49c062,4fb605,5a8cd3,9cf740,abaad7,ae2392,ea1949,jp-level-city,jp-level-prefecture,jp-level-town,jp-level-village';
export const templates = [
`Village`,
`Ville`,
`Ville et comté`,
`Territoire`,
`Province`,
`Arrondissement spécial`,
`Petite ville`,
`Pays`,
`Comté`,
`État`,
`Municipalité`,
`Ville`,
`Préfecture`,
`Bourg`,
`Village`,
];
