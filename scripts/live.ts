// `npm run live -- [--host H] [--port P] [--chart FILE] [--save FILE]`: the command-line entry;
// the command itself is in live-cli.ts.
import { runLive } from './live-cli'

void runLive(process.argv.slice(2)).then((code) => {
  if (code !== null) process.exitCode = code
})
