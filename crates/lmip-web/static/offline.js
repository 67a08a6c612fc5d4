// "Save for offline" and "Print" on corridor and help pages: the only script on lmip's public
// pages, loaded with `defer`, and optional: the buttons stay hidden without it and every page
// works without it. Saving registers /sw.js and asks it to keep this page and the help directory.
(function () {
  var save = document.getElementById('offline-save');
  var print = document.getElementById('offline-print');
  if (print && window.print) {
    print.hidden = false;
    print.addEventListener('click', function () { window.print(); });
  }
  if (!save || !('serviceWorker' in navigator) || !window.caches) return;
  var status = document.getElementById('offline-status');
  var lang = document.documentElement.lang;
  save.hidden = false;
  save.addEventListener('click', function () {
    save.disabled = true;
    navigator.serviceWorker.register('/sw.js').then(function () {
      return navigator.serviceWorker.ready;
    }).then(function (reg) {
      var here = location.pathname + location.search, help = '/' + lang + '/help';
      // (the cache refuses a list that names one page twice)
      var pages = here === help ? [here] : [here, help];
      return new Promise(function (done, fail) {
        var channel = new MessageChannel();
        channel.port1.onmessage = function (e) { (e.data && e.data.ok ? done : fail)(); };
        reg.active.postMessage({ save: pages }, [channel.port2]);
      });
    }).then(function () {
      if (status) status.textContent = status.getAttribute('data-saved');
    }, function () {
      save.disabled = false;
      if (status) status.textContent = status.getAttribute('data-failed');
    });
  });
})();
