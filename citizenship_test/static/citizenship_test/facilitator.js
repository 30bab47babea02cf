/* The facilitator's screen: fetch the group's results every few seconds and replace them
   when they changed. Without JavaScript, a <noscript> meta refresh reloads the page. */
(function () {
  "use strict";
  var box = document.querySelector("[data-ct-live]");
  if (!box || !window.fetch) return;
  var url = box.getAttribute("data-ct-live");
  var every = (parseInt(box.getAttribute("data-ct-every"), 10) || 5) * 1000;
  var last = box.innerHTML.trim();
  function schedule() {
    // A closed session's results no longer change: the last answer has stopped the polling.
    if (!box.hasAttribute("data-ct-closed") && !box.querySelector("[data-ct-closed]")) {
      window.setTimeout(refresh, every);
    }
  }
  function refresh() {
    fetch(url, { credentials: "same-origin", headers: { Accept: "text/html" } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html === null) return;
        html = html.trim();
        if (html !== last) {
          // Replacing only on change keeps the status line from being re-announced for nothing.
          box.innerHTML = html;
          last = html;
        }
      })
      .catch(function () { /* offline for a moment: try again at the next tick */ })
      .then(schedule);
  }
  schedule();
})();
