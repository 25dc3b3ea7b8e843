/*
 * Printing opens every figure's data table (src/components/figure/FigureFrame.astro), loaded once
 * per reader page by src/layouts/BaseLayout.astro: before the print dialog, closed
 * <details class="figure-data"> are opened and marked; afterwards they close again. Engines with
 * ::details-content print them open from CSS alone (figure.css).
 */
(function () {
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details.figure-data:not([open])').forEach(function (details) {
      details.open = true;
      details.setAttribute('data-print-opened', '');
    });
  });
  window.addEventListener('afterprint', function () {
    document.querySelectorAll('details[data-print-opened]').forEach(function (details) {
      details.open = false;
      details.removeAttribute('data-print-opened');
    });
  });
})();
