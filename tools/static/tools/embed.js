/* Inside the frame: tell the page that embeds the tool how tall the tool is, whenever that
   changes, so that its frame can fit without a scroll bar (see the embed code's listener).
   After a step inside the tool (a page of the tool reached from another page of the tool),
   also ask that page to bring the top of the frame into view: on a phone, "Next" sits at the
   bottom of a tall frame, and the next step would otherwise open out of sight above. */
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

  var fromTheTool = false;
  try {
    fromTheTool = !!document.referrer && new URL(document.referrer).origin === window.location.origin;
  } catch (error) {
    fromTheTool = false;
  }
  if (fromTheTool) {
    window.parent.postMessage({ type: "icc-tool:scroll-into-view" }, "*");
  }
})();
