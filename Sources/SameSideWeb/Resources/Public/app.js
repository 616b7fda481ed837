// SameSide: optional keyboard shortcuts; every page works without them (they are listed on the pipeline page).
//   /      focus the search field (or the first filter)
//   j, k   move to the next / previous deal in the list or on the board (Enter opens it)
//   b      switch between the table and the board
document.addEventListener("keydown", (event) => {
  const target = event.target;
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  if (target instanceof HTMLElement && target.closest("input, select, textarea")) return;
  if (event.key === "/") {
    const field = document.getElementById("q") || document.getElementById("owner");
    if (field) { event.preventDefault(); field.focus(); }
    return;
  }
  if (event.key === "j" || event.key === "k") {
    const links = Array.from(document.querySelectorAll("a.deal-link"));
    if (links.length === 0) return;
    const index = links.indexOf(document.activeElement);
    const next = index < 0 ? 0 : Math.min(links.length - 1, Math.max(0, index + (event.key === "j" ? 1 : -1)));
    event.preventDefault();
    links[next].focus();
    return;
  }
  if (event.key === "b") {
    const switcher = document.querySelector("nav.views a");
    if (switcher) { event.preventDefault(); switcher.click(); }
  }
});
