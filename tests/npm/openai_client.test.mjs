// Mizan — governance gateway for language models.
//
// The official `openai` npm client pointed at a real `mizan serve` on loopback gets a
// completion, non-streaming and streaming, with the API key checked by Mizan.
// Run by CTest (tests/CMakeLists.txt) with MIZAN_BINARY set to the built executable.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';

const binary = process.env.MIZAN_BINARY;
const sourceDir = process.env.MIZAN_SOURCE_DIR;
const apiKey = 'sk-mizan-npm-test';
let server;
let client;
let workDir;

before(async () => {
  assert.ok(binary, 'MIZAN_BINARY must name the built mizan executable');
  workDir = mkdtempSync(join(tmpdir(), 'mizan-npm-'));
  const db = join(workDir, 'mizan.db');
  const corpusDir = join(sourceDir, 'sample-corpus');
  const files = readdirSync(corpusDir).filter((f) => /^[a-z]+-.*\.md$/.test(f))
    .map((f) => join(corpusDir, f));
  execFileSync(binary, ['corpus', 'add', '--db', db, ...files], { stdio: 'pipe' });
  const keyHash = createHash('sha256').update(apiKey).digest('hex');
  const config = join(workDir, 'mizan.yaml');
  writeFileSync(config, [
    'server: {host: 127.0.0.1, port: 0}',
    `storage: {sqlite_path: ${db}}`,
    `keys:\n  - {name: npm-test, role: app, sha256: ${keyHash}}`,
  ].join('\n') + '\n');

  server = spawn(binary, ['serve', '--config', config], { stdio: ['ignore', 'pipe', 'pipe'] });
  const baseURL = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('mizan serve did not start in 30 s')), 30000);
    let seen = '';
    server.stdout.on('data', (chunk) => {
      seen += chunk;
      const match = seen.match(/listening on (http:\/\/\S+)/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    server.on('exit', (code) => reject(new Error(`mizan serve exited with ${code}`)));
  });
  client = new OpenAI({ baseURL: `${baseURL}/v1`, apiKey, maxRetries: 0, timeout: 30000 });
});

after(() => {
  if (server) server.kill('SIGTERM');
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

const question = "Comment renouveler ma carte nationale d'identité électronique ?";

test('non-streaming completion carries an answer, citations and a receipt', async () => {
  const completion = await client.chat.completions.create({
    model: 'mizan-extractive',
    messages: [{ role: 'user', content: question }],
  });
  assert.equal(completion.object, 'chat.completion');
  const content = completion.choices[0].message.content;
  assert.match(content, /«/);
  assert.equal(completion.choices[0].finish_reason, 'stop');
  assert.equal(completion.mizan.grounded, true);
  assert.ok(completion.mizan.citations.length > 0);
  assert.equal(completion.mizan.citations[0].document_id, 'fr-cnie-renouvellement');
  assert.match(completion.mizan.receipt_id, /^rcpt_/);
});

test('streaming completion reassembles the same answer', async () => {
  const plain = await client.chat.completions.create({
    model: 'mizan-extractive',
    messages: [{ role: 'user', content: question }],
  });
  const stream = await client.chat.completions.create({
    model: 'mizan-extractive',
    messages: [{ role: 'user', content: question }],
    stream: true,
  });
  let text = '';
  let finish = null;
  let chunks = 0;
  for await (const chunk of stream) {
    chunks += 1;
    text += chunk.choices[0]?.delta?.content ?? '';
    finish = chunk.choices[0]?.finish_reason ?? finish;
  }
  assert.ok(chunks >= 3, `expected several chunks, got ${chunks}`);
  assert.equal(finish, 'stop');
  assert.equal(text, plain.choices[0].message.content);
});

test('a wrong API key is refused with an OpenAI-shaped 401', async () => {
  const intruder = new OpenAI({ baseURL: client.baseURL, apiKey: 'sk-wrong', maxRetries: 0 });
  await assert.rejects(
    intruder.chat.completions.create({ messages: [{ role: 'user', content: question }] }),
    (error) => error.status === 401 && /not recognised/.test(error.message),
  );
});
