// Written by scripts/message-tables.mjs from lit-localize's output. Do not edit.
import { str } from '@lit/localize/internal/str-tag.js';
export const ids = '04bdd2,dd97c6';
export const templates = [
str`選択したファイルのサイズは${0}未満にしてください。`,
str`選択したファイルは空です。「${0}」には別のファイルを選択してください。`,
];
