/*
 * The scan verification queue by keyboard (Features/Paper/ScanQueue.cshtml): one key per decision. The page works
 * without this script (type, then Enter); with it:
 * - the reader's proposal is selected when the page opens, so Enter accepts it and any key typed replaces it;
 * - where one number is the whole decision (a single choice, one item of a rating or matrix question), typing that
 *   number ("2", "05" on a list of ten or more, "-" for unreadable, "0" for no answer on an item) saves it at once;
 * - a multiple-choice answer and a written answer end with Enter; a decision is sent once.
 */
(function () {
  'use strict';

  var input = document.querySelector('input[data-one-key]');
  var form = input && input.form;
  if (!form) return;
  var width = parseInt(input.getAttribute('data-width'), 10) || 1;
  var oneKey = input.getAttribute('data-one-key') === '1';
  var sent = false;

  function send() {
    if (sent) return;
    if (form.requestSubmit) form.requestSubmit(); else form.submit();
  }

  if (input.value && !input.hasAttribute('aria-invalid')) input.select();

  input.addEventListener('input', function () {
    if (!oneKey) return;
    var v = input.value.trim();
    if (v === '-' || (v.length === width && /^[0-9]+$/.test(v))) send();
  });
  form.addEventListener('submit', function (e) {
    if (sent) { e.preventDefault(); return; }
    sent = true;
  });
})();
