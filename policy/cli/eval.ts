/**
 * `policy eval FILE.jsonl`: one ticket per line in, one evaluation per line out, same order.
 * A bad line prints {"error": {"line": N, "message": "…"}} and the run goes on; exit 1 if any failed.
 */
import { readFileSync } from 'node:fs';
import { parseTicket, type NormalizedTicket } from '../contract';
import { evaluate } from '../index';
import { loadPolicyFile } from './load';

function describeIssue(issue: { path: PropertyKey[]; message: string }): string {
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

export async function run(args: string[]): Promise<number> {
  const [file, policyFile] = args;
  if (!file) {
    console.error('usage: policy eval FILE.jsonl [POLICY_FILE]');
    return 2;
  }
  const policy = loadPolicyFile(policyFile);
  const lines = readFileSync(file, 'utf8').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  let failed = 0;
  const out: string[] = [];
  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    const fail = (message: string) => {
      failed++;
      out.push(JSON.stringify({ error: { line: lineNumber, message } }));
    };
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      return fail(`not JSON (${(error as Error).message})`);
    }
    const parsed = parseTicket(raw);
    if (!parsed.success)
      return fail(`not a valid ticket: ${describeIssue(parsed.error.issues[0]!)}`);
    try {
      out.push(JSON.stringify(evaluate(parsed.data as NormalizedTicket, policy)));
    } catch (error) {
      fail(`evaluation failed: ${(error as Error).message}`);
    }
  });
  process.stdout.write(out.length ? `${out.join('\n')}\n` : '');
  return failed ? 1 : 0;
}
