/**
 * The report's only script, embedded inline: sorts the verdict table by a
 * column and filters it by verdict, by finding and by words, without a
 * framework; a finding's button shows its verdicts. It
 * reads and writes text only (no innerHTML), so article text in the table
 * stays inert.
 */
export const TABLE_SCRIPT = `
(function () {
  'use strict';
  var table = document.getElementById('relations');
  if (!table || !table.tBodies[0]) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var words = document.getElementById('relations-filter');
  var kind = document.getElementById('relations-kind');
  var finding = document.getElementById('relations-finding');
  var count = document.getElementById('relations-count');

  function apply() {
    var wanted = words.value.trim().toLowerCase().split(/\\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row) {
      var text = row.textContent.toLowerCase();
      var ok = (kind.value === '' || row.getAttribute('data-kind') === kind.value) &&
        (!finding || finding.value === '' || row.getAttribute('data-finding') === finding.value) &&
        wanted.every(function (word) { return text.indexOf(word) !== -1; });
      row.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = shown + ' of ' + rows.length + ' verdicts shown';
  }

  function sortBy(header, index) {
    var ascending = header.getAttribute('aria-sort') !== 'ascending';
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) { cell.removeAttribute('aria-sort'); });
    header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var numeric = header.getAttribute('data-type') === 'number';
    function key(row) {
      var cell = row.cells[index];
      var value = cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent;
      return numeric ? Number(value) : value.toLowerCase();
    }
    rows.slice().sort(function (a, b) {
      var x = key(a), y = key(b);
      var order = x < y ? -1 : x > y ? 1 : 0;
      return (ascending ? order : -order) || Number(a.getAttribute('data-order')) - Number(b.getAttribute('data-order'));
    }).forEach(function (row) { body.appendChild(row); });
  }

  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, index) {
    var button = header.querySelector('button');
    if (button) button.addEventListener('click', function () { sortBy(header, index); });
  });
  Array.prototype.forEach.call(document.querySelectorAll('.chips button[data-kind]'), function (chip) {
    chip.addEventListener('click', function () {
      kind.value = chip.getAttribute('data-kind');
      apply();
      table.scrollIntoView();
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll('button[data-show-finding]'), function (button) {
    button.addEventListener('click', function () {
      if (!finding) return;
      finding.value = button.getAttribute('data-show-finding');
      kind.value = '';
      words.value = '';
      apply();
      table.scrollIntoView();
    });
  });
  words.addEventListener('input', apply);
  kind.addEventListener('change', apply);
  if (finding) finding.addEventListener('change', apply);
  apply();
})();
`;
