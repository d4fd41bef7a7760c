/* newsarchive theme: copy a feed's address (the subscribe page, a tag's "Follow this tag").
   Without this script the address is still there to select and copy by hand. */
(function () {
  "use strict";
  function copied(field, status, ok) {
    status.textContent = ok ? "Address copied: paste it into your feed reader." : "Select the address and copy it.";
    if (!ok) { field.focus(); field.select(); }
  }
  function copy(field, status) {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(function () { copied(field, status, true); },
                                                       function () { copied(field, status, legacyCopy(field)); });
    } else {
      copied(field, status, legacyCopy(field));
    }
  }
  function legacyCopy(field) {
    field.focus();
    field.select();
    try { return document.execCommand("copy"); } catch (error) { return false; }
  }
  document.querySelectorAll(".feed-address").forEach(function (block) {
    var field = block.querySelector(".feed-address-url");
    var button = block.querySelector(".copy-button");
    var status = block.querySelector(".copy-status");
    field.addEventListener("focus", function () { field.select(); });
    button.hidden = false;
    button.addEventListener("click", function () { copy(field, status); });
  });
}());
