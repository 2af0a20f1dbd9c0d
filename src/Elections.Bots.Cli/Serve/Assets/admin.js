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

    // The report arrives in a later build; until then the page says so rather than show an empty table.
    const unanswered = $('unanswered');
    unanswered.replaceChildren(el('p', { class: summary.unanswered.recorded ? '' : 'not-recorded', text: summary.unanswered.note }));
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
