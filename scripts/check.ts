// `npm run check -- FILE [--json]`: the command-line entry; the command itself is in check-cli.ts.
import { runCheck } from './check-cli'

void runCheck(process.argv.slice(2)).then((code) => (process.exitCode = code))
