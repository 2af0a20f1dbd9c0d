// The playground's chat page. Plain DOM code: no build step, no framework, nothing loaded from elsewhere.
// Text from the server is always inserted as text (textContent, text nodes), never as HTML.
(() => {
  'use strict';

  const TEXT = {
    en: {
      pageTitle: 'Voter chat playground — Elections.Bots',
      skip: 'Skip to the question box',
      heading: 'Voter chat playground',
      adminLink: 'Admin view',
      conversation: 'Conversation',
      webNote: 'Answers appear as the web chat shows them; buttons send their value as your next message.',
      questionLabel: 'Your question',
      send: 'Send',
      settings: 'Conversation settings',
      language: 'Language',
      nowLabel: 'Pretend it is',
      nowHint: "Empty: the server's clock.",
      restart: 'New conversation',
      channels: 'How each channel says it',
      channelsEmpty: 'Ask a question to see its answer on every channel.',
      channelsFor: 'Showing the answer to: ',
      channelsForWelcome: 'Showing the welcome.',
      traceHeading: 'What answered',
      smsHeading: 'SMS',
      speech: 'Speech (SSML)',
      reprompt: 'Reprompt',
      card: 'Card',
      noCard: 'No card.',
      voiceHeading: 'Amazon Connect voice',
      webHeading: 'Web chat',
      you: 'You said:',
      bot: 'The bot answered:',
      showPreviews: 'Show on every channel',
      buttonsLabel: 'Choices',
      thinking: 'Asking…',
      failed: 'The playground could not answer (HTTP {0}).',
      offline: 'The playground server cannot be reached. Is `elections-bots serve` still running?',
      empty: 'Type a question first.',
      segments: (n, enc, chars) => `${n} ${n === 1 ? 'segment' : 'segments'} · ${enc} · ${chars} characters`,
      webSummary: (texts, card) => `${texts} text ${texts === 1 ? 'message' : 'messages'}` +
        (card ? `, then the card “${card.title}” with ${card.buttons.length} ${card.buttons.length === 1 ? 'button' : 'buttons'}` : '') +
        ', as shown in the conversation.',
      dataset: (s) => `${s.jurisdiction} · dataset ${s.datasetVersion} · ${s.clockPinned ? 'clock pinned to' : 'now'} ${localTime(s.now)}`,
      trace: {
        intent: 'Intent', outcome: 'Outcome', faq: 'FAQ', suggestedFaq: 'FAQ offered', precinct: 'Precinct',
        places: 'Places', election: 'Election', dataset: 'Dataset', detail: 'Detail', asOf: 'Answered as of', none: 'none',
      },
    },
    es: {
      pageTitle: 'Práctica del chat para votantes — Elections.Bots',
      skip: 'Ir al cuadro de preguntas',
      heading: 'Práctica del chat para votantes',
      adminLink: 'Vista de administración',
      conversation: 'Conversación',
      webNote: 'Las respuestas aparecen como en el chat web; los botones envían su valor como su siguiente mensaje.',
      questionLabel: 'Su pregunta',
      send: 'Enviar',
      settings: 'Opciones de la conversación',
      language: 'Idioma',
      nowLabel: 'Simular la fecha',
      nowHint: 'Vacío: el reloj del servidor.',
      restart: 'Nueva conversación',
      channels: 'Cómo lo dice cada canal',
      channelsEmpty: 'Haga una pregunta para ver su respuesta en cada canal.',
      channelsFor: 'Respuesta a: ',
      channelsForWelcome: 'Bienvenida.',
      traceHeading: 'Qué respondió',
      smsHeading: 'SMS',
      speech: 'Voz (SSML)',
      reprompt: 'Repetición',
      card: 'Tarjeta',
      noCard: 'Sin tarjeta.',
      voiceHeading: 'Voz de Amazon Connect',
      webHeading: 'Chat web',
      you: 'Usted dijo:',
      bot: 'El bot respondió:',
      showPreviews: 'Ver en cada canal',
      buttonsLabel: 'Opciones',
      thinking: 'Preguntando…',
      failed: 'La práctica no pudo responder (HTTP {0}).',
      offline: 'No se puede conectar con el servidor. ¿Sigue en marcha `elections-bots serve`?',
      empty: 'Escriba una pregunta primero.',
      segments: (n, enc, chars) => `${n} ${n === 1 ? 'segmento' : 'segmentos'} · ${enc} · ${chars} caracteres`,
      webSummary: (texts, card) => `${texts} ${texts === 1 ? 'mensaje' : 'mensajes'} de texto` +
        (card ? `, luego la tarjeta «${card.title}» con ${card.buttons.length} ${card.buttons.length === 1 ? 'botón' : 'botones'}` : '') +
        ', como en la conversación.',
      dataset: (s) => `${s.jurisdiction} · datos ${s.datasetVersion} · ${s.clockPinned ? 'reloj fijado en' : 'ahora'} ${localTime(s.now)}`,
      trace: {
        intent: 'Intención', outcome: 'Resultado', faq: 'Pregunta frecuente', suggestedFaq: 'Pregunta ofrecida', precinct: 'Precinto',
        places: 'Lugares', election: 'Elección', dataset: 'Datos', detail: 'Detalle', asOf: 'Respondido para', none: 'ninguno',
      },
    },
  };

  const $ = (id) => document.getElementById(id);
  // "2027-02-20T12:00:03-05:00" → "2027-02-20 12:00": the jurisdiction's own clock, not the browser's zone.
  const localTime = (iso) => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : '');
  const state = { locale: 'en-US', session: null, busy: false, selected: null, summary: null };

  const lang = (locale) => (locale && locale.toLowerCase().startsWith('es') ? 'es' : 'en');
  const ui = () => TEXT[lang(state.locale)];

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    Object.entries(props || {}).forEach(([key, value]) => {
      if (value === null || value === undefined) return;
      if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value);
    });
    children.flat().forEach((child) => child !== null && child !== undefined && node.append(child));
    return node;
  }

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
