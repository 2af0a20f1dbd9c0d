// Runs the published bootstrap under @vercel/fun (runtime "provided": fun starts bootstrap itself, with _HANDLER
// and its own Runtime API) and checks each answer against the same event run in process by `elections-bots invoke`.
// Usage: node check.js <folder holding bootstrap> <elections-bots.dll>
// Prints one line per check and "fun: N passed, N failed"; exits 1 when any check failed.
'use strict';
const { createFunction } = require('@vercel/fun');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const [bootstrapDir, cliDll] = process.argv.slice(2).map((p) => path.resolve(p));
const root = path.resolve(__dirname, '..', '..', '..');
const events = path.join(__dirname, '..', 'Events');
const skillId = 'amzn1.ask.skill.7d4f2a10-0000-4000-8000-00000000e1ec';
const baseEnvironment = {
  DATA_DIR: path.join(root, 'samples', 'millbrook'),
  ELECTIONS_TIME_ZONE: 'America/New_York',
  OFFICE_PHONE: '555-0100',
  ALEXA_SKILL_ID: skillId,
};

let passed = 0;
let failed = 0;
function check(name, ok, detail) {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${ok ? '' : `: ${detail}`}`);
}

// What the voter sees: the first Lex message, or Alexa's speech.
function visible(handler, json) {
  const body = JSON.parse(json);
  return handler === 'lex' ? body.messages[0].content : body.response.outputSpeech.ssml;
}

function inProcess(handler, file) {
  const args = [cliDll, 'invoke', handler, '--event', path.join(events, file)];
  if (handler === 'alexa') args.push('--skill-id', skillId);
  return execFileSync('dotnet', args, { encoding: 'utf8' });
}

async function withFunction(handler, variables, use) {
  const fn = await createFunction({
    FunctionName: `elections-bots-${handler}`,
    Code: { Directory: bootstrapDir },
    Handler: handler,
    Runtime: 'provided',
    Timeout: 10,
    Environment: { Variables: { ...baseEnvironment, ...variables } },
  });
  try {
    await use(fn);
  } finally {
    await fn.destroy();
  }
}

async function invoke(fn, payload) {
  return fn.invoke({ InvocationType: 'RequestResponse', Payload: payload });
}

async function main() {
  const cases = {
    lex: ['web-fulfillment-polling-place.json', 'sms-twilio-fulfillment-registration-deadline-es.json'],
    alexa: ['IntentRequest.PollingPlace.WithAddress.json', 'IntentRequest.NextElection.es-US.json'],
  };
  for (const [handler, files] of Object.entries(cases)) {
    await withFunction(handler, {}, async (fn) => {
      for (const file of files) {
        const result = await invoke(fn, fs.readFileSync(path.join(events, file)));
        const expected = visible(handler, inProcess(handler, file));
        const actual = result.FunctionError ? `function error ${result.Payload}` : visible(handler, String(result.Payload));
        check(`${handler} ${file}`, actual === expected, `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
      }
      const refused = await invoke(fn, '{"not":"an event"}');
      const refusal = JSON.parse(String(refused.Payload));
      check(`${handler} refuses a foreign event`, refused.FunctionError === 'Handled' && typeof refusal.errorType === 'string',
        `got ${refused.FunctionError} ${refused.Payload}`);
    });
  }
  await withFunction('lex', { ELECTIONS_TIME_ZONE: 'Mars/Olympus_Mons' }, async (fn) => {
    const result = await invoke(fn, '{}');
    const message = JSON.parse(String(result.Payload)).errorMessage || '';
    check('invalid configuration is an init error', result.FunctionError === 'Unhandled' && message.includes("ELECTIONS_TIME_ZONE 'Mars/Olympus_Mons'"),
      `got ${result.FunctionError} ${result.Payload}`);
  });
}

main()
  .catch((error) => {
    failed++;
    console.log(`FAIL fun run: ${error.stack || error}`);
  })
  .finally(() => {
    console.log(`fun: ${passed} passed, ${failed} failed`);
    process.exitCode = failed === 0 ? 0 : 1;
  });
