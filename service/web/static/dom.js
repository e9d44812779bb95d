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
  // A drop zone (templates/_drop.html): highlighted while files are dragged over it; files
  // dropped on it or picked with its input go to onFiles(FileList).
  function dropZone(zone, input, onFiles) {
    ["dragenter", "dragover"].forEach(function (t) {
      zone.addEventListener(t, function (ev) { ev.preventDefault(); zone.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (t) {
      zone.addEventListener(t, function (ev) { ev.preventDefault(); zone.classList.remove("over"); });
    });
    zone.addEventListener("drop", function (ev) { if (ev.dataTransfer) onFiles(ev.dataTransfer.files); });
    input.addEventListener("change", function () { onFiles(input.files); });
  }
  window.PaDom = { el: el, pair: pair, dropZone: dropZone };
})();
