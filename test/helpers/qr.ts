/**
 * Reads a QR code drawn on screen, as a phone would: the SVG is drawn to a canvas and decoded
 * with jsQR, a library independent of the one that made the code (uqr).
 */
interface JsQr {
  (data: Uint8ClampedArray, width: number, height: number): { data: string } | null;
}

declare global {
  interface Window {
    jsQR?: JsQr;
  }
}

let loading: Promise<JsQr> | undefined;

/** jsQR ships as a UMD script, so it is loaded as a classic script: it sets `window.jsQR`. */
function jsQR(): Promise<JsQr> {
  loading ??= new Promise<JsQr>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/jsqr/dist/jsQR.js';
    script.onload = () =>
      window.jsQR ? resolve(window.jsQR) : reject(new Error('jsQR did not load'));
    script.onerror = () => reject(new Error('could not load jsQR: run npm ci'));
    document.head.append(script);
  });
  return loading;
}

/** The text of the QR code in `svg`, or null when it cannot be read. */
export async function decodeQr(svg: SVGSVGElement, size = 400): Promise<string | null> {
  const decode = await jsQR();
  const markup = new XMLSerializer().serializeToString(svg);
  const image = new Image(size, size);
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, size, size);
  context.drawImage(image, 0, 0, size, size);
  const pixels = context.getImageData(0, 0, size, size);
  return decode(pixels.data, size, size)?.data ?? null;
}
