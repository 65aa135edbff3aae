// Written by scripts/message-tables.mjs from lit-localize's output. Do not edit.
import { str } from '@lit/localize/internal/str-tag.js';
export const ids = '0fb1f4,9bfaaa';
export const templates = [
`回答を消去して最初からやり直す`,
str`${0}に保存した回答を復元しました。ファイルはもう一度選択してください。`,
];
