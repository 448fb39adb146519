import { zipSync, unzipSync } from 'fflate';
const big = new Uint8Array(10_000_000);
const bytes = zipSync({ 'a.csv': big });
const view = new DataView(bytes.buffer);
for (let i = 0; i + 4 <= bytes.length; i++) {
  const sig = view.getUint32(i, true);
  if (sig === 0x04034b50) view.setUint32(i + 22, 100, true);
  if (sig === 0x02014b50) view.setUint32(i + 24, 100, true);
}
try { const out = unzipSync(bytes); console.log('inflated', out['a.csv'].length); } catch (e) { console.log('threw', e.message); }
