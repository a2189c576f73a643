// `npm run export -- FILE --format png|svg|pdf --out PATH`: the command-line entry; the command itself is in export-cli.ts.
import { runExport } from './export-cli'

void runExport(process.argv.slice(2)).then((code) => process.exit(code))
