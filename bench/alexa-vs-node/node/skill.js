'use strict';
// The NextElection IntentRequest answered with ask-sdk-core, the Alexa Skills Kit SDK for Node.js, from data
// held in memory: the same request, the same sample election data, and an answer of the same shape as the C#
// skill's (SSML with say-as date, reprompt, Simple card with the link, session state), measured the same way:
// parse the request text, handle it, serialize the response, one request after another on one thread.
// Usage: node skill.js <request.json> <dataset folder> [seconds] [skill id]
const fs = require('fs');
const path = require('path');
const Alexa = require('ask-sdk-core');

const [requestFile, datasetFolder, secondsArg, skillIdArg] = process.argv.slice(2);
const seconds = Number(secondsArg || 5);
const skillId = skillIdArg || 'amzn1.ask.skill.7d4f2a10-0000-4000-8000-00000000e1ec';
const requestText = fs.readFileSync(requestFile, 'utf8');

// --- In-memory data, read once from the VIP feed the C# side loads.
function readCsv(file) {
  const [header, ...rows] = fs.readFileSync(path.join(datasetFolder, 'vip', file), 'utf8').trim().split(/\r?\n/);
  const split = (line) => {
    const out = []; let cur = ''; let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted) { if (c === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (c === '"') quoted = false; else cur += c; }
      else if (c === '"') quoted = true; else if (c === ',') { out.push(cur); cur = ''; } else cur += c;
    }
    out.push(cur); return out;
  };
  const names = split(header);
  return rows.map((r) => Object.fromEntries(split(r).map((v, i) => [names[i], v])));
}
const elections = readCsv('election.txt').map((e) => ({ name: e.name, date: e.date, hoursId: e.hours_open_id }));
const schedules = readCsv('schedule.txt');
const electionsUri = readCsv('election_administration.txt')[0].elections_uri;
// The same frozen instant as the C# probe: Monday, February 15, 2027 in Millbrook.
const today = '2027-02-15';

const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const time = (hhmm) => { const [h, m] = hhmm.split(':').map(Number); return `${((h + 11) % 12) + 1}:${String(m).padStart(2, '0')} ${h < 12 ? 'a.m.' : 'p.m.'}`; };
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

const NextElectionHandler = {
  canHandle(input) {
    return Alexa.getRequestType(input.requestEnvelope) === 'IntentRequest'
      && Alexa.getIntentName(input.requestEnvelope) === 'NextElection';
  },
  handle(input) {
    const next = elections.filter((e) => e.date >= today).sort((a, b) => a.date.localeCompare(b.date))[0];
    const date = new Date(next.date + 'T12:00:00Z');
    const inDays = Math.round((Date.parse(next.date) - Date.parse(today)) / 86400000);
    const words = `${days[date.getUTCDay()]}, ${months[date.getUTCMonth()]} ${date.getUTCDate()}`;
    const hours = schedules.find((s) => s.hours_open_id === next.hoursId);
    const open = hours ? ` Polls are open from ${time(hours.start_time)} to ${time(hours.end_time)}.` : '';
    const text = `The next election is the ${next.name} on ${words} (in ${inDays} days).${open}`;
    const ssml = `The next election is the ${escape(next.name)} on ${days[date.getUTCDay()]}, <say-as interpret-as="date">????${next.date.slice(5, 7)}${next.date.slice(8, 10)}</say-as> (in ${inDays} days).${escape(open)}`;
    input.attributesManager.setSessionAttributes({ eb: JSON.stringify({ V: 1, C: ['intent:PollingPlace', 'intent:EarlyVoting', 'intent:MailBallot'], I: 'NextElection' }) });
    return input.responseBuilder
      .speak(ssml)
      .reprompt('What else would you like to know? You can ask: where do I vote, early voting or vote by mail.')
      .withSimpleCard(next.name, `${text}\nElections: ${electionsUri}`)
      .getResponse();
  },
};

const skill = Alexa.SkillBuilders.custom()
  .addRequestHandlers(NextElectionHandler)
  .withSkillId(skillId)
  .create();

async function answer() {
  return JSON.stringify(await skill.invoke(JSON.parse(requestText)));
}

async function main() {
  const first = await answer();
  const warmUntil = process.hrtime.bigint() + BigInt(Math.min(2, seconds / 2) * 1e9);
  while (process.hrtime.bigint() < warmUntil) await answer();

  // Throughput: no per-request timing in this loop.
  const cpuBefore = process.cpuUsage();
  const start = process.hrtime.bigint();
  const end = start + BigInt(seconds * 1e9);
  let count = 0;
  while (process.hrtime.bigint() < end) {
    for (let i = 0; i < 256; i++) await answer();
    count += 256;
  }
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  const cpuUsed = process.cpuUsage(cpuBefore);
  const cpu = (cpuUsed.user + cpuUsed.system) / 1e6;

  // Latency: a separate pass, timing each request.
  const samples = new Float64Array(Math.min(200000, count));
  for (let i = 0; i < samples.length; i++) {
    const t = process.hrtime.bigint();
    await answer();
    samples[i] = Number(process.hrtime.bigint() - t) / 1000;
  }
  samples.sort();
  console.log(JSON.stringify({
    runtime: 'node', requests: count, seconds: Number(elapsed.toFixed(2)), requestsPerSecond: Math.round(count / elapsed),
    requestsPerCpuSecond: Math.round(count / cpu),
    medianMicroseconds: Number(samples[samples.length >> 1].toFixed(2)), p99Microseconds: Number(samples[Math.floor(samples.length * 0.99)].toFixed(2)),
    responseBytes: Buffer.byteLength(first),
  }));
}

main().catch((err) => { console.error(err); process.exit(1); });
