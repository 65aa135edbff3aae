// Written by scripts/message-tables.mjs from lit-localize's output. Do not edit.
export const ids = '10d348,1d1924,233ae7,291aac,4bca82,81a910,8599e7,a5ff36,bf8eae,connection-friendship';
export const templates = [
`Aide humanitaire`,
`Éducation`,
`Affaires`,
`Photos`,
`Le récit`,
`Personnes clés`,
`Aide aux sinistrés`,
`Dates importantes`,
`Culture`,
`Amitié`,
];
