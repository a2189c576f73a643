// Stands in for the English language model package in the app's build (see
// electron.vite.config.ts): an empty model that english-model.ts fills once the real one
// has loaded. The model is most of the app's code by size, and charts whose cards all
// carry a category never need it, so the app starts without it.

const model: Record<string, unknown> = Object.create(null)
export default model
