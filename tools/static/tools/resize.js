/* On this site's pages (the ToolBlock): resize each tool frame to the height it reports. */
(function () {
  "use strict";
  if (window.iccToolResize) return;
  window.iccToolResize = true;
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.origin !== window.location.origin || !data || data.type !== "icc-tool:height") return;
    var frames = document.querySelectorAll("iframe[data-icc-tool]");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(data.height) + "px";
      }
    }
  });
})();
