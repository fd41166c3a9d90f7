// The participant import's status line while the file is read: the form posts as usual (it works without this
// script), and while the answer is on its way the page asks the server how far the import has come.
(function () {
  'use strict';
  var form = document.querySelector('form[data-progress-url]');
  var status = document.getElementById('import-progress');
  if (!form || !status || !window.fetch) {
    return;
  }

  form.addEventListener('submit', function () {
    var url = form.getAttribute('data-progress-url');
    var asking = false;
    status.textContent = 'Filen skickas …';
    window.setInterval(function () {
      if (asking) {
        return;
      }

      asking = true;
      window.fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (progress) {
          if (progress && progress.text && status.textContent !== progress.text) {
            status.textContent = progress.text;
          }
        })
        .catch(function () { /* the status line is only a courtesy */ })
        .then(function () { asking = false; });
    }, 1000);
  });
}());
