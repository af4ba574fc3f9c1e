/* Clew: small progressive enhancements shared by every page. The pages work without it. */
(function () {
  "use strict";

  /* Document view: a click on an evidence or identifier link marks its words in the text. */
  function activateSpan(id) {
    var marks = document.querySelectorAll("mark.hl");
    var first = null;
    for (var i = 0; i < marks.length; i++) {
      var ids = (marks[i].getAttribute("data-spans") || "").split(" ");
      var on = ids.indexOf(id) !== -1;
      marks[i].classList.toggle("is-active", on);
      if (on && first === null) { first = marks[i]; }
    }
    if (first) {
      first.scrollIntoView({ block: "center" });
    }
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest(".jump-to-span") : null;
    if (!link) { return; }
    event.preventDefault();
    activateSpan(link.getAttribute("data-span"));
    var text = document.getElementById("doc-text");
    if (text) { text.setAttribute("tabindex", "-1"); text.focus({ preventScroll: true }); }
  });
}());
