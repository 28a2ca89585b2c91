// The taalscan page works without this file. With htmx, the form is sent in the background and
// the result region is swapped in place; afterwards focus moves to the result heading (or to the
// list of errors) so keyboard and screen-reader users land where the news is.
(function () {
  "use strict";
  document.addEventListener("htmx:afterSettle", function () {
    var region = document.getElementById("taalscan-regio");
    if (!region) {
      return;
    }
    var target = region.querySelector("[data-taalscan-focus]");
    if (target) {
      target.focus();
      target.scrollIntoView({ block: "start" });
    }
  });
})();
