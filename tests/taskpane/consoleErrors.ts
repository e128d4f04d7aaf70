/** console.error calls (React's "Received NaN for the attribute" warnings among them) while `act` runs. */
export async function consoleErrors(act: () => Promise<unknown> | void): Promise<string[]> {
  const errors: string[] = [];
  const spy = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.map(String).join(' ')));
  try {
    await act();
  } finally {
    spy.mockRestore();
  }
  return errors;
}
