// Builds the benchmark's bare React Flow page (bench/baseline) into a directory the
// harness chooses (BENCH_BASELINE_OUT), away from the app's own output.
import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  root: resolve(import.meta.dirname, 'baseline'),
  base: './',
  logLevel: 'warn',
  plugins: [react()],
  build: { outDir: process.env.BENCH_BASELINE_OUT ?? resolve(import.meta.dirname, '.baseline-out'), emptyOutDir: true }
})
