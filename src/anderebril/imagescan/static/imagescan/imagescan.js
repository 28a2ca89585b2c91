// Select the suggested code on the tagging page, so typing a new code replaces it.
// Without JavaScript the page works the same; the reviewer then clears the field herself.
document.addEventListener("DOMContentLoaded", function () {
  var field = document.querySelector("[data-select-on-load]");
  if (field) {
    field.focus();
    field.select();
  }
});
