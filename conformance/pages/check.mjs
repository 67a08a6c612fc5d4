// lmip's page quality gate (run by run.sh against `lmip serve --demo`).
//
// For every public page type in each locale asked for, in Debian's chromium:
//   - Lighthouse (its default mobile form factor, simulated slow 4G): performance, accessibility,
//     best practices and SEO scores, the compressed bytes of every request the page made, and
//     whether any request blocked the first render;
//   - axe-core with the WCAG 2.0/2.1/2.2 A and AA rules, on the page and on the page its task ends on;
//   - the page's main task done with JavaScript disabled (verify an agency, check an offer, file a
//     complaint and look up its status, switch language, filter statistics, search, ...);
//   - a screenshot at 360 × 740;
//   - on corridor and help pages, "save for offline" in a browser with JavaScript, then both the
//     page and the help directory opened with the connection cut; a corridor page printed (A4)
//     fits one page.
// Prints one line per page with the figures and exits non-zero when any threshold is missed.
//
// Usage: node check.mjs --base URL --out DIR [--locales en,th,km,my] [--pages a,b] [--no-lighthouse]
//                       [--docs DIR]   (also write the English screenshots and the figures table there)

import { chromium } from 'playwright-core';
import lighthouse from 'lighthouse';
import fs from 'node:fs';
import path from 'node:path';
import net from 'node:net';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// The thresholds of issue 8 (and DESIGN.md §5).
export const LIMITS = { bytes: 14 * 1024, perf: 95, a11y: 100, bp: 95, seo: 95, axe: 0 };
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const VIEWPORT = { width: 360, height: 740 };

// Words each locale's search must find in the demo (content, or the national names of the
// directory's public bodies), one per script.
const SEARCH = {
  en: 'passport',
  th: 'จัดหางาน',
  km: 'ក្រសួងការងារ',
  my: 'အလုပ်သမား',
  lo: 'ແຮງງານ',
  vi: 'lao động',
  id: 'paspor',
  ms: 'pasport',
  fil: 'pasaporte',
  tet: 'pasaporte',
};

// The demo's records the pages are about (see crates/lmip-services/src/demo.rs).
const DEMO = {
  corridor: 'kh-th',
  guide: 'kh-th-before-you-go',
  procedure: 'kh-th-steps',
  agreement: 'kh-th-mou',
  agency: '', // found at start (see main)
  licence: 'DEMO-001',
  country: 'KH',
};

/** Each page type: its path, and the task a reader does there with JavaScript disabled. */
function pageTypes(lang) {
  return [
    { name: 'home', path: `/${lang}/`, task: switchLanguage },
    { name: 'corridors', path: `/${lang}/corridors`, task: followFirst('main a[href*="/corridors/"]', 'main h1') },
    { name: 'corridor', path: `/${lang}/corridors/${DEMO.corridor}`, task: followFirst('main a[href*="/content/"]', 'main h1'), offline: true, pocket: true },
    { name: 'content', path: `/${lang}/content/${DEMO.guide}`, task: readable },
    { name: 'procedure', path: `/${lang}/content/${DEMO.procedure}`, task: expectSelector('main ol li') },
    { name: 'agreement', path: `/${lang}/content/${DEMO.agreement}`, task: readable },
    { name: 'verify-found', path: `/${lang}/verify?q=${encodeURIComponent(DEMO.licence)}`, task: verifyAgency(DEMO.licence, true) },
    { name: 'verify-not-found', path: `/${lang}/verify?q=ZZ-NOT-A-LICENCE-000`, task: verifyAgency('ZZ-NOT-A-LICENCE-000', false) },
    { name: 'agency', path: `/${lang}/agencies/${DEMO.agency}`, task: readable },
    { name: 'opportunities', path: `/${lang}/jobs`, task: followFirst('main a[href*="/jobs/"]', 'main h1') },
    { name: 'offer-checker', path: `/${lang}/check-offer`, task: checkOffer },
    { name: 'help', path: `/${lang}/help`, task: readable, offline: true },
    { name: 'search', path: `/${lang}/search?q=${encodeURIComponent(SEARCH[lang] || SEARCH.en)}`, task: search(SEARCH[lang] || SEARCH.en) },
    { name: 'statistics', path: `/${lang}/statistics`, task: filterStatistics },
    { name: 'country', path: `/${lang}/statistics/country/${DEMO.country}`, task: readable },
    { name: 'complaint', path: `/${lang}/complaints/new`, task: fileComplaint },
    { name: 'case-status', path: `/${lang}/case-status`, task: caseStatus },
  ];
}

// ---- tasks (each gets a page in a JavaScript-disabled context, already on the page's URL) ----
// A task returns a short description of what it did; it throws when the reader could not do it.

async function readable(page) {
  const text = (await page.locator('main').innerText()).trim();
  if (text.length < 80) throw new Error(`the main content has only ${text.length} characters`);
  return `main text ${text.length} chars`;
}

function expectSelector(selector) {
  return async (page) => {
    const n = await page.locator(selector).count();
    if (n === 0) throw new Error(`nothing matches ${selector}`);
    return `${n} × ${selector}`;
  };
}

function followFirst(linkSelector, expect) {
  return async (page) => {
    const link = page.locator(linkSelector).first();
    if ((await link.count()) === 0) throw new Error(`no link matches ${linkSelector}`);
    const href = await link.getAttribute('href');
    await follow(page, link);
    if ((await page.locator(expect).count()) === 0) throw new Error(`${href} has no ${expect}`);
    return `followed ${href}`;
  };
}

async function switchLanguage(page) {
  const from = await page.getAttribute('html', 'lang');
  const to = from === 'km' ? 'th' : 'km';
  // <details> opens without script; the language links are plain links.
  await page.locator('details.lang summary').click();
  await follow(page, page.locator(`details.lang a[hreflang="${to}"]`));
  const now = await page.getAttribute('html', 'lang');
  if (now !== to) throw new Error(`language switch to ${to} ended on lang=${now}`);
  return `switched ${from} → ${to}`;
}

function verifyAgency(query, expectFound) {
  return async (page) => {
    await page.fill('#q', query);
    await submit(page, 'form[role="search"] button[type="submit"]');
    const found = await page.locator('main a[href*="/agencies/"]').count();
    if (expectFound && found === 0) throw new Error(`verifying ${query} found no agency`);
    if (!expectFound && found > 0) throw new Error(`verifying ${query} found ${found} agencies`);
    return expectFound ? `found ${found} agency link(s)` : 'told not found';
  };
}

async function checkOffer(page) {
  await page.selectOption('#origin', 'KH');
  await page.selectOption('#destination', 'TH');
  await page.fill('#job', 'Construction worker');
  await page.fill('#wage', '9000');
  await page.fill('#wage_currency', 'THB');
  await page.selectOption('#wage_period', { index: 1 });
  await page.fill('#fee', '25000');
  await page.fill('#fee_currency', 'THB');
  await submit(page, 'main form.form button[type="submit"]');
  const findings = await page.locator('main ul.findings li').count();
  if (findings === 0) throw new Error('the offer check showed no findings');
  return `offer checked: ${findings} findings`;
}

function search(query) {
  return async (page) => {
    await page.fill('#q', query);
    await submit(page, 'form[role="search"] button[type="submit"]');
    const hits = await page.locator('main mark').count();
    if (hits === 0) throw new Error(`searching ${query} highlighted nothing`);
    return `${hits} highlighted matches`;
  };
}

async function filterStatistics(page) {
  const options = await page.locator('#area option').evaluateAll((os) => os.map((o) => o.value));
  const current = await page.locator('#area').inputValue();
  const other = options.find((v) => v && v !== current);
  if (!other) throw new Error('the statistics explorer offers no other area');
  await page.selectOption('#area', other);
  await submit(page, 'main form.form button[type="submit"]');
  if (!page.url().includes(`area=${encodeURIComponent(other)}`)) throw new Error(`the filter did not reach the address: ${page.url()}`);
  const selected = await page.locator('#area').inputValue();
  if (selected !== other) throw new Error(`the explorer shows area ${selected}, not ${other}`);
  return `area ${current} → ${other}`;
}

// The complaint filed in each locale, for that locale's case-status task.
const filed = new Map();

async function fileComplaint(page, lang) {
  await page.locator('input[name="category"]').first().check();
  await page.fill('#narrative', `Page quality gate test complaint (${lang}): the agency kept my passport.`);
  await page.locator('input[name="consent_store"]').check();
  await submit(page, 'main form button[type="submit"]');
  const codes = await page.locator('main .ok p.code').allInnerTexts();
  if (codes.length !== 2) throw new Error(`filing showed ${codes.length} codes, not a tracking code and a PIN`);
  filed.set(lang, { code: codes[0].trim(), pin: codes[1].trim() });
  return `filed, tracking code ${codes[0].trim()}`;
}

async function caseStatus(page, lang) {
  const c = filed.get(lang);
  if (!c) throw new Error('no complaint was filed in this locale (see the complaint line)');
  await page.fill('#code', c.code);
  await page.fill('#pin', c.pin);
  await submit(page, 'main form.form button[type="submit"]');
  if ((await page.locator('main .ok[role="status"] h2').count()) === 0) {
    throw new Error(`looking up ${c.code} showed no status`);
  }
  return `status of ${c.code} shown`;
}

/**
 * "Save for offline" in a browser with JavaScript: the button appears, saving succeeds, and with
 * the connection cut the page and the help directory still open.
 */
async function saveAndReadOffline(browser, url, lang) {
  const ctx = await browser.newContext({ viewport: VIEWPORT, isMobile: true, hasTouch: true });
  try {
    const page = await ctx.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const save = page.locator('#offline-save');
    await save.waitFor({ state: 'visible', timeout: 5000 });
    await save.click();
    const saved = await page.locator('#offline-status').getAttribute('data-saved');
    await page.waitForFunction((text) => document.getElementById('offline-status').textContent === text, saved, { timeout: 10000 });
    await ctx.setOffline(true);
    for (const target of [url, new URL(`/${lang}/help`, url).href]) {
      const response = await page.goto(target, { waitUntil: 'load' });
      if (!response || !response.ok()) throw new Error(`${target} did not open offline`);
      if ((await page.locator('main h1').count()) === 0) throw new Error(`${target} opened offline without its content`);
    }
    return 'saved, read offline';
  } finally {
    await ctx.close();
  }
}

/** Clicks a submit button and waits for the page the form leads to; a 4xx/5xx answer fails. */
async function submit(page, selector) {
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator(selector).first().click()]);
  if (!response || response.status() >= 400) throw new Error(`the form answered ${response ? response.status() : 'nothing'}`);
}

/** Clicks a link and waits for the page it leads to; a 4xx/5xx answer fails. */
async function follow(page, locator) {
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), locator.click()]);
  if (!response || response.status() >= 400) throw new Error(`the link answered ${response ? response.status() : 'nothing'}`);
}

// ---- the measurements ----

function parseArgs(argv) {
  const a = { locales: 'en,th,km,my', pages: '', lighthouse: true, docs: '' };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === '--base') a.base = argv[++i];
    else if (k === '--out') a.out = argv[++i];
    else if (k === '--locales') a.locales = argv[++i];
    else if (k === '--pages') a.pages = argv[++i];
    else if (k === '--docs') a.docs = argv[++i];
    else if (k === '--no-lighthouse') a.lighthouse = false;
    else throw new Error(`unknown argument ${k}`);
  }
  if (!a.base || !a.out) throw new Error('usage: node check.mjs --base URL --out DIR [--locales en,th] [--pages home,search] [--no-lighthouse] [--docs DIR]');
  return a;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
    srv.on('error', reject);
  });
}

/** Lighthouse on one URL, in a tab of the shared browser: the four scores and the network figures. */
async function runLighthouse(url, port, out) {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  if (!result) throw new Error('Lighthouse returned nothing');
  const lhr = result.lhr;
  fs.writeFileSync(`${out}.lighthouse.json`, result.report);
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (k) => Math.round((lhr.categories[k]?.score ?? NaN) * 100);
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const bytes = requests.reduce((n, r) => n + (r.transferSize || 0), 0);
  const blocking = lhr.audits['render-blocking-resources']?.details?.items?.length
    ?? lhr.audits['render-blocking-insight']?.details?.items?.length ?? 0;
  const failing = Object.values(lhr.audits)
    .filter((x) => x.score !== null && x.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(x.scoreDisplayMode))
    .map((x) => x.id);
  return {
    perf: score('performance'), a11y: score('accessibility'), bp: score('best-practices'), seo: score('seo'),
    bytes, requests: requests.length, blocking,
    fcp: Math.round(lhr.audits['first-contentful-paint']?.numericValue ?? NaN),
    lcp: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
    html: requests[0]?.transferSize ?? 0,
    failing,
  };
}

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG A and AA rules on the page as it is now. */
async function runAxe(page) {
  await page.addScriptTag({ content: AXE_SOURCE });
  const r = await page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const res = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return res.violations.map((v) => `${v.id}(${v.impact},${v.nodes.length}: ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')})`);
  }, AXE_TAGS);
  return r;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  fs.mkdirSync(path.join(args.out, 'screenshots'), { recursive: true });
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [`--remote-debugging-port=${port}`, '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  // bypassCSP: axe is injected as a script, which the pages' CSP (rightly) forbids.
  const withJs = await browser.newContext({ viewport: VIEWPORT, isMobile: true, hasTouch: true, deviceScaleFactor: 1, bypassCSP: true });
  const noJs = await browser.newContext({ viewport: VIEWPORT, isMobile: true, hasTouch: true, deviceScaleFactor: 1, javaScriptEnabled: false });
  // The demo agency's address carries an id made when the demo was loaded: ask the verify page.
  const verify = await (await fetch(`${args.base}/en/verify?q=${encodeURIComponent(DEMO.licence)}`)).text();
  const agency = verify.match(/href="\/en\/agencies\/([^"]+)"/);
  if (!agency) throw new Error(`the demo has no agency with licence ${DEMO.licence}`);
  DEMO.agency = agency[1];
  const only = args.pages ? new Set(args.pages.split(',')) : null;
  const rows = [];
  let failures = 0;
  for (const lang of args.locales.split(',')) {
    for (const p of pageTypes(lang)) {
      if (only && !only.has(p.name)) continue;
      const url = args.base + p.path;
      const base = path.join(args.out, `${p.name}-${lang}`);
      const row = { page: p.name, lang, path: p.path, why: [] };
      if (args.lighthouse) {
        // Lighthouse's trace recording fails now and then (NO_NAVSTART); one more try tells a
        // flake from a page that cannot be measured.
        for (let attempt = 1; attempt <= 2; attempt++) {
          try {
            Object.assign(row, await runLighthouse(url, port, base));
            break;
          } catch (e) {
            if (attempt === 2) row.why.push(`lighthouse failed: ${e.message}`);
          }
        }
        // Simulated performance moves with the machine's load (total blocking time is measured
        // on this CPU): below the bar once, take the median of three runs, as Lighthouse's own
        // guidance on variability advises.
        if (row.perf !== undefined && row.perf < LIMITS.perf) {
          const runs = [{ ...row }];
          for (let i = 0; i < 2; i++) {
            try { runs.push({ ...row, ...(await runLighthouse(url, port, base)) }); } catch { /* counted as missing */ }
          }
          runs.sort((a, b) => a.perf - b.perf);
          Object.assign(row, runs[Math.floor(runs.length / 2)], { runs: runs.map((r) => r.perf) });
        }
      }
      try {
        const page = await withJs.newPage();
        const response = await page.goto(url, { waitUntil: 'load' });
        if (!response || response.status() !== 200) row.why.push(`answered ${response ? response.status() : 'nothing'}`);
        await page.screenshot({ path: path.join(args.out, 'screenshots', `${p.name}-${lang}.png`) });
        row.axe = await runAxe(page);
        // A page wider than the phone makes the reader scroll sideways and the browser zoom out.
        row.width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (row.width > VIEWPORT.width) row.why.push(`the page is ${row.width} px wide on a ${VIEWPORT.width} px screen`);
        if (p.pocket) {
          // Printed, a corridor's checklist, rights and help contacts make a one-page pocket guide.
          const pdf = await page.pdf({ format: 'A4', printBackground: false });
          fs.writeFileSync(`${base}.print.pdf`, pdf);
          row.printed = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
          if (row.printed !== 1) row.why.push(`printed on ${row.printed} A4 pages, not one`);
        }
        await page.close();
      } catch (e) { row.why.push(`axe failed: ${e.message.split('\n')[0]}`); }
      try {
        const page = await noJs.newPage();
        const response = await page.goto(url, { waitUntil: 'load' });
        if (!response || response.status() !== 200) throw new Error(`answered ${response ? response.status() : 'nothing'}`);
        row.task = await p.task(page, lang);
        // The page the task ended on (a verdict, a filed complaint, a case status) must be accessible too.
        if (page.url() !== url) {
          const after = await withJs.newPage();
          await after.setContent(await page.content(), { waitUntil: 'load' }).catch(() => {});
          const more = await runAxe(after).catch(() => []);
          await after.close();
          row.axe = (row.axe || []).concat(more.map((v) => `after task: ${v}`));
        }
        await page.close();
      } catch (e) { row.why.push(`task failed (JavaScript off): ${e.message.split('\n')[0]}`); }
      if (p.offline) {
        try { row.offline = await saveAndReadOffline(browser, url, lang); } catch (e) { row.why.push(`offline reading failed: ${e.message.split('\n')[0]}`); }
      }
      check(row);
      if (row.why.length) failures++;
      rows.push(row);
      console.log(line(row));
    }
  }
  await browser.close();
  const table = figuresTable(rows);
  fs.writeFileSync(path.join(args.out, 'figures.md'), table);
  fs.writeFileSync(path.join(args.out, 'figures.json'), JSON.stringify(rows, null, 1));
  if (args.docs) writeDocs(args, rows, table);
  console.log(`${rows.length} pages checked, ${failures} failed; screenshots and reports in ${args.out}`);
  process.exit(failures ? 1 : 0);
}

function check(row) {
  if (row.perf === undefined) return;
  if (!(row.bytes <= LIMITS.bytes)) row.why.push(`transfer ${row.bytes} B > ${LIMITS.bytes} B`);
  if (row.blocking > 0) row.why.push(`${row.blocking} render-blocking request(s)`);
  if (!(row.perf >= LIMITS.perf)) row.why.push(`performance ${row.perf} < ${LIMITS.perf}`);
  if (!(row.a11y >= LIMITS.a11y)) row.why.push(`accessibility ${row.a11y} < ${LIMITS.a11y}`);
  if (!(row.bp >= LIMITS.bp)) row.why.push(`best practices ${row.bp} < ${LIMITS.bp}`);
  if (!(row.seo >= LIMITS.seo)) row.why.push(`SEO ${row.seo} < ${LIMITS.seo}`);
  if ((row.perf < 100 || row.a11y < 100 || row.bp < 100 || row.seo < 100) && row.failing?.length) {
    row.note = `lighthouse audits below 1: ${row.failing.join(' ')}`;
  }
  if (row.axe && row.axe.length > LIMITS.axe) row.why.push(`axe: ${row.axe.join('; ')}`);
}

function line(r) {
  const status = r.why.length ? 'FAIL' : 'PASS';
  const figures = r.perf === undefined ? 'lighthouse=skipped'
    : `bytes=${r.bytes} html=${r.html} req=${r.requests} perf=${r.perf} a11y=${r.a11y} bp=${r.bp} seo=${r.seo} fcp=${r.fcp}ms lcp=${r.lcp}ms`;
  const runs = r.runs ? ` (performance of ${r.runs.length} runs: ${r.runs.join(', ')}; median taken)` : '';
  const offline = (r.offline ? ` offline="${r.offline}"` : '') + (r.printed ? ` printed=${r.printed}p` : '');
  let s = `${status} ${r.lang.padEnd(3)} ${r.page.padEnd(16)} ${figures}${runs} axe=${r.axe ? r.axe.length : '?'} nojs="${r.task || '-'}"${offline}`;
  if (r.why.length) s += `\n     ${r.why.join('\n     ')}`;
  if (r.note && (r.why.length || process.env.VERBOSE)) s += `\n     (${r.note})`;
  return s;
}

function figuresTable(rows) {
  const head = '| page | locale | transfer (B) | HTML (B) | requests | perf | a11y | best pr. | SEO | FCP (ms) | axe | task without JavaScript |\n'
    + '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n';
  return head + rows.map((r) => `| ${r.page} | ${r.lang} | ${r.bytes ?? '–'} | ${r.html ?? '–'} | ${r.requests ?? '–'} | ${r.perf ?? '–'} | ${r.a11y ?? '–'} | ${r.bp ?? '–'} | ${r.seo ?? '–'} | ${r.fcp ?? '–'} | ${r.axe ? r.axe.length : '–'} | ${(r.task || r.why.join('; ')).replace(/\|/g, '\\|')} |`).join('\n') + '\n';
}

/** With --docs DIR: the English screenshots into DIR/screenshots/pages and the table into DIR/pages.md. */
function writeDocs(args, rows, table) {
  const shots = path.join(args.docs, 'screenshots', 'pages');
  fs.mkdirSync(shots, { recursive: true });
  for (const r of rows.filter((x) => x.lang === 'en')) {
    fs.copyFileSync(path.join(args.out, 'screenshots', `${r.page}-en.png`), path.join(shots, `${r.page}-en.png`));
  }
  const doc = path.join(args.docs, 'pages.md');
  const begin = '<!-- figures:begin -->', end = '<!-- figures:end -->';
  const text = fs.existsSync(doc) ? fs.readFileSync(doc, 'utf8') : `# Page figures\n\n${begin}\n${end}\n`;
  const i = text.indexOf(begin), j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`${doc} has no ${begin} … ${end} markers`);
  fs.writeFileSync(doc, text.slice(0, i + begin.length) + '\n' + table + text.slice(j));
}

main().catch((e) => { console.error(`page quality gate: ${e.stack || e}`); process.exit(2); });
