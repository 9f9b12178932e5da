// Runs the README's walk-through ("## A walk through with curl" up to the next "## " heading) line by line,
// in one bash session against a running ./run.sh, and holds each answer to the one the README shows.
//
// What counts as a shown answer: the comment lines right under a command that start with `{`, `[`, `HTTP `,
// `==` (a letter, with the lines after it up to the next blank line), `no output`, and their continuation
// lines (indented under them). `…` and `...` stand for anything. Whitespace is not compared. A command's own
// trailing comment that names a status (`# HTTP 409 problem`, `# 401`) is checked too. Text after two or more
// spaces that opens a parenthesis, or that follows the end of a JSON answer, is a remark. Other comments are prose.
// Queue functions run after their 202, so a reading command (a GET, letters.sh) whose answer differs is
// asked again for up to 20 s before it counts as different. A command that starts the register (`./run.sh`)
// is not run: the check runs one already.
//
// Usage: node scripts/walkthrough.mjs [--list]   (exit code 1 when any answer differs)
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
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
const shell = spawn("bash", [], { stdio: ["pipe", "pipe", "inherit"] });
const lines = createInterface({ input: shell.stdout });
const done = [];
lines.on("line", (line) => line === "__step_done__" && done.shift()?.());
const run = (command, i) => new Promise((resolve) => {
  done.push(resolve);
  shell.stdin.write(`{\n${command}\n} > "${out}/${i}.out" 2>&1 < /dev/null\necho $? > "${out}/${i}.rc"\necho __step_done__\n`);
});

let failed = 0;
for (const [i, step] of steps.entries()) {
  const title = step.command.split("\n")[0].slice(0, 110);
  if (/(^|\s)\.\/run\.sh\b/.test(step.command)) {
    console.log(`skip ${i + 1}. ${title}   (starts the register: the check runs one already)`);
    continue;
  }
  let problems, output;
  for (let attempt = 0; ; attempt++) {
    await run(step.command, i);
    output = readFileSync(`${out}/${i}.out`, "utf8");
    problems = check(step, output, readFileSync(`${out}/${i}.rc`, "utf8").trim());
    if (problems.length === 0 || !reads(step.command) || attempt >= 20) break;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  if (problems.length === 0) {
    console.log(`ok   ${i + 1}. ${title}`);
    continue;
  }
  failed++;
  console.log(`FAIL ${i + 1}. ${title}\n     ${problems.join("\n     ")}\n     got: ${output.trim().slice(0, 1500).replaceAll("\n", "\n          ")}`);
}
shell.stdin.end();
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
    const [answer, ...remarks] = shown.split(/(?<=[\]}])\s{2,}|\s{2,}(?=\()/);
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

// Asking again cannot change anything: a GET with curl, or the letters on the queue.
function reads(command) {
  return /^scripts\/letters\.sh\b/.test(command) || /^scripts\/signed-curl\.sh (--client \S+ )?GET\b/.test(command)
    || (/^curl\b/.test(command) && !/-X\s*(POST|PUT|DELETE)|\s-d\s/.test(command));
}

function squeeze(text) {
  return text.replace(/\s+/g, "");
}
