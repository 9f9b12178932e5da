// Runs the README's walk-through ("## A walk through with curl" up to the next "## " heading) line by line,
// in one bash session against a running ./run.sh, and holds each answer to the one the README shows.
//
// What counts as a shown answer: the comment lines right under a command that start with `{`, `[`, `HTTP `,
// `==` (a letter, with the lines after it up to the next blank line), `no output`, and their continuation
// lines (indented under them). `…` and `...` stand for anything. Whitespace is not compared. A command's own
// trailing comment that names a status (`# HTTP 409 problem`, `# 401`) is checked too. Other comments are prose.
//
// Usage: node scripts/walkthrough.mjs [--list]   (exit code 1 when any answer differs)
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const readme = readFileSync("README.md", "utf8");
const start = readme.indexOf("\n## A walk through with curl");
if (start < 0) throw new Error("README.md has no '## A walk through with curl' section.");
const end = readme.indexOf("\n## ", start + 1);
const section = readme.slice(start, end < 0 ? undefined : end);

const steps = [];
for (const block of section.matchAll(/^```bash\n([\s\S]*?)^```/gm)) {
  parseBlock(block[1].split("\n"));
}

if (process.argv.includes("--list")) {
  for (const [i, step] of steps.entries()) console.log(`${i + 1}. ${step.command}\n   expects: ${JSON.stringify(step.expected)}`);
  process.exit(0);
}

const out = mkdtempSync(join(tmpdir(), "walkthrough-"));
const script = ["set +e"];
steps.forEach((step, i) => script.push(`{\n${step.command}\n} > "${out}/${i}.out" 2>&1\necho $? > "${out}/${i}.rc"`));
writeFileSync(join(out, "walkthrough.sh"), script.join("\n") + "\n");
execFileSync("bash", [join(out, "walkthrough.sh")], { stdio: "inherit" });

let failed = 0;
steps.forEach((step, i) => {
  const output = existsSync(`${out}/${i}.out`) ? readFileSync(`${out}/${i}.out`, "utf8") : "";
  const problems = check(step, output, readFileSync(`${out}/${i}.rc`, "utf8").trim());
  const title = step.command.split("\n")[0].slice(0, 110);
  if (problems.length === 0) {
    console.log(`ok   ${i + 1}. ${title}`);
    return;
  }
  failed++;
  console.log(`FAIL ${i + 1}. ${title}\n     ${problems.join("\n     ")}\n     got: ${output.trim().slice(0, 1500).replaceAll("\n", "\n          ")}`);
});
console.log(`walk-through: ${steps.length - failed} of ${steps.length} steps give the answers the README shows`);
process.exit(failed === 0 ? 0 : 1);

function parseBlock(lines) {
  let step = null;
  let inAnswer = false; // the previous comment line was part of a shown answer
  let inLetter = false; // inside a letter shown after "# =="
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === "") {
      inAnswer = inLetter = false;
      continue;
    }
    if (!line.startsWith("#")) {
      let command = line;
      while (command.endsWith("\\") && i + 1 < lines.length) command += "\n" + lines[++i];
      step = { command, expected: [], status: trailingStatus(command) };
      steps.push(step);
      inAnswer = inLetter = false;
      continue;
    }
    const text = line.replace(/^#\s?/, "");
    if (!step) continue;
    if (inLetter || /^(\{|\[|HTTP \d|==|no output)/.test(text)) {
      if (text.startsWith("==")) inLetter = true;
      step.expected.push(text);
      inAnswer = true;
    } else if (inAnswer && /^\s/.test(text)) {
      step.expected[step.expected.length - 1] += text;
    } else {
      inAnswer = false;
    }
  }
}

function trailingStatus(command) {
  const comment = command.split("\n").at(-1).match(/\s#\s*(.*)$/);
  const status = comment?.[1].match(/^(?:HTTP )?(\d{3})\b/);
  return status ? status[1] : null;
}

function check(step, output, rc) {
  const problems = [];
  if (rc !== "0") problems.push(`exit code ${rc}`);
  if (step.status && !new RegExp(`HTTP ${step.status}\\b|"status":\\s*${step.status}\\b|^${step.status}$`, "m").test(output)) {
    problems.push(`expected status ${step.status}`);
  }
  for (const shown of step.expected) {
    if (shown.startsWith("no output")) {
      if (output.trim() !== "") problems.push("expected no output");
      continue;
    }
    // "{…}   HTTP 200" checks both; "{…}  (a remark)" checks the answer only.
    const [answer, ...remarks] = shown.split(/(?<=[\]}])\s{2,}/);
    for (const part of [answer, ...remarks.filter((r) => /^HTTP \d{3}$/.test(r.trim()))]) {
      if (!pattern(part).test(squeeze(output))) problems.push(`expected ${part}`);
    }
  }
  return problems;
}

function pattern(shown) {
  const parts = squeeze(shown).split(/…|\.\.\./).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(parts.join("[\\s\\S]*?"));
}

function squeeze(text) {
  return text.replace(/\s+/g, "");
}
