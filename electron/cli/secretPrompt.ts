/** Asks for a PIN or passphrase in a terminal without showing what is typed; null when stdin is not a terminal. */
import readline from 'node:readline';

export function readSecretFromTerminal(prompt: string): Promise<string | null> {
  if (!process.stdin.isTTY) return Promise.resolve(null);
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const output = rl as unknown as { _writeToOutput: (text: string) => void };
    let isPromptShown = false;
    output._writeToOutput = (text: string) => {
      if (!isPromptShown) {
        process.stderr.write(text);
        isPromptShown = true;
      }
    };
    rl.question(prompt, (answer) => {
      process.stderr.write('\n');
      rl.close();
      resolve(answer);
    });
  });
}
