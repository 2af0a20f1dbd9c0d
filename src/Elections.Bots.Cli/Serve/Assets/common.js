// Helpers both playground pages share. Text from the server is only ever inserted as text, never as HTML.
'use strict';

window.playground = window.playground || {};

// "2027-02-20T12:00:03-05:00" → "2027-02-20 12:00": the jurisdiction's own clock, not the browser's zone.
window.playground.localTime = (iso) => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : '');

// el('p', { class: 'x', text: 'words', onclick: f }, child, [children]): attributes, text content, listeners.
window.playground.el = (tag, props, ...children) => {
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
};
