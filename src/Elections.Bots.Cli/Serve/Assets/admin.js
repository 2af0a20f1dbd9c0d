// The admin view: reads /api/admin and shows it as text (never as HTML).
(() => {
  'use strict';

  const $ = (id) => document.getElementById(id);
  const { el } = window.playground;

  function facts(list, rows) {
    list.replaceChildren(...rows.flatMap(([term, value]) => [el('dt', { text: term }), el('dd', { text: value || '—' })]));
  }

  function show(summary) {
    $('subtitle').textContent = `${summary.jurisdiction} · dataset ${summary.datasetVersion}`;
    facts($('dataset'), [
      ['Jurisdiction', summary.jurisdiction],
      ['Dataset version', summary.datasetVersion],
      ['Read from', summary.source],
      ['Time zone', summary.timeZone],
      [summary.clockPinned ? 'Clock pinned to (--now)' : 'Local time now', summary.now],
      ['Default language', summary.defaultLocale],
    ]);

    const c = summary.counts;
    $('counts').replaceChildren(...[
      ['Elections', c.elections], ['Precincts', c.precincts], ['Polling locations (all)', c.pollingLocations],
      ['Election-day places', c.electionDayPlaces], ['Early-voting sites', c.earlyVotingSites], ['Drop boxes', c.dropBoxes],
      ['FAQ entries (all languages)', c.faqEntries], ['Notices (active or not)', c.notices],
    ].map(([name, count]) => el('tr', null, el('th', { scope: 'row', text: name }), el('td', { class: 'number', text: String(count) }))));

    $('elections').replaceChildren(...summary.elections.map((e) => el('tr', null,
      el('th', { scope: 'row', text: `${e.name} (${e.id})` }), el('td', { text: e.date }),
      el('td', { text: e.registrationDeadline || '—' }), el('td', { text: e.mailBallotRequestDeadline || '—' }))));

    const notices = $('notices');
    notices.replaceChildren(...(summary.activeNotices.length === 0
      ? [el('p', { text: 'No active notices.' })]
      : summary.activeNotices.map((n) => el('div', { class: 'notice' },
        el('p', { lang: 'en', text: n.english }),
        n.spanish ? el('p', { lang: 'es', text: n.spanish }) : el('p', { class: 'hint', text: 'No Spanish text: Spanish answers say it in English.' }),
        el('p', { class: 'hint', text: `${n.id} · ${n.scope}${n.validUntil ? ` · until ${n.validUntil}` : ''}${n.uri ? ` · ${n.uri}` : ''}` })))));

    const o = summary.office;
    facts($('office'), [['Name', o.name], ['Phone', o.phone], ['Email', o.email], ['Website', o.website]]);

    showUnanswered(summary.unanswered);
  }

  // Grouped as `report unanswered` groups them; the words are already redacted by the server.
  function showUnanswered(report) {
    const parts = [el('p', { id: 'unanswered-note', text: report.note })];
    if (report.groups.length > 0) {
      parts.push(el('div', { class: 'table-scroll' }, el('table', { class: 'unanswered' },
        el('caption', { text: 'Most asked first, with the FAQ entry that came closest' }),
        el('thead', null, el('tr', null, ...['Asked', 'Question (redacted)', 'Language', 'Channels', 'Closest FAQ entry']
          .map((name) => el('th', { scope: 'col', text: name })))),
        el('tbody', null, ...report.groups.map((g) => el('tr', null,
          el('td', { class: 'number', text: String(g.count) }),
          el('th', { scope: 'row', lang: g.locale.slice(0, 2) },
            el('span', { text: g.example }),
            ...(g.wordings.length > 1 ? [el('span', { class: 'hint', text: ` (also: ${g.wordings.filter((w) => w !== g.example).join(' · ')})` })] : [])),
          el('td', { text: g.locale }),
          el('td', { text: g.channels }),
          el('td', { text: g.closestFaqId ? `${g.closestFaqId}: ${g.closestFaqQuestion} (${g.closestScore.toFixed(2)})` : 'None: a new entry is needed.' })))))));
    }
    $('unanswered').replaceChildren(...parts);
  }

  document.addEventListener('DOMContentLoaded', async () => {
    try {
      const response = await fetch('/api/admin');
      const body = await response.json().catch(() => null);
      if (!response.ok || !body) {
        $('status').textContent = body && body.error ? body.error : `The summary could not be read (HTTP ${response.status}).`;
        return;
      }
      show(body);
      document.body.dataset.ready = 'true';
    } catch {
      $('status').textContent = 'The playground server cannot be reached.';
    }
  });
})();
