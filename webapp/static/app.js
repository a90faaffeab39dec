/* parteisuche: progressive enhancement only. Search, facets and paging work without it. */
(function () {
  "use strict";

  /* "/" focuses the search box (unless typing somewhere already). */
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var typing = target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" ||
      target.tagName === "SELECT" || target.isContentEditable);
    if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      var box = document.getElementById("q");
      if (box) { event.preventDefault(); box.focus(); box.select(); }
    }
  });

  /* Changing the sort order submits the form. */
  document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
    select.addEventListener("change", function () {
      if (select.form) { select.form.requestSubmit ? select.form.requestSubmit() : select.form.submit(); }
    });
  });

  /* The search form leaves empty fields out of the address (from=&to=&sort=); the server
     drops them too (with a redirect), so permalinks are clean with or without JavaScript. */
  document.querySelectorAll("form.search-form").forEach(function (form) {
    form.addEventListener("formdata", function (event) {
      var kept = [];
      event.formData.forEach(function (value, name) { if (value !== "") { kept.push([name, value]); } });
      Array.from(new Set(Array.from(event.formData.keys()))).forEach(function (name) { event.formData.delete(name); });
      kept.forEach(function (pair) { event.formData.append(pair[0], pair[1]); });
    });
  });

  /* Browsers that cannot style a closed disclosure's content (::details-content) open the
     filters on a wide screen, where they stand beside the hits. */
  var filters = document.querySelector("details.filters");
  if (filters && window.CSS && CSS.supports && !CSS.supports("selector(::details-content)") &&
      window.matchMedia("(min-width: 50.01rem)").matches) {
    filters.open = true;
  }

  /* Copy buttons (hidden without JavaScript; the text stays selectable): copy the text of
     the field they name and say so. */
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var field = document.getElementById(button.getAttribute("data-copy"));
    var status = document.getElementById(button.getAttribute("data-copy-status") || "");
    if (!field) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      var done = function (ok) {
        if (status) { status.textContent = ok ? "Kopiert." : "Bitte markieren und mit Strg+C kopieren."; }
      };
      /* Without a secure origin (plain http in an office network) there is no clipboard
         API; the selected text is copied the old way, or left selected for Ctrl+C. */
      var fallback = function () {
        field.focus();
        field.select();
        var ok = false;
        try { ok = document.execCommand("copy"); } catch (error) { ok = false; }
        done(ok);
      };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(field.value).then(function () { done(true); }, fallback);
      } else {
        fallback();
      }
    });
  });

  /* Facet filter boxes narrow the visible values while typing (the form still submits). */
  function fold(text) {
    return text.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  }
  document.querySelectorAll("input[data-facet-filter]").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("data-facet-filter"));
    if (!list) { return; }
    input.addEventListener("input", function () {
      var needle = fold(input.value.trim());
      list.querySelectorAll("li[data-label]").forEach(function (item) {
        item.hidden = needle !== "" && fold(item.getAttribute("data-label")).indexOf(needle) === -1;
      });
      /* A group (the people list's letters) with no value left hides too. */
      list.querySelectorAll("[data-filter-group]").forEach(function (group) {
        group.hidden = !group.querySelector("li[data-label]:not([hidden])");
      });
    });
  });

  /* Read-only permalink and citation fields select their text on focus. */
  document.querySelectorAll("[data-select-on-focus]").forEach(function (field) {
    field.addEventListener("focus", function () { field.select(); });
  });

  /* Document page: "Nächster/Vorheriger Treffer" walk through the marks in the text. */
  var marks = Array.prototype.slice.call(document.querySelectorAll(".fulltext mark[id]"));
  var next = document.querySelector("[data-next-hit]");
  var prev = document.querySelector("[data-prev-hit]");
  /* A long text comes in parts: after the last mark of this part, "next" opens the next part
     with hits (its link is on the page); marks are numbered across the whole text. */
  var nextPart = document.querySelector("[data-next-part]");
  if (marks.length && next) {
    var status = document.querySelector(".hitnav-count");
    var total = marks.length;
    var grand = status && status.getAttribute("data-total");
    var named = function () {  /* the mark the address names (#treffer-N), else -1 */
      for (var i = 0; i < total; i++) { if ("#" + marks[i].id === window.location.hash) { return i; } }
      return -1;
    };
    var current = named();  /* opened at a mark: go on from it */
    var show = function (index) {
      if (current >= 0) { marks[current].classList.remove("current"); }
      current = (index + total) % total;
      var mark = marks[current];
      mark.classList.add("current");
      mark.setAttribute("tabindex", "-1");
      mark.scrollIntoView({ block: "center" });  /* at once: see "scroll-behavior" in style.css */
      mark.focus({ preventScroll: true });
      if (history.replaceState) { history.replaceState(null, "", "#" + mark.id); }
      if (status) {
        status.textContent = "Treffer " + mark.id.replace("treffer-", "") + " von " + (grand || total);
      }
    };
    var forward = function () {
      if (current + 1 >= total && nextPart) { window.location.href = nextPart.href; return; }
      show(current + 1);
    };
    next.addEventListener("click", function (event) { event.preventDefault(); forward(); });
    if (prev) {
      prev.hidden = false;
      prev.addEventListener("click", function (event) { event.preventDefault(); show(current - 1); });
    }
    /* A jump link ("Treffer 2") or the back button names another mark: go on from that one. */
    window.addEventListener("hashchange", function () {
      var index = named();
      if (index >= 0 && index !== current) { show(index); }
    });
    document.addEventListener("keydown", function (event) {
      var tag = event.target && event.target.tagName;
      if (tag === "INPUT" || tag === "TEXTAREA" || event.ctrlKey || event.metaKey || event.altKey) { return; }
      if (event.key === "n") { forward(); }
      if (event.key === "N" || event.key === "p") { show(current - 1); }
    });
  }
})();
