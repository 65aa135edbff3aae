// Written by scripts/message-tables.mjs from lit-localize's output. Do not edit.
export const ids = '12f98c,2468b6,3cc20e,4659fd,49c062,4fb605,5a8cd3,9cf740,abaad7,ae2392,ea1949,jp-level-city,jp-level-prefecture,jp-level-town,jp-level-village';
export const templates = [
`村`,
`市`,
`市郡`,
`準州`,
`州`,
`特別区`,
`町`,
`国`,
`郡`,
`州`,
`自治体`,
`市`,
`都道府県`,
`町`,
`村`,
];
