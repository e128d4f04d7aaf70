// Fluent UI v9 measures elements with ResizeObserver, which jsdom lacks.
if (typeof window !== 'undefined' && !window.ResizeObserver) {
  window.ResizeObserver = class ResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

// The pane's charts measure label text on a canvas, which jsdom does not implement: a context
// that measures every character as 7 px wide is enough for layout in tests.
if (typeof HTMLCanvasElement !== 'undefined') {
  HTMLCanvasElement.prototype.getContext = function getContext() {
    return {
      font: '',
      measureText: (text) => ({ width: String(text).length * 7, actualBoundingBoxAscent: 8, actualBoundingBoxDescent: 2 }),
      fillText() {},
      clearRect() {},
    };
  };
}

// jsdom has no TextDecoder/TextEncoder, which browsers and Node have; the file readers use them.
if (typeof globalThis.TextDecoder === 'undefined') {
  const { TextDecoder, TextEncoder } = require('util');
  globalThis.TextDecoder = TextDecoder;
  globalThis.TextEncoder = TextEncoder;
}
