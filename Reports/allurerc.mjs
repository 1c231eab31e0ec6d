// Allure 3 configuration of the HTML report of a conformance run. run-suite.sh runs
// `npx allure generate <results>/allure-results -o <results>/html` in this folder, so relative paths start here.
//   LWM2M_REPORT_HISTORY      where history lives (default out/history.jsonl: every run's folder sits beside it,
//                             so trends and each test's history carry over from run to run).
//   LWM2M_REPORT_SINGLE_FILE  "1": one self-contained index.html to mail; it reads the history without adding
//                             the run to it again (the folder report of the same run already did).
import { defineConfig } from "allure";

const singleFile = process.env.LWM2M_REPORT_SINGLE_FILE === "1";

// Our verdicts become Allure statuses in one place (Harness/Testing/Reporting/Allure/AllureVerdictMapping.cs), which
// also writes categories.json for Allure 2 under the same names. Every result carries its verdict as the label
// "verdict", which these Allure 3 categories match.
const categories = [
  { name: "DUT out of time", matchers: { labels: { verdict: "OutOfTime" } } },
  { name: "DUT failures", matchers: { labels: { verdict: "Fail" } } },
  { name: "Harness errors", matchers: { labels: { verdict: "Error" } } },
  { name: "Inconclusive", matchers: { labels: { verdict: "Inconclusive" } } },
];

export default defineConfig({
  name: "LwM2M conformance",
  historyPath: process.env.LWM2M_REPORT_HISTORY ?? "./out/history.jsonl",
  historyLimit: 200,
  appendHistory: !singleFile,
  categories,
  plugins: {
    awesome: {
      options: {
        reportName: "LwM2M conformance",
        // Interface, then the test class's area; ETS ids are stories and searchable.
        groupBy: ["epic", "feature"],
        singleFile,
      },
    },
  },
});
