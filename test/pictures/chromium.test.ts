// The pictures rendered by a real headless Chromium (Debian's chromium, driven
// by puppeteer-core over the DevTools protocol): no console errors, no request
// leaves the document, the screenshot is a picture (not blank), and the text
// the picture must show is laid out with a size. Also the page that
// `veilc explain --format html` prints. Without Chromium these skip with a
// hint; in CI (or VEILC_REQUIRE_TOOLS=1) they fail. The browser is always closed.
import { PNG } from 'pngjs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.ts';
import { SPECS } from '../fixtures/fixtures.ts';
import { toolsRequired } from '../flux/helpers.ts';
import { chromiumPath, drawnDocuments } from './render-helpers.ts';

const CHROMIUM = chromiumPath();
const why = CHROMIUM ? null : 'chromium is not installed (apt-get install chromium, or bash scripts/setup.sh; or set VEILC_CHROMIUM)';
const run = why === null || toolsRequired();
if (!run) console.warn(`${why}: skipping the Chromium rendering tests`);

let browser: Browser | undefined;
const killBrowser = () => { try { browser?.process()?.kill('SIGKILL'); } catch { /* already gone */ } };

interface Rendered { errors: string[]; requests: string[]; png: PNG; texts: { text: string; width: number }[]; svgs: { width: number; height: number }[] }

/** Loads a document as a data: URL in a fresh page at its own size; collects what went wrong and what was drawn. */
async function render(content: string, type: 'image/svg+xml' | 'text/html'): Promise<Rendered> {
  const page: Page = await browser!.newPage();
  try {
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warn') errors.push(`${m.type()}: ${m.text()}`); });
    page.on('pageerror', (e) => errors.push(`pageerror: ${String(e)}`));
    page.on('requestfailed', (r) => errors.push(`requestfailed: ${r.url().slice(0, 80)}`));
    page.on('request', (r) => { if (!r.url().startsWith('data:')) requests.push(r.url()); });
    const size = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(content);
    await page.setViewport({ width: type === 'text/html' ? 1000 : Number(size![1]), height: type === 'text/html' ? 800 : Number(size![2]) });
    await page.goto(`data:${type};base64,${Buffer.from(content).toString('base64')}`, { waitUntil: 'load', timeout: 30_000 });
    const measured = await page.evaluate(() => ({
      texts: [...document.querySelectorAll('text')].map((t) => ({ text: t.textContent ?? '', width: (t as SVGTextElement).getBBox().width })),
      svgs: [...document.querySelectorAll('svg')].map((s) => { const r = s.getBoundingClientRect(); return { width: r.width, height: r.height }; }),
    }));
    const png = PNG.sync.read(Buffer.from(await page.screenshot({ type: 'png', fullPage: true })));
    return { errors, requests, png, ...measured };
  } finally {
    await page.close();
  }
}

/** Share of pixels that are not the page's white, and how many distinct colours the screenshot has. */
function ink(png: PNG): { share: number; colours: number } {
  let inked = 0;
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    colours.add((r << 16) | (g << 8) | b);
    if (r < 245 || g < 245 || b < 245) inked++;
  }
  return { share: inked / (png.width * png.height), colours: colours.size };
}

describe.runIf(run)('pictures in headless Chromium', () => {
  beforeAll(async () => {
    if (!CHROMIUM) return;
    process.once('exit', killBrowser);
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      // root in a container has no user namespace for the sandbox; nothing here is fetched from a network
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--font-render-hinting=none'],
      timeout: 60_000,
    });
  }, 90_000);
  afterAll(async () => {
    await browser?.close().catch(killBrowser);
    killBrowser();
    process.removeListener('exit', killBrowser);
  });

  if (why !== null) it('has Chromium', () => expect.fail(why));

  // the sheets nest the same pictures; one of them is enough to show nesting renders
  for (const d of drawnDocuments().filter((x) => !x.name.endsWith('/sheet') || x.name === 'veil/sheet')) {
    it(`${d.name} renders with its text and without errors`, async () => {
      const r = await render(d.svg, 'image/svg+xml');
      expect(r.errors).toEqual([]);
      expect(r.requests).toEqual([]);
      const { share, colours } = ink(r.png);
      expect(share).toBeGreaterThan(0.03);
      expect(colours).toBeGreaterThan(8);
      for (const want of d.expectText) {
        const found = r.texts.find((t) => t.text.includes(want));
        expect(found, `text "${want}"`).toBeDefined();
        expect(found!.width, `width of "${want}"`).toBeGreaterThan(0);
      }
    }, 60_000);
  }

  it('shows a blank document as blank (the check can fail)', async () => {
    const r = await render('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="400" height="300" fill="#fff"/></svg>\n', 'image/svg+xml');
    expect(ink(r.png).share).toBeLessThan(0.03);
    const broken = await render('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><image href="http://127.0.0.1:9/x.png" width="10" height="10"/></svg>\n', 'image/svg+xml');
    expect(broken.requests.length + broken.errors.length).toBeGreaterThan(0);
  }, 60_000);

  it('renders the page `veilc explain --format html` prints', async () => {
    const cli = await runCli(['explain', '--spec', SPECS.nimbus, '--format', 'html']);
    expect(cli.code).toBe(0);
    const r = await render(cli.stdout, 'text/html');
    expect(r.errors).toEqual([]);
    expect(r.requests).toEqual([]);
    expect(r.svgs).toHaveLength(3);
    for (const s of r.svgs) expect(s.width * s.height).toBeGreaterThan(10_000);
    expect(r.texts.some((t) => t.text.includes('cirrus-1') && t.width > 0)).toBe(true);
    expect(ink(r.png).share).toBeGreaterThan(0.03);
  }, 60_000);
});
