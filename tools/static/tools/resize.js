/* On this site's pages (the ToolBlock): resize each tool frame to the height it reports, and
   bring its top into view when it asks after a step (tools/embed.js). */
(function () {
  "use strict";
  if (window.iccToolResize) return;
  window.iccToolResize = true;
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.origin !== window.location.origin || !data) return;
    if (data.type !== "icc-tool:height" && data.type !== "icc-tool:scroll-into-view") return;
    var frames = document.querySelectorAll("iframe[data-icc-tool]");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow !== event.source) continue;
      if (data.type === "icc-tool:height") {
        frames[i].style.height = Math.ceil(data.height) + "px";
      } else if (frames[i].getBoundingClientRect().top < 0) {
        frames[i].scrollIntoView({ block: "start" });
      }
    }
  });
})();
