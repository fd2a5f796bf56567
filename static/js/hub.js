/* Safer Internet Hub: small progressive enhancements. Every page works without this file:
   the quick-exit control is a plain link, videos are plain links, menus are <details>. */
(function () {
  "use strict";

  // --- Quick exit -------------------------------------------------------------------------
  // Blank the page at once, then replace this page in the history with a neutral site, so
  // "Back" does not return here.
  function quickExit(url) {
    document.documentElement.classList.add("is-exiting");
    document.title = "";
    try {
      document.body.replaceChildren();
    } catch (error) {
      document.body.innerHTML = "";
    }
    window.location.replace(url);
  }

  function exitUrl() {
    var holder = document.querySelector("[data-quick-exit-url]");
    return (holder && holder.getAttribute("data-quick-exit-url")) || "about:blank";
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("[data-quick-exit]");
    if (!link) return;
    event.preventDefault();
    quickExit(link.getAttribute("href") || exitUrl());
  });

  // Shift pressed three times in a row within five seconds. Any other key in between
  // starts the count again, so typing capital letters never triggers it.
  var SHIFT_PRESSES = 3;
  var WINDOW_MS = 5000;
  var presses = [];
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift") {
      presses = [];
      return;
    }
    if (event.repeat) return;
    var now = Date.now();
    presses = presses.filter(function (time) {
      return now - time <= WINDOW_MS;
    });
    presses.push(now);
    if (presses.length >= SHIFT_PRESSES) {
      presses = [];
      quickExit(exitUrl());
    }
  });

  // --- Videos: nothing from the provider until the reader asks --------------------------
  var PLAYER_URL = /^https:\/\/(www\.youtube-nocookie\.com\/embed\/|player\.vimeo\.com\/video\/)[A-Za-z0-9_-]+(\?[A-Za-z0-9=&_-]*)?$/;

  function playVideo(link, figure) {
    var src = figure.getAttribute("data-video-player") || "";
    if (!PLAYER_URL.test(src)) return false;
    var iframe = document.createElement("iframe");
    iframe.className = "video__iframe";
    iframe.src = src;
    iframe.title = figure.getAttribute("data-video-title") || link.textContent.trim();
    iframe.setAttribute("allow", "autoplay; fullscreen; picture-in-picture; encrypted-media");
    iframe.setAttribute("allowfullscreen", "");
    iframe.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");

    // Keep a plain link to the provider's page next to the player.
    var watch = document.createElement("a");
    watch.className = "video__watch";
    watch.href = link.href;
    watch.rel = "noopener noreferrer";
    watch.textContent = link.textContent.trim();

    var frame = figure.querySelector(".video__frame");
    if (frame) {
      frame.replaceChildren(iframe);
    } else {
      frame = document.createElement("div");
      frame.className = "video__frame";
      frame.appendChild(iframe);
      link.replaceWith(frame);
    }
    var caption = figure.querySelector("figcaption");
    if (caption) caption.appendChild(watch);
    figure.classList.add("is-playing");
    iframe.focus();
    return true;
  }

  document.addEventListener("click", function (event) {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
      return; // opening in a new tab or window stays a plain link
    }
    var link = event.target.closest && event.target.closest("[data-video-player] a.video__link");
    if (!link) return;
    var figure = link.closest("[data-video-player]");
    if (playVideo(link, figure)) event.preventDefault();
  });

  // --- Forms: the error summary takes focus; its links focus the field ------------------
  // The summary's autofocus scrolls it to the middle of the screen, which can leave the
  // header half under the sticky exit bar. Start from the top of the page when the summary
  // shows there, so the heading stays in view; otherwise bring it just below the bar.
  // (Scrolling by hand, not with scroll-padding set from here: public pages carry no inline
  // styles, not even ones a script writes.)
  function scrollBelowExitBar(element) {
    var bar = document.querySelector(".quick-exit");
    var covered = bar ? bar.getBoundingClientRect().height + 8 : 0;
    var top = element.getBoundingClientRect().top + window.scrollY - covered;
    window.scrollTo(0, Math.max(0, top));
  }

  function focusErrorSummary() {
    var summary = document.querySelector("[data-error-summary]");
    if (!summary) return;
    if (document.activeElement !== summary) summary.focus({ preventScroll: true });
    var bottom = summary.getBoundingClientRect().bottom + window.scrollY;
    if (bottom <= window.innerHeight) {
      window.scrollTo(0, 0);
    } else {
      scrollBelowExitBar(summary);
    }
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("[data-error-summary] a[href^='#']");
    if (!link) return;
    var input = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!input) return;
    event.preventDefault();
    var legend = input.closest("fieldset") && input.closest("fieldset").querySelector("legend");
    var label = legend || document.querySelector("label[for='" + input.id + "']") || input;
    scrollBelowExitBar(label);
    input.focus({ preventScroll: true });
  });

  // --- Disclosures: Escape and a click elsewhere close the language menu ------------------
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var open = document.querySelector(".language-switcher[open]");
    if (!open) return;
    open.removeAttribute("open");
    open.querySelector("summary").focus();
  });

  document.addEventListener("click", function (event) {
    var open = document.querySelector(".language-switcher[open]");
    if (open && !open.contains(event.target)) open.removeAttribute("open");
  });

  // --- Print: transcripts and answers hidden in <details> are printed too -----------------
  var openedForPrint = [];
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("main details:not([open]), .help-block details:not([open])").forEach(
      function (details) {
        details.setAttribute("open", "");
        openedForPrint.push(details);
      }
    );
  });
  window.addEventListener("afterprint", function () {
    openedForPrint.forEach(function (details) {
      details.removeAttribute("open");
    });
    openedForPrint = [];
  });

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", focusErrorSummary);
  } else {
    focusErrorSummary();
  }
})();
