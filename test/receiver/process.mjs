// The built receiver (dist/server/main.js) as its own process, as `npm start` and a deployment
// run it: on 127.0.0.1, a free port, with the given environment. `listening` resolves with its
// base URL; `exited` with { code, signal }.
import { spawn } from 'node:child_process';

export function startReceiverProcess(env = {}, args = []) {
  const child = spawn(process.execPath, ['dist/server/main.js', ...args], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', EXPORT_TOKEN: 'staff-token', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const listening = new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match) resolve(match[1]);
    });
    exited.then(() => reject(new Error(`the receiver exited before listening: ${out}`)));
  });
  return {
    child,
    exited,
    listening,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
