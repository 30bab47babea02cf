/* Inside the frame: tell the page that embeds the tool how tall the tool is, whenever that
   changes, so that its frame can fit without a scroll bar (see the embed code's listener). */
(function () {
  "use strict";
  if (window.parent === window) return;
  var last = 0;
  function report() {
    var height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: "icc-tool:height", height: height }, "*");
    }
  }
  if ("ResizeObserver" in window) {
    new ResizeObserver(report).observe(document.body);
  }
  window.addEventListener("load", report);
  report();
})();
