// Written by scripts/message-tables.mjs from lit-localize's output. Do not edit.
import { str } from '@lit/localize/internal/str-tag.js';
export const ids = '0721e4,092059,207134,2f6446,3daada,3e2bc3,44cfb5,5d3fd7,81a6ec,85aed4,96047b,9f3cac,bb6be6,cb489a,cd1dd6,efe8e3,f259d7,f6c0b2,fe6ad7';
export const templates = [
`新しく入力する`,
`いいえ`,
`まだ送信できていません。もう一度送信しています…`,
`変更`,
`この回答を確認してください`,
`サーバーが混み合っています。`,
`未入力`,
`今後の流れ`,
`接続が切れたか、サーバーから時間内に応答がありませんでした。`,
`入力内容`,
`サーバーが送信内容を受け付けませんでした。`,
str`${0}%送信済み`,
`回答に戻る`,
`はい`,
`再試行`,
`入力内容はそのまま残っています。もう一度送信できます。`,
str`「${0}」は${1}文字以内で入力してください`,
`控えを印刷`,
`受付番号`,
];
