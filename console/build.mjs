// Builds the console into dist/: one script and one style sheet named by their content hash (long-cached by the
// app), an icon, and index.html that names them (never cached). No inline script or style: the CSP forbids them.
import * as esbuild from "esbuild";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename } from "node:path";

const out = "dist";
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const result = await esbuild.build({
  entryPoints: { app: "src/main.ts", console: "src/console.css" },
  bundle: true,
  minify: true,
  format: "esm",
  target: "es2022",
  outdir: out,
  entryNames: "[name]-[hash]",
  metafile: true,
  legalComments: "none",
  logLevel: "warning",
});

const built = Object.keys(result.metafile.outputs).map((file) => basename(file));
const script = built.find((f) => f.startsWith("app-") && f.endsWith(".js"));
const style = built.find((f) => f.startsWith("console-") && f.endsWith(".css"));

const icon = readFileSync("src/icon.svg");
const iconName = `icon-${createHash("sha256").update(icon).digest("hex").slice(0, 8).toUpperCase()}.svg`;
writeFileSync(`${out}/${iconName}`, icon);

writeFileSync(`${out}/index.html`, `<!doctype html>
<html lang="fi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tietosuojakonsoli · Privacy console</title>
<link rel="icon" href="${iconName}" type="image/svg+xml">
<link rel="stylesheet" href="${style}">
<script type="module" src="${script}"></script>
</head>
<body>
<registry-console></registry-console>
<noscript>Tietosuojakonsoli tarvitsee JavaScriptin. The privacy console needs JavaScript.</noscript>
</body>
</html>
`);
console.log(`console built: ${script}, ${style}, ${iconName}, index.html`);
