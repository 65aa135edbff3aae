// Written by scripts/message-tables.mjs from lit-localize's output. Do not edit.
import { str } from '@lit/localize/internal/str-tag.js';
export const ids = '04c683,052403,087d3d,0ae71b,118928,1b6067,3606b9,58d0cf,793149,827b98,8d6026,8fd7f1,9bf7d5,a8beb6,afdc6f,b43809,b8c878,b8e3ee,c77c44,c9a22b,d2d72c,e25329,f05d35';
export const templates = [
`ファイルがCSVやJSONではなく、ウェブページです。`,
`すべての国`,
str`${0}年代`,
`友好提携`,
`州`,
`友好州・県`,
`並べ替え`,
`すべての都道府県`,
`日本`,
`パートナーシップ`,
`不明`,
`すべての州`,
`姉妹州・県`,
`絞り込み`,
`CSVファイルの1行目にna_name列とjp_name列がありません。`,
`パートナー州・県`,
`ファイルが正しいJSONではありません。`,
`姉妹都市`,
`JSONが提携のリストでも、"pairings"のリストを持つオブジェクトでもありません。`,
`姉妹提携`,
`友好都市`,
`絞り込みを解除`,
`パートナー都市`,
];
