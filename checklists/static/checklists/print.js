/* Reveal the "Print" buttons (hidden without JavaScript, where the browser's menu prints). */
(function () {
  "use strict";
  var buttons = document.querySelectorAll(".checklist-print");
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].hidden = false;
    buttons[i].addEventListener("click", function () { window.print(); });
  }
})();
