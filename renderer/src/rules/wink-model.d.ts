// The model package's entry file, loaded on demand by english-model.ts.
declare module 'wink-eng-lite-web-model/dist/model.js' {
  import type model from 'wink-eng-lite-web-model'
  const entry: typeof model
  export default entry
}
