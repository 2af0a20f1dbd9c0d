// The playground's chat page. Plain DOM code: no build step, no framework, nothing loaded from elsewhere.
// Text from the server is always inserted as text (textContent, text nodes), never as HTML.
(() => {
  'use strict';

  const TEXT = window.playground.text;
  const { el, localTime } = window.playground;

  const $ = (id) => document.getElementById(id);
  const state = { locale: 'en-US', session: null, busy: false, selected: null, summary: null };

  const lang = (locale) => (locale && locale.toLowerCase().startsWith('es') ? 'es' : 'en');
  const ui = () => TEXT[lang(state.locale)];

  // Links in answers become real links; everything else stays text.
  function linkified(text) {
    const parts = [];
    const pattern = /https?:\/\/[^\s<>"']+/g;
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      let url = match[0];
      const trailing = url.match(/[.,;:!?)]+$/);
      if (trailing) url = url.slice(0, -trailing[0].length);
      parts.push(text.slice(last, match.index));
      parts.push(el('a', { href: url, target: '_blank', rel: 'noopener noreferrer', text: url }));
      last = match.index + url.length;
    }
    parts.push(text.slice(last));
    return parts.filter((p) => p !== '');
  }

  function setStatus(message, isError) {
    const status = $('status');
    status.textContent = message || '';
    status.classList.toggle('error', Boolean(isError));
  }

  function applyLocale(locale) {
    state.locale = locale;
    $('locale').value = locale;
    document.documentElement.lang = lang(locale);
    document.title = ui().pageTitle;
    document.querySelectorAll('[data-text]').forEach((node) => {
      const value = ui()[node.dataset.text];
      if (typeof value === 'string') node.textContent = value;
    });
    document.querySelectorAll('.show-previews').forEach((button) => { button.textContent = ui().showPreviews; });
    showDataset();
    if (state.selected) showPreviews(state.selected);
  }

  function showDataset() {
    if (state.summary) $('dataset').textContent = ui().dataset(state.summary);
  }

  function addVoterMessage(text) {
    const item = el('li', { class: 'msg voter', lang: lang(state.locale) },
      el('span', { class: 'visually-hidden', text: ui().you + ' ' }),
      el('p', { class: 'bubble', text }));
    $('log').append(item);
    item.scrollIntoView({ block: 'nearest' });
  }

  function addBotMessage(turn) {
    const { reply, channels, trace } = turn.answer;
    const web = channels.web;
    const bubble = el('div', { class: 'bubble' },
      web.texts.map((text) => el('p', { class: 'bubble-text' }, linkified(text))));
    if (web.card) {
      const titleId = `card-${document.querySelectorAll('.card').length + 1}`;
      bubble.append(el('div', { class: 'card', role: 'group', 'aria-labelledby': titleId },
        el('p', { class: 'card-title', id: titleId, text: web.card.title }),
        web.card.subtitle ? el('p', { class: 'card-subtitle', text: web.card.subtitle }) : null,
        el('div', { class: 'card-buttons' }, web.card.buttons.map((button) =>
          el('button', { type: 'button', class: 'choice', 'data-value': button.value, onclick: () => { send(button.value); $('question').focus(); }, text: button.text })))));
    }
    const summary = [reply.intent, trace.precinctName || trace.precinctId, trace.faqId].filter(Boolean).join(' · ');
    const item = el('li', { class: 'msg bot', lang: lang(reply.locale) },
      el('span', { class: 'visually-hidden', text: ui().bot + ' ' }),
      bubble,
      el('p', { class: 'msg-trace', lang: 'en' },
        el('span', { class: 'trace-summary', text: summary }),
        el('button', { type: 'button', class: 'show-previews link-button', lang: lang(state.locale), onclick: () => showPreviews(turn), text: ui().showPreviews })));
    turn.item = item;
    $('log').append(item);
    item.scrollIntoView({ block: 'nearest' });
  }

  function factRow(list, term, value) {
    list.append(el('dt', { text: term }), el('dd', { text: value || ui().trace.none }));
  }

  function showPreviews(turn) {
    state.selected = turn;
    document.querySelectorAll('.msg.bot').forEach((item) => item.classList.toggle('selected', item === turn.item));
    const { reply, channels, trace, answeredAt } = turn.answer;
    const t = ui();
    $('channels-for').textContent = turn.question ? t.channelsFor + '“' + turn.question + '”' : t.channelsForWelcome;
    $('previews').hidden = false;

    const facts = $('trace');
    facts.replaceChildren();
    factRow(facts, t.trace.intent, trace.intent);
    factRow(facts, t.trace.outcome, reply.outcome + (reply.elicitSlot ? ` (${reply.elicitSlot})` : ''));
    factRow(facts, t.trace.faq, trace.faqId ? `${trace.faqId}${trace.faqScore != null ? ` (${trace.faqScore.toFixed(2)})` : ''}` : null);
    if (trace.suggestedFaqId) factRow(facts, t.trace.suggestedFaq, trace.suggestedFaqId);
    factRow(facts, t.trace.precinct, trace.precinctId ? `${trace.precinctName || ''} (${trace.precinctId})`.trim() : null);
    factRow(facts, t.trace.places, trace.locations.map((l) => (l.name ? `${l.name} (${l.id})` : l.id)).join('; '));
    factRow(facts, t.trace.election, trace.electionId);
    factRow(facts, t.trace.dataset, trace.datasetVersion);
    if (trace.detail) factRow(facts, t.trace.detail, trace.detail);
    factRow(facts, t.trace.asOf, localTime(answeredAt));

    const sms = channels.sms;
    $('sms-text').textContent = sms.text;
    $('sms-text').lang = lang(reply.locale);
    $('sms-meta').textContent = t.segments(sms.segments, sms.encoding, sms.characters);

    const alexa = channels.alexa;
    $('alexa-ssml').textContent = alexa.ssml || '';
    $('alexa-ssml').lang = lang(reply.locale);
    $('alexa-reprompt-block').hidden = !alexa.reprompt;
    $('alexa-reprompt').textContent = alexa.reprompt || '';
    const card = $('alexa-card');
    card.replaceChildren();
    card.lang = lang(reply.locale);
    if (alexa.card) {
      card.append(el('p', { class: 'card-title', text: alexa.card.title || alexa.card.type }),
        el('p', { class: 'card-body', text: alexa.card.body || '' }));
    } else {
      card.append(el('p', { class: 'hint', text: t.noCard }));
    }

    const voice = $('voice-ssml');
    voice.replaceChildren(...channels.connectVoice.ssml.map((ssml) => el('pre', { class: 'code', lang: lang(reply.locale), text: ssml })));

    $('web-summary').textContent = t.webSummary(channels.web.texts.length, channels.web.card);
  }

  async function send(question) {
    if (state.busy) return;
    const text = (question || '').trim();
    state.busy = true;
    $('send').disabled = true;
    setStatus(ui().thinking);
    if (text) addVoterMessage(text);
    try {
      const response = await fetch('/api/ask', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ question: text, locale: state.locale, session: state.session, now: $('now').value || null }),
      });
      const body = await response.json().catch(() => null);
      if (!response.ok || !body) {
        setStatus(body && body.error ? body.error : ui().failed.replace('{0}', response.status), true);
        return;
      }
      state.session = body.session;
      // The engine may switch language ("en español"); the page follows so the next turn agrees.
      if (lang(body.reply.locale) !== lang(state.locale)) applyLocale(body.reply.locale);
      const turn = { question: text, answer: body };
      addBotMessage(turn);
      showPreviews(turn);
      setStatus('');
    } catch {
      setStatus(ui().offline, true);
    } finally {
      state.busy = false;
      $('send').disabled = false;
    }
  }

  function restart() {
    state.session = null;
    state.selected = null;
    $('log').replaceChildren();
    $('previews').hidden = true;
    $('channels-for').textContent = ui().channelsEmpty;
    send('');
    $('question').focus();
  }

  async function loadSummary() {
    try {
      const response = await fetch('/api/admin');
      if (!response.ok) return;
      state.summary = await response.json();
      if (!state.session && state.summary.defaultLocale) applyLocale(state.summary.defaultLocale);
      showDataset();
    } catch {
      // The header line is a convenience; the chat still works without it.
    }
  }

  document.addEventListener('DOMContentLoaded', async () => {
    $('ask-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const input = $('question');
      if (!input.value.trim()) {
        setStatus(ui().empty, true);
        input.focus();
        return;
      }
      const question = input.value;
      input.value = '';
      send(question);
      input.focus();
    });
    $('locale').addEventListener('change', (event) => applyLocale(event.target.value));
    $('restart').addEventListener('click', restart);
    applyLocale($('locale').value);
    await loadSummary();
    await send('');
    document.body.dataset.ready = 'true';
  });
})();
