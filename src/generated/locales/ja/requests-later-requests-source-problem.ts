// Written by scripts/message-tables.mjs from lit-localize's output. Do not edit.
export const ids = '04c683,739930,98ad28,b8c878';
export const templates = [
`ファイルがCSVやJSONではなく、ウェブページです。`,
`CSVファイルの1行目にdirection列がありません。`,
`JSONが申し込みのリストでも、"requests"リストを持つオブジェクトでもありません。`,
`ファイルが正しいJSONではありません。`,
];
