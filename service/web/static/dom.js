/* Small DOM helpers the pages share (teacher page, batch section, trainer workbench). */
(function () {
  "use strict";
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  // A Thai/English pair: both in the DOM, CSS shows the chosen language (English falls back to Thai).
  function pair(tag, th, en, cls) {
    var e = el(tag, cls);
    e.appendChild(el("span", "th", th));
    e.appendChild(el("span", "en", en || th));
    return e;
  }
  window.PaDom = { el: el, pair: pair };
})();
