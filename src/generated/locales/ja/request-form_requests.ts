// Written by scripts/message-tables.mjs from lit-localize's output. Do not edit.
export const ids = '0418fc,06fd2f,13f5e6,1b1bb2,27209e,3ede8a,6144a4,67fd94,72245a,9f025f,a60417,c2415d,dcc34a,e088df,ef49ae,f36b91';
export const templates = [
`自治体の種類`,
`面積`,
`文化・芸術`,
`経済・貿易`,
`観光`,
`産業・文化・教育`,
`人口`,
`希望する交流分野`,
`教育・青少年`,
`行政`,
`人口は48,000のように整数で入力してください`,
`地勢・交通アクセス`,
`農業`,
`科学技術`,
`氏名`,
`特筆すべき歴史的背景`,
];
