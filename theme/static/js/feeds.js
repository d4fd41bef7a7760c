/* newsarchive theme: copy a feed's address (the subscribe page, a tag's "Follow this tag").
   Without this script the address is still there, selected whole by a click, to copy by hand. */
(function () {
  "use strict";
  function selectAll(field) {
    var range = document.createRange();
    range.selectNodeContents(field);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }
  function legacyCopy(field) {
    selectAll(field);
    try { return document.execCommand("copy"); } catch (error) { return false; }
  }
  function report(field, status, ok) {
    /* The page gives the words in its language (data-copied, data-failed) when they are not these. */
    status.textContent = ok ? status.dataset.copied || "Address copied: paste it into your feed reader."
                            : status.dataset.failed || "Copying failed: the address is selected, copy it by hand.";
    if (!ok) { selectAll(field); }
  }
  function copy(field, status) {
    var address = field.textContent.trim();
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(address).then(function () { report(field, status, true); },
                                                  function () { report(field, status, legacyCopy(field)); });
    } else {
      report(field, status, legacyCopy(field));
    }
  }
  document.querySelectorAll(".feed-address").forEach(function (block) {
    var field = block.querySelector(".feed-address-url");
    var button = block.querySelector(".copy-button");
    var status = block.querySelector(".copy-status");
    button.hidden = false;
    button.addEventListener("click", function () { copy(field, status); });
  });
}());
