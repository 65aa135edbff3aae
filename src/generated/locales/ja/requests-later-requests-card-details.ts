// Written by scripts/message-tables.mjs from lit-localize's output. Do not edit.
import { str } from '@lit/localize/internal/str-tag.js';
export const ids = '3ede8a,99acf0,c2415d,dc1937,e756bc,f36b91';
export const templates = [
`産業・文化・教育`,
str`受付番号：${0}`,
`地勢・交通アクセス`,
`パートナーに期待すること`,
`パンフレット・資料`,
`特筆すべき歴史的背景`,
];
