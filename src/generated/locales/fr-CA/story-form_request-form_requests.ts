// Written by scripts/message-tables.mjs from lit-localize's output. Do not edit.
export const ids = '137af9,8a127b,c55647';
export const templates = [
`(facultatif)`,
`Sports`,
`Autre chose`,
];
