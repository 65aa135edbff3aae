// The load generator for `npm run bench:receiver`, in its own process: posts `total` JSON
// stories, `concurrency` at a time, each with a new Idempotency-Key; prints the result as JSON.
// Several URLs (comma-separated) are taken in turn, as a load balancer would.
const [urls, total, concurrency] = [process.argv[2].split(','), Number(process.argv[3]), Number(process.argv[4])];
const story = JSON.stringify({
  na_city: { country: 'US', region: 'MN', name: 'Saint Paul' },
  jp_city: { prefecture: 42, name: 'Nagasaki' },
  established: '1955-12-07',
  story: 'Two cities chose friendship after the war. '.repeat(20),
  connections: ['friendship', 'education'],
  language: 'en',
  dates: [{ date: '1955-12', event: 'Agreement signed' }],
  people: [{ family_name: 'Dillon', given_name: 'Joseph', role: 'Mayor', side: 'na' }],
  photos: [],
  submitter: { name: 'Jane Doe', email: 'jane@example.org' },
  partner_coauthor: 'no',
  consent: true,
});
let next = 0;
const statuses = {};
const started = performance.now();
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < total) {
      const url = urls[next++ % urls.length];
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
        body: story,
      });
      await response.arrayBuffer();
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ perSecond: total / seconds, seconds, statuses }));
