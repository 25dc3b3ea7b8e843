/**
 * The reader pages' scripts, /scripts/<name>.js: written in src/scripts/reader/ with their
 * comments, served minified (esbuild, as the embed pages' inline copies). Made from the sources as
 * the build renders, never by rewriting the build's output.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { inlineScript } from '../../lib/embed/inline-script';
import { READER_SCRIPTS } from '../../scripts/reader';

export const getStaticPaths: GetStaticPaths = () => Object.keys(READER_SCRIPTS).map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params }) => {
  const name = params.name!;
  const code = `${inlineScript(READER_SCRIPTS[name]!, `src/scripts/reader/${name}.js`)}\n`;
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
