// wiredesk: clicking a highlighted passage shows the records over it (no inline script:
// the page's Content-Security-Policy allows only this file).
"use strict";

function showRecords(segment) {
  const keys = (segment.dataset.r || "").split(" ").filter(Boolean);
  document.querySelectorAll(".record").forEach((r) => { r.hidden = true; });
  document.querySelectorAll(".seg.picked").forEach((s) => s.classList.remove("picked"));
  segment.classList.add("picked");
  keys.forEach((key) => {
    const record = document.getElementById("rec-" + key);
    if (record) { record.hidden = false; }
  });
  const hint = document.getElementById("hint");
  if (hint) { hint.hidden = keys.length > 0; }
}

document.addEventListener("DOMContentLoaded", () => {
  const text = document.getElementById("text");
  if (!text) { return; }
  text.addEventListener("click", (event) => {
    const segment = event.target.closest(".seg[data-r]");
    if (segment) { showRecords(segment); }
  });
  text.addEventListener("keydown", (event) => {
    const segment = event.target.closest(".seg[data-r]");
    if (segment && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      showRecords(segment);
    }
  });
  const cited = document.getElementById("hl");
  if (cited) {
    cited.scrollIntoView({ block: "center" });
    if (cited.dataset.r) { showRecords(cited); }
  }
});
