// Written by scripts/message-tables.mjs from lit-localize's output. Do not edit.
export const ids = '0d2dc0,1e05c2,86a374,8a127b,c55647,cd1dd6';
export const templates = [
`États-Unis`,
`Canada`,
`Préfecture`,
`Sports`,
`Autre chose`,
`Réessayer`,
];
