// Builds the dashboard's static files into one folder: the HTML pages, the stylesheet, and one
// minified ES module per page (code the pages share, lightweight-charts included, goes into
// chunks they import). Usage: node build.mjs <output folder>
// Maven passes ${project.build.outputDirectory}/public, which the server serves at /.
import { cp, mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = process.argv[2];
if (!outDir) {
    console.error('usage: node build.mjs <output folder>');
    process.exit(2);
}

// One entry per page; each HTML page loads /js/<entry>.js.
const pageEntries = ['login', 'overview', 'rules', 'symbol', 'account'];

// The output folder is ours alone: start afresh so no stale chunk survives a rebuild.
await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });

await esbuild.build({
    entryPoints: pageEntries.map((name) => path.join(here, 'src', `${name}.js`)),
    outdir: path.join(outDir, 'js'),
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    logLevel: 'warning',
});

for (const page of await readdir(path.join(here, 'pages'))) {
    await cp(path.join(here, 'pages', page), path.join(outDir, page));
}
await cp(path.join(here, 'css'), path.join(outDir, 'css'), { recursive: true });

console.log(`dashboard front end built into ${outDir}`);
