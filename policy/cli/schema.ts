/** Placeholder until the command is written. */
export async function run(_args: string[]): Promise<number> {
  console.error('policy schema: not implemented yet');
  return 1;
}
