// Written by scripts/message-tables.mjs from lit-localize's output. Do not edit.
export const ids = '10d348,1d1924,233ae7,291aac,4bca82,81a910,8599e7,a5ff36,bf8eae,connection-friendship';
export const templates = [
`人道支援`,
`教育`,
`ビジネス`,
`写真`,
`ストーリー`,
`主な関係者`,
`災害支援`,
`重要な日付`,
`文化`,
`友情・交流`,
];
