/**
 * `npm run --silent policy -- <command> …` (contract section 7, plus signing).
 * Each command lives in its own module; this file only dispatches and turns any failure into a
 * one-line message (never a stack trace).
 */
const COMMANDS: Record<
  string,
  { usage: string; load: () => Promise<{ run(args: string[]): Promise<number> }> }
> = {
  eval: { usage: 'eval FILE.jsonl', load: () => import('./eval') },
  check: { usage: 'check [POLICY_FILE]', load: () => import('./check') },
  schema: { usage: 'schema', load: () => import('./schema') },
  sign: { usage: 'sign POLICY_FILE KEY_FILE', load: () => import('./sign') },
  keygen: { usage: 'keygen [OUT_PREFIX]', load: () => import('./keygen') },
};

function usage(): string {
  return [
    'usage: npm run --silent policy -- <command>',
    ...Object.values(COMMANDS).map((c) => `  ${c.usage}`),
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(name ? `unknown command "${name}"\n${usage()}` : usage());
    return 2;
  }
  const module = await command.load();
  return module.run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`policy: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
