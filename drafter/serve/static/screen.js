// The room's screen: ask the desk for the draft's version twice a second; when it changed, redraw the text and
// bring the first paragraph that changed into view, highlighted for a moment.
(function () {
  "use strict";
  var text = document.getElementById("screen-text");
  var live = document.getElementById("live");
  var source = text.getAttribute("data-source");
  var every = parseInt(text.getAttribute("data-poll"), 10) || 500;
  var busy = false;

  function paragraphs() {
    return Array.prototype.map.call(text.querySelectorAll("p"), function (p) { return p.innerHTML; });
  }

  function show(index, smooth) {
    var all = text.querySelectorAll("p");
    if (index < 0 || index >= all.length) { return; }
    all[index].classList.add("changed");
    all[index].scrollIntoView({block: "center", behavior: smooth ? "smooth" : "auto"});
  }

  function lastChange() {
    var all = text.querySelectorAll("p");
    for (var i = all.length - 1; i >= 0; i -= 1) {
      if (all[i].querySelector("ins, del")) { return i; }
    }
    return -1;
  }

  function ask() {
    if (busy) { return; }
    busy = true;
    var version = text.getAttribute("data-version");
    fetch(source + "?since=" + encodeURIComponent(version), {cache: "no-store", credentials: "same-origin"})
      .then(function (response) {
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.json();
      })
      .then(function (data) {
        live.classList.remove("lost");
        if (data.html === undefined || String(data.version) === version) { return; }
        var before = paragraphs();
        text.innerHTML = data.html;
        text.setAttribute("data-version", String(data.version));
        var after = paragraphs();
        for (var i = 0; i < after.length; i += 1) {
          if (after[i] !== before[i]) { show(i, true); break; }
        }
      })
      .catch(function () { live.classList.add("lost"); })
      .then(function () { busy = false; });
  }

  show(lastChange(), false);
  setInterval(ask, every);
}());
