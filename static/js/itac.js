// Small progressive enhancements; every page works without them.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    // An error summary takes focus so screen-reader and keyboard users hear it first.
    var summary = document.querySelector("[data-error-summary]");
    if (summary) {
      summary.focus();
    }
    // "Copy link" buttons copy the page address; without JavaScript they stay hidden.
    document.querySelectorAll("[data-copy-link]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        var done = function () {
          var status = button.parentElement.querySelector("[data-copy-status]");
          if (status) { status.textContent = button.getAttribute("data-copied-text"); }
        };
        if (navigator.clipboard) {
          navigator.clipboard.writeText(button.getAttribute("data-copy-link")).then(done);
        }
      });
    });
  });
})();
