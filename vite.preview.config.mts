// Serves the built renderer on loopback: `npm run web` and the end-to-end tests.
import { defineConfig } from 'vite'

export default defineConfig({
  build: { outDir: 'out/renderer' },
  preview: { host: '127.0.0.1', port: Number(process.env.PORT ?? 4173), strictPort: true }
})
