// Barcode scanning on /foods/scan: opens the camera (the rear one on phones) and reads each frame, with the
// browser's BarcodeDetector where it reads these formats, otherwise by posting a JPEG frame to the server's
// decoder. A code read is looked up through the page's own form (GET /foods/scan?code=…), so the server decides:
// a known food shows its portions, an unknown one opens the custom-food form with the barcode filled in.
// Without a camera, permission or JavaScript, the typed form below does the same.
(function () {
  'use strict';
  var FORMATS = ['ean_13', 'ean_8', 'upc_a', 'upc_e'];
  var MAX_EDGE = 1280;          // frames sent to the server are at most this wide or tall
  var MAX_BYTES = 590000;       // the server takes at most 600 kB per frame

  function start() {
    var box = document.getElementById('scanner');
    var form = document.getElementById('scan-manual');
    var video = document.getElementById('scan-video');
    var status = document.getElementById('scan-status');
    if (!box || !form || !video || !status) {
      return;
    }
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia || !window.fetch) {
      return;                    // no camera API: the typed form is all there is
    }
    var csrf = box.getAttribute('data-csrf') || '';
    var canvas = document.createElement('canvas');
    var stream = null;
    var done = false;
    var failures = 0;
    var detector = null;
    box.hidden = false;

    function say(text) {
      status.textContent = text;
    }

    function stop() {
      if (stream) {
        stream.getTracks().forEach(function (t) { t.stop(); });
        stream = null;
      }
    }

    function found(code) {
      if (done) {
        return;
      }
      done = true;
      stop();
      say('Read ' + code + '. Looking it up…');
      var params = new URLSearchParams(new FormData(form));
      params.set('code', code);
      window.location.assign(form.getAttribute('action') + '?' + params.toString());
    }

    function later(ms) {
      if (!done) {
        window.setTimeout(tick, ms);
      }
    }

    function readLocally() {
      return detector.detect(video).then(function (codes) {
        for (var i = 0; i < codes.length; i++) {
          if (/^\d{8,13}$/.test(codes[i].rawValue || '')) {
            return codes[i].rawValue;
          }
        }
        return null;
      });
    }

    function frameBlob(quality) {
      var w = video.videoWidth;
      var h = video.videoHeight;
      var scale = Math.min(1, MAX_EDGE / Math.max(w, h));
      canvas.width = Math.round(w * scale);
      canvas.height = Math.round(h * scale);
      canvas.getContext('2d').drawImage(video, 0, 0, canvas.width, canvas.height);
      return new Promise(function (resolve) {
        canvas.toBlob(resolve, 'image/jpeg', quality);
      });
    }

    function readOnServer() {
      return frameBlob(0.85).then(function (blob) {
        return blob && blob.size > MAX_BYTES ? frameBlob(0.6) : blob;
      }).then(function (blob) {
        if (!blob) {
          return null;
        }
        return fetch('/api/v1/barcodes/read', {
          method: 'POST',
          credentials: 'same-origin',
          headers: {'Content-Type': 'image/jpeg', 'X-CSRF-Token': csrf, 'Accept': 'application/json'},
          body: blob
        }).then(function (r) {
          if (r.status === 429 || r.status === 503) {
            return null;          // the server is busy: try the next frame
          }
          if (r.status === 401 || r.status === 403) {
            done = true;
            stop();
            say('Your session has ended. Sign in again, or type the barcode below.');
            return null;
          }
          if (!r.ok) {
            throw new Error('status ' + r.status);
          }
          return r.json().then(function (j) {
            return j.found ? (j.lookup || j.code) : null;
          });
        });
      });
    }

    function tick() {
      if (done) {
        return;
      }
      if (video.readyState < 2 || !video.videoWidth) {
        later(200);
        return;
      }
      (detector ? readLocally() : readOnServer()).then(function (code) {
        failures = 0;
        if (code) {
          found(code);
        } else {
          later(detector ? 150 : 300);
        }
      }, function () {
        failures++;
        if (detector && failures > 3) {
          detector = null;        // the platform's detector fails: use the server instead
        }
        if (failures === 5) {
          say('The barcode could not be read yet. Hold it steady and closer, or type it below.');
        }
        later(Math.min(5000, 400 * failures));
      });
    }

    function chooseDetector() {
      if (!('BarcodeDetector' in window) || !window.BarcodeDetector.getSupportedFormats) {
        return Promise.resolve(null);
      }
      return window.BarcodeDetector.getSupportedFormats().then(function (supported) {
        var usable = FORMATS.filter(function (f) { return supported.indexOf(f) >= 0; });
        return usable.length === FORMATS.length ? new window.BarcodeDetector({formats: usable}) : null;
      }, function () { return null; });
    }

    window.addEventListener('pagehide', stop);
    navigator.mediaDevices.getUserMedia({
      audio: false,
      video: {facingMode: {ideal: 'environment'}, width: {ideal: 1280}, height: {ideal: 720}}
    }).then(function (s) {
      stream = s;
      video.srcObject = s;
      video.setAttribute('playsinline', '');
      var playing = video.play();
      if (playing && playing.catch) {
        playing.catch(function () { /* autoplay refused: frames still arrive once the user taps */ });
      }
      say('Point the camera at the barcode.');
      return chooseDetector();
    }).then(function (d) {
      if (stream) {
        detector = d;
        box.setAttribute('data-decoder', d ? 'browser' : 'server');
        tick();
      }
    }, function (err) {
      var name = err && err.name;
      say(name === 'NotAllowedError' ? 'The camera is not allowed for this site. Type the barcode below instead.'
        : name === 'NotFoundError' || name === 'OverconstrainedError' ? 'No camera was found. Type the barcode below.'
        : 'The camera could not be opened. Type the barcode below.');
      box.classList.add('no-camera');
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
