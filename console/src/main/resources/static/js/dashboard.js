// The dashboard's on-time chart, drawn from the table beside it (the Content-Security-Policy allows
// no inline script, and the table stays the accessible copy of the same figures).
(function () {
  var canvas = document.getElementById('on-time-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  var rows = document.querySelectorAll('#on-time tbody tr');
  var units = [];
  var rates = [];
  rows.forEach(function (row) {
    units.push(row.dataset.unit);
    rates.push(Number(row.dataset.percent));
  });
  canvas.parentElement.style.height = Math.max(160, 28 * units.length + 60) + 'px';
  // the canvas draws its own text: in the page's fonts, so that the units' names have glyphs
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  var chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: units,
      datasets: [{
        label: '按时办结率（%）',
        data: rates,
        backgroundColor: '#2e6fb5'
      }]
    },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      animation: false,
      scales: { x: { min: 0, max: 100, ticks: { callback: function (v) { return v + '%'; } } } },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: function (c) { return c.parsed.x + '%'; } } }
      }
    }
  });
  // a web font that arrives later is not used by what is drawn already: draw again
  document.fonts.ready.then(function () { chart.update(); });
  document.fonts.addEventListener('loadingdone', function () { chart.update(); });
})();
