/*
 * Keying paper forms by keyboard (Features/Paper/_KeyingFields.cshtml). The page works without
 * this script; with it:
 * - a single-choice input moves on after one number, a rating or matrix input after one number per
 *   item ("-" counts as a number: unreadable); a multiple-choice input moves on with Enter;
 * - Enter and Tab move to the next input; an "other" text is skipped unless its option was keyed
 *   (or it already has text); Backspace in an empty input goes back one;
 * - Enter in the last input, or Ctrl+Enter anywhere, saves; a form is sent once;
 * - the options keyed are highlighted beside the input.
 */
(function () {
  'use strict';

  var form = document.querySelector('form.keying');
  if (!form) return;
  var inputs = Array.prototype.slice.call(form.querySelectorAll('.k-input'));
  var saveButton = form.querySelector('button[type=submit]');
  var sending = false;

  function tokens(value, width) {
    var list = [];
    var pending = '';
    for (var i = 0; i < value.length; i++) {
      var c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        pending += c;
        if (pending.length === width) { list.push(pending); pending = ''; }
      } else if (c === '-' || c === '_') {
        list.push(c);
      }
    }
    return { list: list, pending: pending.length > 0 };
  }

  function widthOf(input) { return parseInt(input.getAttribute('data-width'), 10) || 1; }

  function isComplete(input) {
    var count = parseInt(input.getAttribute('data-count'), 10) || 0;
    if (count === 0) return false;
    var t = tokens(input.value, widthOf(input));
    return !t.pending && t.list.length >= count;
  }

  function isRelevant(input) {
    var of = input.getAttribute('data-other-of');
    if (!of || input.value !== '') return true;
    var choice = document.getElementById(of);
    if (!choice) return true;
    return tokens(choice.value, widthOf(choice)).list.indexOf(input.getAttribute('data-other-n')) >= 0;
  }

  function focusInput(input) {
    input.focus();
    if (typeof input.select === 'function') input.select();
  }

  function send() {
    if (sending) return;
    sending = true;
    if (typeof form.requestSubmit === 'function') form.requestSubmit(saveButton);
    else saveButton.click();
  }

  function next(input) {
    for (var i = inputs.indexOf(input) + 1; i < inputs.length; i++) {
      if (isRelevant(inputs[i])) { focusInput(inputs[i]); return true; }
    }
    return false;
  }

  function previous(input) {
    for (var i = inputs.indexOf(input) - 1; i >= 0; i--) {
      if (isRelevant(inputs[i])) { focusInput(inputs[i]); return true; }
    }
    return false;
  }

  function highlight(input) {
    var row = input.closest('.k-row');
    if (!row) return;
    var chosen = tokens(input.value, widthOf(input)).list;
    var options = row.querySelectorAll('.k-opt[data-n]');
    for (var i = 0; i < options.length; i++) {
      options[i].classList.toggle('k-chosen', chosen.indexOf(options[i].getAttribute('data-n')) >= 0);
    }
  }

  inputs.forEach(function (input) {
    var digits = input.classList.contains('k-digits');

    input.addEventListener('focus', function () { input.select(); });

    if (digits) {
      input.addEventListener('input', function () {
        // Only digits and the marks; anything else typed is dropped at once.
        var clean = input.value.replace(/[^0-9_\-]/g, '');
        if (clean !== input.value) input.value = clean;
        highlight(input);
        if (isComplete(input) && document.activeElement === input) next(input);
      });
      highlight(input);
    }

    input.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') {
        e.preventDefault();
        if (e.ctrlKey || e.metaKey || !next(input)) send();
      } else if (e.key === 'Tab' && !e.shiftKey && !e.ctrlKey && !e.altKey) {
        if (next(input)) e.preventDefault();
      } else if (e.key === 'Backspace' && input.value === '' && !e.ctrlKey) {
        if (previous(input)) e.preventDefault();
      }
    });
  });

  form.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.defaultPrevented) {
      e.preventDefault();
      send();
    }
  });

  form.addEventListener('submit', function (e) {
    // A second Enter while the first save is on its way sends nothing.
    if (form.getAttribute('data-sent') === '1') { e.preventDefault(); return; }
    form.setAttribute('data-sent', '1');
  });
})();
