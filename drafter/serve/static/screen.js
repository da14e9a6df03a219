// The room's screen: ask the desk for the draft's version twice a second; redraw when it changed.
(function () {
  "use strict";
  var text = document.getElementById("screen-text");
  var live = document.getElementById("live");
  var source = text.getAttribute("data-source");
  var every = parseInt(text.getAttribute("data-poll"), 10) || 500;
  var busy = false;

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
        if (data.html !== undefined && String(data.version) !== version) {
          text.innerHTML = data.html;
          text.setAttribute("data-version", String(data.version));
          text.classList.remove("changed");
          void text.offsetWidth;  // restart the highlight animation
          text.classList.add("changed");
        }
      })
      .catch(function () { live.classList.add("lost"); })
      .then(function () { busy = false; });
  }

  setInterval(ask, every);
}());
