// SameSide: optional keyboard help; every page works without it.
// "/" focuses the owner filter on the pipeline page.
document.addEventListener("keydown", (event) => {
  const target = event.target;
  if (event.key !== "/" || (target instanceof HTMLElement && target.closest("input, select, textarea"))) return;
  const field = document.getElementById("owner");
  if (field) { event.preventDefault(); field.focus(); }
});
