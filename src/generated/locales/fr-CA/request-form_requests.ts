// Written by scripts/message-tables.mjs from lit-localize's output. Do not edit.
export const ids = '0418fc,06fd2f,13f5e6,1b1bb2,27209e,3ede8a,6144a4,67fd94,72245a,9f025f,a60417,c2415d,dcc34a,e088df,ef49ae,f36b91';
export const templates = [
`Palier de gouvernement`,
`Superficie`,
`Culture et arts`,
`Économie et commerce`,
`Tourisme`,
`Industrie, culture et éducation`,
`Population`,
`Types d’échanges souhaités`,
`Éducation et jeunesse`,
`Gouvernement et administration publique`,
`Entrez la population en nombre entier, par exemple 48 000`,
`Géographie et accès`,
`Agriculture`,
`Technologie`,
`Nom`,
`Contexte historique particulier`,
];
