// Lighthouse's audits of several pages, one after the other, in one Node.js process and one
// Chromium: what `lighthouse <url>` does for each, without starting Node.js, loading Lighthouse
// and launching Chromium again for every page. Each audit opens the page in a tab of its own,
// with the browser's caches and the site's storage cleared first, as the command does.
//
// Usage: node audit.mjs CHROMIUM JOBS, where JOBS is a JSON list of {"url", "categories"}.
// Prints one JSON line a page, in order: {"url", "report"}; {"url", "runtimeError"} when
// Lighthouse could not record the load (the command's "Runtime error encountered"); or
// {"url", "failure"} when the audit stopped with an error (the command's other failures).
// chrome-launcher is what the command launches Chromium with: Lighthouse's own dependency,
// pinned with it in package-lock.json.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const [chromePath, jobs] = process.argv.slice(2);
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run',
  ],
});
try {
  for (const {url, categories} of JSON.parse(jobs)) {
    let line;
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: categories,
        disableFullPageScreenshot: true,
      });
      const {runtimeError} = result.lhr;
      line = runtimeError ? {url, runtimeError: `${runtimeError.code}: ${runtimeError.message}`}
        : {url, report: result.lhr};
    } catch (error) {
      line = {url, failure: String(error.stack || error)};
    }
    process.stdout.write(JSON.stringify(line) + '\n');
  }
} finally {
  chrome.kill();
}
