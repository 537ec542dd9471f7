/** Placeholder until the command is written. */
export async function run(_args: string[]): Promise<number> {
  console.error('policy keygen: not implemented yet');
  return 1;
}
