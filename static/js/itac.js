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
    // Event times: the server prints them in the event's own time zone; where the visitor's
    // clock differs, add the start in theirs (their browser knows it, the server does not).
    var visitorZone = "";
    try {
      visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch (error) {
      return;
    }
    var language = document.documentElement.lang || undefined;
    var shown = { weekday: "long", day: "numeric", month: "long", hour: "numeric", minute: "2-digit" };
    document.querySelectorAll("time[data-local-time]").forEach(function (time) {
      var start = new Date(time.getAttribute("datetime"));
      var eventZone = time.getAttribute("data-event-zone");
      if (!visitorZone || isNaN(start.getTime()) || !eventZone) { return; }
      var inEventZone, inVisitorZone;
      try {
        inEventZone = new Intl.DateTimeFormat(language, Object.assign({ timeZone: eventZone }, shown)).format(start);
        inVisitorZone = new Intl.DateTimeFormat(language, shown).format(start);
      } catch (error) {
        return;
      }
      if (inEventZone === inVisitorZone) { return; }
      var zoneName = new Intl.DateTimeFormat(language, { timeZoneName: "short" })
        .formatToParts(start)
        .filter(function (part) { return part.type === "timeZoneName"; })
        .map(function (part) { return part.value; })
        .join("");
      var note = document.createElement("span");
      note.className = "local-time";
      note.textContent = time.getAttribute("data-local-label") + " " + inVisitorZone + (zoneName ? " (" + zoneName + ")" : "");
      time.insertAdjacentElement("afterend", note);
    });
  });
})();
