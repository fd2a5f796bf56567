/* Safer Internet Hub: help directory enhancements. Pages work without this file.
 *
 * 1. "Open now" / "closed now" next to opening hours. Pages are cached and the same for every
 *    reader, so the server writes the hours (data-opening-hours, in the syntax of
 *    directory/hours.py) and the time zone; this script compares them with the current time.
 * 2. A reader may choose to see their own country in the help box on every page: the choice
 *    stays in this browser only (localStorage), and the box is swapped for that country's
 *    cacheable fragment (/<lang>/help/<cc>/block/).
 */
(function () {
  "use strict";

  var STORAGE_KEY = "sih.help-country";
  var DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
  var SHORT_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

  function minutes(text) {
    var match = /^(\d{2}):(\d{2})$/.exec(text);
    return match ? parseInt(match[1], 10) * 60 + parseInt(match[2], 10) : null;
  }

  function days(text) {
    var result = [];
    text.split(",").forEach(function (part) {
      var bounds = part.split("-");
      var first = DAYS.indexOf(bounds[0]);
      var last = DAYS.indexOf(bounds[bounds.length - 1]);
      if (first < 0 || last < 0) return;
      for (var day = first; ; day = (day + 1) % 7) {
        result.push(day);
        if (day === last) break;
      }
    });
    return result;
  }

  // The same rules as directory.hours.is_open(): null when the hours cannot be read.
  function isOpen(spec, day, minute) {
    spec = (spec || "").trim();
    if (spec === "24/7") return true;
    if (!spec) return null;
    var yesterday = (day + 6) % 7;
    var open = false;
    var readable = true;
    spec.split(";").forEach(function (rawRule) {
      var rule = rawRule.trim();
      if (!rule) return;
      var space = rule.indexOf(" ");
      if (space < 0) { readable = false; return; }
      var ruleDays = days(rule.slice(0, space));
      rule.slice(space + 1).replace(/\s/g, "").split(",").forEach(function (range) {
        var ends = range.split("-");
        var start = minutes(ends[0]);
        var end = minutes(ends[1] || "");
        if (start === null || end === null) { readable = false; return; }
        if (end > start) {
          if (ruleDays.indexOf(day) >= 0 && minute >= start && minute < end) open = true;
        } else {
          if (ruleDays.indexOf(day) >= 0 && minute >= start) open = true;
          if (ruleDays.indexOf(yesterday) >= 0 && minute < end) open = true;
        }
      });
    });
    return readable ? open : null;
  }

  function nowIn(timeZone) {
    try {
      var parts = {};
      new Intl.DateTimeFormat("en-GB", {
        timeZone: timeZone, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23"
      }).formatToParts(new Date()).forEach(function (part) { parts[part.type] = part.value; });
      return {
        day: SHORT_DAYS.indexOf(parts.weekday),
        minute: (parseInt(parts.hour, 10) % 24) * 60 + parseInt(parts.minute, 10)
      };
    } catch (error) {
      return null;
    }
  }

  function markOpenNow(root) {
    var items = root.querySelectorAll("[data-opening-hours]");
    Array.prototype.forEach.call(items, function (item) {
      var status = item.querySelector(".opening-hours__status");
      if (!status) return;
      var now = nowIn(item.getAttribute("data-time-zone") || "UTC");
      if (!now || now.day < 0) return;
      var open = isOpen(item.getAttribute("data-opening-hours"), now.day, now.minute);
      if (open === null) return;
      status.textContent = status.getAttribute(open ? "data-open-text" : "data-closed-text");
      status.classList.toggle("is-open", open);
      status.classList.toggle("is-closed", !open);
      status.hidden = false;
    });
  }

  function storedCountry() {
    try {
      var code = window.localStorage.getItem(STORAGE_KEY);
      return /^[a-z]{2}$/.test(code || "") ? code : null;
    } catch (error) {
      return null;
    }
  }

  function rememberCountry(code) {
    try {
      window.localStorage.setItem(STORAGE_KEY, code);
      return true;
    } catch (error) {
      return false;
    }
  }

  function swapBlock(code) {
    var block = document.querySelector("[data-help-block]");
    var routes = block && block.querySelector("[data-help-routes]");
    if (!routes || !window.fetch || !window.DOMParser) return;
    var index = routes.getAttribute("data-help-index");
    if (!index || routes.getAttribute("data-help-country") === code) return;
    window.fetch(index + code + "/block/", { credentials: "omit" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html) return;
        var doc = new window.DOMParser().parseFromString(html, "text/html");
        var fresh = doc.querySelector("[data-help-routes]");
        if (!fresh) return;
        var imported = document.importNode(fresh, true);
        routes.replaceWith(imported);
        markOpenNow(imported);
      })
      .catch(function () { /* keep the block the server sent */ });
  }

  function setUpRememberButton() {
    var holder = document.querySelector("[data-help-remember]");
    if (!holder) return;
    var button = holder.querySelector("button");
    var code = holder.getAttribute("data-help-remember");
    if (!button || !/^[a-z]{2}$/.test(code)) return;
    holder.hidden = false;
    button.addEventListener("click", function () {
      if (!rememberCountry(code)) return;
      var note = document.createElement("span");
      note.setAttribute("role", "status");
      note.textContent = holder.getAttribute("data-remembered-text");
      holder.replaceChildren(note);
      swapBlock(code);
    });
  }

  function start() {
    markOpenNow(document);
    setUpRememberButton();
    // On a country's own page the box already shows that country.
    var code = storedCountry();
    if (code && !document.querySelector("[data-help-country-page]")) swapBlock(code);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
